import PlanCore
import TerminalKit

/// Hands a coordinator's whole open caseload to a colleague (from the team overview).
public struct HandOverForm {
    public var form: Form
    public let from: String
    public let citizens: [CitizenID]

    enum Field: String, FieldName { case to }

    init(from: String, citizens: [CitizenID], candidates: [String], language: Language, colleagues: Colleagues) {
        self.from = from
        self.citizens = citizens
        let l = language.caseLife
        form = Form(title: String(format: l.titleHandOverCaseload, colleagues.name(from), citizens.count), fields: [
            Fields<Field>.choice(.to, l.fieldTo, candidates.map { Form.Option(id: $0, label: colleagues.name($0)) }, selected: candidates.first),
        ])
    }

    public var to: String? { form.choiceID(Field.to.rawValue) }
}
