/// A table with a header, scrolling and a selected row. Columns that do not fit are dropped, lowest
/// priority first, so the table stays readable from 20 columns to 220.
public struct Table {
    public struct Column: Sendable {
        public enum Width: Sendable {
            case fixed(Int)
            /// Takes a share of the remaining width, at least `min`.
            case flexible(min: Int, weight: Int)
        }

        public var title: String
        public var width: Width
        public var alignRight: Bool
        /// Lower is dropped first when space is short; the first column is never dropped.
        public var priority: Int

        public init(_ title: String, width: Width, alignRight: Bool = false, priority: Int = 0) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
            self.priority = priority
        }
    }

    public var columns: [Column]
    public var rows: [[[Span]]]
    public var selected: Int?
    public var offset: Int
    /// When set, a gutter shows this marker at the selected row and only the first column is
    /// highlighted: a selection step then re-sends a few cells, not two whole rows (slow ssh links).
    public var selectionMarker: String?
    /// A row on the last line of the area (totals), laid out like the others, in the title's style.
    public var footer: [[Span]]?

    public init(columns: [Column], rows: [[[Span]]], selected: Int?, offset: Int) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
    }

    /// The first row to show so that `selected` is visible in `height` rows, moving as little as possible.
    public static func scrollOffset(selected: Int?, offset: Int, height: Int, count: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var o = min(max(0, offset), max(0, count - height))
        if let s = selected {
            if s < o { o = s }
            if s >= o + height { o = s - height + 1 }
        }
        return max(0, o)
    }

    /// Column widths for a total width: which columns are shown and how wide.
    public func layout(width: Int) -> [(index: Int, width: Int)] {
        var shown = Array(columns.indices)
        func needed(_ set: [Int]) -> Int {
            set.reduce(0) { total, i in
                switch columns[i].width {
                case let .fixed(w): return total + w
                case let .flexible(min, _): return total + min
                }
            } + max(0, set.count - 1)
        }
        while needed(shown) > width, shown.count > 1 {
            let drop = shown.dropFirst().min { columns[$0].priority < columns[$1].priority } ?? shown[shown.count - 1]
            shown.removeAll { $0 == drop }
        }
        var spare = max(0, width - needed(shown))
        let weights = shown.reduce(0) { total, i in
            if case let .flexible(_, w) = columns[i].width { return total + w }
            return total
        }
        var result: [(Int, Int)] = []
        for i in shown {
            switch columns[i].width {
            case let .fixed(w):
                result.append((i, w))
            case let .flexible(min, weight):
                let extra = weights > 0 ? spare * weight / weights : 0
                result.append((i, min + extra))
            }
        }
        // Rounding leftovers, and any space when no column is flexible, go to the first column.
        let used = result.reduce(0) { $0 + $1.1 } + max(0, result.count - 1)
        spare = width - used
        if spare > 0, !result.isEmpty { result[0].1 += spare }
        if result.count == 1 { result[0].1 = width }
        return result.map { (index: $0.0, width: $0.1) }
    }

    public func draw(on canvas: inout Canvas, in area: Rect) {
        guard !area.isEmpty else { return }
        let gutter = selectionMarker.map { DisplayWidth.of($0) + 1 } ?? 0
        let rect = Rect(x: area.x + gutter, y: area.y, width: area.width - gutter, height: area.height)
        let layout = layout(width: rect.width)
        canvas.fill(Rect(x: area.x, y: area.y, width: gutter, height: 1), role: .title)
        var x = rect.x
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .title)
        for (i, w) in layout {
            let title = DisplayWidth.pad(columns[i].title, to: w, alignRight: columns[i].alignRight)
            canvas.write(title, x: x, y: rect.y, maxWidth: w, role: .title)
            x += w + 1
        }
        if let footer, rect.height > 1 {
            canvas.fill(Rect(x: area.x, y: rect.maxY - 1, width: area.width, height: 1), role: .title)
            drawRow(footer.map { $0.map { Span($0.text, .title) } }, y: rect.maxY - 1, x: rect.x, layout: layout, on: &canvas)
        }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1 - (footer == nil ? 0 : 1))
        for line in 0..<max(0, body.height) {
            let rowIndex = offset + line
            guard rowIndex < rows.count else { break }
            let y = body.y + line
            drawRow(rows[rowIndex], y: y, x: rect.x, layout: layout, on: &canvas)
            if rowIndex == selected {
                let selection = canvas.style(.selection)
                var highlight = Rect(x: rect.x, y: y, width: rect.width, height: 1)
                if let marker = selectionMarker {
                    canvas.write(marker, x: area.x, y: y, maxWidth: gutter, role: .accent)
                    highlight.width = layout.first?.width ?? rect.width
                }
                canvas.buffer.restyle(highlight) { cell in
                    // Keep bold and underline that carry meaning; take the selection's colours.
                    Style(foreground: selection.foreground, background: selection.background,
                          attributes: selection.attributes.union(cell.attributes.intersection([.bold, .underline])))
                }
            }
        }
    }

    /// One row's cells in the columns laid out, right-aligned where the column says so.
    private func drawRow(_ row: [[Span]], y: Int, x start: Int, layout: [(index: Int, width: Int)], on canvas: inout Canvas) {
        var x = start
        for (i, w) in layout {
            let spans = i < row.count ? row[i] : []
            if columns[i].alignRight {
                let width = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
                canvas.write(spans, x: x + max(0, w - width), y: y, maxWidth: w)
            } else {
                canvas.write(spans, x: x, y: y, maxWidth: w)
            }
            x += w + 1
        }
    }
}
