import Dispatch
import Foundation
import PlanCore
import CaseRecords
@testable import PlanPostgres
import PlanStore
import Testing
import TestSupport

/// What only the database store must prove, against a real server (the cluster `scripts/test` starts).
@Suite(.enabled(if: TestDatabase.server != nil, "no PostgreSQL server: scripts/test starts one where the postgresql package is installed"))
struct PostgresStoreTests {
    /// A connection the server dropped (a restart, a network hiccup; here the server ends it) fails
    /// once in words, and the next call connects again as the same person: the audit rows still say
    /// who, and colleagues' saves still arrive.
    @Test func aDroppedConnectionIsMadeAgainAsTheSamePerson() throws {
        let database = try TestDatabase()
        let mette = try database.store()
        let jonas = try database.store(as: "jonas")
        let made = try mette.create(NewCitizen(name: "Åse Ørsted", cpr: nil, targetGroup: .aktivitetsparat, phone: "", email: ""))
        let pid = try #require(try mette.db.execute("SELECT pg_backend_pid()").first?.first ?? nil)
        try jonas.db.execute("SELECT pg_terminate_backend($1::int)", [pid])
        do {
            _ = try mette.open(made.id)
            Issue.record("a dropped connection answered")
        } catch {
            guard case .unreachable = error else { Issue.record("not said as unreachable: \(error)"); return }
        }
        let saved = try mette.apply(.nextFollowUp(fixedDay), to: made.id, expecting: 1)
        #expect(saved.revision == 2)
        #expect(try mette.auditEntries(about: made.id).last?.user == "mette", "the person is set again on the new connection")
        _ = try jonas.apply(.nextFollowUp(fixedDay.adding(days: 1)), to: made.id, expecting: 2)
        var seen = Set<CitizenID>()
        for _ in 0..<50 where seen.isEmpty {
            seen = mette.changesByOthers()
            if seen.isEmpty { usleep(20_000) }
        }
        #expect(seen == [made.id], "listening again on the new connection")
    }

    @Test func theAuditTableRefusesEveryChangeAndRemovalEvenToItsOwner() throws {
        let database = try TestDatabase()
        let store = try database.store()
        _ = try store.create(NewCitizen(name: "Åse Ørsted", cpr: nil, targetGroup: .aktivitetsparat, phone: "", email: ""))
        for sql in ["UPDATE enplan.audit SET detail = 'forged'", "DELETE FROM enplan.audit", "TRUNCATE enplan.audit"] {
            #expect(throws: StoreError.database(DatabaseProblem(state: "42501", message: "the audit trail cannot be changed or removed")),
                    "\(sql)") { try store.db.execute(sql) }
        }
        #expect(try store.verifyAudit().problems.isEmpty)
    }

    @Test func aRewriteWithTheTriggersSwitchedOffIsFoundByVerify() throws {
        let database = try TestDatabase()
        let store = try database.store()
        let made = try store.create(NewCitizen(name: "Bo Ek", cpr: nil, targetGroup: .ung, phone: "", email: ""))
        _ = try store.open(made.id)
        try store.db.run(script: """
            ALTER TABLE enplan.audit DISABLE TRIGGER audit_no_change;
            UPDATE enplan.audit SET person = 'someone else' WHERE seq = 2;
            ALTER TABLE enplan.audit ENABLE TRIGGER audit_no_change;
            """)
        let problems = try store.verifyAudit().problems
        #expect(problems.map(\.kind) == [.auditLineChanged] && problems.first?.line == 2, "\(problems)")
        #expect(!(try store.check().problems.isEmpty))
    }

    @Test func twoPeopleSavingOneCitizenAtOnceNeverLoseAChange() throws {
        let database = try TestDatabase()
        let mette = try database.store()
        let made = try mette.create(NewCitizen(name: "Søren Ærø", cpr: nil, targetGroup: .sygedagpenge, phone: "", email: ""))
        // Eight saves from eight connections at once, each on the newest revision: every one is kept.
        let stores = OnePerThread(try (0..<8).map { _ in try database.store(as: "jonas") })
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: stores.items.count) { n in
            do {
                let goal = Goal(id: "", title: "Mål \(n)", created: fixedDay)
                _ = try stores.items[n].apply(.goal(goal, in: .employment), to: made.id, expecting: nil)
            } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let now = try mette.open(made.id)
        #expect(now.revision == 9 && now.sections[.employment].goals.count == 8)
        // One based on a revision it did not see is refused, naming who saved.
        #expect(throws: StoreError.conflict(made.id, basedOn: 1, onDisk: 9, by: "jonas")) {
            _ = try mette.apply(.nextFollowUp(nil), to: made.id, expecting: 1)
        }
    }

    @Test func fourImportsOfTheSamePersonAtOnceAddThemOnce() throws {
        let database = try TestDatabase()
        let stores = OnePerThread(try (0..<4).map { _ in try database.store() })
        let made = Failures(), refused = Failures()
        DispatchQueue.concurrentPerform(iterations: stores.items.count) { n in
            do {
                _ = try stores.items[n].create(NewCitizen(name: "Åse Ørsted", cpr: try CPRNumber("070761-4285"), targetGroup: .aktivitetsparat,
                                                    phone: "", email: ""))
                made.add("\(n)")
            } catch let error as StoreError {
                if case .duplicateCPR = error { refused.add("\(n)") } else { refused.add("unexpected: \(error)") }
            } catch { refused.add("unexpected: \(error)") }
        }
        #expect(made.all.count == 1 && refused.all.count == 3 && !refused.all.contains { $0.hasPrefix("unexpected") }, "\(refused.all)")
        #expect(try stores.items[0].caseload(for: .dashboard).citizens.count == 1)
    }

    /// People are database roles in the coordinators' or the supervisors' group: they reach the data
    /// only through functions, and a supervisor's role cannot write, whatever enplan is told.
    @Test func aPersonsRoleHasFunctionsOnlyAndASupervisorsCannotWrite() throws {
        let database = try TestDatabase()
        let owner = try database.store()
        let made = try owner.create(NewCitizen(name: "Åse Ørsted", cpr: nil, targetGroup: .aktivitetsparat, phone: "", email: ""))
        let suffix = String(UInt64.random(in: 0..<1_000_000_000), radix: 36)
        let (coordinator, supervisor) = ("mette_" + suffix, "sofie_" + suffix)
        try owner.db.execute("CREATE ROLE \(coordinator) LOGIN IN ROLE enplan_coordinator")
        try owner.db.execute("CREATE ROLE \(supervisor) LOGIN IN ROLE enplan_supervisor")
        defer { for role in [coordinator, supervisor] { _ = try? owner.db.execute("DROP ROLE IF EXISTS \(role)") } }
        func connect(_ role: String) throws -> PostgresStore {
            try PostgresStore(connection: database.connection.replacingOccurrences(of: "user=enplan_admin", with: "user=\(role)"),
                              actor: actor(role), readOnly: false, today: fixedDay, files: .careful)
        }
        let mette = try connect(coordinator), sofie = try connect(supervisor)
        // Through the functions: a coordinator reads and writes, a supervisor reads.
        #expect(try mette.apply(.nextFollowUp(fixedDay.adding(days: 7)), to: made.id, expecting: 1).revision == 2)
        #expect(try sofie.caseload(for: .dashboard).citizens.map(\.id) == [made.id])
        #expect(try sofie.open(made.id).revision == 2)
        // Not past them: no table, and no writing function for a supervisor's role.
        for store in [mette, sofie] {
            for sql in ["SELECT * FROM enplan.citizens", "SELECT * FROM enplan.audit", "DELETE FROM enplan.audit",
                        "UPDATE enplan.citizens SET revision = 99", "SELECT cpr_key FROM enplan.secret"] {
                do { try store.db.execute(sql); Issue.record("\(sql) went through") } catch {
                    guard case let .database(problem) = error, problem.isPrivilege else { Issue.record("\(sql): \(error)"); continue }
                }
            }
        }
        do { _ = try sofie.apply(.nextFollowUp(nil), to: made.id, expecting: 2); Issue.record("a supervisor's role wrote") } catch {
            guard case let .database(problem) = error, problem.isPrivilege else { Issue.record("\(error)"); return }
        }
        // Every row names the database role that really called, beside the person enplan was told.
        let roles = Set(try owner.db.execute("SELECT db_role FROM enplan.audit").compactMap { $0[0] })
        #expect(roles.isSuperset(of: [coordinator, supervisor]), "\(roles)")
        #expect(try owner.verifyAudit().problems.isEmpty)
    }

    /// A colleague's save reaches every other open store within a second (ids only); one's own does not.
    @Test func aColleaguesSaveIsToldToEveryOpenStoreWithItsIdAlone() throws {
        let database = try TestDatabase()
        let mette = try database.store(), jonas = try database.store(as: "jonas")
        let made = try jonas.create(NewCitizen(name: "Bo Ek", cpr: nil, targetGroup: .ung, phone: "", email: ""))
        _ = try mette.apply(.nextFollowUp(fixedDay), to: made.id, expecting: 1)
        func waitForChanges(_ store: PostgresStore) -> Set<CitizenID> {
            for _ in 0..<20 {
                let changed = store.changesByOthers()
                if !changed.isEmpty { return changed }
                usleep(50_000)
            }
            return []
        }
        #expect(waitForChanges(mette) == [made.id], "jonas's create")
        _ = try jonas.apply(.status(StatusChange(date: fixedDay, status: .closed(.job))), to: made.id, expecting: nil)
        #expect(waitForChanges(mette) == [made.id], "jonas's close")
        #expect(waitForChanges(jonas) == [made.id], "mette's follow-up, and never jonas's own")
        #expect(jonas.changesByOthers().isEmpty)
    }

    /// Closed cases past retention go, each with its audit row; the audit rows themselves stay.
    @Test func aPurgeDeletesClosedCasesPastRetentionAndKeepsTheTrail() throws {
        let database = try TestDatabase()
        let store = try database.store()
        func citizen(_ name: String, closedDaysAgo days: Int?) throws -> CitizenID {
            // Opened long ago, so it can be closed on an old day.
            store.today = fixedDay.adding(days: -3000)
            let made = try store.create(NewCitizen(name: name, cpr: nil, targetGroup: .ung, phone: "", email: ""))
            store.today = fixedDay
            if let days {
                _ = try store.apply(.status(StatusChange(date: fixedDay.adding(days: -days), status: .closed(.job))), to: made.id, expecting: nil)
            }
            return made.id
        }
        let old = try citizen("Gammel Sag", closedDaysAgo: 2500), recent = try citizen("Ny Sag", closedDaysAgo: 100)
        let open = try citizen("Åben Sag", closedDaysAgo: nil)
        let plan = try store.purgePlan()
        #expect(plan.cases.map(\.id) == [old])
        let rowsBefore = try store.verifyAudit().entries
        #expect(throws: StoreError.refused(.purgeNeedsArchive)) { try store.purge(plan, archive: nil) }
        let tmp = TemporaryFolder()
        let result = try store.purge(plan, archive: ArchiveFolder(path: tmp.child("archive"), parts: ArchivePackage.Part.allCases))
        #expect(result.deletedCases == [old] && result.skipped.isEmpty)
        let package = try #require(result.packages[old])
        #expect(ArchiveFolder.verify(package).isEmpty)
        let archived = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: URL(fileURLWithPath: package + "/document.json")))
        #expect(archived.citizen.name == "Gammel Sag")
        #expect(try store.caseload(for: .dashboard).citizens.map(\.id).sorted() == [recent, open].sorted())
        let trail = try store.auditEntries(about: old)
        #expect(trail.last?.action == .delete && trail.last?.detail?.hasPrefix("purged after retention") == true)
        let after = try store.verifyAudit()
        #expect(after.problems.isEmpty && after.entries > rowsBefore)
    }

    @Test func aSecondInitHasNothingToDoAndAnOlderSchemaIsUpgraded() throws {
        let database = try TestDatabase()
        #expect(try PostgresStore.initialize(connection: database.connection) == (from: Schema.currentVersion, to: Schema.currentVersion))
        try database.store().db.execute("DELETE FROM enplan.schema_version WHERE version = \(Schema.currentVersion)")
        #expect(throws: StoreError.notInitialized(place: PostgresStore.place(of: database.connection))) { _ = try database.store() }
    }

    @Test func aServerThatCannotBeReachedIsSaidInWordsWithoutItsPassword() throws {
        let place = "postgresql://enplan:hemmeligt@localhost:1/enplan"
        #expect(PostgresStore.place(of: place) == "postgresql://enplan@localhost:1/enplan")
        do {
            _ = try PostgresStore(connection: place + "?connect_timeout=2", actor: actor(), readOnly: false, today: fixedDay, files: .careful)
            Issue.record("a server on port 1 was reached")
        } catch {
            guard case let .unreachable(shown, reason) = error else { Issue.record("\(error)"); return }
            #expect(!shown.contains("hemmeligt") && !reason.isEmpty)
        }
    }
}

/// What concurrent work reports, collected under a lock.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}

/// Stores each used by one thread only (a connection is never shared between threads).
struct OnePerThread<T>: @unchecked Sendable {
    let items: [T]
    init(_ items: [T]) { self.items = items }
}
