/// One key binding: the single source for dispatch, the footer hints and the help screen.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Shown in the footer (the most used keys only).
    public var inFooter: Bool
    /// Read-only mode does not register bindings that change data.
    public var changesData: Bool
    /// How the keys are shown where listing them would mislead ("a-z" for typing, "1-7" for scores).
    public var customLabel: String?

    /// The keys as the footer shows them ("q/Esc").
    public var label: String { customLabel ?? keys.map(\.label).joined(separator: "/") }

    public init(_ keys: [Key], _ action: Action, help: String, inFooter: Bool = false, changesData: Bool = false,
                label: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.inFooter = inFooter
        self.changesData = changesData
        customLabel = label
    }
}

/// The bindings of one context (a screen or mode).
public struct KeyMap<Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]
    /// Keys whose bindings read-only mode left out: pressing one deserves an explanation.
    public let withheldKeys: Set<Key>

    public init(_ bindings: [KeyBinding<Action>], readOnly: Bool = false) {
        self.bindings = readOnly ? bindings.filter { !$0.changesData } : bindings
        withheldKeys = readOnly ? Set(bindings.filter(\.changesData).flatMap(\.keys)) : []
    }

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// "q quit  ? help  / search": for the footer line.
    public var footer: [Span] {
        var spans: [Span] = []
        for b in bindings where b.inFooter {
            if !spans.isEmpty { spans.append(Span("  ")) }
            spans.append(Span(b.label, .key))
            spans.append(Span(" " + b.help, .statusBar))
        }
        return spans
    }

    /// Lines for the help screen.
    public var helpLines: [(keys: String, help: String)] {
        bindings.map { (keys: $0.customLabel ?? $0.keys.map(\.label).joined(separator: " "), help: $0.help) }
    }
}
