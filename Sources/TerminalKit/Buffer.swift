/// One terminal cell: a grapheme (with its combining marks) and its style. A wide grapheme occupies
/// its cell and a continuation cell to its right.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style
    /// True for the right half of a wide grapheme: nothing is drawn there.
    public var isContinuation: Bool

    public init(_ text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A grid of cells that screens draw into; the terminal backend sends it to the screen. Drawing never
/// goes outside the grid or an optional clip rectangle.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain, with text: String = " ") {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y] = Cell(text, style: style) }
        }
    }

    /// Writes text starting at (x, y), cut at `maxWidth` columns (and the buffer's edge) with `…`.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - x)
        guard limit > 0 else { return 0 }
        let fitted = DisplayWidth.of(text) > limit ? DisplayWidth.truncate(text, to: limit) : text
        var column = x
        // Scalar by scalar, as the terminal places them: each scalar with a width starts a cell, and
        // zero-width marks join the cell before them (ncurses' setcchar takes them with their base).
        for scalar in fitted.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                // Controls are never drawn, nor the explicit bidi embeddings, overrides and isolates
                // (terminals lay text out left to right; one that reorders would be misled by a name),
                // nor the zero-width joiner (tmux joins whatever follows it into the cell before, where
                // xterm gives it a cell of its own, so the row after it would be out by a cell); a mark
                // at the very start has no cell to join.
                let bidi = (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                let joiner = scalar.value == 0x200D
                guard !bidi, !joiner, !DisplayWidth.isUnprintable(scalar), column > x, column - 1 >= 0, column - 1 < size.width else {
                    continue
                }
                var prev = column - 1
                while prev > 0 && self[prev, y].isContinuation { prev -= 1 }
                self[prev, y].text.unicodeScalars.append(scalar)
                continue
            }
            if column >= 0 && column + w <= size.width {
                clearWide(at: column, y: y)
                let text = DisplayWidth.isUnprintable(scalar) ? "\u{FFFD}" : String(scalar)
                self[column, y] = Cell(text, style: style)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = Cell("", style: style, isContinuation: true)
                }
            }
            column += w
        }
        return column - x
    }

    /// Overwriting half of a wide character blanks its other half, so nothing half-drawn remains.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        } else if x + 1 < size.width, self[x + 1, y].isContinuation, DisplayWidth.of(cell.text) == 2 {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
    }

    /// Applies a style to every cell of a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y].style = transform(self[x, y].style) }
        }
    }

    public func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The text of one row, wide characters once, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width where !self[x, y].isContinuation { s += self[x, y].text }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row: what golden files hold.
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }

    /// Where `needle` appears on screen, if anywhere: (x, y) of its first cell.
    public func find(_ needle: String) -> (x: Int, y: Int)? {
        for y in 0..<size.height {
            let row = line(y)
            guard let range = row.firstRange(of: needle) else { continue }
            return (DisplayWidth.of(String(row[..<range.lowerBound])), y)
        }
        return nil
    }
}
