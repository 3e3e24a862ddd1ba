/// A centred box listing keys and what they do. Side by side columns are used only where every
/// description fits whole in one; otherwise one column, with a long description wrapped under its
/// keys, so nothing is ever cut. Scrolled by `offset` rows when it does not fit, with markers where
/// there is more.
public enum HelpOverlay {
    public struct Section: Sendable {
        public var heading: String
        public var lines: [(keys: String, help: String)]
        public init(heading: String, lines: [(keys: String, help: String)]) {
            self.heading = heading
            self.lines = lines
        }
    }

    /// One row of the box: a heading or blank (no keys), or keys and their text; a wrapped
    /// description continues on rows with empty keys.
    typealias Row = (keys: String?, text: String)

    struct Layout {
        var rect: Rect
        /// Rows per column.
        var height: Int
        var columns: Int
        var rows: [Row]
        var keyWidth: Int
    }

    /// The rows of all sections; a description wider than `textWidth` continues on the rows below.
    static func rows(_ sections: [Section], textWidth: Int) -> [Row] {
        var rows: [Row] = []
        for section in sections {
            if !rows.isEmpty { rows.append((nil, "")) }
            rows.append((nil, section.heading))
            for line in section.lines {
                let wrapped = DisplayWidth.of(line.help) > textWidth ? Wrap.lines(line.help, width: textWidth) : [line.help]
                rows.append((line.keys, wrapped.first ?? ""))
                rows += wrapped.dropFirst().map { (keys: "", text: $0) }
            }
        }
        return rows
    }

    /// The rows placed in columns of `height`: a heading never ends a column away from its keys, and
    /// no column starts with a blank row.
    static func columnRows(_ rows: [Row], height: Int) -> [Row] {
        guard height > 2 else { return rows }
        var laid: [Row] = []
        for row in rows {
            let position = laid.count % height
            if row.keys == nil && row.text.isEmpty && position == 0 { continue }
            if row.keys == nil && !row.text.isEmpty && position == height - 1 { laid.append((nil, "")) }
            laid.append(row)
        }
        return laid
    }

    static func layout(in area: Rect, sections: [Section]) -> Layout {
        let keyWidth = min(14, sections.flatMap(\.lines).map { DisplayWidth.of($0.keys) }.max() ?? 4)
        let widest = sections.flatMap { s in [DisplayWidth.of(s.heading)] + s.lines.map { keyWidth + 1 + DisplayWidth.of($0.help) } }
        // A column is its widest line with a space either side; the box adds its two borders.
        let columnWidth = (widest.max() ?? 10) + 2
        let maxHeight = max(1, area.height - 4)
        // The fewest columns that hold everything without scrolling; a column narrower than 34 is
        // not worth having. A description wider than its column wraps under its keys.
        let maxColumns = max(1, min(3, (area.width - 2) / 34))
        var columns = 1, width = area.width, all: [Row] = []
        for candidate in 1...maxColumns {
            (columns, width) = (candidate, min(area.width, candidate * columnWidth + 2))
            all = rows(sections, textWidth: max(1, (width - 2) / candidate - 2 - keyWidth - 1))
            if columnRows(all, height: maxHeight).count <= candidate * maxHeight { break }
        }
        // The lowest box that holds everything, or the whole height when nothing does.
        var height = min(maxHeight, max(1, (all.count + columns - 1) / columns))
        while height < maxHeight && columnRows(all, height: height).count > height * columns { height += 1 }
        let rect = area.centered(Size(width: width, height: min(area.height, height + 4)))
        return Layout(rect: rect, height: max(1, rect.height - 4), columns: columns,
                      rows: columnRows(all, height: max(1, rect.height - 4)), keyWidth: keyWidth)
    }

    /// The largest useful scroll offset for the area: beyond it nothing more comes into view.
    public static func maxOffset(in area: Rect, sections: [Section]) -> Int {
        let layout = layout(in: area, sections: sections)
        return max(0, layout.rows.count - layout.height * layout.columns)
    }

    public static func draw(on canvas: inout Canvas, in area: Rect, title: String, sections: [Section], footer: String,
                            offset: Int = 0) {
        let layout = layout(in: area, sections: sections)
        let (rect, height, columns, rows, keyWidth) = (layout.rect, layout.height, layout.columns, layout.rows, layout.keyWidth)
        canvas.box(rect, title: title)
        let inner = rect.inset(by: 1)
        let start = min(max(0, offset), max(0, rows.count - height * columns))
        let columnWidth = inner.width / columns
        for (i, row) in rows.dropFirst(start).prefix(height * columns).enumerated() {
            let x = inner.x + 1 + (i / height) * columnWidth, y = inner.y + i % height
            let width = columnWidth - 2
            if let keys = row.keys {
                canvas.write(DisplayWidth.pad(keys, to: keyWidth), x: x, y: y, maxWidth: min(keyWidth, width), role: .key)
                canvas.write(row.text, x: x + keyWidth + 1, y: y, maxWidth: max(0, width - keyWidth - 1))
            } else {
                canvas.write(row.text, x: x, y: y, maxWidth: width, role: .accent)
            }
        }
        if start > 0 { canvas.write(canvas.glyphs.moreAbove, x: rect.maxX - 3, y: rect.y, role: .accent) }
        if start + height * columns < rows.count {
            canvas.write(canvas.glyphs.moreBelow, x: rect.maxX - 3, y: rect.maxY - 1, role: .accent)
        }
        canvas.write(footer, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, role: .muted)
    }
}
