import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import TestSupport
import Testing

/// The store tells how far its long work is (for the command line's progress line): counts that only
/// grow, against the right total, and last "done equal to total" whether the work went through or not.
@Suite struct StoreProgressTests {
    final class Recorder {
        var events: [(StoreWork, Int, Int)] = []
        func attach(to store: CaseStore) { store.progress = { [self] in events.append(($0, $1, $2)) } }
        func of(_ work: StoreWork) -> [(done: Int, total: Int)] { events.filter { $0.0 == work }.map { ($0.1, $0.2) } }
    }

    func expectWellFormed(_ events: [(done: Int, total: Int)], total: Int, _ what: String) {
        #expect(!events.isEmpty, "\(what): reported")
        #expect(events.allSatisfy { $0.total == total }, "\(what): total \(total)")
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.done <= $1.done }, "\(what): counts only grow")
        #expect(events.last.map { $0.done == total } == true, "\(what): ends with done == total")
    }

    @Test func writingCheckingRebuildingAndPurgingAreReported() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let recorder = Recorder()
        recorder.attach(to: store)
        let files = (0..<2_500).map { i in
            CaseFile(citizen: Citizen(id: store.freshID(), name: "Borger \(i)", targetGroup: .ung, coordinator: "mette"),
                     created: fixedDay.adding(days: -3000), createdBy: "mette")
        }
        try store.insertAll(files, action: .create)
        let writing = recorder.of(.writing)
        expectWellFormed(writing, total: 2_500, "writing")
        #expect(writing.count >= 3, "a batch at a time: \(writing.count)")

        _ = try store.check()
        expectWellFormed(recorder.of(.checking), total: 2_500, "checking")
        #expect(recorder.of(.checking).count >= 2_500, "a document at a time")

        unlink(store.layout.indexFile)
        unlink(store.layout.indexJournal)
        let before = recorder.events.count
        #expect(try store.caseload().citizens.count == 2_500)
        let reading = Array(recorder.events[before...]).filter { $0.0 == .readingDocuments }.map { (done: $0.1, total: $0.2) }
        expectWellFormed(reading, total: 2_500, "rebuilding the index")
        // A start with a trusted index reads nothing and reports nothing.
        let trusted = recorder.events.count
        _ = try store.caseload()
        #expect(recorder.events[trusted...].allSatisfy { $0.0 != .readingDocuments || $0.2 == 0 })

        for file in files.prefix(3) {
            try store.apply(.status(StatusChange(date: fixedDay.adding(days: -2500), status: .closed(.job))), to: file.id, expecting: nil)
        }
        let plan = try store.purgePlan()
        #expect(plan.cases.count == 3)
        _ = try store.purge(plan, archive: ArchiveFolder(path: tmp.child("archive"), parts: ArchivePackage.Part.allCases))
        expectWellFormed(recorder.of(.purging), total: 3, "purging")
    }

    @Test func aFailedInsertStillEndsItsProgress() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let recorder = Recorder()
        recorder.attach(to: store)
        let one = CaseFile(citizen: Citizen(id: store.freshID(), name: "To gange", targetGroup: .ung, coordinator: "mette"),
                           created: fixedDay, createdBy: "mette")
        #expect(throws: StoreError.self) { try store.insertAll([one, one], action: .create) }
        #expect(recorder.of(.writing).last.map { $0.done == $0.total } == true)
    }
}
