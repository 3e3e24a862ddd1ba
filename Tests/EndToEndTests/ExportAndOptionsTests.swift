import Foundation
import PlanCore
import Testing
import TestSupport

/// What Danish Excel opens right, options before the command, one shape of JSON row, and the
/// small messages a newcomer meets first.
@Suite struct ExportAndOptionsTests {
    let tmp = TemporaryFolder("enplan-export")
    var data: String { tmp.child("data") }

    func run(_ args: [String], input: String? = nil) throws -> CommandResult {
        try Binaries.run("enplan", args, input: input)
    }

    @Test func optionsMayComeBeforeTheCommand() throws {
        #expect(try run(["--data", data, "demo", "--citizens", "10"]).status == 0)
        let before = try run(["--data", data, "--today", "2026-11-23", "list", "--format", "csv"])
        let after = try run(["list", "--format", "csv", "--data", data, "--today", "2026-11-23"])
        #expect(before.status == 0 && before.stdout == after.stdout && !before.stdout.isEmpty)
        #expect(try run(["--data=" + data, "report", "caseload"]).stdout.contains("TOTAL"))
        #expect(try run(["--data", data, "audit", "verify"]).status == 0, "a nested command too")
        let wrong = try run(["--data", data, "list", "--bogus"])
        #expect(wrong.status == 2 && wrong.stderr.contains("--bogus"))
    }

    @Test func excelGetsABOMSemicolonsCRLFAndNoLiveFormulas() throws {
        let csv = tmp.child("in.csv")
        try "name,phone\n\"=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",+4512345678\n-Anna Ærø,\n@SUM(A1),\nSøren; Ø,\n"
            .write(toFile: csv, atomically: false, encoding: .utf8)
        let imported = try run(["import", csv, "--data", data])
        #expect(imported.status == 0, "\(imported.stderr)")
        let r = try run(["list", "--format", "excel", "--data", data])
        #expect(r.status == 0)
        let bytes = Array(r.stdout.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark")
        let lines = r.stdout.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.first == "id;name;cpr;target_group;coordinator;status;next_follow_up;cpr_masked;consent;overdue_days")
        #expect(lines.count == 6 && lines.last == "", "CRLF after every row")
        let body = lines.joined(separator: "\n")
        #expect(body.contains(";\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";"), "\(body)")
        #expect(body.contains(";'-Anna Ærø;") && body.contains(";'@SUM(A1);") && body.contains(";\"Søren; Ø\";"))
        // The stable CSV is unchanged: comma-separated, LF, no BOM, the text as it is.
        let plain = try run(["list", "--format", "csv", "--data", data]).stdout
        #expect(!plain.hasPrefix("\u{FEFF}") && !plain.contains("\r\n") && plain.contains(",-Anna Ærø,"))
        #expect(try run(["report", "caseload", "--format", "excel", "--data", data]).stdout.hasPrefix("\u{FEFF}coordinator;"))
    }

    @Test func jsonRowsAlwaysHaveTheSameKeysAndCSVHasThemToo() throws {
        #expect(try run(["demo", "--citizens", "20", "--data", data]).status == 0)
        let json = try run(["list", "--all", "--format", "json", "--data", data, "--today", "2026-11-23"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let keys = Set(rows.map { Set($0.keys) })
        #expect(keys.count == 1, "one key set: \(keys)")
        #expect(rows.contains { $0["overdue_days"] is NSNull } && rows.contains { $0["overdue_days"] is Int })
        let header = try run(["list", "--format", "csv", "--data", data]).stdout.split(separator: "\n").first ?? ""
        for key in try #require(keys.first) { #expect(header.split(separator: ",").contains(Substring(key)), "\(key)") }
    }

    @Test func plainWordsForTheFirstMistakes() throws {
        let negative = try run(["demo", "--citizens", "-5", "--data", data])
        #expect(negative.status == 2 && negative.stderr.contains("must be a positive number"))
        let file = tmp.child("a-file")
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        let notFolder = try run(["list", "--data", file])
        #expect(notFolder.status == 3 && notFolder.stderr.contains("it is a file, not a folder"), "\(notFolder.stderr)")
    }
}
