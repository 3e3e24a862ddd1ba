/// A buffer with a theme: what widgets draw on. Widgets name roles; the canvas resolves them for the
/// terminal at hand (colours, or attributes only; Unicode, or ASCII fallbacks).
public struct Canvas {
    public var buffer: Buffer
    public let theme: Theme
    public let colors: Int
    public let unicode: Bool

    public init(size: Size, theme: Theme, colors: Int, unicode: Bool) {
        buffer = Buffer(size: size)
        self.theme = theme
        self.colors = colors
        self.unicode = unicode
    }

    public var bounds: Rect { buffer.bounds }

    public func style(_ role: Role) -> Style { theme.style(role, colors: colors) }

    /// The symbols this terminal can draw.
    public var glyphs: Glyphs { unicode ? .unicode : .ascii }

    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: Role = .text) -> Int {
        buffer.write(text, x: x, y: y, maxWidth: maxWidth, style: style(role))
    }

    /// Writes spans one after the other; returns the columns written.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for span in spans where used < maxWidth {
            used += write(span.text, x: x + used, y: y, maxWidth: maxWidth - used, role: span.role)
        }
        return used
    }

    public mutating func fill(_ rect: Rect, role: Role = .text) {
        buffer.fill(rect, style: style(role))
    }

    /// Box-drawing lines, or + - | where Unicode cannot be drawn.
    public var lines: (h: String, v: String, tl: String, tr: String, bl: String, br: String) {
        unicode ? ("─", "│", "┌", "┐", "└", "┘") : ("-", "|", "+", "+", "+", "+")
    }

    public mutating func box(_ rect: Rect, title: String? = nil, role: Role = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let l = lines
        let s = style(role)
        buffer.fill(rect, style: style(.text))
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            buffer.write(l.h, x: x, y: rect.y, style: s)
            buffer.write(l.h, x: x, y: rect.maxY - 1, style: s)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write(l.v, x: rect.x, y: y, style: s)
            buffer.write(l.v, x: rect.maxX - 1, y: y, style: s)
        }
        buffer.write(l.tl, x: rect.x, y: rect.y, style: s)
        buffer.write(l.tr, x: rect.maxX - 1, y: rect.y, style: s)
        buffer.write(l.bl, x: rect.x, y: rect.maxY - 1, style: s)
        buffer.write(l.br, x: rect.maxX - 1, y: rect.maxY - 1, style: s)
        if let title, rect.width > 4 {
            write(" " + title + " ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, role: .title)
        }
    }

    /// Word-wrapped text in a rectangle; returns the rows used.
    @discardableResult
    public mutating func paragraph(_ text: String, in rect: Rect, role: Role = .text) -> Int {
        var y = rect.y
        for line in Wrap.lines(text, width: rect.width) {
            guard y < rect.maxY else { break }
            write(line, x: rect.x, y: y, maxWidth: rect.width, role: role)
            y += 1
        }
        return y - rect.y
    }
}

/// A piece of text with a role.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

/// Word wrapping by terminal columns.
public enum Wrap {
    /// Lines of at most `width` columns; words longer than a line are broken between graphemes.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                var ww = DisplayWidth.of(w)
                if lineWidth > 0 && lineWidth + 1 + ww <= width {
                    line += " " + w
                    lineWidth += 1 + ww
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while ww > width {
                    var head = ""
                    var hw = 0
                    for ch in w {
                        let cw = DisplayWidth.of(ch)
                        if hw + cw > width { break }
                        head.append(ch)
                        hw += cw
                    }
                    guard !head.isEmpty else { break }
                    result.append(head)
                    w = String(w.dropFirst(head.count))
                    ww = DisplayWidth.of(w)
                }
                line = w
                lineWidth = ww
            }
            result.append(line)
        }
        return result
    }
}
