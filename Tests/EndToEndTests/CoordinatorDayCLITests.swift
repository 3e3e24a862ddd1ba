import Foundation
import Testing
import TestSupport

/// The command line as a Danish plan coordinator used it for a morning (issue 23): what tripped them.
@Suite struct CoordinatorDayCLITests {
    let enplan = DataFolder("enplan-day")
    var tmp: TemporaryFolder { enplan.tmp }
    var data: String { enplan.data }

    func importPeople(_ csv: String) throws {
        let file = tmp.child("people.csv")
        try csv.write(toFile: file, atomically: false, encoding: .utf8)
        let r = try enplan(["import", file])
        #expect(r.status == 0, "\(r.stderr)")
    }

    /// Issue 23: the caseload's follow-ups as a calendar a coordinator imports into Outlook; no CPR
    /// number or health data in it, and names only as initials unless asked.
    @Test func followUpsBecomeACalendarWithInitialsOnly() throws {
        #expect(try enplan(["demo", "--citizens", "8"]).status == 0)
        let listed = try enplan(["list", "--format", "json", "--as", "mette"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let due = rows.filter { $0["status"] as? String == "active" && $0["next_follow_up"] is String }
        let r = try enplan(["list", "--format", "ics", "--lang", "da", "--as", "mette"])
        #expect(r.status == 0, "\(r.stderr)")
        let ics = r.stdout
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == due.count, "one event per active citizen with a follow-up")
        for row in due {
            let id = try #require(row["id"] as? String), name = try #require(row["name"] as? String)
            let day = try #require(row["next_follow_up"] as? String).replacingOccurrences(of: "-", with: "")
            #expect(ics.contains("UID:\(id)-next-follow-up@enplan") && ics.contains("DTSTART;VALUE=DATE:\(day)"))
            #expect(!ics.contains(name), "no name without --names: \(name)")
            if let cpr = row["cpr_masked"] as? String, !cpr.isEmpty { #expect(!ics.contains(String(cpr.prefix(6))), "no CPR number") }
        }
        #expect(ics.contains("SUMMARY:Opfølgning: "))
        #expect(!ics.lowercased().contains("misbrug") && !ics.lowercased().contains("psyk"), "no health data")
        #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 }, "lines folded at 75 octets")
        let named = try enplan(["list", "--format", "ics", "--names", "--as", "mette"]).stdout
        #expect(due.contains { named.contains("Follow-up: \($0["name"] as? String ?? "-")") })
        let trail = try enplan(["audit", "verify", "--as", "mette"])
        #expect(trail.status == 0)
    }

    /// Found: the forms take 22.11.2026, the command line insisted on ÅÅÅÅ-MM-DD.
    @Test func everyDateOptionTakesTheFormsOfTheForms() throws {
        try importPeople("name\nKaren Bøgh\n")
        let close = try enplan(["close", "Karen Bøgh", "--reason", "job", "--date", "23.11.2026", "--lang", "da"])
        #expect(close.status == 0 && close.stdout.contains("2026-11-23"), "\(close.stdout)\(close.stderr)")
        let reopen = try enplan(["reopen", "Karen Bøgh", "--date", "23-11-26"])
        #expect(reopen.status == 0, "\(reopen.stderr)")
        let report = try enplan(["report", "compliance", "--from", "01.01.26", "--to", "22.11.2026"])
        #expect(report.status == 0, "\(report.stderr)")
        let today = try Binaries.run("enplan", ["list", "--data", data, "--today", "23.11.2026"])
        #expect(today.status == 0, "\(today.stderr)")
        let wrong = try enplan(["close", "Karen Bøgh", "--reason", "job", "--date", "31.02.2026", "--lang", "da"])
        #expect(wrong.status == 2 && wrong.stderr.contains("--date: dagen '31.02.2026' findes ikke"), "\(wrong.stderr)")
        let garbage = try enplan(["pause", "Karen Bøgh", "--until", "i morgen"])
        #expect(garbage.status == 2 && garbage.stderr.contains("write it as 22.11.2026 or 2026-11-22"), "\(garbage.stderr)")
    }

    /// Found: `enplan show "Karen Bøgh"` answered "is not a citizen id".
    @Test func aCitizenIsFoundByNameOrCPRNumberAndTheSearchIsAudited() throws {
        try importPeople("name,cpr\nKaren Bøgh,070761-4285\nKaren Holm,\nSøren Ærø,\n")
        let byName = try enplan(["show", "karen bogh"])
        #expect(byName.status == 0 && byName.stdout.contains("Karen Bøgh"), "\(byName.stderr)")
        let byCPR = try enplan(["show", "0707614285", "--format", "json"])
        #expect(byCPR.status == 0 && byCPR.stdout.contains("Karen Bøgh") && !byCPR.stdout.contains("0707614285"), "\(byCPR.stderr)")
        let several = try enplan(["show", "Karen"])
        #expect(several.status == 2 && several.stderr.contains("2 citizens match 'Karen'")
                && several.stderr.contains("Karen Bøgh") && several.stderr.contains("Karen Holm"), "\(several.stderr)")
        let close = try enplan(["close", "Søren", "--reason", "moved"])
        #expect(close.status == 0, "\(close.stderr)")
        let none = try enplan(["show", "Nobody Here", "--lang", "da"])
        #expect(none.status == 2 && none.stderr.contains("er ikke et borger-id, og ingen borgers navn"), "\(none.stderr)")
        // Each search is in the trail with its text, a CPR number masked.
        let folder = data + "/audit/" + NSUserName()
        let trail = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }
            .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined()
        #expect(trail.contains("\"query\":\"karen bogh\"") && trail.contains("\"action\":\"search\""))
        #expect(!trail.contains("0707614285") && trail.contains("\"query\":\"070761"), "the CPR number is masked in the trail")
    }
}
