import PlanCore

/// One thing `check` or `audit verify` found, as a value: where (a file of the data folder, a line
/// of it, or a citizen's id) and what, said in the user's language by the command line.
public struct IntegrityFinding: Equatable, Sendable, CustomStringConvertible {
    /// A path relative to the data folder, or a citizen's id; empty when the finding names its own.
    public var file: String
    /// The line of an audit segment; 0 when the finding is not about one line.
    public var line: Int
    public var kind: Kind

    public init(file: String, line: Int = 0, _ kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    public enum Kind: Equatable, Sendable {
        // Problems: damage, tampering, unsafe permissions.
        case auditKeyUnreadable
        case purgeMarkerForged
        /// A month with no segment between a user's first and last ("2026-03").
        case auditMonthMissing(String)
        case notAnAuditLine
        /// The MAC does not match: changed afterwards, or written without the key.
        case auditLineChanged
        /// A line with an unkeyed hash: anyone can compute one, so it is never trusted, whatever its date.
        case unkeyedLine
        /// `audit/<user>` is a symbolic link or no folder: nothing in it is read.
        case auditFolderNotReal
        case auditChainBroken
        case auditSequenceJump(from: Int, to: Int)
        case auditTimeGoesBack(from: String, to: String)
        case auditEntryOfAnotherUser(entry: String, segment: String)
        /// A revision on disk without its audit entry (`logged` is the last one the trail has, or 0).
        case revisionNotAudited(revision: Int, logged: Int)
        /// Revisions below the one on disk that no entry wrote (a user's lines or folder removed).
        case revisionsNotAudited(from: Int, to: Int)
        /// The document's bytes are not what the entry of its revision wrote: changed in place.
        case documentChangedOutsideEnplan(revision: Int)
        /// The trail shows the document was on disk, and no deletion or purge of it.
        case documentRemovedOutsideEnplan(revision: Int)
        /// A line of the index journal without a valid MAC: not written by enplan.
        case indexJournalLineForged
        /// The trusted index says something else than the document (changed behind enplan's back).
        case indexRowDiffers
        /// The team overview's kept sums are not what the documents add up to (a fault, or a hand).
        case teamTotalsDiffer
        /// users.json cannot be read: the team, its roles and its keys are unknown.
        case usersCatalogueDamaged(reason: String)
        case unexpectedFileName
        case invalidContent(ValidationError)
        /// A document that cannot be read, with the store's reason.
        case unreadable(String)
        case cprOfSeveralCitizens(masked: String, ids: [CitizenID])
        /// A catalogue that cannot be used; the built-in one stands in.
        case catalogue(CatalogueProblem)
        case othersMayAccess(mode: UInt32)
        // Notes: no damage, worth knowing.
        case unfinishedWrite
        case auditPurged(before: String, time: String, by: String)
        case auditRepaired(time: String, by: String, detail: String)
        case indexMissing
        case changeNeverReachedDisk(user: String, action: String, revision: Int, time: String)
    }

    /// What was found, in English.
    public var message: String {
        switch kind {
        case .auditKeyUnreadable: return "the key cannot be read, so no line's MAC can be checked"
        case .purgeMarkerForged: return "the purge marker was written or changed without the key"
        case let .auditMonthMissing(month): return "the segment of \(month) is missing: it was removed"
        case .notAnAuditLine: return "not a valid audit line"
        case .auditLineChanged: return "the line was changed after it was written, or written without the key (MAC mismatch)"
        case .unkeyedLine: return "a line without a MAC under the folder's key: forged, or written without enplan; it is not trusted"
        case .auditFolderNotReal: return "not a folder of the trail's own (a symbolic link, or a file); nothing in it is read"
        case .auditChainBroken: return "the chain is broken: a line before it was removed, reordered or changed"
        case let .auditSequenceJump(from, to): return "sequence jumps from \(from) to \(to): lines are missing"
        case let .auditTimeGoesBack(from, to): return "the time goes back from \(from) to \(to)"
        case let .auditEntryOfAnotherUser(entry, segment): return "an entry of \(entry) in \(segment)'s segment"
        case let .revisionNotAudited(revision, logged):
            return "revision \(revision) is on disk, but the audit trail records "
                + (logged == 0 ? "no change to it" : "changes only up to revision \(logged)") + ": audit lines or a segment were removed"
        case let .revisionsNotAudited(from, to):
            return (from == to ? "revision \(from) has" : "revisions \(from)–\(to) have")
                + " no audit entry: audit lines, a segment or a user's folder were removed"
        case let .documentChangedOutsideEnplan(revision):
            return "the document is not what revision \(revision) wrote (its SHA-256 differs from the audit entry's): "
                + "it was changed outside enplan"
        case let .documentRemovedOutsideEnplan(revision):
            return "the document is missing, but the audit trail shows revision \(revision) on disk and no deletion: "
                + "it was removed outside enplan; restore it from a backup"
        case .indexJournalLineForged:
            return "a line not written by enplan (its MAC does not match); the index is rebuilt from the documents"
        case .indexRowDiffers:
            return "the index says otherwise than the document; the index is rebuilt from the documents"
        case .teamTotalsDiffer:
            return "the team overview's kept sums differ from what the documents add up to; they are made again from the documents"
        case let .usersCatalogueDamaged(reason): return "cannot be read (\(reason)); restore it from a backup"
        case .unexpectedFileName: return "not an enplan document (unexpected file name)"
        case let .invalidContent(problem): return problem.description
        case let .unreadable(reason): return reason
        case let .cprOfSeveralCitizens(masked, ids):
            return "the CPR number \(masked) belongs to \(ids.count) citizens: "
                + ids.map(\.rawValue).sorted().joined(separator: ", ") + "; merge them into one plan"
        case let .catalogue(problem): return problem.description
        case let .othersMayAccess(mode): return "others may access it (mode \(String(mode, radix: 8))); run chmod o-rwx on it"
        case .unfinishedWrite: return "an unfinished write of a running or killed enplan; removed on the next writable open"
        case let .auditPurged(before, time, by): return "the months before \(before) were purged on purpose (retention) on \(time) by \(by)"
        case let .auditRepaired(time, by, detail): return "repaired on \(time) by \(by): \(detail)"
        case .indexMissing: return "index/summaries.tsv is missing or unreadable; it is rebuilt from the documents"
        case let .changeNeverReachedDisk(user, action, revision, time):
            return "\(user) began \(action) to revision \(revision) at \(time), but it never reached disk (the process stopped); "
                + "the plan is as it was"
        }
    }

    /// Where, then what: "audit/mette/2026-11.jsonl:2: the chain is broken: …".
    public func described(_ message: String) -> String {
        guard !file.isEmpty else { return message }
        return file + (line > 0 ? ":\(line)" : "") + ": " + message
    }

    public var description: String { described(message) }
}

/// The audit trail's findings are integrity findings like any other.
public typealias AuditProblem = IntegrityFinding
