/// What verification found: the entries that verified, problems, and notes (repairs, purges).
public struct AuditVerification: Sendable {
    public var entries = 0
    public var problems: [AuditProblem] = []
    public var notes: [IntegrityFinding] = []
    /// The entry naming the newest revision of each citizen, for reconciling with the documents.
    public var revisions: [String: AuditEntry] = [:]
    /// Every entry that wrote a revision, per citizen: each transition 0→1→…→n is reconciled.
    public var changes: [String: [AuditEntry]] = [:]
    /// The highest revision an entry saw on disk (a view, an export, a change), per citizen: a
    /// document that is missing now was there.
    public var seenOnDisk: [String: Int] = [:]
    /// Citizens whose case was deleted (purged after retention): no revision of theirs is expected on disk.
    public var deleted: Set<String> = []
    /// Per citizen, the revision up to which purged audit months covered it (from the purge markers).
    public var covered: [String: Int] = [:]

    public init() {}
}
