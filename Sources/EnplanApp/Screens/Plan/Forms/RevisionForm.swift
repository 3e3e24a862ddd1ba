import PlanCore
import TerminalKit

/// A revision note: what changed in the plan, why, and whether it was agreed with the citizen.
enum RevisionForm {
    enum Field: String, FieldName { case summary, reason, withCitizen }

    static func make(_ c: EditorContext) -> Form {
        let s = c.strings, e = c.e
        return Form(title: e.titleRevision, fields: [
            Fields<Field>.text(.summary, e.fieldChangeSummary, "", height: 3),
            Fields<Field>.line(.reason, e.fieldReason, ""),
            Fields<Field>.choice(.withCitizen, e.fieldWithCitizen, [Form.Option(id: "yes", label: s.yes), Form.Option(id: "no", label: s.no)],
                                 selected: "yes"),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ c: EditorContext) -> PlanChange? {
        let summary = r.required(.summary)
        return .revision(PlanRevision(date: c.today, author: c.user, summary: summary, reason: r.text(.reason),
                                      withCitizen: r.choice(.withCitizen) == "yes"))
    }
}
