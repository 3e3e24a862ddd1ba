import PlanCore
import TerminalKit

/// The next follow-up date, agreed with the citizen.
enum NextFollowUpForm {
    enum Field: String, FieldName { case date }

    static func make(_ c: EditorContext) -> Form {
        Form(title: c.e.titleNextFollowUp, fields: [
            Fields<Field>.line(.date, c.strings.nextFollowUp, c.file.nextFollowUp.map(c.language.date) ?? ""),
        ])
    }

    static func change(_ r: inout FieldReader<Field>) -> PlanChange? {
        .nextFollowUp(r.date(.date, required: false))
    }
}
