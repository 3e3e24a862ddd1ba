import PlanCore
import TerminalKit

/// Consent to the one plan: given or withdrawn, the date, which departments may share (ticked in
/// the department catalogue), a note, and for a citizen under 18 the custody holder's
/// consent.
enum ConsentForm {
    enum Field: String, FieldName { case state, date, scope, note, custodyName, custodyRelation, custodyDate }

    static let states: [Consent.State] = [.given, .withdrawn, .notRecorded]

    static func make(_ c: EditorContext) -> Form {
        let s = c.strings, e = c.e, a = c.language.assessment
        let current = c.file.consent
        let custody = current.custody
        return Form(title: e.titleConsent, fields: [
            Fields<Field>.choice(.state, s.consent, states.map { Form.Option(id: $0.rawValue, label: s.consentStates[$0] ?? $0.rawValue) },
                                 selected: (current.state == .withdrawn ? Consent.State.withdrawn : .given).rawValue),
            Fields<Field>.line(.date, e.fieldDate, c.language.date(c.today)),
            Fields<Field>.departments(.scope, a.fieldScopeDepartments, chosen: current.scope, c.catalogues, c.language),
            Fields<Field>.line(.note, e.fieldNote, current.note),
            Fields<Field>.line(.custodyName, a.fieldCustodyName, custody?.name ?? ""),
            Fields<Field>.line(.custodyRelation, a.fieldCustodyRelation, custody?.relation ?? ""),
            Fields<Field>.line(.custodyDate, a.fieldCustodyDate, custody.map { c.language.date($0.date) } ?? ""),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ c: EditorContext) -> PlanChange? {
        let a = c.language.assessment
        let state = r.choice(.state, as: Consent.State.self, default: .given)
        let date = r.date(.date, required: state != .notRecorded)
        let scope = r.departments(.scope)
        var custody: CustodyConsent?
        let name = r.text(.custodyName), relation = r.text(.custodyRelation)
        let custodyDate = r.date(.custodyDate, required: !name.isEmpty)
        if !name.isEmpty, let custodyDate { custody = CustodyConsent(name: name, relation: relation, date: custodyDate) }
        if state == .given, custody == nil, c.file.citizen.isMinor(on: date ?? c.today) {
            r.fail(.custodyName, a.custodyNeeded)
        }
        return .consent(Consent(state: state, date: date, scope: scope, note: r.text(.note), custody: custody))
    }
}
