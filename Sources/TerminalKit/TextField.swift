/// A one-line text input: the text, a cursor between graphemes, and the usual editing keys.
public struct TextField: Equatable, Sendable {
    public var text: String
    /// The cursor as a grapheme offset into `text`.
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
            let i = text.index(text.startIndex, offsetBy: cursor)
            text.insert(c, at: i)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .control("k"):
            text.removeSubrange(text.index(text.startIndex, offsetBy: cursor)...)
        case .control("w"):
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

    /// Draws the field, scrolled so the cursor is visible; returns the cursor's screen position.
    @discardableResult
    public func draw(on canvas: inout Canvas, x: Int, y: Int, width: Int, role: Role = .input) -> (x: Int, y: Int) {
        guard width > 0 else { return (x, y) }
        canvas.buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: canvas.style(role))
        let chars = Array(text)
        let before = chars[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
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
