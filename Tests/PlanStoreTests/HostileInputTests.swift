import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

/// What was found when enplan was tried as an attacker would: each as a test that failed before.
@Suite struct HostileInputTests {
    static func people(_ count: Int) -> String {
        var csv = "name,cpr,target_group,coordinator\n"
        for i in 0..<count {
            // Real birth dates (01.01.1950 + i days), distinct serials.
            let day = CalendarDate(year: 1950, month: 1, day: 1)?.adding(days: i) ?? fixedDay
            let ddmmyy = String(format: "%02d%02d%02d", day.day, day.month, day.year % 100)
            csv += "Person \(i),\(ddmmyy)-\(String(format: "%04d", 1000 + i % 3000)),ung,mette\n"
        }
        return csv
    }

    @Test func fourImportsOfTheSamePeopleAtOnceAddThemOnce() throws {
        let tmp = TemporaryFolder()
        let data = tmp.child("data")
        _ = try openStore(data)
        let csv = tmp.child("people.csv")
        try HostileInputTests.people(500).write(toFile: csv, atomically: false, encoding: .utf8)
        let results = try Binaries.runConcurrently("enplan", (0..<4).map { _ in ["import", csv, "--data", data] })
        #expect(results.filter { $0.status == 0 }.count == 1, "\(results.map(\.stderr))")
        #expect(results.filter { $0.status != 0 }.allSatisfy { $0.stderr.contains("already exists") }, "\(results.map(\.stderr))")
        #expect(try openStore(data).caseload().citizens.count == 500)
    }

    @Test func aCaseloadReadBeforeAnImportCannotLetTheSamePersonInTwice() throws {
        let tmp = TemporaryFolder()
        let tui = try openStore(tmp.child("data"))
        _ = try tui.caseload()   // what a TUI had on screen
        let importer = try openStore(tmp.child("data"), as: "jonas")
        _ = try newCitizen(importer, name: "Åse Ørsted", cpr: "070761-4285")
        #expect(throws: StoreError.duplicateCPR(existing: try #require(try importer.caseload().citizens.first?.id), name: "Åse Ørsted")) {
            _ = try newCitizen(tui, name: "Aase Oersted", cpr: "070761-4285")
        }
        #expect(try tui.caseload().citizens.count == 1)
    }

    @Test func checkReportsTheSameCPRTwiceThatAnOlderVersionLetIn() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let first = try newCitizen(store, name: "Åse", cpr: "070761-4285")
        // As an older enplan could write it: a second document with the same number.
        var twin = first
        twin.citizen.id = try CitizenID("b-twin")
        try FileSystem.writeNew(store.layout.document("b-twin"), DocumentCodec.encode(twin), mode: 0o600)
        let problems = try store.check().problems.map(\.description)
        #expect(problems.contains { $0.contains("070761-XXXX belongs to 2 citizens") && $0.contains("b-twin") }, "\(problems)")
        #expect(!problems.joined().contains("070761-4285"), "the number is never printed whole")
    }

    @Test func theIndexHoldsNoCPRNumber() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        _ = try newCitizen(store, cpr: "070761-4285")
        _ = try store.caseload()
        let index = String(decoding: try #require(bytes(store.layout.indexFile)), as: UTF8.self)
        #expect(!index.contains("0707614285") && !index.contains("4285"))
        #expect(index.contains("070761-XXXX"))
    }

    @Test(arguments: ["-1", "-9223372036854775808", "99999999999999999999", "-", "1e9", ""])
    func anImpossibleNumberInTheIndexMeansRebuildNeverACrash(_ value: String) throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store, name: "Åse")
        _ = try store.caseload()
        var lines = String(decoding: try #require(bytes(store.layout.indexFile)), as: UTF8.self).split(separator: "\n").map(String.init)
        // The first citizen's row: after the header and its coordinator line ("@").
        let row = try #require(lines.indices.dropFirst().first { !lines[$0].hasPrefix("@") && !lines[$0].hasPrefix("!") })
        var fields = lines[row].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        for position in [1, 2, 3, 4] {   // inode, size, mtime, revision
            fields[position] = value
            lines[row] = fields.joined(separator: "\t")
            try (lines.joined(separator: "\n") + "\n").write(toFile: store.layout.indexFile, atomically: false, encoding: .utf8)
            let citizens = try openStore(tmp.child("data")).caseload().citizens
            #expect(citizens.map(\.id) == [file.id])
        }
    }

    @Test func aHundredRandomlyDamagedIndexFilesCrashNothing() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        for i in 0..<5 { _ = try newCitizen(store, name: "Borger \(i)") }
        _ = try store.caseload()
        let original = try #require(bytes(store.layout.indexFile))
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<100 {
            var damaged = [UInt8](original)
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let at = Int.random(in: 0..<damaged.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: damaged[at] = UInt8.random(in: 0...255, using: &generator)
                case 1: damaged.insert(contentsOf: Array("-9223372036854775808".utf8), at: at)
                case 2: damaged.remove(at: at)
                default: damaged.insert(UInt8(ascii: "\t"), at: at)
                }
            }
            try Data(damaged).write(to: URL(fileURLWithPath: store.layout.indexFile))
            let caseload = try openStore(tmp.child("data")).caseload()
            #expect(caseload.citizens.count == 5)
        }
    }

    @Test func controlCharactersAreRefusedWhereTheyComeIn() throws {
        for (field, value) in [("name", "Åse\u{1B}]0;pwned\u{07}"), ("phone", "+45\u{0D}12"), ("email", "a\u{00}b@x.dk"),
                               ("address", "Vej 1\u{9B}2J")] {
            var citizen = Citizen(id: try CitizenID("b-x"), name: "Åse", targetGroup: .ung, coordinator: "mette")
            switch field {
            case "name": citizen.name = value
            case "phone": citizen.phone = value
            case "email": citizen.email = value
            default: citizen.address = value
            }
            #expect(throws: ValidationError.controlCharacter(field: field)) { try citizen.validate() }
        }
        let table = try CSVTable(parsing: "name,phone\n\"Åse\u{1B}[2J\",12345678\n")
        let problems = ImportTests.importProblems(table)
        #expect(problems.contains { $0.hasPrefix("row 2, column 'name'") && $0.contains("control character") }, "\(problems)")
    }

    @Test func everyTextOfAPlanIsRefusedWithAControlCharacterAndCheckFindsOldOnes() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store, name: "Åse")
        file.sections.employment.goals.append(Goal(id: "g1", title: "Praktik\u{1B}[2J", created: fixedDay))
        #expect(throws: StoreError.invalid(.controlCharacter(field: "goal g1 title"))) { try store.save(file) }
        file.sections.employment.goals[0].title = "Praktik"
        file.ownWords = "Første linje\nanden linje"
        let saved = try store.save(file)
        #expect(saved.ownWords.contains("\n"), "newlines are fine where a field has lines")
        var old = saved
        old.meetings.append(Meeting(id: "m1", date: fixedDay, kind: .followUp, outcome: .held, summary: "Bo\u{07}"))
        try FileSystem.replaceDurably(store.layout.document(file.id.rawValue), with: DocumentCodec.encode(old), mode: 0o600)
        #expect(try store.check().problems.map(\.description).contains { $0.contains("meeting m1 summary holds a control character") })
    }

    @Test func anAuditFolderPlantedByAnotherAccountIsRefusedAndLeftAlone() throws {
        guard getuid() == 0 else { return }   // only root can give a folder to another account
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let planted = store.layout.audit + "/mette"
        try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: false)
        chown(planted, 65534, 65534)
        #expect(throws: StoreError.self) { try store.record(AuditEvent(.list)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: planted).isEmpty, "nothing was written into it")
        do { try store.record(AuditEvent(.list)) } catch { #expect("\(error)".contains("belongs to another account")) }
    }

    @Test func aDirectoryAndASymlinkAmongTheDocumentsAreReportedByIdAndTheRestRead() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let good = try newCitizen(store, name: "Åse")
        try FileManager.default.createDirectory(atPath: store.layout.document("b-folder"), withIntermediateDirectories: false)
        let secret = tmp.child("secret.json")
        try String(decoding: try #require(bytes(store.layout.document(good.id.rawValue))), as: UTF8.self)
            .write(toFile: secret, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: store.layout.document("b-link"), withDestinationPath: secret)
        let caseload = try store.caseload()
        #expect(caseload.citizens.map(\.id) == [good.id])
        let damaged = Dictionary(uniqueKeysWithValues: caseload.damaged.map { ($0.id, $0.reason) })
        #expect(damaged["b-folder"]?.contains("a folder") == true, "\(damaged)")
        #expect(damaged["b-link"]?.contains("symbolic link") == true, "\(damaged)")
        let report = try store.check()
        #expect(report.documents == 1)
        #expect(report.problems.map(\.description).contains { $0.hasPrefix("citizens/b-folder.json") })
        #expect(report.problems.map(\.description).contains { $0.hasPrefix("citizens/b-link.json") })
        #expect(!report.problems.map(\.description).joined().contains("system error"))
    }

    @Test func everyErrnoIsInWords() {
        for code in Int32(1)...Int32(133) {
            #expect(!StoreError.explain(code).contains("system error"), "errno \(code)")
            #expect(!StoreError.explain(code).isEmpty)
        }
    }

    @Test func aSearchForACPRNumberIsAuditedMasked() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        try store.record(AuditEvent(.search, query: "070761-4285 Åse 0707614285"))
        let segment = try #require(try store.audit.segments().first)
        let text = String(decoding: try #require(bytes(segment.path)), as: UTF8.self)
        #expect(!text.contains("4285"), "\(text)")
        #expect(text.contains("070761-XXXX Åse 070761-XXXX"))
    }

    @Test func aStaleTemporaryFileIsRemovedEvenWhenItsPidIsInUseAgain() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        // Named with this (live) process's pid, as a reused pid would be, and two hours old.
        let stale = store.layout.index + "/.summaries.tsv.tmp.\(getpid()).abc"
        try "x".write(toFile: stale, atomically: false, encoding: .utf8)
        var times = [timespec(tv_sec: time(nil) - 7200, tv_nsec: 0), timespec(tv_sec: time(nil) - 7200, tv_nsec: 0)]
        utimensat(AT_FDCWD, stale, &times, 0)
        let fresh = store.layout.index + "/.other.tmp.\(getpid()).def"
        try "y".write(toFile: fresh, atomically: false, encoding: .utf8)
        _ = try openStore(tmp.child("data"))
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: fresh), "a live writer's recent file is left alone")
    }
}

/// Paths are taken apart on their characters: Foundation's path functions trapped on `d` and `æ`.
@Suite struct PathNameTests {
    @Test(arguments: [
        ("d", "", "d"), ("d/", "", "d"), ("æ", "", "æ"), ("/x", "/", "x"), ("/", "/", "/"), ("", "", ""),
        ("a/b", "a", "b"), ("a//b//", "a", "b"), ("./e", ".", "e"), ("/srv/enplan/data", "/srv/enplan", "data"),
    ])
    func partsOfAPath(path: String, parent: String, last: String) {
        #expect(PathName.parent(of: path) == parent)
        #expect(PathName.lastComponent(of: path) == last)
    }
}
