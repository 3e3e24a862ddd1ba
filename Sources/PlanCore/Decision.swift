/// What a decision (afgørelse) on an effort says.
public enum DecisionOutcome: String, CaseIterable, Codable, Sendable {
    case granted, refused, changed, stopped
}

/// A decision on an effort: granted, refused, changed or stopped, on a day, under a legal basis, with
/// the reasons in plain words. A decision is a legal act the citizen may complain about: it is never
/// edited or deleted; a new decision corrects an old one. It keeps the effort's title, because a
/// refused effort leaves the plan (it is not an effort) while the refusal stays.
public struct Decision: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    /// The effort decided on; a refused one is no longer in the plan.
    public var effort: ItemID
    public var effortTitle: String
    public var section: PlanSection
    public var outcome: DecisionOutcome
    public var date: CalendarDate
    /// The reference in the legal basis catalogue ("LAB § 57").
    public var legalBasis: String
    /// Why, in words the citizen can follow.
    public var reasons: String
    /// The login of the person who recorded it; set by `apply`.
    public var decidedBy: String

    public init(id: ItemID = "", effort: ItemID, effortTitle: String = "", section: PlanSection = .employment,
                outcome: DecisionOutcome, date: CalendarDate, legalBasis: String = "", reasons: String, decidedBy: String = "") {
        self.id = id
        self.effort = effort
        self.effortTitle = effortTitle
        self.section = section
        self.outcome = outcome
        self.date = date
        self.legalBasis = legalBasis
        self.reasons = reasons
        self.decidedBy = decidedBy
    }

    public static let maximumReasonsLength = 20_000

    /// The number in the id: ids count up, so the highest is the decision recorded last.
    var number: Int { Int(id.drop { !$0.isNumber }) ?? 0 }

    public func validate(today: CalendarDate) throws(ValidationError) {
        guard !reasons.trimmingSpaces.isEmpty else { throw .required(field: "decision reasons") }
        guard reasons.count <= Decision.maximumReasonsLength else {
            throw .tooLong(field: "decision reasons", limit: Decision.maximumReasonsLength)
        }
        guard !SafeText.containsControl(reasons, allowingLines: true) else { throw .controlCharacter(field: "decision reasons") }
        guard !legalBasis.trimmingSpaces.isEmpty else { throw .required(field: "decision legal basis") }
        guard legalBasis.count <= Citizen.maximumFieldLength else {
            throw .tooLong(field: "decision legal basis", limit: Citizen.maximumFieldLength)
        }
        guard !SafeText.containsControl(legalBasis) else { throw .controlCharacter(field: "decision legal basis") }
        guard date <= today else { throw .inFuture(field: "decision date") }
    }
}

extension CaseFile {
    /// The decision recorded last.
    public var newestDecision: Decision? { decisions.max { $0.number < $1.number } }

    /// Records a decision and does to the effort what it says: a refused effort leaves the plan, a
    /// stopped one ends on the day; granted and changed leave it as it is (its own form changes it).
    mutating func record(_ decision: Decision, on today: CalendarDate, by user: String) throws(PlanChangeError) {
        do { try decision.validate(today: today) } catch { throw .invalid(error) }
        guard let section = PlanSection.allCases.first(where: { s in sections[s].efforts.contains { $0.id == decision.effort } }),
              let index = sections[section].efforts.firstIndex(where: { $0.id == decision.effort }) else {
            throw .itemGone(.effort(decision.effort))
        }
        let effort = sections[section].efforts[index]
        var d = decision
        d.id = makeItemID(prefix: "d")
        d.decidedBy = user
        d.section = section
        d.effortTitle = effort.title
        switch decision.outcome {
        case .refused:
            // What has begun can be stopped, not refused.
            guard effort.status == .planned || (effort.status == .active && effort.start > decision.date) else {
                throw .invalid(.effortUnderway(decision.effort))
            }
            sections[section].efforts.remove(at: index)
        case .stopped:
            guard effort.status == .active || effort.status == .planned else { throw .invalid(.effortAlreadyEnded(decision.effort)) }
            guard decision.date >= effort.start else { throw .invalid(.endBeforeStart(field: "decision date")) }
            sections[section].efforts[index].status = .cancelled
            sections[section].efforts[index].end = decision.date
        case .granted, .changed:
            break
        }
        decisions.append(d)
        decisions.sort { ($0.date, $0.number) < ($1.date, $1.number) }
    }

}
