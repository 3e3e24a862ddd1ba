import PlanCore
import TerminalKit

/// What every screen's view draws besides its own state: the language, the read-only badge, the
/// message line, the keys of the footer and the progression scale.
struct Chrome {
    let language: Language
    let readOnly: Bool
    let message: AppState.Message?
    let footer: [Span]
    let scale: ClosedRange<Int>
    let today: CalendarDate
    let colleagues: Colleagues

    var strings: Strings { language.strings }

    /// The message (wrapped over up to three rows when long) or the footer keys, at the bottom of `area`.
    func drawBottomLine(on canvas: inout Canvas, in area: Rect) {
        StatusLine.draw(on: &canvas, in: area, text: message?.text, isError: message?.isError ?? false, footer: footer)
    }
}
