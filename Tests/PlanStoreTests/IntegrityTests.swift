import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

@Suite struct DamagedDocumentTests {
    @Test(arguments: [
        ("empty", Data()),
        ("truncated", Data("{\n  \"citizen\" : {\n    \"name\" : \"Å".utf8)),
        ("not JSON", Data("hello".utf8)),
        ("not UTF-8", Data([0xFF, 0xFE, 0x00, 0x7B])),
        ("wrong type", Data("{\"formatVersion\": 1, \"revision\": \"three\"}".utf8)),
        ("no version", Data("{\"revision\": 3}".utf8)),
    ])
    func aDamagedDocumentIsReportedByIDAndLeftUntouched(kind: String, content: Data) throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let good = try newCitizen(store, name: "Intakt")
        let bad = try newCitizen(store, name: "Skadet")
        let path = store.layout.document(bad.id.rawValue)
        try content.write(to: URL(fileURLWithPath: path))
        let caseload = try openStore(tmp.child("data")).caseload()
        #expect(caseload.citizens.map(\.id) == [good.id], "\(kind)")
        #expect(caseload.damaged.map(\.id) == [bad.id.rawValue], "\(kind)")
        #expect(throws: StoreError.self) { try store.open(bad.id) }
        #expect(throws: StoreError.self) { try store.save(bad) }
        #expect(try store.open(good.id).citizen.name == "Intakt")
        let report = try store.check()
        #expect(report.problems.map(\.description).contains { $0.hasPrefix("citizens/\(bad.id).json") }, "\(kind): \(report.problems)")
        #expect(bytes(path) == content, "\(kind): the damaged file must not be rewritten")
    }

    @Test func aDocumentHoldingAnotherCitizenIsDamage() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let a = try newCitizen(store)
        try FileManager.default.copyItem(atPath: store.layout.document(a.id.rawValue), toPath: store.layout.document("b-other"))
        let caseload = try store.caseload()
        #expect(caseload.damaged.first?.reason.contains("holds citizen \(a.id)") == true)
    }

    @Test func checkFlagsUnexpectedFilesAndInvalidContent() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store)
        file.sections.social.efforts = [Effort(id: "e1", title: "Bostøtte", start: fixedDay, end: fixedDay.adding(days: -3))]
        try store.save(file)
        _ = FileManager.default.createFile(atPath: store.layout.citizens + "/070761-4285.txt", contents: Data())
        let problems = try store.check().problems.map(\.description)
        #expect(problems.contains { $0.contains("social effort e1: the end is before the start") })
        #expect(problems.contains { $0.contains("070761-4285.txt: not an enplan document") })
    }

    @Test func aDamagedCatalogueFallsBackToTheDefaultAndIsReported() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let path = store.layout.catalogue("progression-instrument")
        try Data("{ broken".utf8).write(to: URL(fileURLWithPath: path))
        let reopened = try openStore(tmp.child("data"))
        #expect(reopened.catalogues.instrument == .standard)
        #expect(reopened.catalogueProblems.first?.file == "catalogues/progression-instrument.json")
        #expect(reopened.catalogueProblems.first?.description.contains("progression-instrument.json cannot be read") == true)
        #expect(bytes(path) == Data("{ broken".utf8))
    }
}

@Suite struct AuditTrailTests {
    func segment(_ store: CaseStore, user: String = "mette") throws -> String {
        let folder = store.layout.audit + "/" + user
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        return folder + "/" + name
    }

    func lines(_ path: String) throws -> [String] {
        String(decoding: try #require(bytes(path)), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], to path: String) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }

    func makeTrail(in tmp: TemporaryFolder) throws -> (CaseStore, String) {
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store)
        file = try store.open(file.id)
        file.overallGoal = "Job"
        try store.save(file)
        try store.record(AuditEvent(.search, query: "Søren"))
        return (store, try segment(store))
    }

    @Test func recordsWhoDidWhatToWhichPlan() throws {
        let tmp = TemporaryFolder()
        let (store, _) = try makeTrail(in: tmp)
        let verification = try store.audit.verify()
        let (count, problems) = (verification.entries, verification.problems)
        #expect(count == 4 && problems.isEmpty)
        let id = try #require(try store.caseload().citizens.first?.id)
        let entries = try store.audit.entries(about: id)
        #expect(entries.map(\.action) == [.create, .view, .update])
        #expect(entries.last?.revisionBefore == 1 && entries.last?.revisionAfter == 2)
        #expect(entries.allSatisfy { $0.user == "mette" && $0.uid == getuid() })
    }

    @Test func anEditedLineIsDetected() throws {
        let tmp = TemporaryFolder()
        let (store, path) = try makeTrail(in: tmp)
        var l = try lines(path)
        l[1] = l[1].replacingOccurrences(of: "\"user\":\"mette\"", with: "\"user\":\"jonas\"")
        try write(l, to: path)
        let problems = try store.audit.verify().problems
        #expect(problems.contains { $0.line == 2 && $0.message.contains("changed after it was written") })
    }

    @Test func aRemovedLineIsDetected() throws {
        let tmp = TemporaryFolder()
        let (store, path) = try makeTrail(in: tmp)
        var l = try lines(path)
        l.remove(at: 1)
        try write(l, to: path)
        let problems = try store.audit.verify().problems
        #expect(problems.contains { $0.line == 2 && $0.message.contains("chain is broken") })
        #expect(problems.contains { $0.message.contains("sequence jumps") })
    }

    @Test func reorderedLinesAreDetected() throws {
        let tmp = TemporaryFolder()
        let (store, path) = try makeTrail(in: tmp)
        var l = try lines(path)
        l.swapAt(1, 2)
        try write(l, to: path)
        #expect(!(try store.audit.verify().problems.isEmpty))
    }

    @Test func aTornLastLineCountsAsNotWrittenAndIsRepairedByTheNextAppend() throws {
        let tmp = TemporaryFolder()
        let (store, path) = try makeTrail(in: tmp)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"seq\":5,\"time\":\"2026".utf8))
        try handle.close()
        #expect(try store.audit.verify().problems.isEmpty)
        try store.record(AuditEvent(.list))
        let verification = try store.audit.verify()
        let (count, problems) = (verification.entries, verification.problems)
        #expect(problems.isEmpty && count == 5)
        #expect(try lines(path).count == 5)
    }

    @Test func theChainContinuesAcrossMonthlySegments() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let october = Date(timeIntervalSince1970: 1_793_000_000) // 2026-10
        let november = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11
        try store.audit.append(AuditEvent(.list), by: store.actor, now: october)
        try store.audit.append(AuditEvent(.list), by: store.actor, now: november)
        let folder = store.layout.audit + "/mette"
        let segments = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(segments == ["2026-10.jsonl", "2026-11.jsonl"])
        #expect(try store.audit.verify().problems.isEmpty)
        // Removing the earlier month breaks the later month's chain.
        try FileManager.default.removeItem(atPath: folder + "/" + segments[0])
        #expect(!(try store.audit.verify().problems.isEmpty))
    }

    @Test func eachUserHasTheirOwnChain() throws {
        let tmp = TemporaryFolder()
        let a = try openStore(tmp.child("data"), as: "mette")
        let b = try openStore(tmp.child("data"), as: "Åse Ø/../x")
        try a.record(AuditEvent(.list))
        try b.record(AuditEvent(.list))
        try a.record(AuditEvent(.list))
        let users = try FileManager.default.contentsOfDirectory(atPath: a.layout.audit).sorted()
        #expect(users.count == 2)
        #expect(!users.contains { $0.contains("/") || $0 == ".." })
        #expect(try a.audit.verify() .problems.isEmpty)
    }

    @Test func changesAreAuditedBeforeTheyAreWrittenAndCheckReconcilesUnfinishedOnes() throws {
        let tmp = TemporaryFolder()
        let (store, _) = try makeTrail(in: tmp)
        let id = try #require(try store.caseload().citizens.first?.id)
        // As if a process died between the audit line and the rename.
        try store.record(AuditEvent(.update, citizen: id, revisionBefore: 2, revisionAfter: 3))
        let report = try store.check()
        #expect(report.problems.isEmpty)
        #expect(report.notes.map(\.description).contains { $0.hasPrefix("\(id): mette began update to revision 3") })
    }
}

@Suite struct PermissionTests {
    @Test func everythingIsPrivateByDefault() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        _ = try newCitizen(store)
        #expect(mode(store.layout.root) == 0o700)
        for relative in files(under: store.layout.root) {
            let path = store.layout.root + "/" + relative
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            #expect(mode(path) == (isDir.boolValue ? 0o700 : 0o600), "\(relative): \(String(mode(path), radix: 8))")
        }
        #expect(try store.check().problems.isEmpty)
    }

    @Test func aGroupSharedFolderGivesTheGroupReadAccessOnly() throws {
        let tmp = TemporaryFolder()
        let root = tmp.child("data")
        _ = try openStore(root)
        chmod(root, 0o750)
        let store = try openStore(root)
        let file = try newCitizen(store)
        #expect(mode(store.layout.document(file.id.rawValue)) == 0o640)
        let auditFiles = files(under: store.layout.audit).filter { $0.hasSuffix(".jsonl") }
        #expect(auditFiles.allSatisfy { mode(store.layout.audit + "/" + $0) == 0o640 })
    }

    @Test func worldAccessIsAProblem() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        chmod(store.layout.document(file.id.rawValue), 0o644)
        let problems = try store.check().problems.map(\.description)
        #expect(problems.contains { $0.hasPrefix("citizens/\(file.id).json: others may access it") })
    }
}

@Suite struct ReadOnlyTests {
    @Test func readOnlyOpensNothingForWritingButTheAuditTrail() throws {
        let tmp = TemporaryFolder()
        let root = tmp.child("data")
        let writer = try openStore(root)
        let file = try newCitizen(writer)
        _ = try writer.caseload()
        let before = files(under: root).filter { !$0.hasPrefix("audit") }
        let stamps = before.map { FileSystem.stamp(root + "/" + $0) }
        // A stale index that a writer would rewrite:
        let reader = try openStore(root, as: "leder", readOnly: true, create: false)
        #expect(reader.isReadOnly && reader.actor.role == .supervisor)
        _ = try reader.caseload()
        _ = try reader.open(file.id)
        #expect(throws: StoreError.readOnly) { try reader.save(file) }
        #expect(throws: StoreError.readOnly) { try reader.create(file) }
        #expect(throws: StoreError.readOnly) { try reader.insertAll([file]) }
        #expect(files(under: root).filter { !$0.hasPrefix("audit") } == before)
        #expect(before.map { FileSystem.stamp(root + "/" + $0) } == stamps)
        // The supervisor's view is audited in their own segment.
        let views = try reader.audit.entries(about: file.id).filter { $0.user == "leder" }
        #expect(views.map(\.action) == [.view] && views.first?.role == .supervisor)
    }

    @Test func aMissingFolderIsNotCreatedForReaders() throws {
        let tmp = TemporaryFolder()
        #expect(throws: StoreError.self) { try openStore(tmp.child("nope"), readOnly: true, create: false) }
        #expect(!FileManager.default.fileExists(atPath: tmp.child("nope")))
    }

    @Test func actingAsAnotherUserNeedsTheFolderToAllowIt() throws {
        let tmp = TemporaryFolder()
        _ = try openStore(tmp.child("data"))
        let options = StoreOptions(today: fixedDay, actingAs: "jonas")
        #expect(throws: StoreError.self) { try CaseStore(root: tmp.child("data"), actor: actor("mette"), options: options) }
        let demo = StoreOptions(createIfMissing: true, today: fixedDay, initialSettings: StoreSettings(allowActingAs: true),
                                actingAs: "jonas")
        #expect(try CaseStore(root: tmp.child("demo"), actor: actor("mette"), options: demo).actor.user == "jonas")
    }
}

@Suite struct SummaryIndexTests {
    @Test func theIndexIsRebuiltWhenADocumentChangesBehindItsBack() throws {
        let tmp = TemporaryFolder()
        let root = tmp.child("data")
        let a = try openStore(root)
        var file = try newCitizen(a, name: "Før")
        #expect(try a.caseload().citizens.map(\.name) == ["Før"])
        #expect(FileManager.default.fileExists(atPath: a.layout.indexFile))
        file.citizen.name = "Efter"
        try openStore(root).save(file)
        #expect(try a.caseload().citizens.map(\.name) == ["Efter"])
    }

    @Test func aMissingOrGarbageIndexIsRebuilt() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        for i in 0..<5 { _ = try newCitizen(store, name: "Borger \(i)") }
        _ = try store.caseload()
        try FileManager.default.removeItem(atPath: store.layout.indexFile)
        #expect(try store.caseload().citizens.count == 5)
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: store.layout.indexFile))
        #expect(try store.caseload().citizens.count == 5)
        #expect(SummaryIndex.load(from: store.layout.indexFile) != nil)
    }

    @Test func removedDocumentsLeaveTheIndex() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let a = try newCitizen(store, name: "A")
        _ = try newCitizen(store, name: "B")
        _ = try store.caseload()
        try FileManager.default.removeItem(atPath: store.layout.document(a.id.rawValue))
        #expect(try store.caseload().citizens.map(\.name) == ["B"])
    }

    @Test func summaryCarriesWhatTheDashboardNeeds() throws {
        let files = DemoCaseload(citizens: 12, coordinators: 2, seed: 1, today: fixedDay).makeCaseFiles()
        for file in files {
            let s = CitizenSummary(file, instrument: .standard)
            #expect(s.activeGoals == PlanSection.allCases.map { file.sections[$0].activeGoalCount })
            #expect(s.trend.count == min(12, file.measurements.count))
            #expect(s.followUpState(today: fixedDay) == (file.status.isActive ? file.followUpState(today: fixedDay) : .notScheduled),
                    "a paused or closed case has no follow-up due")
            #expect(s.mentorPeriodState(today: fixedDay) == file.mentorPeriodState(today: fixedDay))
        }
    }
}
