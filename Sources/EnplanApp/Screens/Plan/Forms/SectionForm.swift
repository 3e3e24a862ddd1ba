import PlanCore
import TerminalKit

/// A section's responsible caseworker and notes.
enum SectionForm {
    enum Field: String, FieldName { case responsible, notes }

    static func make(_ section: PlanSection, _ c: EditorContext) -> Form {
        let plan = c.file.sections[section]
        return Form(title: String(format: c.e.titleSection, section.name(c.language)), fields: [
            Fields<Field>.line(.responsible, c.e.responsibleCaseworker, plan.responsible),
            Fields<Field>.text(.notes, c.strings.notes, plan.notes, height: 4),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ section: PlanSection) -> PlanChange? {
        .section(section, responsible: r.text(.responsible), notes: r.text(.notes, trimmed: false))
    }
}
