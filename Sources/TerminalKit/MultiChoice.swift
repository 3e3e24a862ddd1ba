extension Form {
    /// Several of a few options, every one on its own row: ↑/↓ (or ←/→) move between them, Space
    /// ticks or unticks the one under the cursor, typing jumps to the next option whose words start
    /// with what was typed. The chosen ids are read back in the options' order.
    public struct MultiChoice: Equatable, Sendable {
        public var options: [Option]
        public private(set) var chosen: Set<String>
        public var cursor = 0
        /// Says what Space does, next to the option under the cursor ("mellemrum vælger").
        public var hint: String
        /// The type-ahead, as in a pick list.
        var pick: Choice

        public init(_ options: [Option], chosen: [String], hint: String = "") {
            self.options = options
            self.chosen = Set(chosen).intersection(options.map(\.id))
            self.hint = hint
            pick = Choice(options)
        }

        public var chosenIDs: [String] { options.map(\.id).filter(chosen.contains) }

        public mutating func toggle(_ id: String) {
            if chosen.contains(id) { chosen.remove(id) } else if options.contains(where: { $0.id == id }) { chosen.insert(id) }
        }

        /// Handles a key; false for keys it does not use. Space is the only key that changes a value.
        public mutating func handle(_ key: Key) -> Bool {
            guard !options.isEmpty else { return false }
            if key == .character(" ") {
                // A tick ends a type-ahead: the next letters look for the next option.
                clearTypeAhead()
                toggle(options[min(cursor, options.count - 1)].id)
                return true
            }
            switch key {
            case .up, .left, .down, .right, .home, .end, .backspace, .character:
                pick.selected = min(cursor, options.count - 1)
                guard pick.handle(key) else { return false }
                cursor = pick.selected
                return true
            default:
                return false
            }
        }

        var typed: String { pick.typed }
        var noMatch: Bool { pick.noMatch }

        mutating func clearTypeAhead() {
            pick.typed = ""
            pick.noMatch = false
        }
    }
}
