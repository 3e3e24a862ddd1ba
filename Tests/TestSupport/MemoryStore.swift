import CaseRecords
import PlanCore

/// The records seam kept in memory: the same rules as every store (the audit line of every read and
/// change, revisions, one citizen per CPR number, hand-overs only to the team's coordinators), with
/// hooks a screen test needs (a failure to inject, someone else saving behind the screen's back).
public final class MemoryStore: RecordStore {
    public var actor: StoreActor
    public let isReadOnly: Bool
    public var today: CalendarDate
    public var catalogues = Catalogues.standard
    public var catalogueProblems: [CatalogueProblem] = []
    public var contactRulesProblem: CatalogueProblem? { nil }
    public var settings = StoreSettings()
    /// What every store opened on the same records shares (two people at once).
    private final class Records {
        var files: [CaseFile] = []
        var events: [AuditEvent] = []
        /// Who wrote each event, parallel to `events`.
        var actors: [StoreActor] = []
        var exports: [String: String] = [:]
        var team: [TeamMember] = []
    }
    private let records: Records

    /// The case files, in the order they were added.
    public var files: [CaseFile] {
        get { records.files }
        set { records.files = newValue }
    }
    /// Every audit event, in order, of everyone using these records.
    public var events: [AuditEvent] {
        get { records.events }
        set {
            // Events added through this store are this person's; the trail says who, as a real one does.
            let added = max(0, newValue.count - records.events.count)
            records.actors = Array(records.actors.prefix(newValue.count - added)) + Array(repeating: actor, count: added)
            records.events = newValue
        }
    }
    /// Files written by `export`: path and text.
    public var exports: [String: String] {
        get { records.exports }
        set { records.exports = newValue }
    }
    public var team: [TeamMember] {
        get { records.team }
        set { records.team = newValue }
    }
    /// Documents reported as unreadable in every caseload.
    public var damaged: [DamagedDocument] = []
    /// When set, reading the caseload and every change fail with it (a plan already listed still opens).
    public var failure: StoreError?
    /// What `changesByOthers` reports next (then forgets), as a database tells of colleagues' saves.
    public var changesToReport: Set<CitizenID> = []

    public func changesByOthers() -> Set<CitizenID> {
        defer { changesToReport = [] }
        return changesToReport
    }

    /// Answers a request for the person's own citizens with only theirs, as a trusted index does.
    public var readsOwnFirst = false

    public init(user: String = "mette", readOnly: Bool = false, today: CalendarDate, files: [CaseFile] = []) {
        actor = StoreActor(user: user, uid: 1000, role: readOnly ? .supervisor : .coordinator)
        isReadOnly = readOnly
        self.today = today
        records = Records()
        records.files = files
    }

    /// The same records opened by someone else.
    public init(user: String, readOnly: Bool = false, sharing other: MemoryStore) {
        actor = StoreActor(user: user, uid: 1001, role: readOnly ? .supervisor : .coordinator)
        isReadOnly = readOnly
        today = other.today
        records = other.records
    }

    public func teamMembers() throws(StoreError) -> [TeamMember] { team }

    public func caseload(for purpose: Listing) throws(StoreError) -> Caseload {
        if let failure { throw failure }
        let caseload: Caseload
        if readsOwnFirst, let only = purpose.onlyCoordinator(user: user) {
            caseload = Caseload(citizens: files.filter { $0.citizen.coordinator == only }.map { CitizenSummary($0, instrument: catalogues.instrument) },
                                damaged: damaged, onlyCoordinator: only)
        } else {
            caseload = Caseload(citizens: files.map { CitizenSummary($0, instrument: catalogues.instrument) }, damaged: damaged)
        }
        events.append(AuditEvent(.list, detail: purpose.auditDetail(count: caseload.citizens.count, user: user)))
        return caseload
    }

    public func find(_ text: String) throws(StoreError) -> [CitizenSummary] {
        events.append(AuditEvent(.search, query: text))
        if let cpr = try? CPRNumber(text.trimmingSpaces) {
            return files.filter { $0.citizen.cpr == cpr }.map { CitizenSummary($0, instrument: catalogues.instrument) }
        }
        let words = SearchText.words(text)
        guard !words.isEmpty else { return [] }
        return files.filter { SearchText.matches(words, key: SearchText.key(name: $0.citizen.name, id: $0.id)) }
            .map { CitizenSummary($0, instrument: catalogues.instrument) }
    }

    public func open(_ id: CitizenID, purpose: AuditAction, detail: String?) throws(StoreError) -> CaseFile {
        let file = try stored(id)
        events.append(AuditEvent(purpose, citizen: id, revisionBefore: file.revision, detail: detail))
        return file
    }

    public func citizensForSpreadsheet(_ ids: [CitizenID], revealCPR: Bool, detail: String) throws(StoreError) -> [CaseFile] {
        var found: [CaseFile] = []
        for id in ids { found.append(try stored(id)) }
        events += found.map { AuditEvent(.export, citizen: $0.id, revisionBefore: $0.revision, detail: detail) }
        if revealCPR { events += found.filter { $0.citizen.cpr != nil }.map { AuditEvent(.revealCPR, citizen: $0.id, detail: detail) } }
        return found
    }

    public func create(_ new: NewCitizen) throws(StoreError) -> CaseFile {
        if let failure { throw failure }
        guard !isReadOnly else { throw .readOnly }
        if let cpr = new.cpr, let other = files.first(where: { $0.citizen.cpr == cpr }) {
            throw .duplicateCPR(existing: other.id, name: other.citizen.name)
        }
        var generator = SeededGenerator(seed: UInt64(files.count + 100))
        var id = CitizenID.random(using: &generator)
        while files.contains(where: { $0.id == id }) { id = CitizenID.random(using: &generator) }
        let citizen = Citizen(id: id, name: new.name.trimmingSpaces, cpr: new.cpr, phone: new.phone, email: new.email,
                              targetGroup: new.targetGroup, coordinator: user)
        do { try citizen.validate() } catch { throw .invalid(error) }
        var file = CaseFile(citizen: citizen, created: today, createdBy: user)
        file.revision = 1
        file.updatedBy = user
        files.append(file)
        events.append(AuditEvent(.create, citizen: id, revisionBefore: 0, revisionAfter: 1))
        return file
    }

    public func apply(_ change: PlanChange, to id: CitizenID, expecting revision: Int?) throws(StoreError) -> CaseFile {
        if let failure { throw failure }
        guard !isReadOnly else { throw .readOnly }
        if case let .assign(to) = change { try requireCoordinator(to) }
        let before = try stored(id)
        if let revision, before.revision != revision {
            throw .conflict(id, basedOn: revision, onDisk: before.revision, by: before.updatedBy)
        }
        var saved = try before.applying(change, on: today, by: user)
        do { try saved.citizen.validate() } catch { throw .invalid(error) }
        saved.revision = before.revision + 1
        saved.updatedBy = user
        saved.updated = today
        if let i = files.firstIndex(where: { $0.id == id }) { files[i] = saved }
        events.append(AuditEvent(.update, citizen: id, revisionBefore: before.revision, revisionAfter: saved.revision,
                                 detail: change.auditDetail(before: before)))
        return saved
    }

    public func assign(_ ids: [CitizenID], to coordinator: String) throws(StoreError) -> [(CitizenID, Result<CaseFile, StoreError>)] {
        if let failure { throw failure }
        guard !isReadOnly else { throw .readOnly }
        try requireCoordinator(coordinator)
        return ids.map { id in
            do throws(StoreError) { return (id, .success(try apply(.assign(to: coordinator), to: id, expecting: nil))) } catch {
                return (id, .failure(error))
            }
        }
    }

    public func export(_ text: String, of id: CitizenID, to path: String) throws(StoreError) {
        guard exports[path] == nil else { throw .refused(.fileExists(path: path)) }
        events.append(AuditEvent(.export, citizen: id, detail: path))
        exports[path] = text
    }

    public func record(_ event: AuditEvent) throws(StoreError) {
        events.append(event)
    }

    public func auditEntries(about id: CitizenID) throws(StoreError) -> [AuditEntry] {
        let about = zip(events, records.actors).filter { $0.0.citizen == id }
        if about.isEmpty && !files.contains(where: { $0.id == id }) { throw .notFound(id) }
        return about.enumerated().map { n, pair in
            let (e, by) = pair
            return AuditEntry(seq: n + 1, time: today.iso + "T09:00:00.000Z", user: by.user, uid: by.uid, role: by.role, action: e.action,
                       citizen: id.rawValue, revisionBefore: e.revisionBefore, revisionAfter: e.revisionAfter, query: e.query,
                       detail: e.detail, ssh: nil, key: nil, sha256: e.sha256, prev: "")
        }
    }

    /// Another coordinator changes and saves the citizen's file behind the screen's back.
    public func saveAsSomeoneElse(_ id: String, _ change: (inout CaseFile) -> Void) {
        guard let i = files.firstIndex(where: { $0.id.rawValue == id }) else { return }
        change(&files[i])
        files[i].revision += 1
        files[i].updatedBy = "jonas"
    }

    private func stored(_ id: CitizenID) throws(StoreError) -> CaseFile {
        guard let file = files.first(where: { $0.id == id }) else { throw .notFound(id) }
        return file
    }

    /// As the file store: in a team, plans go only to its coordinators.
    private func requireCoordinator(_ name: String) throws(StoreError) {
        if let refusal = TeamMember.handOverRefusal(to: name, team: team) { throw .refused(refusal) }
    }
}
