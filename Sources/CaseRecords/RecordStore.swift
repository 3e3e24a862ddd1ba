import PlanCore

/// The records seam: everything the screens and the commands do with citizens' records, whatever keeps
/// them (a data folder, a PostgreSQL database). The store owns its rules: it writes the audit line of
/// every read and every change and composes that line's words itself, refuses what the person may not
/// do, and never overwrites a revision the caller did not see.
public protocol RecordStore: AnyObject {
    /// Who is acting, as every audit line names them.
    var actor: StoreActor { get }
    var isReadOnly: Bool { get }
    /// The day due dates are evaluated on.
    var today: CalendarDate { get }
    var catalogues: Catalogues { get }
    /// Catalogue files that could not be read; the built-in defaults stand in for them.
    var catalogueProblems: [CatalogueProblem] { get }
    /// What is wrong with the contact rules, if they could not be read (a report on them refuses).
    var contactRulesProblem: CatalogueProblem? { get }
    var settings: StoreSettings { get }

    /// The team's members; empty where there is no team.
    func teamMembers() throws(StoreError) -> [TeamMember]

    /// The caseload, recorded as a listing for `purpose` before it is returned.
    func caseload(for purpose: Listing) throws(StoreError) -> Caseload
    /// The team overview's sums for [from, to] under `rules`, on the store's day, recorded as a listing
    /// for `purpose` before they are returned. A store may keep them up to date with each write.
    func teamTotals(rules: [ContactRule], from: CalendarDate, to: CalendarDate, for purpose: Listing) throws(StoreError) -> TeamTotals
    /// The citizens a person means by what they typed (an id, a name, a CPR number), recorded as a search.
    func find(_ text: String) throws(StoreError) -> [CitizenSummary]
    /// One citizen's case file, recorded as a view (or as `purpose`) before it is returned.
    func open(_ id: CitizenID, purpose: AuditAction, detail: String?) throws(StoreError) -> CaseFile
    /// The case files of a list with every field a person edits, each recorded as an export (and as a
    /// reveal of the CPR number when `revealCPR`).
    func citizensForSpreadsheet(_ ids: [CitizenID], revealCPR: Bool, detail: String) throws(StoreError) -> [CaseFile]

    /// Adds a new citizen, coordinated by the acting user.
    func create(_ citizen: NewCitizen) throws(StoreError) -> CaseFile
    /// The one way a plan changes: `change` applied to the citizen's file as it is stored now. With
    /// `expecting`, a stored revision other than that one is a `.conflict` and nothing is written;
    /// without, the change is applied to whatever revision is newest. A hand-over goes only to a
    /// coordinator of the team.
    func apply(_ change: PlanChange, to id: CitizenID, expecting revision: Int?) throws(StoreError) -> CaseFile
    /// Hands citizens to another coordinator, one audited change each; one that cannot move is
    /// reported and the others still move.
    func assign(_ ids: [CitizenID], to coordinator: String) throws(StoreError) -> [(CitizenID, Result<CaseFile, StoreError>)]

    /// Writes a printable copy of a plan to a new file of the person's, recorded as an export first.
    func export(_ text: String, of id: CitizenID, to path: String) throws(StoreError)
    /// Records what the person did that the store does not see itself (a reveal, a print).
    func record(_ event: AuditEvent) throws(StoreError)
    /// Every audit line about one citizen, oldest first.
    func auditEntries(about id: CitizenID) throws(StoreError) -> [AuditEntry]
    /// The citizens colleagues changed since this was last asked, without waiting; empty where the
    /// store cannot tell (the data folder: its screens reload when the person acts).
    func changesByOthers() -> Set<CitizenID>
}

extension RecordStore {
    public func changesByOthers() -> Set<CitizenID> { [] }

    /// Made from the caseload, where the store keeps no sums.
    public func teamTotals(rules: [ContactRule], from: CalendarDate, to: CalendarDate,
                           for purpose: Listing) throws(StoreError) -> TeamTotals {
        let caseload = try caseload(for: purpose)
        return TeamTotals(caseload.citizens, rules: rules, today: today, from: from, to: to, damaged: caseload.damaged)
    }

    public var user: String { actor.user }

    public func open(_ id: CitizenID) throws(StoreError) -> CaseFile { try open(id, purpose: .view, detail: nil) }

    /// The member with this login, for a letter's name and number to call.
    public func member(_ login: String) -> TeamMember? { (try? teamMembers())?.first { $0.name == login } }
}

/// Why a caseload is read: the words of its audit line.
public enum Listing: Equatable, Sendable {
    /// The dashboard, everyone the person may see.
    case dashboard
    /// The dashboard's first frame: the person's own citizens, where the store can read them alone.
    case ownCitizensFirst
    /// `enplan list`, printed as `format`.
    case list(format: String)
    /// A report over the period.
    case report(String, from: CalendarDate, to: CalendarDate)
    /// The whole active caseload of a coordinator, to hand it over.
    case handOver(from: String)
    /// The team overview's figures over the period (counts per coordinator and target group).
    case teamOverview(from: CalendarDate, to: CalendarDate)

    /// Whose citizens alone the store may read, where it can.
    public func onlyCoordinator(user: String) -> String? { self == .ownCitizensFirst ? user : nil }
}

/// The work only an administrator or the command line does: checks, repairs, imports, retention, the team.
public protocol MaintenanceStore: RecordStore {
    /// Told how long work goes (an import, a check, a purge).
    var progress: StoreProgress? { get set }

    /// Verifies every record, the index and the audit chain.
    func check() throws(StoreError) -> CheckReport
    func verifyAudit() throws(StoreError) -> AuditVerification
    /// Moves a damaged tail of the audit trail aside; returns what was moved.
    func repairAudit() throws(StoreError) -> [String]
    /// What a purge would delete today.
    func purgePlan() throws(StoreError) -> PurgePlan
    /// Archives each case into `archive`, checks the packages, then deletes; nil only where the
    /// settings say to purge without archiving.
    func purge(_ plan: PurgePlan, archive: CaseArchive?) throws(StoreError) -> PurgeResult
    /// Creates citizens from a table; all or nothing.
    func importCitizens(from table: CSVTable, detail: String, strict: Bool) throws(StoreError) -> ImportOutcome
    /// Writes a demo caseload (and its coordinators) into an empty or demo store.
    /// Returns how many citizens it wrote.
    func writeDemo(_ demo: DemoCaseload, detail: String) throws(StoreError) -> Int
    /// Writes the team and, where the store lets people in over ssh, the key lines that let them in.
    func saveTeam(_ members: [TeamMember], authorizedKeys: String, enplan: String) throws(StoreError)
    /// The newest audit row, to be anchored outside the store; nil where the trail is keyed by a
    /// secret the store keeps beside it (a data folder: nobody can recompute its chain).
    func auditHead() throws(StoreError) -> AuditHead?
    /// The hash of one audit row, to compare with its anchor; nil when there is no such row.
    func auditHash(at seq: Int) throws(StoreError) -> String?
}

/// The end of an audit chain: which store, how many rows, and the last row's hash.
public struct AuditHead: Equatable, Sendable {
    public var identity: String
    public var seq: Int
    public var hash: String

    public init(identity: String, seq: Int, hash: String) {
        self.identity = identity
        self.seq = seq
        self.hash = hash
    }
}
