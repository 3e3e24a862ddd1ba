import PlanCore
import TerminalKit

/// A sub-goal: its title says which goal it belongs to.
enum SubGoalForm {
    enum Field: String, FieldName { case title, status }

    static func make(of goalID: ItemID, _ sub: SubGoal?, _ c: EditorContext) -> Form {
        let s = c.strings, e = c.e
        let goalTitle = c.file.goal(goalID)?.1.title ?? goalID
        return Form(title: String(format: e.titleSubGoal, goalTitle), fields: [
            Fields<Field>.line(.title, e.fieldTitle, sub?.title ?? ""),
            Fields<Field>.choice(.status, e.fieldStatus, .all(GoalStatus.self) { s.goalStatuses[$0] },
                                 selected: (sub?.status ?? .active).rawValue),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, of goalID: ItemID, _ sub: SubGoal?, _ c: EditorContext) -> PlanChange? {
        var x = sub ?? SubGoal(id: "", title: "", created: c.today)
        x.title = r.required(.title)
        x.status = r.choice(.status, as: GoalStatus.self, default: .active)
        return .subGoal(x, of: goalID)
    }
}
