import Foundation
import PlanCore
import CaseRecords
import TerminalKit

/// The new-citizen form: what it asks and how it validates.
public struct NewCitizenForm {
    public var form: Form
    /// The user has seen the duplicate-name warning and saves anyway.
    var acceptedDuplicateName = false

    enum Field: String, FieldName { case name, cpr, targetGroup, phone, email }

    init(language: Language) {
        let s = language.strings
        form = Form(title: s.newCitizenTitle, fields: [
            Fields<Field>.line(.name, s.fieldName, ""),
            Fields<Field>.line(.cpr, s.fieldCPR, ""),
            // A legacy group (ressourceforløb) stays on cases that have it; a new case is not given it.
            Fields<Field>.choice(.targetGroup, s.fieldTargetGroup,
                                 TargetGroup.offeredForNewCases.map { Form.Option(id: $0.rawValue, label: $0.name(language)) },
                                 selected: TargetGroup.offeredForNewCases.first?.rawValue),
            Fields<Field>.line(.phone, s.fieldPhone, ""),
            Fields<Field>.line(.email, s.fieldEmail, ""),
        ])
    }

    /// The citizen to create, or nil with messages next to the fields that need attention. Whether the
    /// CPR number is already in the store is the store's to say (under its lock, against itself): a
    /// `.duplicateCPR` comes back from the save and is shown by the field.
    /// After the store refused a CPR number already registered.
    mutating func refuseDuplicate(name: String, strings s: Strings) {
        form.setMessage(String(format: s.cprDuplicate, name), for: Field.cpr.rawValue)
        form.focus(on: Field.cpr.rawValue)
    }

    mutating func validated(against caseload: [CitizenSummary], language: Language) -> NewCitizen? {
        let s = language.strings
        var r = FieldReader<Field>(form: form, strings: s.editor)
        for field in Field.allCases { r.form.setMessage(nil, for: field.rawValue) }
        let name = r.text(.name)
        if name.isEmpty { r.fail(.name, s.nameRequired) }
        var cpr: CPRNumber?
        let cprText = r.text(.cpr)
        if !cprText.isEmpty {
            if let number = try? CPRNumber(cprText) {
                cpr = number
            } else {
                r.fail(.cpr, s.cprInvalid)
            }
        }
        // A wrong phone number or e-mail is said under its field, where the person is looking.
        let phone = r.text(.phone), email = r.text(.email)
        if !Citizen.isPhoneNumber(phone) { r.fail(.phone, s.editor.message(for: .invalidPhone(phone), language: language)) }
        if !Citizen.isEmailAddress(email) { r.fail(.email, s.editor.message(for: .invalidEmail(email), language: language)) }
        let ok = !Field.allCases.contains { r.form[$0.rawValue]?.message != nil }
        if ok, !acceptedDuplicateName, caseload.contains(where: { NameOrder.key($0.name) == NameOrder.key(name) }) {
            r.fail(.name, s.nameDuplicate)
            acceptedDuplicateName = true
        }
        form = r.form
        guard !form.focusFirstMessage() else { return nil }
        return NewCitizen(name: name, cpr: cpr, targetGroup: r.choice(.targetGroup, as: TargetGroup.self, default: .andet),
                          phone: phone, email: email)
    }
}
