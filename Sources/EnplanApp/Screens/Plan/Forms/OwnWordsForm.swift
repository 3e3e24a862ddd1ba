import PlanCore
import TerminalKit

/// The citizen's own words ("what matters to me") and the overall goal.
enum OwnWordsForm {
    enum Field: String, FieldName { case ownWords, overallGoal }

    static func make(_ c: EditorContext) -> Form {
        Form(title: c.e.titleOwnWords, fields: [
            Fields<Field>.text(.ownWords, c.strings.ownWords, c.file.ownWords, height: 5),
            Fields<Field>.text(.overallGoal, c.strings.overallGoal, c.file.overallGoal, height: 2),
        ])
    }

    static func change(_ r: inout FieldReader<Field>) -> PlanChange? {
        .ownWords(r.text(.ownWords, trimmed: false).trimmingSpaces, overallGoal: r.text(.overallGoal, trimmed: false).trimmingSpaces)
    }
}
