import PlanCore
import TerminalKit

/// Draws the state: the screen, then each overlay of the stack from the bottom up. The cursor is
/// where the top layer puts it.
struct AppView {
    let state: AppState
    let bindings: Bindings
    let environment: Environment

    func render(theme: Theme, colors: Int, unicode: Bool) -> (buffer: Buffer, cursor: (x: Int, y: Int)?) {
        var canvas = Canvas(size: state.size, theme: theme, colors: colors, unicode: unicode)
        canvas.fill(canvas.bounds)
        guard state.size.width >= App.minimumSize.width, state.size.height >= App.minimumSize.height else {
            drawTooSmall(on: &canvas)
            return (canvas.buffer, nil)
        }
        let chrome = Chrome(language: state.language, readOnly: state.readOnly,
                            message: state.overlays.isEmpty ? state.message : nil,
                            footer: state.screenKeyMap(bindings).footer, scale: state.instrumentScale, today: environment.today,
                            colleagues: environment.colleagues)
        switch state.screen {
        case .dashboard:
            DashboardView(dashboard: state.dashboard, chrome: chrome).draw(on: &canvas)
        case let .plan(plan):
            PlanView(plan: plan, chrome: chrome, catalogues: state.catalogues).draw(on: &canvas)
        case let .timeline(timeline):
            TimelineView(timeline: timeline, chrome: chrome, instrument: environment.instrument).draw(on: &canvas)
        case let .team(team):
            TeamView(team: team, chrome: chrome, rules: state.catalogues.contactRules).draw(on: &canvas)
        }
        var cursor: (x: Int, y: Int)?
        for overlay in state.overlays {
            cursor = draw(overlay, on: &canvas)
        }
        // A message that came while a layer is open (a failed create, a wrong date) shows over it.
        if !state.overlays.isEmpty, let message = state.message {
            StatusLine.draw(on: &canvas, in: canvas.bounds, text: message.text, isError: message.isError, footer: [])
        }
        return (canvas.buffer, cursor)
    }

    private func drawTooSmall(on canvas: inout Canvas) {
        let text = String(format: state.strings.terminalTooSmall, App.minimumSize.width, App.minimumSize.height,
                          state.size.width, state.size.height)
        let lines = Wrap.lines(text, width: state.size.width)
        let top = max(0, (state.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            canvas.write(line, x: max(0, (state.size.width - DisplayWidth.of(line)) / 2), y: top + i, role: .warning)
        }
    }

    private func draw(_ overlay: Overlay, on canvas: inout Canvas) -> (x: Int, y: Int)? {
        let s = state.strings, k = state.language.keys
        let area = canvas.bounds
        switch overlay {
        case let .help(offset):
            HelpOverlay.draw(on: &canvas, in: area, title: s.helpTitle, sections: state.helpSections(bindings),
                             footer: s.helpClose, offset: offset)
            return nil
        case let .search(field):
            return drawLine(label: s.filter + ": ", field: field, on: &canvas)
        case let .dateField(field):
            return drawLine(label: s.timeline.goToDate + ": ", field: field, on: &canvas, width: 20)
        case let .newCitizen(form):
            return form.form.draw(on: &canvas, in: area, hint: bindings.form.footer)
        case let .handOver(form):
            return form.form.draw(on: &canvas, in: area, hint: bindings.form.footer)
        case let .form(form):
            let cursor = form.form.draw(on: &canvas, in: area, hint: bindings.form.footer)
            if let notice = form.notice {
                // A conflict or save failure is explained under the form, where the user is looking.
                StatusLine.draw(on: &canvas, in: area, text: notice, isError: true, footer: [])
            }
            return cursor
        case let .measurement(form):
            return form.draw(on: &canvas, footer: bindings.measurement.footer)
        case let .question(question):
            drawQuestion(question, on: &canvas, strings: s, keys: k)
            return nil
        case let .deadlines(list):
            list.draw(on: &canvas, in: area, language: state.language, today: state.dashboard.today, footer: bindings.deadlines.footer)
            return nil
        }
    }

    /// A one-line input on the bottom row (the search, the date to go to).
    private func drawLine(label: String, field: TextField, on canvas: inout Canvas, width: Int? = nil) -> (x: Int, y: Int) {
        let y = canvas.bounds.maxY - 1
        canvas.fill(Rect(x: 0, y: y, width: canvas.bounds.width, height: 1))
        let used = canvas.write(label, x: 0, y: y, maxWidth: canvas.bounds.width, role: .accent)
        let room = max(1, canvas.bounds.width - used)
        return field.draw(on: &canvas, x: used, y: y, width: min(room, width ?? room))
    }

    private func drawQuestion(_ question: Question, on canvas: inout Canvas, strings s: Strings, keys k: KeyStrings) {
        let e = s.editor
        let (title, message, buttons): (String, String, [String])
        switch question.kind {
        case let .add(kinds):
            (title, message, buttons) = (e.addTitle, e.addQuestion, kinds.map { PlanView.addLabel($0, state.language) })
        case let .delete(_, itemTitle):
            (title, message, buttons) = (e.deleteTitle, String(format: e.deleteQuestion, itemTitle), [e.deleteButton, e.keepButton])
        case let .conflict(_, by, revision):
            (title, message, buttons) = (e.conflictTitle, String(format: e.conflictQuestion, by, revision), [e.applyMine, e.discardMine])
        case .quit:
            (title, message, buttons) = (k.quitTitle, k.quitQuestion, [k.quitAnyway, k.keepEditing])
        case .discard:
            (title, message, buttons) = (s.discardTitle, s.discardQuestion, [s.discard, s.keepEditing])
        case .closeCase:
            let l = state.language.caseLife
            (title, message, buttons) = (l.closeCaseTitle, l.closeCaseQuestion, [l.closeCaseButton, l.keepOpenButton])
        case let .reopenItem(_, itemTitle):
            (title, message, buttons) = (e.reopenTitle, String(format: e.reopenQuestion, itemTitle), [e.reopenButton, e.keepButton])
        }
        Dialog.draw(on: &canvas, in: canvas.bounds, title: title, message: message, buttons: buttons, selected: question.selected)
    }
}
