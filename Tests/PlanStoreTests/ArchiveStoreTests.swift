import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import TestSupport
import Testing

/// Purge archives before it deletes: a package per case (document, timeline, audit lines, a manifest
/// of SHA-256 checksums), read back before anything goes, and checkable years later.
@Suite struct ArchiveStoreTests {
    /// A store with two cases closed long ago (past five years of retention) and one open.
    func storeWithOldCases(_ tmp: TemporaryFolder) throws -> (CaseStore, [CitizenID], CitizenID) {
        let store = try openStore(tmp.child("data"))
        var old: [CitizenID] = []
        for name in ["Gammel Sag", "Ældre Sag"] {
            let c = Citizen(id: store.freshID(), name: name, targetGroup: .sygedagpenge, coordinator: "mette")
            let file = try store.create(CaseFile(citizen: c, created: fixedDay.adding(days: -3000), createdBy: "mette"))
            _ = try store.apply(.status(StatusChange(date: fixedDay.adding(days: -2500), status: .closed(.job))), to: file.id, expecting: nil)
            old.append(file.id)
        }
        return (store, old, try newCitizen(store).id)
    }

    func read(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func purgeWritesAndChecksAPackageForEachCaseBeforeDeletingIt() throws {
        let tmp = TemporaryFolder()
        let (store, old, open) = try storeWithOldCases(tmp)
        let before = try old.map { try store.read($0) }
        let archive = try #require(ArchiveFolder.of(dataFolder: tmp.child("data"), settings: store.settings))
        let result = try store.purge(try store.purgePlan(), archive: archive)
        #expect(result.deletedCases.sorted() == old.sorted())
        #expect(try store.caseload().citizens.map(\.id) == [open])

        for file in before {
            let package = try #require(result.packages[file.id])
            #expect(ArchiveFolder.verify(package).isEmpty)
            let names = try FileManager.default.contentsOfDirectory(atPath: package).sorted()
            #expect(names == ["SHA256SUMS", "audit.jsonl", "document.json", "manifest.json", "timeline.json"])
            // The document is the case as it was, readable without enplan's store.
            #expect(try JSONDecoder().decode(CaseFile.self, from: read(package + "/document.json")) == file)
            let timeline = try #require(try JSONSerialization.jsonObject(with: read(package + "/timeline.json")) as? [[String: Any]])
            #expect(timeline.map { $0["kind"] as? String } == file.timeline().map(\.kind.rawValue))
            let audit = String(decoding: try read(package + "/audit.jsonl"), as: UTF8.self).split(separator: "\n")
            #expect(audit.count == 2 && audit.allSatisfy { $0.contains("\"citizen\":\"\(file.id)\"") })
            let manifest = String(decoding: try read(package + "/manifest.json"), as: UTF8.self)
            #expect(manifest.contains("\"format\" : \"enplan-archive\"") && manifest.contains("\"revision\" : 2"))
            // Private, as the data folder is.
            #expect(FileSystem.mode(package + "/document.json") == 0o600 && FileSystem.mode(package) == 0o700)
            // The deletion's audit line names the package.
            let deletion = try #require(try store.audit.entries(about: file.id).last)
            #expect(deletion.action == .delete && deletion.detail?.hasSuffix("archived in \(package)") == true)
        }
        #expect(ArchiveFolder.verify(archive.path).isEmpty && ArchiveFolder.packageCount(archive.path) == 2)
        #expect(try store.check().problems.isEmpty, "the archive folder is no stranger in the data folder")
    }

    @Test func aPackageChangedAfterwardsFailsVerification() throws {
        let tmp = TemporaryFolder()
        let (store, old, _) = try storeWithOldCases(tmp)
        let result = try store.purge(try store.purgePlan(), archive: ArchiveFolder(path: tmp.child("archive"), parts: ArchivePackage.Part.allCases))
        let package = try #require(result.packages[old[0]])
        let name = package  // findings name the package as it was asked for

        var document = try read(package + "/document.json")
        document[document.count / 2] ^= 0x01
        try document.write(to: URL(fileURLWithPath: package + "/document.json"))
        #expect(ArchiveFolder.verify(package) == [.checksumMismatch(package: name, name: "document.json")])
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: package + "/document.json"))
        #expect(ArchiveFolder.verify(package).first.map { if case .sizeMismatch = $0 { true } else { false } } == true)

        let other = try #require(result.packages[old[1]])
        try FileManager.default.removeItem(atPath: other + "/audit.jsonl")
        try Data("x".utf8).write(to: URL(fileURLWithPath: other + "/note.txt"))
        #expect(ArchiveFolder.verify(other) == [.missingFile(package: other, name: "audit.jsonl"), .unlistedFile(package: other, name: "note.txt")])
        // A manifest rewritten to fit a changed file no longer matches SHA256SUMS.
        let manifest = String(decoding: try read(other + "/manifest.json"), as: UTF8.self)
        try Data(manifest.replacingOccurrences(of: "\"revision\" : 2", with: "\"revision\" : 3").utf8)
            .write(to: URL(fileURLWithPath: other + "/manifest.json"))
        #expect(ArchiveFolder.verify(other).contains(.checksumMismatch(package: other, name: "manifest.json")))
        // The folder of packages reports every package's problems.
        #expect(ArchiveFolder.verify(tmp.child("archive")).count >= 4)
        #expect(ArchiveFolder.verify(tmp.child("nothing")) == [.noPackages(folder: tmp.child("nothing"))])
    }

    /// Writes packages through a real archive folder, but fails at the `failAt`-th one (a full disk).
    struct FailingArchive: CaseArchive {
        let folder: ArchiveFolder
        let failAt: Int
        let count = Counter()
        final class Counter: @unchecked Sendable { var value = 0 }
        var parts: [ArchivePackage.Part] { folder.parts }
        var place: String { folder.place }

        func keep(_ package: ArchivePackage, by actor: StoreActor) throws(StoreError) -> String {
            count.value += 1
            guard count.value < failAt else { throw .io(operation: "write", path: folder.path, code: ENOSPC) }
            return try folder.keep(package, by: actor)
        }
    }

    @Test func aPurgeThatCannotWriteAPackageDeletesNothing() throws {
        let tmp = TemporaryFolder()
        let (store, old, _) = try storeWithOldCases(tmp)
        let plan = try store.purgePlan()
        let folder = ArchiveFolder(path: tmp.child("archive"), parts: ArchivePackage.Part.allCases)
        #expect(throws: StoreError.io(operation: "write", path: folder.path, code: ENOSPC)) {
            try store.purge(plan, archive: FailingArchive(folder: folder, failAt: 2))
        }
        #expect(try store.caseload().citizens.count == 3)
        for id in old { #expect(try store.audit.entries(about: id).allSatisfy { $0.action != .delete }) }

        // A file where the archive folder belongs: refused in words, nothing deleted.
        try Data().write(to: URL(fileURLWithPath: tmp.child("file")))
        #expect(throws: StoreError.oddFile(path: tmp.child("file"), kind: .unknown)) {
            try store.purge(plan, archive: ArchiveFolder(path: tmp.child("file"), parts: ArchivePackage.Part.allCases))
        }
        // A symbolic link there is not followed.
        try FileManager.default.createSymbolicLink(atPath: tmp.child("link"), withDestinationPath: tmp.child("archive"))
        #expect(throws: StoreError.oddFile(path: tmp.child("link"), kind: .symbolicLink)) {
            try store.purge(plan, archive: ArchiveFolder(path: tmp.child("link"), parts: ArchivePackage.Part.allCases))
        }
        // No archive at all is refused unless the settings say so.
        #expect(throws: StoreError.refused(.purgeNeedsArchive)) { try store.purge(plan, archive: nil) }
        #expect(try store.caseload().citizens.count == 3)
    }

    /// A case changed after its package was written would be lost with it: it stays. (In a folder no
    /// save can slip in, purge holds the store's lock; a database checks the revision in the deleting
    /// transaction.)
    @Test func aCaseChangedAfterItWasArchivedIsLeftAlone() throws {
        let tmp = TemporaryFolder()
        let (store, old, _) = try storeWithOldCases(tmp)
        let plan = try store.purgePlan()
        let item = try #require(plan.cases.first)
        var file = try store.read(item.id)
        let archived = [item.id: ArchivedCase(package: "/arkiv/p", revision: file.revision)]
        #expect(plan.deletion(of: item, as: file, archived: archived) == .delete(package: "/arkiv/p"))
        #expect(plan.deletion(of: item, as: file, archived: nil) == .delete(package: nil))
        #expect(plan.deletion(of: item, as: file, archived: [:]) == .leaveAlone)
        file.revision += 1
        #expect(plan.deletion(of: item, as: file, archived: archived) == .leaveAlone)

        // The package holds only what the settings ask for.
        let result = try store.purge(plan, archive: ArchiveFolder(path: tmp.child("archive"), parts: [.document]))
        let package = try #require(result.packages[old[1]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: package).sorted() == ["SHA256SUMS", "document.json", "manifest.json"])
        #expect(ArchiveFolder.verify(package).isEmpty)
    }

    @Test func purgeWithoutArchiveIsASettingNeverTheDefault() throws {
        let tmp = TemporaryFolder()
        let (store, old, _) = try storeWithOldCases(tmp)
        #expect(store.settings.purgeWithoutArchive == false)
        let settingsText = String(decoding: try read(tmp.child("data") + "/enplan.json"), as: UTF8.self)
        #expect(settingsText.contains("\"purge_without_archive\" : false"))
        try Data(settingsText.replacingOccurrences(of: "\"purge_without_archive\" : false", with: "\"purge_without_archive\" : true").utf8)
            .write(to: URL(fileURLWithPath: tmp.child("data") + "/enplan.json"))
        let reopened = try openStore(tmp.child("data"))
        #expect(ArchiveFolder.of(dataFolder: tmp.child("data"), settings: reopened.settings) == nil)
        let result = try reopened.purge(try reopened.purgePlan(), archive: nil)
        #expect(result.deletedCases.sorted() == old.sorted() && result.packages.isEmpty)
        let deletion = try #require(try reopened.audit.entries(about: old[0]).last)
        #expect(deletion.detail?.hasSuffix("not archived (purge_without_archive is set)") == true)
    }

    @Test func archiveSettingsReadFromTheFolder() throws {
        let json = #"{"formatVersion":1,"archive_dir":"/srv/arkiv","archive_holds":["audit","document"]}"#
        let settings = try JSONDecoder().decode(StoreSettings.self, from: Data(json.utf8))
        let archive = try #require(ArchiveFolder.of(dataFolder: "/data", settings: settings))
        #expect(archive.path == "/srv/arkiv" && archive.parts == [.audit, .document])
        let relative = try JSONDecoder().decode(StoreSettings.self, from: Data(#"{"formatVersion":1,"archive_dir":"gem"}"#.utf8))
        #expect(ArchiveFolder.of(dataFolder: "/data", settings: relative)?.path == "/data/gem")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(StoreSettings.self, from: Data(#"{"formatVersion":1,"archive_holds":[]}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(StoreSettings.self, from: Data(#"{"formatVersion":1,"archive_holds":["photos"]}"#.utf8))
        }
    }
}
