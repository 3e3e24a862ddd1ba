import PlanCore
import TerminalKit

/// A decision on an effort: what was decided, the day, the legal basis (the effort's own, unless
/// another is chosen) and the reasons the citizen will read in their letter.
enum DecisionForm {
    enum Field: String, FieldName { case outcome, date, legalBasis, reasons }

    static func make(_ effort: Effort, _ c: EditorContext) -> Form {
        let d = c.language.decisions
        var bases = c.catalogues.legalBases.map { Form.Option(id: $0.reference, label: $0.reference + " · " + $0.description) }
        if !effort.legalBasis.isEmpty, !bases.contains(where: { $0.id == effort.legalBasis }) {
            bases.insert(Form.Option(id: effort.legalBasis, label: effort.legalBasis), at: 0)
        }
        return Form(title: String(format: d.title, effort.title), fields: [
            Fields<Field>.choice(.outcome, d.fieldOutcome,
                                 .all(DecisionOutcome.self) { o in d.outcomes[o].map { $0 + " – " + (d.effects[o] ?? "") } },
                                 selected: (effort.status == .planned ? DecisionOutcome.granted : .changed).rawValue),
            Fields<Field>.line(.date, c.e.fieldDate, c.language.date(c.today)),
            Fields<Field>.choice(.legalBasis, c.strings.legalBasis, bases, selected: effort.legalBasis),
            Fields<Field>.text(.reasons, d.fieldReasons, "", height: 6),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ effort: Effort, _ c: EditorContext) -> PlanChange? {
        let date = r.date(.date, required: true)
        let reasons = r.required(.reasons)
        let basis = r.choice(.legalBasis)
        if basis.isEmpty { r.fail(.legalBasis, c.e.required) }
        return .decision(Decision(effort: effort.id, outcome: r.choice(.outcome, as: DecisionOutcome.self, default: .granted),
                                  date: date ?? c.today, legalBasis: basis, reasons: reasons))
    }

    /// Where the domain's refusal of a decision belongs in the form.
    static func field(for error: ValidationError) -> Field? {
        switch error {
        case .inFuture, .endBeforeStart: return .date
        case .required(field: "decision legal basis"), .tooLong(field: "decision legal basis", _),
             .controlCharacter(field: "decision legal basis"): return .legalBasis
        case .required, .tooLong, .controlCharacter: return .reasons
        case .effortUnderway, .effortAlreadyEnded: return .outcome
        default: return nil
        }
    }
}
