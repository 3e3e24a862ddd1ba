import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import TestSupport
import Testing

/// A case's life in the store: status changes, hand-overs, the index behind the team overview, and
/// the retention purge with what `check` and `audit verify` make of it afterwards.
@Suite struct CaseLifeStoreTests {
    func date(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso + "T12:00:00Z") ?? Date(timeIntervalSince1970: 0)
    }

    func citizen(_ store: CaseStore, _ name: String, created: CalendarDate) throws -> CaseFile {
        let c = Citizen(id: store.freshID(), name: name, targetGroup: .sygedagpenge, coordinator: store.actor.user)
        return try store.create(CaseFile(citizen: c, created: created, createdBy: store.actor.user))
    }

    @Test func statusChangesAndHandOversAreAuditedChangesOfThePlan() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        let paused = try store.apply(.status(StatusChange(date: fixedDay, status: .paused, until: fixedDay.adding(days: 30))),
                                     to: file.id, expecting: nil)
        #expect(paused.status == .paused && paused.revision == 2)
        #expect(throws: StoreError.invalid(.caseClosed)) {
            _ = try store.apply(.status(StatusChange(date: fixedDay, status: .closed(.job))), to: file.id, expecting: nil)
            _ = try store.apply(.status(StatusChange(date: fixedDay, status: .paused)), to: file.id, expecting: nil)
        }
        let results = try store.assign([file.id], to: "jonas")
        let moved = try #require(try results.first?.1.get())
        #expect(moved.citizen.coordinator == "jonas" && moved.revisions.last?.summary == "Plankoordinator: mette → jonas")
        #expect(throws: StoreError.self) { try store.assign([file.id], to: "not a name") }
        let entries = try store.audit.entries(about: file.id)
        #expect(entries.map(\.detail).contains("hand-over mette -> jonas"))
        #expect(entries.filter { $0.action == .update }.count == 3)
        #expect(try store.check().problems.isEmpty)
    }

    @Test func theIndexKeepsWhatComplianceNeedsAndGivesTheSameAnswerAsTheDocuments() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        for file in DemoCaseload(citizens: 20, coordinators: 2, seed: 4, today: fixedDay).makeCaseFiles() {
            try store.create(file)
        }
        _ = try store.caseload() // writes the index
        let fromIndex = try openStore(tmp.child("data")).caseload().citizens
        let from = Compliance.defaultStart(end: fixedDay)
        var checked = 0
        _ = try store.forEachCaseFile { file throws(StoreError) in
            guard let summary = fromIndex.first(where: { $0.id == file.id }) else { return }
            #expect(summary.contactHistory == file.contactHistory)
            #expect(summary.compliance(rules: ContactRule.standard, from: from, to: fixedDay)
                    == Compliance.line(for: file, rules: ContactRule.standard, from: from, to: fixedDay))
            checked += 1
        }
        #expect(checked == 20)
        #expect(fromIndex.contains { !$0.contactHistory.held.isEmpty })
        // A damaged contact field makes the whole index untrusted: rebuilt from the documents.
        let path = store.layout.indexFile
        let text = String(decoding: bytes(path) ?? Data(), as: UTF8.self)
        let damaged = text.replacingOccurrences(of: "active|", with: "active!|")
        #expect(damaged != text)
        try Data(damaged.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try openStore(tmp.child("data")).caseload().citizens.count == 20)
        #expect(String(decoding: bytes(path) ?? Data(), as: UTF8.self) == text, "rewritten whole")
    }

    @Test func purgeDeletesExactlyWhatRetentionSaysAndTheTrailStillVerifies() throws {
        let tmp = TemporaryFolder()
        let folder = tmp.child("data")
        let store = try openStore(folder)
        // Audit months of long ago, then every month from the retention limit up to now (the trail is
        // written on the real clock), in order, before anything else is written.
        var months = ["2024-01-15", "2024-02-15"]
        let now = AuditTrail.segmentName(for: Date())
        var year = 2025, month = 5
        while String(format: "%04d-%02d", year, month) <= now {
            months.append(String(format: "%04d-%02d-15", year, month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        for day in months where date(day) <= Date() {
            try store.audit.append(AuditEvent(.list, detail: "old"), by: store.actor, now: date(day))
        }
        let old = try citizen(store, "Gammel Sag", created: fixedDay.adding(days: -3000))
        try store.apply(.status(StatusChange(date: fixedDay.adding(days: -2500), status: .closed(.job))), to: old.id, expecting: nil)
        let recent = try citizen(store, "Nylig Lukket", created: fixedDay.adding(days: -400))
        try store.apply(.status(StatusChange(date: fixedDay.adding(days: -100), status: .closed(.moved))), to: recent.id, expecting: nil)
        let reopened = try citizen(store, "Genåbnet", created: fixedDay.adding(days: -3000))
        try store.apply(.status(StatusChange(date: fixedDay.adding(days: -2400), status: .closed(.other))), to: reopened.id, expecting: nil)
        let open = try newCitizen(store, name: "Aktiv")

        let plan = try store.purgePlan()
        #expect(plan.cases.map(\.id) == [old.id, reopened.id])
        #expect(plan.auditBefore == "2025-05")
        #expect(plan.auditSegments == ["audit/mette/2024-01.jsonl", "audit/mette/2024-02.jsonl"])
        // Reopened after the list was made: left alone.
        try store.apply(.status(StatusChange(date: fixedDay, status: .active)), to: reopened.id, expecting: nil)
        let result = try store.purge(plan, archive: ArchiveFolder.of(dataFolder: folder, settings: store.settings))
        #expect(result.deletedCases == [old.id])
        #expect(result.skipped == [reopened.id])
        #expect(result.deletedSegments.count == 2)

        #expect(!FileManager.default.fileExists(atPath: store.layout.document(old.id.rawValue)))
        #expect(!FileManager.default.fileExists(atPath: store.layout.lock(old.id.rawValue)))
        let index = String(decoding: bytes(store.layout.indexFile) ?? Data(), as: UTF8.self)
        #expect(!index.contains("Gammel Sag") && index.contains("Aktiv"))
        #expect(try store.caseload().citizens.map(\.id).sorted() == [recent.id, reopened.id, open.id].sorted())
        // The deletion is audited with the id and dates only, and it survives the case.
        let deletion = try #require(try store.audit.entries(about: old.id).last)
        #expect(deletion.action == .delete && deletion.detail?.contains("closed") == true && deletion.detail?.contains("Gammel") == false)
        let package = try #require(result.packages[old.id])
        #expect(package.hasPrefix(folder + "/archive/\(old.id)-r2-") && deletion.detail?.hasSuffix("archived in \(package)") == true)

        let verification = try store.verifyAudit()
        #expect(verification.problems.isEmpty, "\(verification.problems)")
        #expect(verification.notes.map(\.description).contains { $0.contains("purged on purpose") })
        #expect(try store.check().problems.isEmpty)
        // A later write continues the chain; the purge can run again and finds nothing.
        try store.record(AuditEvent(.list))
        #expect(try store.verifyAudit().problems.isEmpty)
        #expect(try store.purgePlan().cases.isEmpty && store.purgePlan().auditSegments.isEmpty)

        // Removing a kept month by hand is still found.
        try FileManager.default.removeItem(atPath: folder + "/audit/mette/2025-06.jsonl")
        #expect(!(try store.verifyAudit().problems.isEmpty))
    }

    @Test func aForgedPurgeMarkerIsAProblem() throws {
        let tmp = TemporaryFolder()
        let folder = tmp.child("data")
        let store = try openStore(folder)
        try store.audit.append(AuditEvent(.list), by: store.actor, now: date("2024-01-15"))
        try store.audit.append(AuditEvent(.list), by: store.actor, now: date("2024-02-15"))
        // Someone removes a month and writes a marker of their own to cover it.
        try FileManager.default.removeItem(atPath: folder + "/audit/mette/2024-01.jsonl")
        let marker = #"{"before":"2024-02","prev":"\#(AuditTrail.genesis)","seq":0,"time":"2024-03-01T00:00:00.000Z","user":"x","mac":"00"}"#
        try marker.write(toFile: folder + "/audit/mette/purged.json", atomically: false, encoding: .utf8)
        let problems = try store.verifyAudit().problems.map(\.description)
        #expect(problems.contains { $0.contains("purge marker was written or changed without the key") }, "\(problems)")
    }
}

@Suite struct BulkInsertIndexTests {
    /// With fewer citizens than the insert brings (the folders are exchanged) and with more (the new
    /// documents are moved one by one).
    @Test(arguments: [1, 40])
    func anImportLeavesAnIndexThatNeedsNoDocumentRead(existing: Int) throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let first = try (0..<existing).map { try newCitizen(store, name: "Først \($0)").id }
        _ = try store.caseload()
        let files = DemoCaseload(citizens: 30, coordinators: 2, seed: 9, today: fixedDay).makeCaseFiles()
        try store.insertAll(files, action: .create)
        let index = try #require(SummaryIndex.load(from: store.layout.indexFile))
        #expect(Set(index.entries.map(\.summary.id)) == Set(files.map(\.id) + first))
        for entry in index.entries {
            #expect(entry.stamp == FileSystem.stamp(store.layout.document(entry.summary.id.rawValue)), "stamped as on disk")
            #expect(entry.summary.revision == 1)
        }
        // What a listing reads from it is what the documents say.
        let listed = try openStore(tmp.child("data")).caseload().citizens
        for file in files {
            let s = try #require(listed.first { $0.id == file.id })
            #expect(s.name == file.citizen.name && s.contactHistory == file.contactHistory && s.nextFollowUp == file.nextFollowUp)
        }
        let unchanged = bytes(store.layout.indexFile)
        _ = try openStore(tmp.child("data")).caseload()
        #expect(bytes(store.layout.indexFile) == unchanged, "nothing was rebuilt")
    }
}
