/// A form: named, labelled fields, Tab / Shift-Tab between them, Ctrl-S to submit, Esc to cancel, and
/// a validation message shown next to the field it concerns. Fields are addressed by name, never by
/// position; pick lists carry ids, never display text. What the values mean is the caller's.
public struct Form: Equatable, Sendable {
    public enum Input: Equatable, Sendable {
        case line(TextField)
        case text(TextArea, height: Int)
        case choice(Choice)
        case multiChoice(MultiChoice)
    }

    /// One choice of a pick list: an id the caller reads back, and the text shown.
    public struct Option: Equatable, Sendable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// A pick list: arrows (up/down or left/right) step through the options; typing jumps to the
    /// first option whose words start with what was typed. Typing that matches nothing changes
    /// nothing, and what was typed is forgotten after a pause or when leaving the field.
    public struct Choice: Equatable, Sendable {
        public var options: [Option]
        public var selected: Int
        /// The type-ahead buffer.
        public var typed = ""
        /// The last key typed matched no option: shown until the next key.
        public var noMatch = false

        public init(_ options: [Option], selectedID: String? = nil) {
            self.options = options
            selected = selectedID.flatMap { id in options.firstIndex { $0.id == id } } ?? 0
        }

        public var selectedOption: Option? { options.indices.contains(selected) ? options[selected] : nil }

        /// Handles a key; false for keys a pick list does not use.
        public mutating func handle(_ key: Key) -> Bool {
            noMatch = false
            switch key {
            case .up, .left:
                step(by: -1)
            case .down, .right:
                step(by: 1)
            case .home:
                selected = 0
                typed = ""
            case .end:
                selected = max(0, options.count - 1)
                typed = ""
            case .backspace:
                typed = String(typed.dropLast())
            case let .character(c) where !TextField.isControl(c) && !c.isNewline:
                let wanted = typed + String(c)
                if let index = match(wanted) {
                    selected = index
                    typed = wanted
                } else {
                    noMatch = true
                }
            default:
                return false
            }
            return true
        }

        private mutating func step(by delta: Int) {
            typed = ""
            guard !options.isEmpty else { return }
            selected = (selected + delta + options.count) % options.count
        }

        /// The first option, from the selected one on, with a word starting with `text`; else one
        /// that contains it anywhere.
        func match(_ text: String) -> Int? {
            let needle = text.lowercased()
            let order = options.indices.map { (selected + $0) % options.count }
            func words(_ i: Int) -> [Substring] {
                options[i].label.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "§" }
            }
            return order.first { i in words(i).contains { $0.hasPrefix(needle) } || options[i].label.lowercased().hasPrefix(needle) }
                ?? order.first { options[$0].label.lowercased().contains(needle) }
        }
    }

    public struct Field: Equatable, Sendable {
        /// What the caller calls the field; unique within a form.
        public var name: String
        public var label: String
        public var input: Input
        public var message: String?
        /// Shown only while a pick list has one of these choices (a closing reason only when closing);
        /// a hidden field takes no row and no Tab stop, and keeps what was typed in it.
        public var shownWhen: Condition?

        public init(_ name: String, label: String, _ input: Input) {
            self.name = name
            self.label = label
            self.input = input
        }

        /// The field's text, or the chosen option's label.
        public var value: String {
            switch input {
            case let .line(f): return f.text
            case let .text(a, _): return a.text
            case let .choice(c): return c.selectedOption?.label ?? ""
            case let .multiChoice(m): return m.options.filter { m.chosen.contains($0.id) }.map(\.label).joined(separator: ", ")
            }
        }

        /// The chosen option's id, for a pick list.
        public var choiceID: String? {
            if case let .choice(c) = input { return c.selectedOption?.id }
            return nil
        }

        var isTextArea: Bool {
            if case .text = input { return true }
            return false
        }

        var isChoice: Bool {
            if case .choice = input { return true }
            return false
        }
    }

    public struct Condition: Equatable, Sendable {
        public var field: String
        public var choices: Set<String>
        public init(field: String, choices: Set<String>) {
            self.field = field
            self.choices = choices
        }
    }

    public enum Outcome: Equatable, Sendable { case submit, cancel }

    public var title: String
    public private(set) var fields: [Field]
    public var focus = 0 {
        didSet { if oldValue != focus { clearTypeAhead() } }
    }
    /// True once anything was typed: cancelling then deserves a question.
    public private(set) var changed = false

    public init(title: String, fields: [Field]) {
        self.title = title
        self.fields = fields
    }

    // MARK: - Fields by name

    public subscript(name: String) -> Field? {
        get { fields.first { $0.name == name } }
        set {
            guard let i = fields.firstIndex(where: { $0.name == name }), let newValue else { return }
            fields[i] = newValue
        }
    }

    public func value(_ name: String) -> String { self[name]?.value ?? "" }

    public func choiceID(_ name: String) -> String? { self[name]?.choiceID }

    /// The ids ticked in a multiple choice, in the options' order.
    public func chosenIDs(_ name: String) -> [String] {
        if case let .multiChoice(m)? = self[name]?.input { return m.chosenIDs }
        return []
    }

    public mutating func setMessage(_ message: String?, for name: String) {
        guard let i = fields.firstIndex(where: { $0.name == name }) else { return }
        fields[i].message = message
    }

    public mutating func setText(_ text: String, for name: String) {
        guard let i = fields.firstIndex(where: { $0.name == name }) else { return }
        fields[i].input = .line(TextField(text))
    }

    public mutating func focus(on name: String) {
        if let i = fields.firstIndex(where: { $0.name == name }) { focus = i }
    }

    public var focusedField: Field? { fields.indices.contains(focus) ? fields[focus] : nil }

    public func isShown(_ field: Field) -> Bool {
        guard let condition = field.shownWhen else { return true }
        return choiceID(condition.field).map(condition.choices.contains) ?? false
    }

    /// The indices of the fields shown now, in order.
    var shown: [Int] { fields.indices.filter { isShown(fields[$0]) } }

    /// The shown field `steps` away from the focus, round the ends.
    func shownField(_ steps: Int) -> Int {
        let order = shown
        guard let here = order.firstIndex(of: focus) ?? order.firstIndex(where: { $0 > focus }) ?? order.indices.first else { return focus }
        return order[((here + steps) % order.count + order.count) % order.count]
    }

    /// True when the focus is on the last field shown: Enter there submits.
    var focusIsLast: Bool { shown.last.map { $0 <= focus } ?? true }

    /// Forgets what was typed into pick lists: after a pause, or when leaving a field.
    public mutating func clearTypeAhead() {
        for i in fields.indices {
            if case var .choice(c) = fields[i].input, !c.typed.isEmpty || c.noMatch {
                c.typed = ""
                c.noMatch = false
                fields[i].input = .choice(c)
            }
            if case var .multiChoice(m) = fields[i].input, !m.typed.isEmpty || m.noMatch {
                m.clearTypeAhead()
                fields[i].input = .multiChoice(m)
            }
        }
    }

    /// Puts the focus on the first field with a message; false when there is none.
    public mutating func focusFirstMessage() -> Bool {
        guard let first = fields.firstIndex(where: { $0.message != nil }) else { return false }
        focus = first
        return true
    }

    static let labelWidth = 18

    /// Handles a key; returns an outcome when the form is submitted or cancelled.
    public mutating func handle(_ key: Key, width: Int) -> Outcome? {
        switch key {
        case .control("s"): return .submit
        case .escape: return .cancel
        case .tab:
            focus = shownField(1)
            return nil
        case .backTab:
            focus = shownField(-1)
            return nil
        default: break
        }
        guard fields.indices.contains(focus) else { return nil }
        var field = fields[focus]
        // Enter goes on to the next field (a text area keeps it for a new line); on the last it saves.
        if key == .enter, !field.isTextArea {
            if focusIsLast { return .submit }
            focus = shownField(1)
            return nil
        }
        switch field.input {
        case var .line(f):
            guard f.handle(key) else { return nil }
            field.input = .line(f)
        case .text(var a, let height):
            guard a.handle(key, width: max(1, width - Form.labelWidth - 1)) else { return nil }
            field.input = .text(a, height: height)
        case var .choice(c):
            let before = c.selected
            guard c.handle(key) else { return nil }
            field.input = .choice(c)
            if c.selected == before {
                // Typing that matched nothing, or the buffer shrinking, changes no value.
                fields[focus] = field
                return nil
            }
        case var .multiChoice(m):
            let before = m.chosen
            guard m.handle(key) else { return nil }
            field.input = .multiChoice(m)
            if m.chosen == before {
                // Moving the cursor changes no value.
                fields[focus] = field
                return nil
            }
        }
        field.message = nil
        fields[focus] = field
        changed = true
        return nil
    }

    /// Rows a field takes: its input, then one for its message.
    func rows(_ field: Field) -> Int {
        guard isShown(field) else { return 0 }
        if case let .text(_, h) = field.input { return h + 1 }
        if case let .multiChoice(m) = field.input { return max(1, m.options.count) + 1 }
        return 2
    }

    /// The first field to draw so that the focused one fits in `height` rows.
    func firstVisibleField(height: Int) -> Int {
        var first = focus
        var used = fields.indices.contains(focus) ? rows(fields[focus]) : 0
        while first > 0, used + rows(fields[first - 1]) <= height {
            first -= 1
            used += rows(fields[first])
        }
        return first
    }

    /// The rows the form's box takes for an area: its fields, the border, and `hintRows` kept for a
    /// hint line under the fields inside the box.
    public func boxRect(in area: Rect, hintRows: Int = 0) -> Rect {
        let height = fields.reduce(2) { $0 + rows($1) } + hintRows
        return area.centered(Size(width: min(area.width, 76), height: min(area.height, height + 1)))
    }

    /// Draws the form in a box, scrolled to the focused field when it does not fit; returns where the
    /// cursor goes. `hint` is drawn on the box's last inner row, never over its border or markers.
    @discardableResult
    public func draw(on canvas: inout Canvas, in area: Rect, hint: [Span] = []) -> (x: Int, y: Int)? {
        let hintRows = hint.isEmpty ? 0 : 1
        let rect = boxRect(in: area, hintRows: hintRows)
        canvas.box(rect, title: title, role: .accent)
        var inner = rect.inset(by: 1)
        if hintRows > 0, inner.height > 1 {
            let hintRow = inner.maxY - 1
            canvas.write(hint, x: inner.x, y: hintRow, maxWidth: inner.width)
            inner = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        }
        let inputX = inner.x + Form.labelWidth + 1
        let inputWidth = max(1, inner.maxX - inputX - 1)
        var y = inner.y
        var cursor: (x: Int, y: Int)?
        let needed = fields.reduce(0) { $0 + rows($1) }
        let first = needed > inner.height ? firstVisibleField(height: inner.height) : 0
        let glyphs = canvas.glyphs
        if first > 0 { canvas.write(glyphs.moreAbove, x: rect.maxX - 3, y: rect.y, role: .accent) }
        var lastShown = first - 1
        for (i, field) in fields.enumerated().dropFirst(first) where y < inner.maxY && isShown(field) {
            lastShown = i
            let focused = i == focus
            canvas.write((focused ? glyphs.focus + " " : "  ") + field.label, x: inner.x, y: y, maxWidth: Form.labelWidth,
                         role: focused ? .accent : .text)
            switch field.input {
            case let .line(f):
                let c = f.draw(on: &canvas, x: inputX, y: y, width: inputWidth)
                if focused { cursor = c }
                y += 1
            case let .text(a, h):
                let box = Rect(x: inputX, y: y, width: inputWidth, height: min(h, inner.maxY - y))
                let c = a.draw(on: &canvas, in: box)
                if focused { cursor = c }
                y += box.height
            case let .choice(c):
                let label = glyphs.choiceLeft + " " + (c.selectedOption?.label ?? "–") + " " + glyphs.choiceRight
                canvas.buffer.fill(Rect(x: inputX, y: y, width: inputWidth, height: 1), style: canvas.style(focused ? .selection : .input))
                let used = canvas.write(label, x: inputX, y: y, maxWidth: inputWidth, role: focused ? .selection : .input)
                if focused && (!c.typed.isEmpty || c.noMatch) {
                    let typed = c.noMatch ? "[\(c.typed)…?]" : "[\(c.typed)]"
                    canvas.write("  " + typed, x: inputX + used, y: y, maxWidth: max(0, inputWidth - used),
                                 role: c.noMatch ? .warning : .muted)
                }
                y += 1
            case let .multiChoice(m):
                for (n, option) in m.options.enumerated() where y < inner.maxY {
                    let here = focused && n == m.cursor
                    let box = m.chosen.contains(option.id) ? "[x] " : "[ ] "
                    let used = canvas.write(box + option.label, x: inputX, y: y, maxWidth: inputWidth,
                                            role: here ? .selection : m.chosen.contains(option.id) ? .input : .text)
                    if here {
                        cursor = (inputX + 1, y)
                        let note = m.noMatch ? "[\(m.typed)…?]" : m.typed.isEmpty ? m.hint : "[\(m.typed)]"
                        canvas.write("  " + note, x: inputX + used, y: y, maxWidth: max(0, inputWidth - used),
                                     role: m.noMatch ? .warning : .muted)
                    }
                    y += 1
                }
                if m.options.isEmpty { y += 1 }
            }
            if let message = field.message, y < inner.maxY {
                canvas.write("! " + message, x: inputX, y: y, maxWidth: inputWidth, role: .error)
            }
            y += 1
        }
        if lastShown < shown.last ?? 0 {
            canvas.write(glyphs.moreBelow, x: rect.maxX - 3, y: rect.maxY - 1, role: .accent)
        }
        return cursor
    }
}
