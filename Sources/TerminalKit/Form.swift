/// A form: labelled fields, Tab / Shift-Tab between them, Ctrl-S to submit, Esc to cancel, and a
/// validation message shown next to the field it concerns. What the values mean is the caller's.
public struct Form: Equatable, Sendable {
    public enum Input: Equatable, Sendable {
        case line(TextField)
        case text(TextArea, height: Int)
        /// A pick list: type to filter, up/down to choose.
        case choice(options: [String], filter: TextField, selected: Int)
    }

    public struct Field: Equatable, Sendable {
        public var label: String
        public var input: Input
        public var message: String?

        public init(_ label: String, _ input: Input) {
            self.label = label
            self.input = input
        }

        /// The field's value: the text, or the chosen option.
        public var value: String {
            switch input {
            case let .line(f): return f.text
            case let .text(a, _): return a.text
            case let .choice(options, filter, selected):
                let shown = Form.filtered(options, filter.text)
                return shown.indices.contains(selected) ? shown[selected] : ""
            }
        }
    }

    public enum Outcome: Equatable, Sendable { case submit, cancel }

    public var title: String
    public var fields: [Field]
    public var focus = 0
    /// True once anything was typed: cancelling then deserves a question.
    public private(set) var changed = false

    public init(title: String, fields: [Field]) {
        self.title = title
        self.fields = fields
    }

    public static func filtered(_ options: [String], _ filter: String) -> [String] {
        let needle = filter.lowercased()
        return needle.isEmpty ? options : options.filter { $0.lowercased().contains(needle) }
    }

    static let labelWidth = 18

    /// Handles a key; returns an outcome when the form is submitted or cancelled.
    public mutating func handle(_ key: Key, width: Int) -> Outcome? {
        switch key {
        case .control("s"): return .submit
        case .escape: return .cancel
        case .tab:
            focus = (focus + 1) % max(1, fields.count)
            return nil
        case .backTab:
            focus = (focus - 1 + fields.count) % max(1, fields.count)
            return nil
        default: break
        }
        guard fields.indices.contains(focus) else { return nil }
        var field = fields[focus]
        switch field.input {
        case var .line(f):
            if key == .enter {
                if focus == fields.count - 1 { return .submit }
                focus += 1
                return nil
            }
            guard f.handle(key) else { return nil }
            field.input = .line(f)
        case .text(var a, let height):
            guard a.handle(key, width: max(1, width - Form.labelWidth - 1)) else { return nil }
            field.input = .text(a, height: height)
        case .choice(let options, var filter, var selected):
            let count = Form.filtered(options, filter.text).count
            switch key {
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(max(0, count - 1), selected + 1)
            case .enter:
                if focus == fields.count - 1 { return .submit }
                focus += 1
                return nil
            default:
                guard filter.handle(key) else { return nil }
                selected = 0
            }
            field.input = .choice(options: options, filter: filter, selected: selected)
        }
        field.message = nil
        fields[focus] = field
        changed = true
        return nil
    }

    /// Rows a field takes: its input, then one for its message.
    static func rows(_ field: Field) -> Int {
        if case let .text(_, h) = field.input { return h + 1 }
        return 2
    }

    /// The first field to draw so that the focused one fits in `height` rows.
    func firstVisibleField(height: Int) -> Int {
        var first = focus
        var used = fields.indices.contains(focus) ? Form.rows(fields[focus]) : 0
        while first > 0, used + Form.rows(fields[first - 1]) <= height {
            first -= 1
            used += Form.rows(fields[first])
        }
        return first
    }

    /// Draws the form in a box, scrolled to the focused field when it does not fit; returns where the
    /// cursor goes.
    @discardableResult
    public func draw(on canvas: inout Canvas, in area: Rect) -> (x: Int, y: Int)? {
        let height = fields.reduce(2) { $0 + Form.rows($1) }
        let rect = area.centered(Size(width: min(area.width, 76), height: min(area.height, height + 1)))
        canvas.box(rect, title: title, role: .accent)
        let inner = rect.inset(by: 1)
        let inputX = inner.x + Form.labelWidth + 1
        let inputWidth = max(1, inner.maxX - inputX - 1)
        var y = inner.y
        var cursor: (x: Int, y: Int)?
        let first = height - 1 > inner.height ? firstVisibleField(height: inner.height) : 0
        if first > 0 { canvas.write("↑", x: rect.maxX - 3, y: rect.y, role: .accent) }
        var lastShown = first - 1
        for (i, field) in fields.enumerated().dropFirst(first) where y < inner.maxY {
            lastShown = i
            let focused = i == focus
            canvas.write((focused ? "› " : "  ") + field.label, x: inner.x, y: y, maxWidth: Form.labelWidth,
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
            case let .choice(options, filter, selected):
                let shown = Form.filtered(options, filter.text)
                let choice = shown.indices.contains(selected) ? shown[selected] : "–"
                let label = "◂ \(choice) ▸" + (filter.text.isEmpty ? "" : "  [\(filter.text)]")
                canvas.write(label, x: inputX, y: y, maxWidth: inputWidth, role: focused ? .selection : .input)
                y += 1
            }
            if let message = field.message, y < inner.maxY {
                canvas.write("! " + message, x: inputX, y: y, maxWidth: inputWidth, role: .error)
            }
            y += 1
        }
        if lastShown < fields.count - 1 {
            canvas.write("↓", x: rect.maxX - 3, y: rect.maxY - 1, role: .accent)
        }
        return cursor
    }
}
