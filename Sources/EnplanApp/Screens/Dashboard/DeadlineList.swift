import PlanCore
import CaseRecords
import TerminalKit

/// The dashboard's deadline view (D): every deadline of the citizens the dashboard shows, overdue
/// first, up to `days` ahead; Enter opens the selected citizen's plan.
public struct DeadlineList {
    public static let days = 30

    public var deadlines: [Deadline]
    public var list = ListState()
    public let horizon: CalendarDate

    init(_ citizens: [CitizenSummary], catalogues: Catalogues, today: CalendarDate) {
        horizon = today.adding(days: DeadlineList.days)
        deadlines = citizens.deadlines(catalogues, today: today, until: horizon)
    }

    public var selected: Deadline? { deadlines.indices.contains(list.selected) ? deadlines[list.selected] : nil }

    /// The box the list is drawn in, and the rows of deadlines it has room for.
    static func box(in area: Rect) -> (rect: Rect, rows: Int) {
        let rect = area.centered(Size(width: min(area.width, 110), height: max(3, area.height - 2)))
        return (rect, max(1, rect.height - 3))
    }

    func draw(on canvas: inout Canvas, in area: Rect, language: Language, today: CalendarDate, footer: [Span]) {
        let d = language.deadlines
        let (rect, rows) = DeadlineList.box(in: area)
        canvas.fill(rect)
        canvas.box(rect, title: d.title + " · " + language.date(horizon), role: .accent)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if deadlines.isEmpty { canvas.write(d.none, x: inner.x, y: inner.y, maxWidth: inner.width, role: .muted) }
        let shown = list.clamped(count: deadlines.count, height: rows)
        for (row, i) in (shown.offset..<min(deadlines.count, shown.offset + rows)).enumerated() {
            let x = deadlines[i], y = inner.y + row, here = i == shown.selected
            let overdue = x.isOverdue(on: today)
            if here { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
            let spans = [Span((here ? canvas.glyphs.selection : " ") + " "),
                         Span(language.date(x.date) + " ", overdue ? .warning : .text),
                         Span((overdue ? "! " : "  ")),
                         Span(x.name, .accent), Span(" · " + (d.kinds[x.kind] ?? x.kind.rawValue)),
                         Span(" · " + language.rule(of: x) + (x.source.map { " (" + $0.shortLaw + " " + $0.section + ")" } ?? ""), .muted)]
            canvas.write(here ? spans.map { Span($0.text, .selection) } : spans, x: inner.x, y: y, maxWidth: inner.width)
        }
        canvas.write(footer, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width)
    }
}
