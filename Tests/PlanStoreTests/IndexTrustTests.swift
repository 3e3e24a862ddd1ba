import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

/// The index is trusted with one stat of citizens/ while that folder is as the index and its journal
/// last saw it; any other change to the folder means every document is checked again.
@Suite(.serialized) struct IndexTrustTests {
    let tmp = TemporaryFolder("enplan-trust")

    /// A store that trusts a folder stamp at once (the real one waits two seconds for the file
    /// system's clock to tick past the last change).
    func store(as user: String = "mette", readOnly: Bool = false) throws -> CaseStore {
        var options = StoreOptions(readOnly: readOnly, createIfMissing: true, today: fixedDay)
        options.indexSettleNanoseconds = 0
        return try CaseStore(root: tmp.child("data"), actor: actor(user, role: readOnly ? .supervisor : .coordinator), options: options)
    }

    /// The folder's mtime moves in ticks of the file system's clock: let one pass before a change
    /// that must be seen, as time passes between any two real sessions.
    func nextTick() { usleep(30_000) }

    func journal(_ s: CaseStore) -> [String] {
        ((try? String(contentsOfFile: s.layout.indexJournal, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func header(_ s: CaseStore) throws -> String {
        try #require(String(contentsOfFile: s.layout.indexFile, encoding: .utf8).split(separator: "\n").first.map(String.init))
    }

    @Test func aSaveIsJournaledAndTheNextListingReadsNoDocument() throws {
        let s = try store()
        var files = try ["Åse Ørsted", "Bo Berg", "Carl Ahl"].map { try newCitizen(s, name: $0) }
        nextTick()
        _ = try s.caseload()
        #expect(try header(s).hasPrefix("enplan-index\t7\t") && !(try header(s)).hasSuffix("\t0\t0\tname"))
        #expect(journal(s).isEmpty)
        // Another session saves: its row goes to the journal, the index file stays as it was.
        let before = try Data(contentsOf: URL(fileURLWithPath: s.layout.indexFile))
        files[1].overallGoal = "Job som tømrer"
        files[1] = try store(as: "jonas").save(files[1])
        #expect(journal(s).count == 1)
        let caseload = try s.caseload()
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.layout.indexFile)) == before, "nothing rebuilt")
        #expect(caseload.citizens.first { $0.id == files[1].id }?.overallGoal == "Job som tømrer")
        #expect(caseload.citizens.map(\.name) == ["Bo Berg", "Carl Ahl", "Åse Ørsted"], "name order kept")
        // A new citizen goes into its place in list order: by coordinator, then name.
        _ = try newCitizen(try store(as: "jonas"), name: "Dan Due")
        #expect(try s.caseload().citizens.map(\.name) == ["Dan Due", "Bo Berg", "Carl Ahl", "Åse Ørsted"])
        #expect(journal(s).count == 2)
    }

    @Test func aCoordinatorsOwnCitizensAreReadAloneAndTheRestAfter() throws {
        let s = try store()
        let jonas = try store(as: "jonas")
        var mine = try ["Åse Ørsted", "Bo Berg"].map { try newCitizen(s, name: $0) }
        _ = try newCitizen(jonas, name: "Carl Ahl")
        // Not trusted yet (nothing written since the folder changed): everyone, and it says so.
        #expect(try s.caseload(onlyCoordinator: "mette").onlyCoordinator == nil)
        nextTick()
        _ = try s.caseload()
        let own = try s.caseload(onlyCoordinator: "mette")
        #expect(own.onlyCoordinator == "mette" && own.citizens.map(\.name) == ["Bo Berg", "Åse Ørsted"])
        #expect(try s.caseload(onlyCoordinator: "henrik").citizens.isEmpty, "none of their own")
        // Journaled changes reach the partial read: a new citizen of mette's, and one handed away.
        _ = try newCitizen(s, name: "Dan Due")
        mine[0].citizen.coordinator = "jonas"
        mine[0] = try s.save(mine[0])
        #expect(try s.caseload(onlyCoordinator: "mette").citizens.map(\.name) == ["Bo Berg", "Dan Due"])
        #expect(try s.caseload(onlyCoordinator: "jonas").citizens.map(\.name) == ["Carl Ahl", "Åse Ørsted"])
        #expect(try s.caseload().citizens.count == 4)
    }

    @Test func aDocumentRemovedOrAddedByHandIsNoticed() throws {
        let s = try store()
        let a = try newCitizen(s, name: "Åse Ørsted")
        let b = try newCitizen(s, name: "Bo Berg")
        nextTick()
        _ = try s.caseload()
        nextTick()
        // Moved away by hand: the folder changed without a journal line.
        try FileManager.default.moveItem(atPath: s.layout.document(b.id.rawValue), toPath: tmp.child("b.json"))
        #expect(try s.caseload().citizens.map(\.id) == [a.id])
        nextTick()
        try FileManager.default.moveItem(atPath: tmp.child("b.json"), toPath: s.layout.document(b.id.rawValue))
        #expect(Set(try s.caseload().citizens.map(\.id)) == [a.id, b.id])
    }

    @Test func aBrokenChainOrATornJournalMeansAFullCheck() throws {
        let s = try store()
        var a = try newCitizen(s, name: "Åse Ørsted")
        nextTick()
        _ = try s.caseload()
        a.overallGoal = "Første"
        a = try s.save(a)
        // A torn last line (a crash mid-append): not trusted, and the listing is still right.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: s.layout.indexJournal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("12\t34\t56\tb-torn".utf8))
        try handle.close()
        #expect(try s.caseload().citizens.first?.overallGoal == "Første")
        #expect(journal(s).isEmpty, "the full check wrote a fresh index and dropped the journal")
        // A write the journal does not know of (by hand, through a rename) between two journaled ones.
        nextTick()
        _ = try s.caseload()
        a.overallGoal = "Anden"
        a = try s.save(a)
        nextTick()
        var edited = a
        edited.overallGoal = "Ændret udenom"
        let text = try #require(String(data: try JSONEncoder().encode(edited), encoding: .utf8))
        try text.write(toFile: tmp.child("x.json"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: s.layout.document(a.id.rawValue))
        try FileManager.default.moveItem(atPath: tmp.child("x.json"), toPath: s.layout.document(a.id.rawValue))
        #expect(try s.caseload().citizens.first?.overallGoal == "Ændret udenom")
    }

    @Test func theJournalIsFoldedIntoTheIndexWhenLong() throws {
        let s = try store()
        var a = try newCitizen(s, name: "Åse Ørsted")
        nextTick()
        _ = try s.caseload()
        for i in 0..<CaseStore.journalLimit {
            a.overallGoal = "Mål \(i)"
            a = try s.save(a)
        }
        #expect(journal(s).count == CaseStore.journalLimit)
        #expect(try s.caseload().citizens.first?.overallGoal == "Mål \(CaseStore.journalLimit - 1)")
        #expect(journal(s).isEmpty)
        #expect(try s.caseload().citizens.first?.overallGoal == "Mål \(CaseStore.journalLimit - 1)")
    }

    @Test func aSupervisorReadsIndexAndJournalWithoutWritingEither() throws {
        let s = try store()
        var a = try newCitizen(s, name: "Åse Ørsted")
        nextTick()
        _ = try s.caseload()
        a.overallGoal = "Set af lederen"
        a = try s.save(a)
        let reader = try store(as: "leder", readOnly: true)
        #expect(try reader.caseload().citizens.first?.overallGoal == "Set af lederen")
        #expect(journal(s).count == 1)
    }

    @Test func anImportKeepsAnIndexThatWasUpToDateTrusted() throws {
        let s = try store()
        func files(_ names: [String]) -> [CaseFile] {
            names.map { CaseFile(citizen: Citizen(id: s.freshID(), name: $0, targetGroup: .ung, coordinator: "mette"),
                                 created: fixedDay, createdBy: "mette") }
        }
        // Into an empty folder (a demo): trusted at once, in list order.
        try s.insertAll(files(["Åse Ørsted", "Bo Berg"]))
        let first = try header(s)
        #expect(!first.contains("\t0\t0\t") && first.hasSuffix("\tlist"))
        let before = try Data(contentsOf: URL(fileURLWithPath: s.layout.indexFile))
        #expect(try s.caseload().citizens.map(\.name) == ["Bo Berg", "Åse Ørsted"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.layout.indexFile)) == before, "read as it was")
        // Onto a trusted index: still trusted.
        try s.insertAll(files(["Carl Ahl"]))
        let second = try header(s)
        #expect(!second.contains("\t0\t0\t"))
        #expect(try s.caseload().citizens.map(\.name) == ["Bo Berg", "Carl Ahl", "Åse Ørsted"])
        // Bringing more than the folder holds (the two folders are exchanged): still trusted.
        let folderBefore = try #require(FileSystem.stamp(s.layout.citizens))
        try s.insertAll(files(["Eva Eg", "Finn Fisker", "Gitte Gran", "Hans Hald"]))
        #expect(FileSystem.stamp(s.layout.citizens)?.inode != folderBefore.inode, "exchanged")
        let third = try header(s)
        #expect(!third.contains("\t0\t0\t") && third.hasSuffix("\tlist"))
        let trusted = try Data(contentsOf: URL(fileURLWithPath: s.layout.indexFile))
        #expect(try s.caseload().citizens.count == 7)
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.layout.indexFile)) == trusted, "read as it was")
        // After a change by hand: the insert's own check of the CPR numbers reads the caseload, which
        // finds the change and checks every document, so what the insert adds to is right again.
        nextTick()
        let victim = try #require(try s.caseload().citizens.first)
        try FileManager.default.moveItem(atPath: s.layout.document(victim.id.rawValue), toPath: tmp.child("away.json"))
        try s.insertAll(files(["Dan Due"]))
        #expect(try s.caseload().citizens.count == 7)
        #expect(try s.caseload().citizens.map(\.name).contains("Dan Due"))
    }

    @Test func aFreshlyChangedFolderIsNotTrustedUntilItHasSettled() throws {
        let s = try openStore(tmp.child("data"))
        _ = try newCitizen(s)
        _ = try s.caseload()
        // Written within two seconds of the last change: no folder stamp, so the next start checks all.
        #expect(try header(s).hasSuffix("\t0\t0\tlist"))
    }

    @Test func aDemoIntoAnEmptyFolderIsTrustedAtOnce() throws {
        let s = try openStore(tmp.child("demo"))
        _ = try s.writeDemo(DemoCaseload(citizens: 30, coordinators: 3, seed: 1, today: fixedDay), detail: "test")
        let head = try header(s)
        #expect(!head.contains("\t0\t0\t") && head.hasSuffix("\tlist"))
        #expect(try s.caseload(onlyCoordinator: "mette").onlyCoordinator == "mette")
    }
}

/// The index is read a chunk at a time: lines that straddle chunks, short reads and a last line
/// without its newline come out as whole rows.
@Suite struct IndexStreamTests {
    /// Hands out at most a few bytes per read, so every line straddles reads.
    struct Trickle: IndexBytes {
        let data: [UInt8]
        var size: Int { data.count }
        var file: IndexFile? { nil }

        func read(into memory: UnsafeMutableBufferPointer<UInt8>, at: Int, count: Int, from offset: Int) -> Int {
            let n = max(0, min(count, 13, data.count - offset, memory.count - at))
            for i in 0..<n { memory[at + i] = data[offset + i] }
            return n
        }
    }

    @Test func rowsComeOutWholeWhateverTheReads() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        for i in 0..<40 { _ = try newCitizen(store, name: "Borger \(i) Ærø \(String(repeating: "x", count: i * 4))") }
        _ = try store.caseload()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: store.layout.indexFile)))
        let whole = try #require(SummaryIndex.decode(Data(bytes)))
        let trickled = try #require(SummaryIndex.decode(Trickle(data: bytes)))
        #expect(whole.entries.count == 40)
        #expect(trickled.entries.map(\.summary.id) == whole.entries.map(\.summary.id))
        #expect(trickled.entries.map { IndexTail.text(of: $0.summary) } == whole.entries.map { IndexTail.text(of: $0.summary) })
        // Without the last newline, the last row is still read.
        let cut = try #require(SummaryIndex.decode(Trickle(data: Array(bytes.dropLast()))))
        #expect(cut.entries.count == 40)
        // From the file itself, the tails are read back from it.
        let fromFile = try #require(SummaryIndex.load(from: store.layout.indexFile))
        #expect(fromFile.entries.map { IndexTail.text(of: $0.summary) } == whole.entries.map { IndexTail.text(of: $0.summary) })
        #expect(fromFile.entries.map(\.summary.overallGoal) == whole.entries.map(\.summary.overallGoal))
    }
}

/// A reader that never folds the journal (a supervisor's read-only store) replays it in one pass over
/// the rows: the rows it lists are the documents' rows, in list order, for everyone and for one
/// coordinator alone.
@Suite struct JournalReplayTests {
    @Test func aLongJournalIsReplayedToTheRowsTheDocumentsHold() throws {
        let tmp = TemporaryFolder()
        let root = tmp.child("data")
        // A store that trusts the folder's stamp at once (the real one waits for the clock to tick).
        func open(as user: String, readOnly: Bool) throws -> CaseStore {
            var options = StoreOptions(readOnly: readOnly, createIfMissing: true, today: fixedDay)
            options.indexSettleNanoseconds = 0
            return try CaseStore(root: root, actor: actor(user, role: readOnly ? .supervisor : .coordinator), options: options)
        }
        let store = try open(as: "mette", readOnly: false)
        try store.saveUsers(["mette", "jonas"].map {
            TeamMember(name: $0, fullName: $0, phone: "", role: .coordinator, key: "", fingerprint: "")
        })
        let names = ["Åse", "Bo", "Ærø", "Zakir", "Øjvind", "Anna", "王芳", "Mads"]
        var ids = try (0..<24).map { try newCitizen(store, name: "\(names[$0 % names.count]) \($0)").id }
        usleep(30_000)
        _ = try store.caseload()
        usleep(30_000)
        // 180 changes the index only journals (no writer reads the caseload in between): hand-overs,
        // which move a row in list order, follow-ups, and new citizens between the others.
        for n in 0..<180 {
            let id = ids[(n * 7) % ids.count]
            if n % 5 == 0 {
                let other = try store.open(id).citizen.coordinator == "mette" ? "jonas" : "mette"
                try store.apply(.assign(to: other), to: id, expecting: nil)
            } else if n % 9 == 0 {
                ids.append(try newCitizen(store, name: "\(names[n % names.count]) ny \(n)").id)
            } else {
                try store.apply(.nextFollowUp(fixedDay.adding(days: n)), to: id, expecting: nil)
            }
        }
        let journal = try #require(IndexJournal.load(store.layout.indexJournal, key: store.key))
        #expect(journal.count == 180, "every change is in the journal, none folded")
        let replay = { (only: String?) throws -> [CitizenSummary] in
            let index = try #require(SummaryIndex.load(from: store.layout.indexFile, onlyCoordinator: only))
            #expect(index.inListOrder && index.partial == only)
            return try #require(IndexJournal.apply(journal, to: index)).entries.map(\.summary)
        }
        let replayed = try replay(nil), jonas = try replay("jonas")
        // And through the store, as a supervisor's read-only store reads it (it never folds the journal).
        let reader = try open(as: "sofie", readOnly: true)
        let read = try reader.caseload()
        for path in [store.layout.indexFile, store.layout.indexJournal] { try? FileManager.default.removeItem(atPath: path) }
        let rebuilt = try store.caseload()
        let truth = NameOrder.sorted(rebuilt.citizens, name: \.listOrderName, then: { $0.id < $1.id })
        #expect(replayed.count == ids.count)
        #expect(replayed.map(\.id) == truth.map(\.id))
        #expect(replayed.map(\.revision) == truth.map(\.revision))
        #expect(replayed.map(\.nextFollowUp) == truth.map(\.nextFollowUp))
        #expect(jonas.map(\.id) == truth.filter { $0.coordinator == "jonas" }.map(\.id))
        #expect(read.citizens.map(\.id) == truth.map(\.id))
    }
}
