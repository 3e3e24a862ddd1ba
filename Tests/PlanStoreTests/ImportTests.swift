import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

@Suite struct ImportTests {
    static let rows = 12

    static func csv(rows: Int) -> String {
        "name,cpr,target_group,coordinator\n" + (0..<rows).map { i in
            "Borger \(i) Ærø,\(String(format: "%02d", i + 1))0190-1234,ressourceforløb,mette"
        }.joined(separator: "\n") + "\n"
    }

    @Test func parsesCSVWithQuotesSemicolonsAndByteOrderMark() throws {
        let table = try CSVTable(parsing: "\u{FEFF}Name;CPR\n\"Hansen; Jens \"\"JJ\"\"\";010190-1234\r\n\"Line\nbreak\";\n")
        #expect(table.header == ["name", "cpr"])
        #expect(table.rows.map(\.fields) == [["Hansen; Jens \"JJ\"", "010190-1234"], ["Line\nbreak", ""]])
        #expect(table.rows.map(\.number) == [2, 3])
        #expect(throws: CSVTable.ParseError.unterminatedQuote(row: 2)) { try CSVTable(parsing: "name\n\"open\n") }
        #expect(throws: CSVTable.ParseError.empty) { try CSVTable(parsing: "") }
    }

    @Test func reportsEveryProblemByRowAndColumn() throws {
        let table = try CSVTable(parsing: """
        name,cpr,target_group,shoe_size
        Åse,310299-1234,ung,41
        ,010190-1234,ung,40
        Bo,010190-1234,pensionist,39
        """)
        let described = Self.importProblems(table)
        #expect(described.contains { $0.hasPrefix("row 1, column 'shoe_size'") })
        #expect(described.contains { $0.hasPrefix("row 2, column 'cpr'") && !$0.contains("310299-1234") })
        #expect(described.contains { $0.hasPrefix("row 3, column 'name'") })
        #expect(described.contains { $0.hasPrefix("row 4, column 'cpr'") && $0.contains("row 3") })
        #expect(described.contains { $0.hasPrefix("row 4, column 'target_group'") })
        #expect(described.count == 5, "\(described)")
        // Not strict, the column is left out and named; the rows' problems remain.
        #expect(Self.importProblems(table, strict: false).count == 4)
    }

    /// Phone numbers and e-mail addresses are checked, and named by the column the file gives them.
    @Test func aWrongPhoneOrEmailIsNamedByItsOwnColumn() throws {
        let table = try CSVTable(parsing: "navn;telefon;e-mail\nÅse;1234;aase@example.dk\nBo;+45 12 34 56 78;bo@\nCarl;12345678;\n")
        let described = Self.importProblems(table)
        #expect(described.count == 2, "\(described)")
        #expect(described.contains { $0.hasPrefix("row 2, column 'telefon'") && $0.contains("'1234' is not a phone number") })
        #expect(described.contains { $0.hasPrefix("row 3, column 'e-mail'") })
    }

    static func importProblems(_ table: CSVTable, strict: Bool = true) -> [String] {
        var generator = SeededGenerator(seed: 3)
        do {
            _ = try CitizenImport.caseFiles(from: table, isRegistered: { _ in false }, defaultCoordinator: "mette",
                                            strict: strict, today: fixedDay,
                                            makeID: { CitizenID.random(using: &generator) })
            return []
        } catch {
            guard case let .importFailed(problems) = error else { return ["\(error)"] }
            return problems.map(\.description)
        }
    }

    @Test func importIsAllOrNothing() throws {
        let tmp = TemporaryFolder()
        let data = tmp.child("data")
        let store = try openStore(data)
        _ = try newCitizen(store, cpr: "050190-1234")
        let csvPath = tmp.child("in.csv")
        try (Self.csv(rows: 4) + "Dup,050190-1234,ung,mette\n").write(toFile: csvPath, atomically: false, encoding: .utf8)
        let result = try Binaries.run("enplan", ["import", csvPath, "--data", data])
        #expect(result.status == 1)
        #expect(result.stderr.contains("row 6, column 'cpr'"), "\(result.stderr)")
        #expect(try store.caseload().citizens.count == 1)
    }

    /// Kills the importing process with SIGKILL before every durable step it takes, and checks that the
    /// store then holds all of the import or none of it, for readers before recovery and after it: into
    /// an empty folder (the staged folder takes the place of `citizens/` in one rename), into one with
    /// fewer citizens than the import (they join the stage, and the folders are exchanged), and into one
    /// with more (the new documents are moved one by one).
    @Test(arguments: [0, 1, 15])
    func anImportKilledAtAnyPointIsAllOrNothing(existing: Int) throws {
        let tmp = TemporaryFolder()
        let csvPath = tmp.child("in.csv")
        try Self.csv(rows: Self.rows).write(toFile: csvPath, atomically: false, encoding: .utf8)
        var completedAt: Int?
        var crashes = 0
        for step in 1...(3 * Self.rows + 10) {
            let data = tmp.child("data-\(step)")
            let before = try openStore(data)
            for n in 0..<existing { _ = try newCitizen(before, name: "Existing \(n)") }
            let result = try Binaries.run("enplan", ["import", csvPath, "--data", data],
                                          environment: ["ENPLAN_CRASH_BEFORE_STEP": String(step)])
            if result.killedBySignal {
                #expect(result.status == SIGKILL)
                crashes += 1
            } else {
                #expect(result.status == 0, "\(result.stderr)")
                completedAt = completedAt ?? step
            }
            // A reader that cannot recover still sees all or nothing.
            let reader = try openStore(data, readOnly: true, create: false)
            let seenByReader = try reader.caseload().citizens.count
            #expect(seenByReader == existing || seenByReader == existing + Self.rows, "step \(step): reader saw \(seenByReader)")
            // A writer finishes or rolls back, and the folder is intact afterwards.
            let writer = try openStore(data)
            let count = try writer.caseload().citizens.count
            #expect(count == seenByReader, "step \(step)")
            #expect(try FileSystem.list(writer.layout.staging).isEmpty)
            let report = try writer.check()
            #expect(report.problems.isEmpty, "step \(step): \(report.problems)")
            try? FileManager.default.removeItem(atPath: data)
        }
        #expect(crashes >= Self.rows + min(existing, Self.rows), "the fault injection reached the import's steps")
        #expect(completedAt != nil, "the import finishes once the crash point is past its last step")
    }

    /// An import into an empty folder moves its staged folder into place in one rename (a new
    /// `citizens/`); into a folder with fewer citizens than it brings, they join the stage and the
    /// folders are exchanged (a new `citizens/` again, with every file it had, odd ones included);
    /// into one with more, its documents are moved one by one. All keep the folder's permissions.
    @Test(arguments: [(0, true), (1, true), (5, false)])
    func citizensIsReplacedExchangedOrFilled(existing: Int, replaced: Bool) throws {
        let tmp = TemporaryFolder()
        let csvPath = tmp.child("in.csv")
        try Self.csv(rows: 3).write(toFile: csvPath, atomically: false, encoding: .utf8)
        let data = tmp.child("data")
        let store = try openStore(data)
        for n in 0..<existing { _ = try newCitizen(store, name: "Existing \(n)") }
        if existing > 0 { try "not ours\n".write(toFile: data + "/citizens/notes.txt", atomically: false, encoding: .utf8) }
        let before = try #require(FileSystem.stamp(data + "/citizens"))
        let result = try Binaries.run("enplan", ["import", csvPath, "--data", data])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try #require(FileSystem.stamp(data + "/citizens"))
        #expect((before.inode != after.inode) == replaced)
        var info = stat()
        #expect(stat(data + "/citizens", &info) == 0 && info.st_mode & 0o777 == 0o700)
        let reopened = try openStore(data)
        #expect(try reopened.caseload().citizens.count == existing + 3)
        #expect(try FileSystem.list(reopened.layout.staging).isEmpty)
        if existing > 0 {
            #expect(try String(contentsOfFile: data + "/citizens/notes.txt", encoding: .utf8) == "not ours\n", "nothing is lost")
        }
        #expect(try reopened.check().problems.filter { !$0.description.contains("notes.txt") }.isEmpty)
    }

    /// A stage an enplan before 2026-11-23 committed (its documents in the stage itself, not in
    /// `<stage>/citizens`) is still seen by readers and finished by the next writer.
    @Test func aCommittedStageOfTheOlderLayoutIsFinished() throws {
        let tmp = TemporaryFolder()
        let source = try openStore(tmp.child("source"))
        let id = try newCitizen(source, name: "Staged Sørensen").id
        let document = try #require(source.documentPath(id))
        let data = tmp.child("data")
        _ = try openStore(data)
        let stage = data + "/staging/tx-1-oldlayout"
        try FileManager.default.createDirectory(atPath: stage, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: document, toPath: stage + "/" + id.rawValue + ".json")
        try "1\n".write(toFile: stage + "/COMMITTED", atomically: false, encoding: .utf8)
        let reader = try openStore(data, readOnly: true, create: false)
        #expect(try reader.caseload().citizens.map(\.name) == ["Staged Sørensen"])
        let writer = try openStore(data)
        #expect(try writer.caseload().citizens.map(\.name) == ["Staged Sørensen"])
        #expect(FileManager.default.fileExists(atPath: data + "/citizens/" + id.rawValue + ".json"))
        #expect(try FileSystem.list(writer.layout.staging).isEmpty)
    }

    @Test func randomKillsDuringARealImport() throws {
        let tmp = TemporaryFolder()
        let csvPath = tmp.child("in.csv")
        try Self.csv(rows: 60).write(toFile: csvPath, atomically: false, encoding: .utf8)
        for attempt in 0..<8 {
            let data = tmp.child("data-\(attempt)")
            _ = try openStore(data)
            let process = try Binaries.start("enplan", ["import", csvPath, "--data", data])
            usleep(useconds_t(2_000 + attempt * 6_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let count = try openStore(data).caseload().citizens.count
            #expect(count == 0 || count == 60, "attempt \(attempt): \(count)")
        }
    }
}
