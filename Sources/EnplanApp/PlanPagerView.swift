import PlanCore
import TerminalKit

/// A citizen's whole plan as scrollable text, opened from the dashboard.
struct PlanPagerView {
    let state: AppState
    let plan: PlanViewState
    let bindings: Bindings

    func draw(on canvas: inout Canvas) {
        let area = canvas.bounds
        let (titleRect, rest) = area.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        let s = state.strings
        let c = plan.file.citizen
        let cpr = c.cpr.map { plan.revealCPR ? $0.formatted : $0.masked } ?? s.none
        var right: [Span] = []
        if state.readOnly { right.append(Span(" \(s.readOnlyBadge) ", .readOnlyBadge)) }
        Bar.draw(on: &canvas, in: titleRect, left: [Span(" \(c.name) ", .title), Span("· \(cpr) ", .statusBar)],
                 right: right, role: .statusBar)
        let visible = plan.lines.dropFirst(plan.offset).prefix(body.height)
        for (i, line) in visible.enumerated() {
            let role: Role = line.hasPrefix("===") || line.hasPrefix("---") ? .border
                : (plan.lines.indices.contains(plan.offset + i + 1) && plan.lines[plan.offset + i + 1].hasPrefix("---")) ? .title : .text
            canvas.write(line, x: body.x + 1, y: body.y + i, maxWidth: body.width - 2, role: role)
        }
        if let message = state.message {
            canvas.write(message.text, x: bottom.x, y: bottom.y, maxWidth: bottom.width, role: message.isError ? .error : .accent)
        } else {
            canvas.write(bindings.plan.footer, x: bottom.x, y: bottom.y, maxWidth: bottom.width)
        }
    }

    static func lines(for plan: PlanViewState, state: AppState, instrument: Instrument, width: Int) -> [String] {
        let text = PlanPrintout(file: plan.file, instrument: instrument, language: state.language,
                                revealCPR: plan.revealCPR, today: state.dashboard.today).render(.plain)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let wrapped = Wrap.lines(String(line), width: max(10, width - 2))
            return wrapped.isEmpty ? [""] : wrapped
        }
    }
}
