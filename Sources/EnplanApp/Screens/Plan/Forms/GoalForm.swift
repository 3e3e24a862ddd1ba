import PlanCore
import TerminalKit

/// A goal of a section: title, status, the citizen's level now and the level expected (on the
/// instrument's scale), and a note.
enum GoalForm {
    enum Field: String, FieldName { case title, status, currentLevel, expectedLevel, note }

    static func make(_ goal: Goal?, _ c: EditorContext) -> Form {
        let s = c.strings, e = c.e, scale = c.catalogues.instrument.scale.range
        return Form(title: e.titleGoal, fields: [
            Fields<Field>.line(.title, e.fieldTitle, goal?.title ?? ""),
            Fields<Field>.choice(.status, e.fieldStatus, .all(GoalStatus.self) { s.goalStatuses[$0] },
                                 selected: (goal?.status ?? .active).rawValue),
            Fields<Field>.line(.currentLevel, String(format: e.fieldCurrentLevel, scale.lowerBound, scale.upperBound),
                               goal?.currentLevel.map(String.init) ?? ""),
            Fields<Field>.line(.expectedLevel, String(format: e.fieldExpectedLevel, scale.lowerBound, scale.upperBound),
                               goal?.expectedLevel.map(String.init) ?? ""),
            Fields<Field>.text(.note, e.fieldNote, goal?.note ?? "", height: 3),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ section: PlanSection, _ goal: Goal?, _ c: EditorContext) -> PlanChange? {
        let scale = c.catalogues.instrument.scale.range
        var g = goal ?? Goal(id: "", title: "", created: c.today)
        g.title = r.required(.title)
        g.status = r.choice(.status, as: GoalStatus.self, default: .active)
        g.currentLevel = r.level(.currentLevel, in: scale)
        g.expectedLevel = r.level(.expectedLevel, in: scale)
        g.note = r.text(.note, trimmed: false)
        return .goal(g, in: section)
    }
}
