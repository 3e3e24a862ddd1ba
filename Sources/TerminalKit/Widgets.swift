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

/// Tabs in one row: the selected one reversed and bracketed, so it shows without colour.
public enum Tabs {
    public static func draw(on canvas: inout Canvas, in rect: Rect, titles: [String], selected: Int) {
        var x = rect.x
        for (i, title) in titles.enumerated() {
            let label = i == selected ? "[\(title)]" : " \(title) "
            guard x < rect.maxX else { break }
            x += canvas.write(label, x: x, y: rect.y, maxWidth: rect.maxX - x, role: i == selected ? .selection : .muted)
            x += 1
        }
    }
}

/// A centred box listing keys and what they do.
public enum HelpOverlay {
    public struct Section: Sendable {
        public var heading: String
        public var lines: [(keys: String, help: String)]
        public init(heading: String, lines: [(keys: String, help: String)]) {
            self.heading = heading
            self.lines = lines
        }
    }

    public static func draw(on canvas: inout Canvas, in area: Rect, title: String, sections: [Section], footer: String) {
        let keyWidth = min(14, sections.flatMap(\.lines).map { DisplayWidth.of($0.keys) }.max() ?? 4)
        // One list of rows (a heading, its keys, a blank), in as many columns as the height needs.
        var rows: [(keys: String?, text: String)] = []
        for section in sections {
            if !rows.isEmpty { rows.append((nil, "")) }
            rows.append((nil, section.heading))
            rows += section.lines.map { (keys: $0.keys, text: $0.help) }
        }
        let rect = area.centered(Size(width: min(area.width, 76), height: min(area.height, rows.count + 4)))
        canvas.box(rect, title: title)
        let inner = rect.inset(by: 1)
        let height = max(1, inner.height - 2)
        let columns = min(max(1, (rows.count + height - 1) / height), max(1, inner.width / 34))
        let columnWidth = inner.width / columns
        for (i, row) in rows.prefix(height * columns).enumerated() {
            let x = inner.x + 1 + (i / height) * columnWidth, y = inner.y + i % height
            let width = columnWidth - 2
            if let keys = row.keys {
                canvas.write(DisplayWidth.pad(keys, to: keyWidth), x: x, y: y, maxWidth: min(keyWidth, width), role: .key)
                canvas.write(row.text, x: x + keyWidth + 1, y: y, maxWidth: max(0, width - keyWidth - 1))
            } else {
                canvas.write(row.text, x: x, y: y, maxWidth: width, role: .accent)
            }
        }
        canvas.write(footer, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, role: .muted)
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
