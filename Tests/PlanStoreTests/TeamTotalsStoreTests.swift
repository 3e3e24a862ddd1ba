import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import TestSupport
import Testing

/// The team overview's sums kept beside the index: each write moves them on, they always equal what
/// the documents add up to, and sums that are stale, forged or drifted are never shown.
@Suite struct TeamTotalsStoreTests {
    func totals(_ store: CaseStore) throws -> TeamTotals {
        let from = Compliance.defaultStart(end: store.today)
        return try store.teamTotals(rules: store.catalogues.contactRules, from: from, to: store.today,
                                    for: .teamOverview(from: from, to: store.today))
    }

    /// What the documents add up to, made from the caseload as it is now.
    func fresh(_ store: CaseStore) throws -> TeamTotals {
        let caseload = try store.caseload()
        return TeamTotals(caseload.citizens, rules: store.catalogues.contactRules, today: store.today,
                          from: Compliance.defaultStart(end: store.today), to: store.today, damaged: caseload.damaged)
    }

    /// Whether the kept sums stand at the folder as it is (moved on by the last write, not made again).
    func keptIsCurrent(_ store: CaseStore) throws -> Bool {
        let key = try #require(store.key)
        let kept = try #require(TeamTotalsFile.read(store.layout.teamTotals, key: key))
        let folder = try #require(FileSystem.stamp(store.layout.citizens))
        return CaseStore.sameFolder(kept.folder, folder)
    }

    func citizen(_ store: CaseStore, _ name: String, _ group: TargetGroup, created: CalendarDate, next: Int? = nil) throws -> CaseFile {
        var file = CaseFile(citizen: Citizen(id: store.freshID(), name: name, targetGroup: group, coordinator: store.actor.user),
                            created: created, createdBy: store.actor.user)
        file.nextFollowUp = next.map { store.today.adding(days: $0) }
        return try store.create(file)
    }

    @Test func theKeptSumsFollowEveryWriteAndEqualAHandCount() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let overdue = try citizen(store, "Åse Øberg", .aktivitetsparat, created: fixedDay.adding(days: -200), next: -3)
        let soon = try citizen(store, "Bo Bæk", .sygedagpenge, created: fixedDay.adding(days: -100), next: 2)
        let later = try citizen(store, "Carl Cé", .jobafklaring, created: fixedDay.adding(days: -50), next: 30)
        let old = try citizen(store, "Gammel Sag", .jobafklaring, created: fixedDay.adding(days: -3000))
        try store.apply(.status(StatusChange(date: fixedDay.adding(days: -2500), status: .closed(.job))), to: old.id, expecting: nil)

        // Made once from the caseload and kept; by hand: three active, one overdue, one due this week.
        let first = try totals(store)
        #expect(FileManager.default.fileExists(atPath: store.layout.teamTotals))
        let mette = try #require(first.coordinators["mette"])
        #expect(mette.cases == 4 && mette.active == 3 && mette.overdue == 1 && mette.dueThisWeek == 1 && mette.withoutConsent == 3)
        #expect(first.groups[.jobafklaring]?.citizens == 1, "a case closed before the period is in no group")
        #expect(first == (try fresh(store)))

        // Each kind of write moves the kept sums on; each time they equal a fresh sum.
        var steps: [(String, () throws -> Void)] = []
        steps.append(("pause", { _ = try store.apply(.status(StatusChange(date: fixedDay, status: .paused)), to: soon.id, expecting: nil) }))
        steps.append(("close", { _ = try store.apply(.status(StatusChange(date: fixedDay, status: .closed(.moved))), to: later.id, expecting: nil) }))
        steps.append(("hand-over", { _ = try store.assign([overdue.id], to: "jonas") }))
        steps.append(("create", { _ = try self.citizen(store, "Dorte Dahl", .aktivitetsparat, created: fixedDay, next: 1) }))
        steps.append(("follow-up", {
            var file = try store.read(overdue.id)
            file.nextFollowUp = fixedDay.adding(days: 10)
            try store.save(file)
        }))
        steps.append(("reopen", { _ = try store.apply(.status(StatusChange(date: fixedDay, status: .active)), to: soon.id, expecting: nil) }))
        for (name, step) in steps {
            try step()
            #expect(try keptIsCurrent(store), "\(name) moved the kept sums on")
            #expect(try totals(store) == (try fresh(store)), "after \(name)")
        }
        // By hand at the end: mette has Bo (active again, due in 2 days) and Dorte (due tomorrow); jonas has Åse.
        let end = try totals(store)
        #expect(end.coordinators["mette"].map { [$0.cases, $0.active, $0.paused, $0.overdue, $0.dueThisWeek] } == [4, 2, 0, 0, 2])
        #expect(end.coordinators["jonas"].map { [$0.cases, $0.active, $0.overdue, $0.dueThisWeek] } == [1, 1, 0, 0])

        // A purge deletes behind the journal: the kept sums are stale, made again, and right.
        let plan = try store.purgePlan()
        #expect(plan.cases.map(\.id) == [old.id])
        _ = try store.purge(plan, archive: ArchiveFolder.of(dataFolder: store.layout.root, settings: store.settings))
        #expect(try !keptIsCurrent(store))
        let afterPurge = try totals(store)
        #expect(afterPurge == (try fresh(store)) && afterPurge.coordinators["mette"]?.cases == 3)
        #expect(try keptIsCurrent(store))
        #expect(try store.check().problems.isEmpty)
    }

    @Test func sumsOfAnotherDayOrPeriodAreNotUsedAndOnlyTheOverviewsPeriodIsKept() throws {
        let tmp = TemporaryFolder()
        let folder = tmp.child("data")
        let store = try openStore(folder)
        _ = try citizen(store, "Åse Øberg", .aktivitetsparat, created: fixedDay.adding(days: -200), next: 1)
        _ = try totals(store)
        // The next day, the follow-up tomorrow is due today: the kept sums of yesterday are not shown.
        let tomorrow = try openStore(folder, today: fixedDay.adding(days: 2))
        let next = try totals(tomorrow)
        #expect(next.today == fixedDay.adding(days: 2) && next.coordinators["mette"]?.overdue == 1)
        #expect(next == (try fresh(tomorrow)))
        // A report's own period is made, not kept.
        let before = bytes(store.layout.teamTotals)
        _ = try tomorrow.teamTotals(rules: tomorrow.catalogues.contactRules, from: fixedDay.adding(days: -30), to: fixedDay,
                                    for: .report("caseload", from: fixedDay.adding(days: -30), to: fixedDay))
        #expect(bytes(store.layout.teamTotals) == before)
    }

    @Test func sumsAndLinesMadeOnEveryCoreAreThoseMadeOneByOne() {
        let files = DemoCaseload(citizens: 2_500, coordinators: 4, seed: 5, today: fixedDay).makeCaseFiles()
        let summaries = files.map { CitizenSummary($0, instrument: .standard) }
        let rules = Catalogues.standard.contactRules
        let from = Compliance.defaultStart(end: fixedDay)
        var oneByOne = TeamTotals(today: fixedDay, from: from, to: fixedDay)
        for s in summaries { oneByOne.add(s, rules: rules) }
        #expect(TeamTotals(summaries, rules: rules, today: fixedDay, from: from, to: fixedDay) == oneByOne)
        let lines = files.map { Compliance.line(for: $0, rules: rules, from: from, to: fixedDay) }
            .enumerated().filter { i, l in files[i].status.isOpen || l.required > 0 || l.held > 0 }.map(\.element)
        #expect(summaries.periodCompliances(rules: rules, from: from, to: fixedDay) == lines)
    }

    @Test func aLinkOrAPipeWhereTheSumsBelongIsNeitherFollowedNorWaitedFor() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try citizen(store, "Åse Øberg", .aktivitetsparat, created: fixedDay.adding(days: -200), next: -1)
        let target = tmp.child("elsewhere")
        #expect(FileManager.default.createFile(atPath: target, contents: Data("mine".utf8)))
        try FileManager.default.createSymbolicLink(atPath: store.layout.teamTotals, withDestinationPath: target)
        #expect(try totals(store) == (try fresh(store)))
        #expect(bytes(target) == Data("mine".utf8), "the link's target is not written")
        unlink(store.layout.teamTotals)
        #expect(mkfifo(store.layout.teamTotals, 0o600) == 0)
        #expect(try totals(store) == (try fresh(store)))
        _ = try store.apply(.status(StatusChange(date: fixedDay, status: .paused)), to: file.id, expecting: nil)
        #expect(try totals(store).coordinators["mette"]?.paused == 1, "a save with a pipe there did not wait for a reader")
    }

    @Test func forgedOrDriftedSumsAreNeverShownAndCheckNamesTheDrift() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        _ = try citizen(store, "Åse Øberg", .aktivitetsparat, created: fixedDay.adding(days: -200), next: -1)
        let right = try totals(store)
        let key = try #require(store.key)
        var kept = try #require(TeamTotalsFile.read(store.layout.teamTotals, key: key))

        // A number changed by hand: the MAC no longer matches, so the sums are made again.
        let text = String(decoding: bytes(store.layout.teamTotals) ?? Data(), as: UTF8.self)
        let forged = text.replacingOccurrences(of: "\tmette\t1\t1\t", with: "\tmette\t9\t9\t")
        #expect(forged != text)
        try Data(forged.utf8).write(to: URL(fileURLWithPath: store.layout.teamTotals))
        #expect(try totals(store) == right)

        // Sums that drifted (written with the key, but wrong): check names them and removes them.
        kept.totals.coordinators["mette"]?.overdue = 7
        kept.write(to: store.layout.teamTotals, key: key, mode: 0o600)
        let report = try store.check()
        #expect(report.problems.contains { $0.kind == .teamTotalsDiffer })
        #expect(!FileManager.default.fileExists(atPath: store.layout.teamTotals))
        #expect(try totals(store) == right)
        #expect(try store.check().problems.isEmpty)
    }
}
