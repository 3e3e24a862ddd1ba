import PlanCore
import TerminalKit

/// The citizen's name, contact details, target group, the language their printed plan is in, and a
/// birth date for a citizen without a CPR number (it decides whether a custody holder consents too).
enum CitizenDetailsForm {
    enum Field: String, FieldName { case name, phone, email, address, targetGroup, language, birthDate, benefitStart, firstAbsenceDay }

    static func make(_ c: EditorContext) -> Form {
        let s = c.strings, z = c.file.citizen, a = c.language.assessment
        return Form(title: c.e.titleCitizenDetails, fields: [
            Fields<Field>.line(.name, s.fieldName, z.name),
            Fields<Field>.line(.phone, s.fieldPhone, z.phone),
            Fields<Field>.line(.email, s.fieldEmail, z.email),
            Fields<Field>.line(.address, c.e.fieldAddress, z.address),
            Fields<Field>.choice(.targetGroup, s.fieldTargetGroup,
                                 TargetGroup.allCases.filter { !$0.isLegacy || $0 == z.targetGroup }
                                     .map { Form.Option(id: $0.rawValue, label: $0.name(c.language)) },
                                 selected: z.targetGroup.rawValue),
            Fields<Field>.choice(.language, a.fieldLanguage, .all(CitizenLanguage.self) { a.languages[$0] },
                                 selected: (z.language ?? .da).rawValue),
            Fields<Field>.line(.birthDate, a.fieldBirthDate, z.birthDate.map(c.language.date) ?? ""),
            // The days the contact rules count from (sickness benefit: the first day of absence).
            Fields<Field>.line(.benefitStart, c.language.deadlines.fieldBenefitStart, z.benefitStart.map(c.language.date) ?? ""),
            Fields<Field>.line(.firstAbsenceDay, c.language.deadlines.fieldFirstAbsence, z.firstAbsenceDay.map(c.language.date) ?? ""),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ c: EditorContext) -> PlanChange? {
        let phone = r.text(.phone), email = r.text(.email)
        if !Citizen.isPhoneNumber(phone) { r.fail(.phone, c.e.message(for: .invalidPhone(phone), language: c.language)) }
        if !Citizen.isEmailAddress(email) { r.fail(.email, c.e.message(for: .invalidEmail(email), language: c.language)) }
        let birthDate = r.date(.birthDate, required: false)
        if let birthDate, birthDate > c.today { r.fail(.birthDate, c.language.caseLife.dateInFuture) }
        let benefitStart = r.date(.benefitStart, required: false), firstAbsence = r.date(.firstAbsenceDay, required: false)
        if let firstAbsence, firstAbsence > c.today { r.fail(.firstAbsenceDay, c.language.caseLife.dateInFuture) }
        return .citizenDetails(name: r.required(.name), phone: phone, email: email, address: r.text(.address),
                               targetGroup: r.choice(.targetGroup, as: TargetGroup.self, default: .andet),
                               language: r.choice(.language, as: CitizenLanguage.self, default: .da),
                               birthDate: birthDate, benefitStart: benefitStart, firstAbsenceDay: firstAbsence)
    }
}
