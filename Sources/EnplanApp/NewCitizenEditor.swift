import Foundation
import PlanCore
import PlanStore
import TerminalKit

/// The new-citizen form: what it asks, how it validates, and the question before discarding.
public struct NewCitizenEditor {
    public var modal: ModalForm
    public var form: Form {
        get { modal.form }
        set { modal.form = newValue }
    }
    /// The user has seen the duplicate-name warning and saves anyway.
    var acceptedDuplicateName = false
    let groups: [TargetGroup]

    enum Field: Int { case name, cpr, group, phone, email }

    init(strings s: Strings, language: Language) {
        groups = TargetGroup.allCases
        modal = ModalForm(Form(title: s.newCitizenTitle, fields: [
            Form.Field(s.fieldName, .line(TextField())),
            Form.Field(s.fieldCPR, .line(TextField())),
            Form.Field(s.fieldTargetGroup, .choice(options: groups.map { $0.name(language) }, filter: TextField(), selected: 0)),
            Form.Field(s.fieldPhone, .line(TextField())),
            Form.Field(s.fieldEmail, .line(TextField())),
        ]))
    }

    /// The citizen to create, or nil with messages next to the fields that need attention.
    mutating func validated(against caseload: [CitizenSummary], strings s: Strings, language: Language) -> NewCitizen? {
        for i in form.fields.indices { form.fields[i].message = nil }
        let name = form.fields[Field.name.rawValue].value.trimmingSpaces
        var ok = true
        if name.isEmpty {
            form.fields[Field.name.rawValue].message = s.nameRequired
            ok = false
        }
        var cpr: CPRNumber?
        let cprText = form.fields[Field.cpr.rawValue].value.trimmingSpaces
        if !cprText.isEmpty {
            if let number = try? CPRNumber(cprText) {
                cpr = number
                if let other = caseload.first(where: { $0.cpr == number }) {
                    form.fields[Field.cpr.rawValue].message = String(format: s.cprDuplicate, other.name)
                    ok = false
                }
            } else {
                form.fields[Field.cpr.rawValue].message = s.cprInvalid
                ok = false
            }
        }
        if ok, !acceptedDuplicateName, caseload.contains(where: { NameOrder.key($0.name) == NameOrder.key(name) }) {
            form.fields[Field.name.rawValue].message = s.nameDuplicate
            acceptedDuplicateName = true
            ok = false
        }
        if let first = form.fields.firstIndex(where: { $0.message != nil }) { form.focus = first }
        guard ok else { return nil }
        let groupName = form.fields[Field.group.rawValue].value
        let group = groups.first { $0.name(language) == groupName } ?? .andet
        return NewCitizen(name: name, cpr: cpr, targetGroup: group,
                          phone: form.fields[Field.phone.rawValue].value.trimmingSpaces,
                          email: form.fields[Field.email.rawValue].value.trimmingSpaces)
    }
}
