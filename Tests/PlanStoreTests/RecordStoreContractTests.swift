import Foundation
import PlanCore
import CaseRecords
@testable import PlanPostgres
@testable import PlanStore
import Testing
import TestSupport

/// One store of the records seam, opened fresh for a test, with the audit lines it wrote read back
/// as the store keeps them.
final class ContractStore {
    let store: RecordStore
    /// Every audit line the store holds, oldest first: action and detail (or search text).
    let auditLines: () throws -> [(action: AuditAction, text: String)]
    /// The same records opened by someone else (another coordinator, a supervisor).
    let reopen: (_ user: String, _ readOnly: Bool) throws -> RecordStore
    private let folder: TemporaryFolder?
    private let database: TestDatabase?

    init(store: RecordStore, folder: TemporaryFolder? = nil, database: TestDatabase? = nil,
         auditLines: @escaping () throws -> [(action: AuditAction, text: String)],
         reopen: @escaping (String, Bool) throws -> RecordStore) {
        self.store = store
        self.folder = folder
        self.database = database
        self.auditLines = auditLines
        self.reopen = reopen
    }
}

/// A database of its own for one test on the cluster `scripts/test` starts (`ENPLAN_TEST_POSTGRES`),
/// with enplan's schema; dropped when the test ends.
final class TestDatabase {
    static let server = ProcessInfo.processInfo.environment["ENPLAN_TEST_POSTGRES"]
    static var unavailable: String? {
        server == nil ? "no PostgreSQL server: scripts/test starts one where Debian's postgresql package is installed" : nil
    }

    let name: String
    let connection: String
    private let admin: Connection

    init() throws {
        guard let server = TestDatabase.server else { throw StoreError.unreachable(place: "test server", reason: "none started") }
        var generator = SystemRandomNumberGenerator()
        name = "enplan_test_" + String(generator.next() % 1_000_000_000_000, radix: 36)
        admin = try Connection(server, place: "test server")
        try admin.execute("CREATE DATABASE \(name)")
        connection = server.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(name)")
        _ = try PostgresStore.initialize(connection: connection)
    }

    func store(as user: String = "mette", readOnly: Bool = false) throws -> PostgresStore {
        try PostgresStore(connection: connection, actor: actor(user, role: readOnly ? .supervisor : .coordinator), readOnly: readOnly,
                          today: fixedDay, files: .careful)
    }

    deinit { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
}

/// Every implementation of the seam: the file store and the one in memory (PostgreSQL joins here).
enum Implementation: String, CaseIterable, CustomTestStringConvertible {
    case files, memory, postgres

    var testDescription: String { rawValue }

    /// Every store there is here: the database's where a server runs (CI always starts one).
    static var available: [Implementation] { TestDatabase.server == nil ? [.files, .memory] : allCases }

    /// A store with a team of two coordinators (mette, jonas) and a supervisor (sofie).
    func make() throws -> ContractStore {
        let team = [("mette", StoreActor.Role.coordinator), ("jonas", .coordinator), ("sofie", .supervisor)].map {
            TeamMember(name: $0.0, fullName: $0.0.capitalized, phone: "", role: $0.1, key: "", fingerprint: "")
        }
        switch self {
        case .files:
            let tmp = TemporaryFolder()
            let root = tmp.child("data")
            let store = try openStore(root)
            try store.saveUsers(team)
            return ContractStore(store: store, folder: tmp, auditLines: {
                var lines: [(AuditEntry)] = []
                for segment in try store.audit.segments() {
                    for (_, text) in try AuditTrail.contents(of: segment.path).lines {
                        if let entry = AuditTrail.entry(ofLine: text) { lines.append(entry) }
                    }
                }
                return lines.sorted { ($0.time, $0.seq) < ($1.time, $1.seq) }.map { ($0.action, $0.query ?? $0.detail ?? "") }
            }, reopen: { user, readOnly in try openStore(root, as: user, readOnly: readOnly) })
        case .memory:
            let store = MemoryStore(today: fixedDay)
            store.team = team
            return ContractStore(store: store, auditLines: { store.events.map { ($0.action, $0.query ?? $0.detail ?? "") } },
                                 reopen: { user, readOnly in MemoryStore(user: user, readOnly: readOnly, sharing: store) })
        case .postgres:
            let database = try TestDatabase()
            let store = try database.store()
            try store.saveTeam(team, authorizedKeys: "", enplan: "")
            return ContractStore(store: store, database: database, auditLines: {
                try store.db.execute("SELECT action, coalesce(query, detail, '') FROM enplan.audit ORDER BY seq").compactMap { row in
                    row[0].flatMap(AuditAction.init(rawValue:)).map { ($0, row[1] ?? "") }
                }
            }, reopen: { user, readOnly in try database.store(as: user, readOnly: readOnly) })
        }
    }
}

private func newCitizen(_ store: RecordStore, _ name: String = "Åse Ørsted", cpr: String? = nil) throws -> CaseFile {
    try store.create(NewCitizen(name: name, cpr: try cpr.map { try CPRNumber($0) }, targetGroup: .aktivitetsparat,
                                phone: "", email: ""))
}

@Suite struct RecordStoreContractTests {
    /// Said where the database's store cannot be tested (a developer without PostgreSQL); CI always can.
    @Test(.disabled(if: TestDatabase.unavailable != nil, Comment(rawValue: TestDatabase.unavailable ?? "")))
    func theDatabaseStoreIsTestedToo() {
        #expect(Implementation.available.contains(.postgres))
    }

    @Test(arguments: Implementation.available)
    func aCitizenIsCreatedOpenedAndListedAndEachIsAudited(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        #expect(made.revision == 1 && made.citizen.coordinator == "mette" && made.citizen.name == "Åse Ørsted")
        let opened = try c.store.open(made.id)
        #expect(opened.id == made.id && opened.revision == 1)
        let caseload = try c.store.caseload(for: .dashboard)
        #expect(caseload.citizens.map(\.id) == [made.id])
        let lines = try c.auditLines()
        #expect(lines.map(\.action) == [.create, .view, .list])
        #expect(lines.last?.text == "dashboard: 1 citizens", "the store words the listing's line itself")
    }

    @Test(arguments: Implementation.available)
    func aChangeIsSavedAsTheNextRevisionWithWordsTheStoreComposes(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        let goal = Goal(id: "", title: "Komme i praktik", created: fixedDay)
        let saved = try c.store.apply(.goal(goal, in: .employment), to: made.id, expecting: 1)
        #expect(saved.revision == 2 && saved.sections[.employment].goals.map(\.title) == ["Komme i praktik"])
        #expect(try c.auditLines().last.map { "\($0.action) \($0.text)" } == "update add goal in employment")
        #expect(try c.store.open(made.id).revision == 2)
    }

    @Test(arguments: Implementation.available)
    func aChangeBasedOnAnOlderRevisionIsAConflictAndWritesNothing(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        let jonas = try c.reopen("jonas", false)
        _ = try jonas.apply(.nextFollowUp(fixedDay.adding(days: 7)), to: made.id, expecting: 1)
        #expect(throws: StoreError.conflict(made.id, basedOn: 1, onDisk: 2, by: "jonas")) {
            _ = try c.store.apply(.ownWords("Jeg vil have et job", overallGoal: ""), to: made.id, expecting: 1)
        }
        let now = try jonas.open(made.id)
        #expect(now.revision == 2 && now.ownWords.isEmpty)
        // Without a revision expected, the change goes onto the newest.
        let onNewest = try c.store.apply(.ownWords("Jeg vil have et job", overallGoal: ""), to: made.id, expecting: nil)
        #expect(onNewest.revision == 3 && onNewest.nextFollowUp == fixedDay.adding(days: 7))
    }

    @Test(arguments: Implementation.available)
    func aHandOverGoesOnlyToACoordinatorOfTheTeamOnEveryPath(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        // Through the one write entry point, as the plan screen hands over, and through assign.
        #expect(throws: StoreError.refused(.notInTeam("eve"))) { _ = try c.store.apply(.assign(to: "eve"), to: made.id, expecting: 1) }
        #expect(throws: StoreError.refused(.supervisorCannotCoordinate("sofie"))) {
            _ = try c.store.apply(.assign(to: "sofie"), to: made.id, expecting: 1)
        }
        #expect(throws: StoreError.refused(.notInTeam("eve"))) { _ = try c.store.assign([made.id], to: "eve") }
        #expect(try c.store.open(made.id).citizen.coordinator == "mette")
        let moved = try c.store.apply(.assign(to: "jonas"), to: made.id, expecting: 1)
        #expect(moved.citizen.coordinator == "jonas")
        let back = try #require(try c.store.assign([made.id], to: "mette").first?.1.get())
        #expect(back.citizen.coordinator == "mette")
        let handOvers = try c.auditLines().filter { $0.action == .update }.map(\.text)
        #expect(handOvers == ["hand-over mette -> jonas", "hand-over jonas -> mette"], "one wording on both paths")
    }

    @Test(arguments: Implementation.available)
    func aCaseIsPausedClosedAndReopenedAndAClosedCaseCannotBePaused(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        let paused = try c.store.apply(.status(StatusChange(date: fixedDay, status: .paused, until: fixedDay.adding(days: 30))),
                                       to: made.id, expecting: nil)
        #expect(paused.status == .paused)
        let closed = try c.store.apply(.status(StatusChange(date: fixedDay, status: .closed(.job))), to: made.id, expecting: nil)
        #expect(closed.status == .closed(.job))
        #expect(throws: StoreError.invalid(.caseClosed)) {
            _ = try c.store.apply(.status(StatusChange(date: fixedDay, status: .paused)), to: made.id, expecting: nil)
        }
        let reopened = try c.store.apply(.status(StatusChange(date: fixedDay, status: .active)), to: made.id, expecting: nil)
        #expect(reopened.status == .active && reopened.revision == 4)
        #expect(try c.auditLines().filter { $0.action == .update }.map(\.text)
            == ["status paused from \(fixedDay.iso)", "status closed:job from \(fixedDay.iso)", "status active from \(fixedDay.iso)"])
    }

    @Test(arguments: Implementation.available)
    func oneCitizenPerCPRNumberAndASearchForItIsAuditedMasked(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store, cpr: "070761-4285")
        #expect(throws: StoreError.duplicateCPR(existing: made.id, name: "Åse Ørsted")) {
            _ = try newCitizen(c.store, "Åse Ø.", cpr: "0707614285")
        }
        #expect(try c.store.find("070761-4285").map(\.id) == [made.id])
        #expect(try c.store.find("ørsted åse").map(\.id) == [made.id], "every word of the name, in any order")
        let searches = try c.auditLines().filter { $0.action == .search }.map(\.text)
        #expect(searches.count == 2 && !searches[0].contains("4285"), "\(searches)")
    }

    @Test(arguments: Implementation.available)
    func errorsAreTypedAndAReadOnlyStoreChangesNothing(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        let unknown = try CitizenID("b-nobody")
        #expect(throws: StoreError.notFound(unknown)) { _ = try c.store.open(unknown) }
        #expect(throws: StoreError.notFound(unknown)) { _ = try c.store.apply(.nextFollowUp(nil), to: unknown, expecting: nil) }
        #expect(throws: StoreError.notFound(unknown)) { _ = try c.store.auditEntries(about: unknown) }
        let supervisor = try c.reopen("sofie", true)
        #expect(supervisor.isReadOnly)
        #expect(throws: StoreError.readOnly) { _ = try supervisor.apply(.nextFollowUp(nil), to: made.id, expecting: nil) }
        #expect(throws: StoreError.readOnly) { _ = try newCitizen(supervisor, "Bo Ek") }
        #expect(try supervisor.open(made.id).revision == 1, "a supervisor reads every plan")
    }

    @Test(arguments: Implementation.available)
    func everyViewOfACitizenIsInTheirAuditAndAnExportNeverOverwrites(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        _ = try c.store.open(made.id)
        _ = try c.store.citizensForSpreadsheet([made.id], revealCPR: false, detail: "enplan list --format excel")
        let tmp = TemporaryFolder()
        let path = tmp.child("plan.md")
        try c.store.export("# Plan", of: made.id, to: path)
        #expect(throws: StoreError.self) { try c.store.export("# Plan igen", of: made.id, to: path) }
        let about = try c.store.auditEntries(about: made.id).map(\.action)
        #expect(about.filter { $0 == .view }.count == 1 && about.filter { $0 == .export }.count == 2 && about.first == .create)
    }

    /// What the citizen's letter of who looked is made of (issue 25): each store's lines, read back in
    /// the citizen's terms, with a real time of day and who did it, by role.
    @Test(arguments: Implementation.available)
    func theTrailAboutACitizenReadsBackAsWhoDidWhatAndWhen(_ kind: Implementation) throws {
        let c = try kind.make()
        let made = try newCitizen(c.store)
        _ = try c.store.open(made.id)
        _ = try c.store.apply(.note(CaseNote(date: fixedDay, kind: .phone, text: "Ringede")), to: made.id, expecting: nil)
        _ = try c.store.apply(.assign(to: "jonas"), to: made.id, expecting: nil)
        _ = try c.reopen("leder", true).open(made.id)
        let entries = try c.store.auditEntries(about: made.id)
        // A database also audits the read a change is made on: views may be more, never fewer.
        let access = entries.compactMap(\.citizenAccess)
        #expect(access.filter { $0 != .opened } == [.created, .changed(.note), .handedOver(to: "jonas")], "\(access)")
        #expect(access.filter { $0 == .opened }.count >= 2 && access.last == .opened)
        #expect(entries.last?.user == "leder" && entries.last?.role == .supervisor)
        #expect(entries.allSatisfy { $0.time.count >= 20 && $0.time.contains("T") }, "\(entries.map(\.time))")
    }
}
