/// What one audit line says was done with a citizen's case, in the terms a letter to the citizen
/// uses (issue 25: since C-579/21 a data subject may learn who consulted their data, when and why).
/// Read back from the words `AuditWords` writes, so the two stay side by side.
public enum CitizenAccess: Hashable, Sendable {
    case created
    case opened
    case changed(PlanPart)
    /// Handed to another coordinator, by login.
    case handedOver(to: String)
    case exported
    case revealedCPR
    case deleted
}

/// The part of a plan a change touched.
public enum PlanPart: String, CaseIterable, Sendable {
    case plan, goal, subGoal, effort, mentor, meeting, network, consent, ownWords, followUp, details, revision,
         measurement, status, assessment, note, removal, undo
}

extension AuditEntry {
    /// What the line means for the citizen it is about; nil for lines that are about no one case
    /// (lists, searches, repairs) or where nothing happened (an export that failed).
    public var citizenAccess: CitizenAccess? {
        guard citizen != nil else { return nil }
        switch action {
        case .create, .import: return .created
        case .view: return .opened
        case .export: return .exported
        case .revealCPR: return .revealedCPR
        case .delete: return .deleted
        case .update:
            let words = detail ?? ""
            if let arrow = words.range(of: " -> "), words.hasPrefix("hand-over ") {
                return .handedOver(to: String(words[arrow.upperBound...]))
            }
            // Older trails worded a hand-over from the plan screen "hand-over to X".
            if words.hasPrefix("hand-over to ") { return .handedOver(to: String(words.dropFirst("hand-over to ".count))) }
            return .changed(PlanPart(auditDetail: words))
        case .exportFailed, .list, .search, .auditRepair: return nil
        }
    }
}

extension PlanPart {
    /// The part named by `PlanChange.auditDetail(before:)`'s words.
    init(auditDetail words: String) {
        let prefixes: [(String, PlanPart)] = [
            ("add goal", .goal), ("edit goal", .goal), ("add sub-goal", .subGoal), ("edit sub-goal", .subGoal),
            ("add effort", .effort), ("edit effort", .effort), ("mentor agreement", .mentor), ("add mentor period", .mentor),
            ("edit mentor period", .mentor), ("record meeting", .meeting), ("edit meeting", .meeting),
            ("add network member", .network), ("edit network member", .network), ("consent ", .consent),
            ("own words", .ownWords), ("next follow-up", .followUp), ("citizen details", .details),
            ("revision note", .revision), ("progression measurement", .measurement), ("status ", .status),
            ("assessment ", .assessment), ("new assessment", .assessment), ("add case note", .note),
            ("edit case note", .note), ("delete ", .removal), ("undo", .undo),
        ]
        self = prefixes.first { words.hasPrefix($0.0) }?.1 ?? .plan
    }
}
