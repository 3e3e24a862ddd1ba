/// A one-line text input: the text, a cursor between graphemes, and the usual editing keys.
public struct TextField: Equatable, Sendable {
    public var text: String
    /// The cursor as a grapheme offset into `text`; kept within the text by every edit, and clamped
    /// again where it is used, since a typed combining mark can merge two graphemes into one.
    public var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; returns false for keys a text field does not handle.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .character(c):
            guard !c.isNewline else { return false }
            // Control characters (Ctrl-Space, Ctrl-\ … Ctrl-_, NUL, C1) never become text.
            guard !TextField.isControl(c) else { return true }
            let before = String(text.prefix(clampedCursor)) + String(c)
            text = before + text.dropFirst(clampedCursor)
            // A combining mark joins the grapheme before it: the cursor moves past what was typed.
            cursor = min(before.count, text.count)
        case .backspace:
            cursor = clampedCursor
            guard cursor > 0 else { return true }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete, .control("d"):
            cursor = clampedCursor
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .control("b"):
            cursor = max(0, clampedCursor - 1)
        case .right, .control("f"):
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .control("u"):
            cursor = clampedCursor
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .control("k"):
            cursor = clampedCursor
            text.removeSubrange(text.index(text.startIndex, offsetBy: cursor)...)
        case .control("w"):
            cursor = clampedCursor
            var chars = Array(text)
            var i = cursor
            while i > 0 && chars[i - 1].isWhitespace { i -= 1 }
            while i > 0 && !chars[i - 1].isWhitespace { i -= 1 }
            chars.removeSubrange(i..<cursor)
            text = String(chars)
            cursor = i
        default:
            return false
        }
        return true
    }

    var clampedCursor: Int { min(max(0, cursor), text.count) }

    /// True for a character that is a control code (C0, DEL, C1): typed by accident, never text.
    public static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// Draws the field, scrolled so the cursor is visible; returns the cursor's screen position.
    @discardableResult
    public func draw(on canvas: inout Canvas, x: Int, y: Int, width: Int, role: Role = .input) -> (x: Int, y: Int) {
        guard width > 0 else { return (x, y) }
        canvas.buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: canvas.style(role))
        let chars = Array(text)
        let before = chars[..<min(max(0, cursor), chars.count)].reduce(0) { $0 + DisplayWidth.of($1) }
        var start = 0
        var skipped = 0
        while before - skipped > width - 1, start < chars.count {
            skipped += DisplayWidth.of(chars[start])
            start += 1
        }
        canvas.write(String(chars[start...]), x: x, y: y, maxWidth: width, role: role)
        return (x + before - skipped, y)
    }
}
