import PlanCore

/// What a person did with personal data.
public enum AuditAction: String, Codable, Sendable, CaseIterable {
    case view, search, list, create, update, export, delete, `import`
    /// An export announced before writing whose file could not be written: nothing left enplan.
    case exportFailed = "export-failed"
    case revealCPR = "reveal-cpr"
    /// A damaged tail of the trail was moved aside by `enplan audit repair`.
    case auditRepair = "audit-repair"

    /// Whether the entry announces a new revision of a plan.
    public var changesPlan: Bool { self == .create || self == .update || self == .import }
}

/// One line of the audit trail. `prev` is the hash of the line before it (of the same user), so an edited,
/// removed or reordered line breaks the chain.
public struct AuditEntry: Codable, Equatable, Sendable {
    public var seq: Int
    /// UTC, ISO 8601 with milliseconds.
    public var time: String
    public var user: String
    public var uid: UInt32
    public var role: StoreActor.Role
    public var action: AuditAction
    public var citizen: String?
    public var revisionBefore: Int?
    public var revisionAfter: Int?
    /// The search text, for searches.
    public var query: String?
    public var detail: String?
    public var ssh: String?
    /// The fingerprint of the ssh key that identified the person, in a team.
    public var key: String?
    /// For an entry that writes a document: the SHA-256 of the bytes written, so `check` finds a
    /// document changed afterwards without a new revision.
    public var sha256: String?
    public var prev: String

    package init(seq: Int, time: String, user: String, uid: UInt32, role: StoreActor.Role, action: AuditAction,
                 citizen: String? = nil, revisionBefore: Int? = nil, revisionAfter: Int? = nil, query: String? = nil,
                 detail: String? = nil, ssh: String? = nil, key: String? = nil, sha256: String? = nil, prev: String) {
        self.seq = seq
        self.time = time
        self.user = user
        self.uid = uid
        self.role = role
        self.action = action
        self.citizen = citizen
        self.revisionBefore = revisionBefore
        self.revisionAfter = revisionAfter
        self.query = query
        self.detail = detail
        self.ssh = ssh
        self.key = key
        self.sha256 = sha256
        self.prev = prev
    }
}

/// What to record: the parts of an entry that the caller knows. The trail adds who, when and the chain.
public struct AuditEvent: Equatable, Sendable {
    public var action: AuditAction
    public var citizen: CitizenID?
    public var revisionBefore: Int?
    public var revisionAfter: Int?
    public var query: String?
    public var detail: String?
    /// See `AuditEntry.sha256`.
    public var sha256: String?

    public init(_ action: AuditAction, citizen: CitizenID? = nil, revisionBefore: Int? = nil,
                revisionAfter: Int? = nil, query: String? = nil, detail: String? = nil, sha256: String? = nil) {
        self.sha256 = sha256
        self.action = action
        self.citizen = citizen
        self.revisionBefore = revisionBefore
        self.revisionAfter = revisionAfter
        // A search for a CPR number must not put the number in clear into the trail.
        self.query = query.map(CPRNumber.maskingNumbers)
        self.detail = detail
    }
}
