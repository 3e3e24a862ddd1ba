/// A one-line bar with text at the left and right (status bar, title bar, footer).
public enum Bar {
    public static func draw(on canvas: inout Canvas, in rect: Rect, left: [Span], right: [Span], role: Role) {
        guard !rect.isEmpty else { return }
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let leftRoom = rightWidth + 1 < rect.width ? rect.width - rightWidth - 1 : rect.width
        canvas.write(left, x: rect.x, y: rect.y, maxWidth: leftRoom)
        if rightWidth + 1 < rect.width {
            canvas.write(right, x: rect.maxX - rightWidth, y: rect.y, maxWidth: rightWidth)
        }
    }
}

/// Tabs in one row: the selected one reversed and bracketed, so it shows without colour. When they do
/// not all fit, the row scrolls so the selected tab is always whole, with a marker where tabs are hidden.
public enum Tabs {
    public static func draw(on canvas: inout Canvas, in rect: Rect, titles: [String], selected: Int) {
        let labels = titles.enumerated().map { $0.offset == selected ? "[\($0.element)]" : " \($0.element) " }
        // A space between tabs while they all fit; without it when that is what makes them fit.
        let gap = labels.reduce(0) { $0 + DisplayWidth.of($1) + 1 } - 1 > rect.width ? 0 : 1
        let widths = labels.map { DisplayWidth.of($0) + gap }
        // The first tab shown: as early as possible while the selected one still fits whole.
        var first = 0
        let marker = 2
        while first < selected,
              widths[first...selected].reduce(0, +) + (first > 0 ? marker : 0) > rect.width {
            first += 1
        }
        var x = rect.x
        if first > 0 {
            x += canvas.write(canvas.glyphs.ellipsis + " ", x: x, y: rect.y, maxWidth: rect.maxX - x, role: .muted)
        }
        for (i, label) in labels.enumerated().dropFirst(first) {
            guard x < rect.maxX else { break }
            let room = rect.maxX - x
            // A tab after the selected one that does not fit is cut; the selected one never is.
            x += canvas.write(label, x: x, y: rect.y, maxWidth: room, role: i == selected ? .selection : .muted)
            x += gap
        }
    }
}

/// A centred message box with buttons; the selected button is bracketed and reversed.
public enum Dialog {
    public static func draw(on canvas: inout Canvas, in area: Rect, title: String, message: String,
                            buttons: [String], selected: Int) {
        let buttonsWidth = buttons.reduce(3) { $0 + DisplayWidth.of($1) + 5 }
        let width = min(area.width, max(30, buttonsWidth, min(60, DisplayWidth.of(message) + 4)))
        let lines = Wrap.lines(message, width: max(1, width - 4))
        let rect = area.centered(Size(width: width, height: lines.count + 4))
        canvas.box(rect, title: title, role: .accent)
        for (i, line) in lines.enumerated() where rect.y + 1 + i < rect.maxY - 2 {
            canvas.write(line, x: rect.x + 2, y: rect.y + 1 + i, maxWidth: rect.width - 4)
        }
        var x = rect.x + 2
        for (i, b) in buttons.enumerated() {
            let label = i == selected ? "[ \(b) ]" : "  \(b)  "
            x += canvas.write(label, x: x, y: rect.maxY - 2, maxWidth: rect.maxX - 1 - x,
                              role: i == selected ? .selection : .text) + 1
        }
    }
}

/// A sparkline of values in one row: block characters, or ASCII where Unicode cannot be drawn.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let ascii: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

    /// The last `width` values scaled between `range`.
    public static func render(_ values: [Double], width: Int, range: ClosedRange<Double>, unicode: Bool) -> String {
        guard width > 0 else { return "" }
        let levels = unicode ? blocks : ascii
        let span = max(range.upperBound - range.lowerBound, 0.0001)
        return String(values.suffix(width).map { v in
            let t = min(1, max(0, (v - range.lowerBound) / span))
            return levels[Int((t * Double(levels.count - 1)).rounded())]
        })
    }
}
