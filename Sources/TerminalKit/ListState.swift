/// Where a list is: the selected row and the first row shown. Clamped to the list whenever it is
/// drawn (ratatui's `ListState`), so a resize, a filter or a page key can never leave the selection
/// off screen or past the end.
public struct ListState: Equatable, Sendable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Keeps the selection within `count` rows and on screen in `height` rows, scrolling as little
    /// as possible.
    public mutating func clamp(count: Int, height: Int) {
        selected = min(max(0, selected), max(0, count - 1))
        offset = Table.scrollOffset(selected: count == 0 ? nil : selected, offset: offset, height: max(1, height), count: count)
    }

    /// The state clamped for drawing, without changing the stored one.
    public func clamped(count: Int, height: Int) -> ListState {
        var copy = self
        copy.clamp(count: count, height: height)
        return copy
    }

    /// Moves the selection by `delta` rows, within `count`.
    public mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { return }
        selected = min(max(0, selected + delta), count - 1)
    }

    /// Moves by one page of the rows actually drawn.
    public mutating func page(_ direction: Int, height: Int, count: Int) {
        move(by: direction * max(1, height - 1), count: count)
    }
}

/// One line of feedback (an error, a confirmation), wrapped over as many rows as it needs (up to
/// `maxRows`) from the bottom of `area` upward, so a long message is read whole instead of cut off.
public enum StatusLine {
    /// Draws `text`, or `footer` when there is no text; returns the rows used.
    @discardableResult
    public static func draw(on canvas: inout Canvas, in area: Rect, text: String?, isError: Bool, footer: [Span],
                            maxRows: Int = 3) -> Int {
        guard !area.isEmpty else { return 0 }
        let bottom = area.maxY - 1
        guard let text, !text.isEmpty else {
            canvas.fill(Rect(x: area.x, y: bottom, width: area.width, height: 1))
            canvas.write(footer, x: area.x, y: bottom, maxWidth: area.width)
            return 1
        }
        let lines = Wrap.lines(text, width: area.width)
        let shown = Array(lines.prefix(max(1, min(maxRows, area.height))))
        for (i, line) in shown.enumerated() {
            let y = bottom - shown.count + 1 + i
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
            let cut = i == shown.count - 1 && lines.count > shown.count ? DisplayWidth.truncate(line + " …", to: area.width) : line
            canvas.write(cut, x: area.x, y: y, maxWidth: area.width, role: isError ? .error : .accent)
        }
        return shown.count
    }
}
