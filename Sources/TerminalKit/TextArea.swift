/// Multi-line text input with word wrap: the cursor moves by grapheme, by visual line (up/down keep
/// the column) and to line starts and ends, and the view scrolls to keep it visible.
public struct TextArea: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor as a grapheme offset.
    public var cursor: Int
    /// The column up/down try to keep, in terminal columns.
    private var goalColumn: Int?

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Visual lines at a width: ranges of grapheme offsets (the newline itself belongs to no line).
    public func lines(width: Int) -> [Range<Int>] {
        let w = max(1, width)
        var result: [Range<Int>] = []
        var paragraphStart = 0
        for i in 0...characters.count where i == characters.count || characters[i] == "\n" {
            var start = paragraphStart
            var column = 0
            var lastBreak: Int?
            var j = paragraphStart
            while j < i {
                let cw = DisplayWidth.of(characters[j])
                if column + cw > w && j > start {
                    let cut = lastBreak.map { $0 + 1 } ?? j
                    result.append(start..<cut)
                    start = cut
                    column = characters[start..<j].reduce(0) { $0 + DisplayWidth.of($1) }
                    lastBreak = nil
                }
                if characters[j] == " " { lastBreak = j }
                column += cw
                j += 1
            }
            result.append(start..<i)
            paragraphStart = i + 1
        }
        return result
    }

    /// The cursor's visual line and column at a width.
    public func position(width: Int) -> (line: Int, column: Int) {
        let all = lines(width: width)
        for (n, range) in all.enumerated() {
            let next = n + 1 < all.count ? all[n + 1].lowerBound : Int.max
            if cursor >= range.lowerBound && (cursor <= range.upperBound && cursor < next || n == all.count - 1) {
                return (n, characters[range.lowerBound..<min(cursor, range.upperBound)].reduce(0) { $0 + DisplayWidth.of($1) })
            }
        }
        return (0, 0)
    }

    /// Applies an editing or movement key at a width; false for keys a text area does not handle.
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        switch key {
        case let .character(c):
            guard c.isNewline || !TextField.isControl(c) else { return true }
            characters.insert(c.isNewline ? "\n" : c, at: cursor)
            cursor += 1
        case .enter:
            characters.insert("\n", at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .up, .down:
            let all = lines(width: width)
            let here = position(width: width)
            let column = goalColumn ?? here.column
            let target = here.line + (key == .up ? -1 : 1)
            guard all.indices.contains(target) else { return true }
            var offset = all[target].lowerBound
            var used = 0
            while offset < all[target].upperBound, used + DisplayWidth.of(characters[offset]) <= column {
                used += DisplayWidth.of(characters[offset])
                offset += 1
            }
            cursor = offset
            goalColumn = column
            return true
        case .control("u"):
            // Like a shell: remove from the start of the paragraph to the cursor.
            var start = cursor
            while start > 0, characters[start - 1] != "\n" { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .home, .control("a"):
            cursor = lines(width: width)[position(width: width).line].lowerBound
        case .end, .control("e"):
            let all = lines(width: width)
            let line = position(width: width).line
            let range = all[line]
            // At a soft wrap the line's end is the next line's start: stop before the wrapping space.
            let softWrap = line + 1 < all.count && all[line + 1].lowerBound == range.upperBound
            cursor = softWrap ? max(range.lowerBound, range.upperBound - 1) : range.upperBound
        default:
            return false
        }
        goalColumn = nil
        return true
    }

    /// Draws the visible lines in `rect`, scrolled to the cursor; returns the cursor's screen position.
    @discardableResult
    public func draw(on canvas: inout Canvas, in rect: Rect, role: Role = .input) -> (x: Int, y: Int) {
        canvas.fill(rect, role: role)
        let all = lines(width: rect.width)
        let here = position(width: rect.width)
        let first = max(0, here.line - rect.height + 1)
        for (i, range) in all.dropFirst(first).prefix(rect.height).enumerated() {
            canvas.write(String(characters[range]), x: rect.x, y: rect.y + i, maxWidth: rect.width, role: role)
        }
        return (rect.x + min(here.column, max(0, rect.width - 1)), rect.y + here.line - first)
    }
}
