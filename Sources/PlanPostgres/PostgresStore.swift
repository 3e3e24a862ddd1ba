import CaseRecords
import Foundation
import PlanCore

/// The records on a PostgreSQL server, behind the same seam as the data folder: the same rules, with
/// the database keeping them too. Every read that shows personal data writes its audit row in the
/// transaction that returns the data (no row, no data); a save is one UPDATE of the revision it read;
/// one citizen per CPR number is a unique index; the audit table refuses every change and removal.
public final class PostgresStore: MaintenanceStore {
    public let actor: StoreActor
    public let isReadOnly: Bool
    public var today: CalendarDate
    public let catalogues = Catalogues.standard
    public let catalogueProblems: [CatalogueProblem] = []
    public var contactRulesProblem: CatalogueProblem? { nil }
    public let settings = StoreSettings()
    public var progress: StoreProgress?
    let db: Connection
    let files: PersonFileWriter
    /// In a team session a file leaves only as the output of the letter command, never to a path.
    let isSession: Bool

    /// Whether `--data` names a database rather than a folder.
    public static func isConnection(_ data: String) -> Bool {
        data.hasPrefix("postgresql://") || data.hasPrefix("postgres://") || data.hasPrefix("service=")
    }

    /// The connection as a person may see it: a password in it is left out.
    public static func place(of data: String) -> String {
        guard let scheme = data.range(of: "://"), let at = data[scheme.upperBound...].firstIndex(of: "@") else {
            return data.split(separator: " ").filter { !$0.hasPrefix("password=") }.joined(separator: " ")
        }
        let user = data[scheme.upperBound..<at]
        guard let colon = user.firstIndex(of: ":") else { return data }
        return String(data[..<colon]) + String(data[at...])
    }

    /// Writes the ssh lines that let the team in (the file store's authorized_keys writer).
    let writeKeys: KeyLineWriter?
    public typealias KeyLineWriter = @Sendable (_ members: [TeamMember], _ path: String, _ enplan: String, _ data: String) throws(StoreError) -> Void
    let connection: String

    public init(connection data: String, actor: StoreActor, readOnly: Bool, today: CalendarDate, files: PersonFileWriter,
                isSession: Bool = false, writeKeys: KeyLineWriter? = nil) throws(StoreError) {
        db = try Connection(data, place: PostgresStore.place(of: data))
        let version = try Schema.version(db)
        guard version <= Schema.currentVersion else { throw .newerFormat(path: db.place, version: version) }
        guard version == Schema.currentVersion else { throw .notInitialized(place: db.place) }
        self.actor = actor
        self.isReadOnly = readOnly
        self.today = today
        self.files = files
        self.isSession = isSession
        self.writeKeys = writeKeys
        connection = data
        // Who is acting, for every audit row the database writes on this connection (the database
        // role that really called is recorded beside it).
        try db.setSession("""
            SELECT set_config('enplan.person', $1, false), set_config('enplan.uid', $2, false), set_config('enplan.role', $3, false),
                   set_config('enplan.ssh', $4, false), set_config('enplan.key', $5, false)
            """, [actor.user, String(actor.uid), actor.role.rawValue, actor.sshConnection ?? "", actor.keyFingerprint ?? ""])
        try db.setSession("LISTEN enplan_changed")
    }

    public func changesByOthers() -> Set<CitizenID> {
        Set(db.notifications().compactMap { try? CitizenID($0) })
    }

    /// Creates or upgrades enplan's schema in the database; the versions before and after.
    public static func initialize(connection data: String) throws(StoreError) -> (from: Int, to: Int) {
        try Schema.upgrade(Connection(data, place: place(of: data)))
    }

    // MARK: - Reading

    public func teamMembers() throws(StoreError) -> [TeamMember] {
        try db.execute("SELECT name, full_name, phone, role, key, fingerprint FROM enplan.team_members()").compactMap { r in
            guard let name = r[0], let role = r[3].flatMap(StoreActor.Role.init(rawValue:)) else { return nil }
            return TeamMember(name: name, fullName: r[1] ?? "", phone: r[2] ?? "", role: role, key: r[4] ?? "", fingerprint: r[5] ?? "")
        }
    }

    public func caseload(for purpose: Listing) throws(StoreError) -> Caseload {
        let only = purpose.onlyCoordinator(user: actor.user)
        // The database writes the listing's audit row with its own count, in the call that returns the rows.
        let rows = try db.execute("SELECT id, document, cpr_digest FROM enplan.caseload($1, $2)",
                                  [only, purpose.auditDetail(countText: "{count}", user: actor.user)])
        var citizens: [CitizenSummary] = []
        var damaged: [DamagedDocument] = []
        citizens.reserveCapacity(rows.count)
        for row in rows {
            let id = row[0] ?? ""
            do throws(StoreError) {
                citizens.append(CitizenSummary(try decode(row[1], id: id), instrument: catalogues.instrument, cprDigest: row[2]))
            } catch {
                damaged.append(DamagedDocument(id: id, path: db.place, reason: "\(error)"))
            }
        }
        return Caseload(citizens: citizens, damaged: damaged, onlyCoordinator: only)
    }

    public func find(_ text: String) throws(StoreError) -> [CitizenSummary] {
        // The search is audited by the database with the text masked as every store masks it.
        let query = AuditEvent(.search, query: text).query
        let cpr = try? CPRNumber(text.trimmingSpaces)
        let words = SearchText.words(text)
        let rows = try db.execute("SELECT id, document, cpr_digest FROM enplan.search($1, $2)", [query, cpr?.digits])
        guard cpr != nil || !words.isEmpty else { return [] }
        return rows.compactMap { row in
            guard let file = try? decode(row[1], id: row[0] ?? "") else { return nil }
            guard cpr != nil || SearchText.matches(words, key: SearchText.key(name: file.citizen.name, id: file.id)) else { return nil }
            return CitizenSummary(file, instrument: catalogues.instrument, cprDigest: row[2])
        }
    }

    public func open(_ id: CitizenID, purpose: AuditAction, detail: String?) throws(StoreError) -> CaseFile {
        guard let row = try db.execute("SELECT enplan.open_citizen($1, $2, $3)", [id.rawValue, purpose.rawValue, detail]).first,
              let document = row[0] else { throw .notFound(id) }
        return try decode(document, id: id.rawValue)
    }

    public func citizensForSpreadsheet(_ ids: [CitizenID], revealCPR: Bool, detail: String) throws(StoreError) -> [CaseFile] {
        try db.transaction { () throws(StoreError) in
            var found: [CaseFile] = []
            for id in ids {
                let file = try open(id, purpose: .export, detail: detail)
                if revealCPR && file.citizen.cpr != nil { try audit(AuditEvent(.revealCPR, citizen: id, detail: detail)) }
                found.append(file)
            }
            return found
        }
    }

    public func auditEntries(about id: CitizenID) throws(StoreError) -> [AuditEntry] {
        let entries = try db.execute("""
            SELECT seq, at, person, uid, role, action, citizen, revision_before, revision_after, query, detail, ssh, key, sha256, prev
            FROM enplan.audit_of($1)
            """, [id.rawValue]).compactMap(PostgresStore.entry)
        if entries.isEmpty, try db.execute("SELECT revision FROM enplan.revision_of($1)", [id.rawValue]).isEmpty {
            throw .notFound(id)
        }
        return entries
    }

    // MARK: - Writing

    public func create(_ new: NewCitizen) throws(StoreError) -> CaseFile {
        guard !isReadOnly else { throw .readOnly }
        var generator = SystemRandomNumberGenerator()
        let citizen = Citizen(id: CitizenID.random(using: &generator), name: new.name.trimmingSpaces, cpr: new.cpr,
                              phone: new.phone, email: new.email, targetGroup: new.targetGroup, coordinator: actor.user)
        let file = CaseFile(citizen: citizen, created: today, createdBy: actor.user)
        return try insert([file], action: .create, detail: nil)[0]
    }

    public func apply(_ change: PlanChange, to id: CitizenID, expecting revision: Int?) throws(StoreError) -> CaseFile {
        guard !isReadOnly else { throw .readOnly }
        if case let .assign(to) = change, let refusal = TeamMember.handOverRefusal(to: to, team: try teamMembers()) {
            throw .refused(refusal)
        }
        return try db.transaction { () throws(StoreError) in
            // The row is locked from here to the commit: nobody saves in between.
            guard let document = try db.execute("SELECT enplan.read_for_change($1)", [id.rawValue]).first?[0] else { throw .notFound(id) }
            let before = try decode(document, id: id.rawValue)
            if let revision, before.revision != revision {
                throw .conflict(id, basedOn: revision, onDisk: before.revision, by: before.updatedBy)
            }
            var file = try before.applying(change, on: today, by: actor.user)
            try PostgresStore.validate(file)
            file.revision = before.revision + 1
            file.updatedBy = actor.user
            file.updated = today
            file.formatVersion = CaseFile.currentFormatVersion
            let saved = try db.execute("SELECT enplan.save_citizen($1, $2, $3, $4, $5)",
                                       [id.rawValue, String(before.revision), file.citizen.coordinator, try encode(file),
                                        change.auditDetail(before: before)])
            guard saved.first?[0] == "t" else {
                // Only a save that slipped past the row's lock can get here: said as any conflict is.
                let now = try db.execute("SELECT revision, updated_by FROM enplan.revision_of($1)", [id.rawValue]).first
                throw .conflict(id, basedOn: before.revision, onDisk: Int(now?[0] ?? "") ?? before.revision, by: now?[1] ?? "")
            }
            return file
        }
    }

    public func assign(_ ids: [CitizenID], to coordinator: String) throws(StoreError) -> [(CitizenID, Result<CaseFile, StoreError>)] {
        guard !isReadOnly else { throw .readOnly }
        if let refusal = TeamMember.handOverRefusal(to: coordinator, team: try teamMembers()) { throw .refused(refusal) }
        return ids.map { id in
            do throws(StoreError) { return (id, .success(try apply(.assign(to: coordinator), to: id, expecting: nil))) } catch {
                return (id, .failure(error))
            }
        }
    }

    public func export(_ text: String, of id: CitizenID, to path: String) throws(StoreError) {
        guard !isSession else { throw .refused(.exportToPathInSession) }
        try files.check(path)
        try record(AuditEvent(.export, citizen: id, detail: path))
        do { try files.write(path, text) } catch {
            try? record(AuditEvent(.exportFailed, citizen: id, detail: path))
            throw error
        }
    }

    public func record(_ event: AuditEvent) throws(StoreError) {
        try audit(event)
    }

    // MARK: - Rows

    /// Adds new citizens in one transaction, each with its audit row: all of them or none.
    func insert(_ files: [CaseFile], action: AuditAction, detail: String?) throws(StoreError) -> [CaseFile] {
        do {
            return try db.transaction { () throws(StoreError) in
                var saved: [CaseFile] = []
                for (n, new) in files.enumerated() {
                    progress?(.writing, n, files.count)
                    var file = new
                    try PostgresStore.validate(file)
                    file.revision = 1
                    file.updatedBy = actor.user
                    file.formatVersion = CaseFile.currentFormatVersion
                    if let cpr = file.citizen.cpr, let other = try registered(cpr) { throw other }
                    try db.execute("SELECT enplan.create_citizen($1, $2, $3, $4, $5, $6)",
                                   [file.id.rawValue, file.citizen.coordinator, file.citizen.cpr?.digits, try encode(file),
                                    action.rawValue, detail])
                    saved.append(file)
                }
                progress?(.writing, files.count, files.count)
                return saved
            }
        } catch let .database(problem) where problem.isUniqueViolation {
            // Someone else added the same person (or id) at this moment: said as the store says it.
            for file in files {
                if let cpr = file.citizen.cpr, let other = try registered(cpr) { throw other }
                if try !db.execute("SELECT revision FROM enplan.revision_of($1)", [file.id.rawValue]).isEmpty {
                    throw .alreadyExists(file.id)
                }
            }
            throw .database(problem)
        }
    }

    /// The refusal for a CPR number already in the database, naming who has it; nil when it is free.
    func registered(_ cpr: CPRNumber) throws(StoreError) -> StoreError? {
        guard let row = try db.execute("SELECT id, name FROM enplan.registered($1)", [cpr.digits]).first, let id = row[0].flatMap({ try? CitizenID($0) }) else { return nil }
        return .duplicateCPR(existing: id, name: row[1] ?? "")
    }

    /// A plan read straight from the table: for maintenance on the owner's connection (a person's role
    /// has no table privileges).
    func read(_ id: CitizenID, locking: Bool = false) throws(StoreError) -> CaseFile {
        guard let row = try db.execute("SELECT document::text FROM enplan.citizens WHERE id = $1" + (locking ? " FOR UPDATE" : ""),
                                       [id.rawValue]).first else { throw .notFound(id) }
        return try decode(row[0], id: id.rawValue)
    }

    func audit(_ e: AuditEvent) throws(StoreError) {
        try db.execute("SELECT enplan.write_audit($1, $2, $3, $4, $5, $6, $7)",
                       [e.action.rawValue, e.citizen?.rawValue, e.revisionBefore.map(String.init), e.revisionAfter.map(String.init),
                        e.query, e.detail, e.sha256])
    }

    static func entry(_ r: [String?]) -> AuditEntry? {
        guard let seq = r[0].flatMap(Int.init), let time = r[1], let user = r[2], let uid = r[3].flatMap(UInt32.init),
              let role = r[4].flatMap(StoreActor.Role.init(rawValue:)), let action = r[5].flatMap(AuditAction.init(rawValue:)) else {
            return nil
        }
        return AuditEntry(seq: seq, time: time, user: user, uid: uid, role: role, action: action, citizen: r[6],
                          revisionBefore: r[7].flatMap(Int.init), revisionAfter: r[8].flatMap(Int.init), query: r[9], detail: r[10],
                          ssh: r[11], key: r[12], sha256: r[13], prev: r[14] ?? "")
    }

    // MARK: - Documents

    static func validate(_ file: CaseFile) throws(StoreError) {
        do { try file.citizen.validate() } catch { throw .invalid(error) }
        if let field = file.fieldsWithControlCharacters.first { throw .invalid(.controlCharacter(field: field)) }
    }

    func encode(_ file: CaseFile) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return String(decoding: try encoder.encode(file), as: UTF8.self) } catch {
            throw .database(DatabaseProblem(state: "", message: "the plan of \(file.id) could not be encoded"))
        }
    }

    private struct Header: Decodable { var formatVersion: Int? }

    /// A plan as the database holds it; one written by a newer enplan is refused, never rewritten.
    func decode(_ text: String?, id: String) throws(StoreError) -> CaseFile {
        guard let citizen = try? CitizenID(id) else {
            throw .database(DatabaseProblem(state: "", message: "a row of enplan.citizens has the id '\(SafeText.neutralized(id))', which is no citizen id"))
        }
        let data = Data((text ?? "").utf8)
        let decoder = JSONDecoder()
        guard let version = (try? decoder.decode(Header.self, from: data))?.formatVersion else {
            throw .damaged(citizen, path: db.place, reason: "the plan has no format version")
        }
        guard version <= CaseFile.currentFormatVersion else { throw .newerFormat(path: "\(db.place) (\(id))", version: version) }
        do { return try decoder.decode(CaseFile.self, from: data) } catch {
            throw .damaged(citizen, path: db.place, reason: "the plan cannot be read (\(error))")
        }
    }
}
