import PlanCore
import TerminalKit

/// The case's status: close it (with a reason), pause it (until a day), or reopen it. The choices
/// offered are the ones that make sense from where the case is.
enum StatusForm {
    enum Field: String, FieldName { case action, reason, date, until, note }

    enum Action: String { case close, pause, reopen }

    static func actions(from status: CaseStatus) -> [Action] {
        switch status {
        case .active: return [.close, .pause]
        case .paused: return [.reopen, .close, .pause]
        case .closed: return [.reopen]
        }
    }

    static func make(preset: Action?, _ c: EditorContext) -> Form {
        let l = c.language.caseLife
        let label: [Action: String] = [.close: l.actionClose, .pause: l.actionPause, .reopen: l.actionReopen]
        let offered = actions(from: c.file.status)
        return Form(title: l.titleStatus + " · " + (c.strings.caseStatuses[c.file.status.key] ?? c.file.status.key), fields: [
            Fields<Field>.choice(.action, l.fieldNewStatus, offered.map { Form.Option(id: $0.rawValue, label: label[$0] ?? $0.rawValue) },
                                 selected: (preset.flatMap { offered.contains($0) ? $0 : nil } ?? offered[0]).rawValue),
            Fields<Field>.choice(.reason, l.fieldReason, [Form.Option].all(ClosureReason.self) { l.reasons[$0] },
                                 selected: ClosureReason.job.rawValue).shown(when: Field.action, is: Action.close.rawValue),
            Fields<Field>.line(.date, l.fieldDate, c.language.date(c.today)),
            Fields<Field>.line(.until, l.fieldUntil, "").shown(when: Field.action, is: Action.pause.rawValue),
            Fields<Field>.line(.note, l.fieldNote, ""),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ c: EditorContext) -> PlanChange? {
        let l = c.language.caseLife
        let action = Action(rawValue: r.choice(.action)) ?? .close
        let status: CaseStatus
        switch action {
        case .close: status = .closed(r.choice(.reason, as: ClosureReason.self, default: .other))
        case .pause: status = .paused
        case .reopen: status = .active
        }
        let date = r.date(.date, required: true)
        let until = action == .pause ? r.date(.until, required: false) : nil
        guard let date else { return nil }
        do {
            try c.file.checkStatusChange(to: status, on: date, until: until, today: c.today)
        } catch {
            switch error {
            case let .statusBeforeLastChange(last): r.fail(.date, String(format: l.dateBeforeLastChange, c.language.date(last)))
            case .inFuture: r.fail(.date, l.dateInFuture)
            case .endBeforeStart: r.fail(.until, l.untilNotAfterDate)
            default: r.fail(.action, c.language.describe(error))
            }
            return nil
        }
        return .status(StatusChange(date: date, status: status, note: r.text(.note), until: until))
    }
}

/// Hands the citizen to another coordinator, chosen from the team (or, without a users catalogue,
/// from the coordinators of the caseload).
enum AssignForm {
    enum Field: String, FieldName { case to }

    static func make(title: String, candidates: [String], _ c: EditorContext) -> Form {
        Form(title: title, fields: [
            Fields<Field>.choice(.to, c.language.caseLife.fieldTo, candidates.map { Form.Option(id: $0, label: c.colleagues.name($0)) },
                                 selected: candidates.first),
        ])
    }

    static func coordinator(_ r: inout FieldReader<Field>) -> String? {
        let to = r.choice(.to)
        if to.isEmpty { r.fail(.to, r.strings.required) }
        return to.isEmpty ? nil : to
    }
}
