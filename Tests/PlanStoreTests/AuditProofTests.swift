import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

/// Found by an attacker who can write to the data folder but lacks `enplan.key`: after each of these,
/// `check` said "intact". The trail must prove every revision: each transition, each document's bytes,
/// each missing document, and every line under the key.
@Suite struct AuditProofTests {
    func kinds(_ store: CaseStore) throws -> [IntegrityFinding.Kind] { try store.check().problems.map(\.kind) }

    func write(_ text: String, to path: String) throws {
        // As an editor saves: a new file renamed over the old one.
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aDeletedDocumentIsCaughtWhenTheTrailOrTheIndexSawIt() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let viewed = try newCitizen(store, name: "Set")
        _ = try store.open(viewed.id)
        let journaled = try newCitizen(store, name: "Skrevet")
        #expect(try kinds(store).isEmpty)
        for file in [viewed, journaled] { try FileManager.default.removeItem(atPath: store.layout.document(file.id.rawValue)) }
        let problems = try store.check().problems
        #expect(problems.filter { $0.kind == .documentRemovedOutsideEnplan(revision: 1) }.map(\.file).sorted()
                == [viewed.id.rawValue, journaled.id.rawValue].sorted(), "\(problems)")
    }

    @Test func anUnkeyedSegmentIsNeverTrustedWhateverItsDate() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store)
        // A revision 2 written by hand, "covered" by an unkeyed, hash-chained segment dated 2000.
        file.revision = 2
        file.overallGoal = "Forfalsket"
        try DocumentCodec.encode(file).write(to: URL(fileURLWithPath: store.layout.document(file.id.rawValue)))
        let entry = AuditEntry(seq: 1, time: "2000-01-01T00:00:00.000Z", user: "eve", uid: 0, role: .coordinator, action: .update,
                               citizen: file.id.rawValue, revisionBefore: 1, revisionAfter: 2, prev: AuditTrail.genesis)
        let body = try AuditTrail.canonical(entry)
        let hash = Digest.sha256Hex(Data(AuditTrail.genesis.utf8), body)
        let line = String(decoding: body.dropLast(), as: UTF8.self) + ",\"hash\":\"\(hash)\"}\n"
        try FileManager.default.createDirectory(atPath: store.layout.audit + "/eve", withIntermediateDirectories: false)
        try write(line, to: store.layout.audit + "/eve/2000-01.jsonl")
        let found = try kinds(store)
        #expect(found.contains(.unkeyedLine) && found.contains(.revisionNotAudited(revision: 2, logged: 1)), "\(found)")
    }

    @Test func removingAUsersWholeFolderAfterAHandOverLeavesTheirRevisionsUnproven() throws {
        let tmp = TemporaryFolder()
        let mette = try openStore(tmp.child("data"))
        var file = try newCitizen(mette)
        file.overallGoal = "Job"
        file = try mette.save(file)
        _ = try mette.assign([file.id], to: "jonas")
        let jonas = try openStore(tmp.child("data"), as: "jonas")
        var moved = try jonas.open(file.id)
        moved.overallGoal = "Uddannelse"
        try jonas.save(moved)
        #expect(try kinds(jonas).isEmpty)
        try FileManager.default.removeItem(atPath: jonas.layout.audit + "/mette")
        let found = try kinds(jonas)
        #expect(found.contains(.revisionsNotAudited(from: 1, to: 3)), "\(found)")
    }

    @Test func aDocumentEditedInPlaceWithoutANewRevisionIsCaught() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store, name: "Ærlig")
        let path = store.layout.document(file.id.rawValue)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "Ærlig", with: "Uærlig").utf8))
        try handle.close()
        let found = try kinds(store)
        #expect(found.contains(.documentChangedOutsideEnplan(revision: 1)), "\(found)")
    }

    @Test func aForgedIndexJournalLineIsNotListedAndIsReported() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store, name: "Ægte")
        _ = try store.caseload()
        try newCitizen(store, name: "Også ægte")
        let journal = try String(contentsOfFile: store.layout.indexJournal, encoding: .utf8)
        let last = try #require(journal.split(separator: "\n").last)
        // The same row under another id and name, with the MAC it had.
        let forged = last.replacingOccurrences(of: "Også ægte", with: "Forfalsket")
            .replacingOccurrences(of: String(last.split(separator: "\t")[4]), with: "b-zzzzzzzz")
        try write(journal + forged + "\n", to: store.layout.indexJournal)
        let names = try openStore(tmp.child("data")).caseload().citizens.map(\.name)
        #expect(!names.contains("Forfalsket") && names.contains("Ægte"), "\(names)")
        try write(journal + forged + "\n", to: store.layout.indexJournal)
        let problems = try store.check().problems
        #expect(problems.contains { $0.kind == .indexJournalLineForged && $0.file == "index/journal.tsv" }, "\(problems)")
        #expect(try store.open(file.id).citizen.name == "Ægte")
    }

    @Test func aForgedIndexRowIsReported() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store, name: "Ægte")
        _ = try store.caseload()
        var forged = file
        forged.citizen.name = "Forfalsket"
        try store.writeIndexForTests { entries in entries[0].summary = CitizenSummary(forged, key: store.key, instrument: store.catalogues.instrument) }
        #expect(try store.caseload().citizens.map(\.name) == ["Forfalsket"], "the forged row is trusted by a listing")
        let problems = try store.check().problems
        #expect(problems.contains { $0.kind == .indexRowDiffers && $0.file == file.id.rawValue }, "\(problems)")
        #expect(try store.caseload().citizens.map(\.name) == ["Ægte"], "check made the next listing rebuild the index")
    }

    @Test func aNegativeRevisionADamagedUsersFileAndALinkedAuditFolderAreReported() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        let path = store.layout.document(file.id.rawValue)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try write(text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : -3"), to: path)
        try write("[{\"name\": ", to: store.layout.users)
        try FileManager.default.createDirectory(atPath: tmp.child("elsewhere"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: store.layout.audit + "/jonas", withDestinationPath: tmp.child("elsewhere"))
        let problems = try store.check().problems
        #expect(problems.contains { $0.kind == .unreadable("revision -3 is impossible") }, "\(problems)")
        #expect(problems.contains { $0.file == "users.json" && { if case .usersCatalogueDamaged = $0.kind { true } else { false } }($0) })
        #expect(problems.contains { $0.kind == .auditFolderNotReal && $0.file == "audit/jonas" }, "\(problems)")
    }

    @Test func afterAPurgeABackdatedDocumentIsStillCaught() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let kept = try newCitizen(store, name: "Bevaret")
        let deleted = try newCitizen(store, name: "Slettet")
        // The months the trail has now become old ones, purged on purpose.
        let folder = store.layout.audit + "/mette"
        let segment = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".jsonl") })
        try FileManager.default.moveItem(atPath: folder + "/" + segment, toPath: folder + "/2020-01.jsonl")
        try store.audit.append(AuditEvent(.delete, citizen: deleted.id, revisionBefore: 1), by: actor())
        try FileManager.default.removeItem(atPath: store.layout.document(deleted.id.rawValue))
        let segments = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        for name in segments where name != "2020-01.jsonl" {
            try FileManager.default.moveItem(atPath: folder + "/" + name, toPath: folder + "/2020-02.jsonl")
        }
        try store.audit.purge(before: "2021-01", by: actor())
        let afterPurge = try store.check().problems
        #expect(afterPurge.isEmpty, "the purge marker accounts for the removed months: \(afterPurge)")
        // A tampered document dated before the purged months.
        var file = try store.open(kept.id)
        file.revision = 2
        file.updated = CalendarDate(year: 2019, month: 6, day: 1) ?? fixedDay
        file.overallGoal = "Skjult ændring"
        try write(String(decoding: try DocumentCodec.encode(file), as: UTF8.self), to: store.layout.document(kept.id.rawValue))
        let found = try kinds(store)
        #expect(found.contains(.revisionNotAudited(revision: 2, logged: 0)), "\(found)")
        #expect(!found.contains(.documentRemovedOutsideEnplan(revision: 1)), "a deletion the purged months recorded stays accounted for")
    }

    @Test func aMissingKeyIsNeverReplacedWhileATrailExists() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        _ = try newCitizen(store)
        try FileManager.default.removeItem(atPath: store.layout.key)
        for readOnly in [false, true] {
            #expect(throws: StoreError.folderUnusable(path: tmp.child("data"), .keyMissingWithTrail)) {
                try openStore(tmp.child("data"), readOnly: readOnly)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: store.layout.key), "no new key was made")
    }

    @Test func repairMovesOnlyTheDamagedLinesAside() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        for name in ["En", "To", "Tre"] { _ = try newCitizen(store, name: name) }
        let folder = store.layout.audit + "/mette"
        let segment = folder + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first))
        var lines = try String(contentsOfFile: segment, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("garbage in the middle", at: 1)
        try write(lines.joined(separator: "\n") + "\n", to: segment)
        #expect(try kinds(store).contains(.notAnAuditLine))
        let done = try store.audit.repair(by: actor())
        #expect(done.count == 1 && done[0].hasPrefix("1 damaged line(s) from line 2"), "\(done)")
        let kept = try String(contentsOfFile: segment, encoding: .utf8)
        #expect(kept.split(separator: "\n").count == lines.count, "every valid line stays, the repair entry added")
        let problems = try store.check().problems
        #expect(problems.isEmpty, "\(problems)")
    }
}

extension CaseStore {
    /// Rewrites the index as someone with write access to the folder could: rows changed, the folder's
    /// stamp kept, so a listing still trusts it.
    func writeIndexForTests(_ change: (inout [SummaryIndex.Entry]) -> Void) throws {
        var index = SummaryIndex(entries: try caseload().citizens.map { summary in
            SummaryIndex.Entry(stamp: try #require(FileSystem.stamp(layout.document(summary.id.rawValue))), summary: summary)
        })
        index.folder = FileSystem.stamp(layout.citizens)
        change(&index.entries)
        try index.write(to: layout.indexFile, mode: 0o600)
        unlink(layout.indexJournal)
    }
}
