import PlanCore
import TerminalKit

/// Consent to the one plan: given or withdrawn, the date, its scope and a note.
enum ConsentForm {
    enum Field: String, FieldName { case state, date, scope, note }

    static let states: [Consent.State] = [.given, .withdrawn, .notRecorded]

    static func make(_ c: EditorContext) -> Form {
        let s = c.strings, e = c.e
        let current = c.file.consent
        return Form(title: e.titleConsent, fields: [
            Fields<Field>.choice(.state, s.consent, states.map { Form.Option(id: $0.rawValue, label: s.consentStates[$0] ?? $0.rawValue) },
                                 selected: (current.state == .withdrawn ? Consent.State.withdrawn : .given).rawValue),
            Fields<Field>.line(.date, e.fieldDate, c.language.date(c.today)),
            Fields<Field>.line(.scope, s.consentScope, current.scope.joined(separator: ", ")),
            Fields<Field>.line(.note, e.fieldNote, current.note),
        ])
    }

    static func change(_ r: inout FieldReader<Field>) -> PlanChange? {
        let state = r.choice(.state, as: Consent.State.self, default: .given)
        let date = r.date(.date, required: state != .notRecorded)
        return .consent(Consent(state: state, date: date, scope: r.list(.scope), note: r.text(.note)))
    }
}
