/// What verification found: the entries that verified, problems, and notes (repairs, purges).
public struct AuditVerification: Sendable {
    public var entries = 0
    public var problems: [AuditProblem] = []
    public var notes: [IntegrityFinding] = []
    /// The entry naming the newest revision of each citizen, for reconciling with the documents.
    public var revisions: [String: AuditEntry] = [:]
    /// Every revision an entry wrote, per citizen: each transition 0→1→…→n is reconciled. Only the
    /// revision and the document's hash: a trail of millions of lines is not held whole.
    public var changes: [String: [WrittenRevision]] = [:]
    /// The highest revision an entry saw on disk (a view, an export, a change), per citizen: a
    /// document that is missing now was there.
    public var seenOnDisk: [String: Int] = [:]
    /// Citizens whose case was deleted (purged after retention): no revision of theirs is expected on disk.
    public var deleted: Set<String> = []
    /// Per citizen, the revision up to which purged audit months covered it (from the purge markers).
    public var covered: [String: Int] = [:]

    public init() {}
}

/// A revision an audit entry says was written, with the SHA-256 of its document where the entry has it.
public struct WrittenRevision: Equatable, Sendable {
    public var revision: Int
    public var sha256: String?

    public init(revision: Int, sha256: String?) {
        self.revision = revision
        self.sha256 = sha256
    }
}
