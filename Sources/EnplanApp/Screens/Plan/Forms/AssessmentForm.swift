import PlanCore
import TerminalKit

/// One area of the joint assessment: the finding in words, the citizen's own view, a judgement on the
/// catalogue's resource/barrier scale and the departments that contributed. With no assessment to add
/// to, the form starts a new one on the date typed.
enum AssessmentForm {
    enum Field: String, FieldName { case date, judgement, finding, citizenView, contributors }

    static func make(assessment id: ItemID?, area: String, _ c: EditorContext) -> Form {
        let a = c.language.assessment, danish = c.language == .da
        let existing = id.flatMap { c.file.assessment($0)?.finding(area) }
        let catalogueArea = c.catalogues.assessment.area(area)
        // The VUM 2.0 theme in the title, so a finding written here can be reused in an adult assessment.
        let name = (catalogueArea?.name(danish: danish) ?? area) + (catalogueArea?.vumThemes.map { " (VUM: " + $0.joined(separator: ", ") + ")" } ?? "")
        let judgements = [Form.Option(id: "", label: a.noJudgement)]
            + c.catalogues.assessment.judgements.map { Form.Option(id: $0.id, label: $0.name(danish: danish)) }
        var fields: [Form.Field] = []
        if id == nil { fields.append(Fields<Field>.line(.date, c.e.fieldDate, c.language.date(c.today))) }
        fields += [
            Fields<Field>.choice(.judgement, a.fieldJudgement, judgements, selected: existing?.judgement ?? ""),
            // The area's question stays on the plan's detail line, under the form.
            Fields<Field>.text(.finding, a.fieldFinding, existing?.finding ?? "", height: 3),
            Fields<Field>.text(.citizenView, a.citizenView, existing?.citizenView ?? "", height: 2),
            Fields<Field>.departments(.contributors, a.contributors, chosen: existing?.contributors ?? [], c.catalogues, on: c.today, c.language),
        ]
        return Form(title: String(format: id == nil ? a.titleNewAssessment : a.titleFinding, name), fields: fields)
    }

    static func change(_ r: inout FieldReader<Field>, assessment id: ItemID?, area: String, _ c: EditorContext) -> PlanChange? {
        let date = id == nil ? r.date(.date, required: true) : nil
        if let date, date > c.today { r.fail(.date, c.language.caseLife.dateInFuture) }
        let contributors = r.ticked(.contributors)
        let judgement = r.choice(.judgement)
        let finding = AssessmentFinding(area: area, finding: r.required(.finding), citizenView: r.text(.citizenView, trimmed: false),
                                        judgement: judgement.isEmpty ? nil : judgement, contributors: contributors)
        return .assessmentFinding(finding, assessment: id, date: date ?? c.today)
    }
}

/// A finding becomes a goal in one step: the section (the area's usual one first), a title to start
/// from, and the finding as the goal's note. The goal remembers the assessment and area it came from.
enum GoalFromFindingForm {
    enum Field: String, FieldName { case section, title, note }

    static func make(assessment id: ItemID, area: String, _ c: EditorContext) -> Form {
        let a = c.language.assessment, danish = c.language == .da
        let finding = c.file.assessment(id)?.finding(area)
        let catalogueArea = c.catalogues.assessment.area(area)
        let title = finding.map { firstSentence($0.citizenView.isEmpty ? $0.finding : $0.citizenView) } ?? ""
        return Form(title: String(format: a.titleGoalFromFinding, catalogueArea?.name(danish: danish) ?? area), fields: [
            Fields<Field>.choice(.section, a.fieldSection, .all(PlanSection.self) { $0.name(c.language) },
                                 selected: (catalogueArea?.section ?? .employment).rawValue),
            Fields<Field>.line(.title, c.e.fieldTitle, title),
            Fields<Field>.text(.note, c.e.fieldNote, finding?.finding ?? "", height: 3),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, assessment id: ItemID, area: String, _ c: EditorContext) -> PlanChange? {
        let section = r.choice(.section, as: PlanSection.self, default: .employment)
        let goal = Goal(id: "", title: r.required(.title), created: c.today, note: r.text(.note, trimmed: false),
                        origin: GoalOrigin(assessment: id, area: area))
        return .goal(goal, in: section)
    }

    /// The first sentence or line, short enough for a goal's title. A sentence ends at '.', '!' or
    /// '?' before a space and a capital letter (or the end), never at a number's full stop: Danish
    /// writes ordinals and dates that way ("9.-10. klasse", "1. maj").
    static func firstSentence(_ text: String) -> String {
        let line = Array(text.split(separator: "\n").first.map(String.init) ?? "")
        var end = line.count
        for i in line.indices where ".!?".contains(line[i]) {
            let rest = line[(i + 1)...].drop { $0 == " " }
            let endsHere = rest.isEmpty || (rest.count < line.count - i - 1 && rest.first?.isUppercase == true)
            let isNumber = line[i] == "." && i > 0 && line[i - 1].isNumber
            if endsHere && !isNumber {
                end = line[i] == "." ? i : i + 1
                break
            }
        }
        let sentence = String(line[..<end]).trimmingSpaces
        guard sentence.count > 120 else { return sentence }
        // Too long for a title: cut at the last space that leaves it within 120 characters.
        let head = sentence.prefix(120)
        return String(head.lastIndex(of: " ").map { head[..<$0] } ?? head)
    }
}
