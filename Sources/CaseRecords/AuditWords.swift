import PlanCore

/// The words of the audit line a change writes, composed by the store from the change and the plan
/// it was applied to: the kind of item and its id, never its text (the trail outlives the plan's
/// words and must not repeat them).
extension PlanChange {
    public func auditDetail(before file: CaseFile) -> String {
        switch self {
        case let .section(s, _, _): return "section \(s.rawValue)"
        case let .goal(g, s): return (g.id.isEmpty ? "add goal in " : "edit goal \(g.id) in ") + s.rawValue
        case let .subGoal(x, g): return (x.id.isEmpty ? "add sub-goal" : "edit sub-goal \(x.id)") + " of \(g)"
        case let .effort(x, s): return (x.id.isEmpty ? "add effort in " : "edit effort \(x.id) in ") + s.rawValue
        case .mentorAgreement: return "mentor agreement"
        case let .mentorPeriod(_, i): return i.map { "edit mentor period \($0 + 1)" } ?? "add mentor period"
        case let .meeting(m): return m.id.isEmpty ? "record meeting" : "edit meeting \(m.id)"
        case let .networkMember(n): return n.id.isEmpty ? "add network member" : "edit network member \(n.id)"
        case let .consent(c): return "consent \(c.state.rawValue)"
        case .ownWords: return "own words and overall goal"
        case .nextFollowUp: return "next follow-up"
        case .citizenDetails: return "citizen details"
        case .revision: return "revision note"
        case .measurement: return "progression measurement"
        case let .status(c): return "status \(c.status.key) from \(c.date.iso)"
        case let .assign(to): return "hand-over \(file.citizen.coordinator) -> \(to)"
        case let .assessmentFinding(f, id, _): return (id.map { "assessment \($0)" } ?? "new assessment") + " area \(f.area)"
        case let .note(n): return (n.id.isEmpty ? "add case note" : "edit case note \(n.id)") + " (\(n.kind.rawValue))"
        case let .decision(d): return "decision on effort \(d.effort): \(d.outcome.rawValue)"
        case let .delete(item): return "delete \(item)"
        case .undo: return "undo"
        }
    }
}

extension Listing {
    /// The audit line's words for a listing of `count` citizens.
    public func auditDetail(count: Int, user: String) -> String { auditDetail(countText: String(count), user: user) }

    /// The words with the count as given: a database fills in its own count (`{count}`).
    public func auditDetail(countText count: String, user: String) -> String {
        switch self {
        case .dashboard: return "dashboard: \(count) citizens"
        case .ownCitizensFirst: return "dashboard: \(count) citizens (\(user)'s own; others when asked for)"
        case let .list(format): return "enplan list: \(count) citizens" + (format == "table" ? "" : " as \(format)")
        case let .report(name, from, to): return "report \(name) \(from.iso)..\(to.iso): \(count) citizens"
        case let .handOver(from): return "hand-over of \(from)'s caseload: \(count) citizens"
        case let .teamOverview(from, to): return "team overview \(from.iso)..\(to.iso): \(count) citizens"
        }
    }
}
