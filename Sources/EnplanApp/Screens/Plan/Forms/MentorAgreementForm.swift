import PlanCore
import TerminalKit

/// The mentor agreement: purpose, the mentor and how to reach them, tasks and hours per week.
enum MentorAgreementForm {
    enum Field: String, FieldName { case purpose, mentor, organisation, contact, tasks, hours }

    static func make(_ c: EditorContext) -> Form {
        let s = c.strings, e = c.e
        let a = c.file.mentorAgreement ?? MentorAgreement()
        return Form(title: e.titleMentorAgreement, fields: [
            Fields<Field>.text(.purpose, s.purpose, a.purpose, height: 2),
            Fields<Field>.line(.mentor, e.fieldMentorName, a.mentorName),
            Fields<Field>.line(.organisation, e.fieldOrganisation, a.organisation),
            Fields<Field>.line(.contact, e.fieldContact, a.contact),
            Fields<Field>.text(.tasks, s.tasks, a.tasks, height: 2),
            Fields<Field>.line(.hours, s.hoursPerWeek, a.hoursPerWeek == 0 ? "" : c.language.hours(a.hoursPerWeek)),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ c: EditorContext) -> PlanChange? {
        var a = c.file.mentorAgreement ?? MentorAgreement()
        a.purpose = r.text(.purpose, trimmed: false)
        a.mentorName = r.required(.mentor)
        a.organisation = r.text(.organisation)
        a.contact = r.text(.contact)
        a.tasks = r.text(.tasks, trimmed: false)
        a.hoursPerWeek = r.hours(.hours)
        return .mentorAgreement(a)
    }
}

extension Language {
    /// Hours as typed back into a form: whole hours without decimals.
    func hours(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : decimal(value, digits: 1)
    }
}
