import Foundation
import Testing
import TestSupport

/// `enplan report deadlines` (issue 24, item 3) through the real binary: every deadline with its rule
/// and source, overdue first, in each format; audited as a report.
@Suite struct DeadlinesReportTests {
    let enplan = DataFolder("enplan-deadlines")
    var data: String { enplan.data }

    @Test func everyFormatListsTheSameDeadlinesOverdueFirstAndTheReportIsAudited() throws {
        #expect(try enplan(["demo", "--citizens", "30"]).status == 0)
        let json = try enplan(["report", "deadlines", "--days", "20", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count > 10)
        let dates = rows.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted() && dates.allSatisfy { $0 <= "2026-12-13" }, "in order, none past the horizon")
        #expect(rows.allSatisfy { ($0["overdue"] as? Bool) == (($0["date"] as? String ?? "") < "2026-11-23") })
        let kinds = Set(rows.compactMap { $0["due"] as? String })
        #expect(kinds.isSubset(of: ["follow-up", "first-meeting", "contact-course", "mentor-period-ends", "measurement"]) && kinds.count >= 3)
        #expect(rows.contains { ($0["source"] as? String ?? "").contains("Lov om en aktiv beskæftigelsesindsats") }, "the law is named")
        let csv = try enplan(["report", "deadlines", "--days", "20", "--format", "csv"]).stdout.split(separator: "\n")
        #expect(csv.first == "date,id,name,coordinator,due,rule,source,overdue" && csv.count == rows.count + 1)
        let table = try enplan(["report", "deadlines", "--days", "20", "--lang", "da"]).stdout
        #expect(table.contains("Frister til og med 13.12.2026 (overskredne først)") && table.contains("overskredet"))
        let ics = try enplan(["report", "deadlines", "--days", "20", "--format", "ics"]).stdout
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == rows.count && !ics.contains("Lov om"), "no rule text in a calendar")
        let mine = try enplan(["report", "deadlines", "--coordinator", "mette", "--format", "json"]).stdout
        let mineRows = try #require(try JSONSerialization.jsonObject(with: Data(mine.utf8)) as? [[String: Any]])
        #expect(!mineRows.isEmpty && mineRows.allSatisfy { $0["coordinator"] as? String == "mette" })
        let audit = try enplan(["audit", "verify"])
        #expect(audit.status == 0)
        let trail = try FileManager.default.contentsOfDirectory(atPath: data + "/audit").flatMap { user in
            try FileManager.default.contentsOfDirectory(atPath: data + "/audit/" + user).map { data + "/audit/" + user + "/" + $0 }
        }.filter { $0.hasSuffix(".jsonl") }.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }.joined()
        #expect(trail.contains("report deadlines 2026-11-23..2026-12-13"), "the listing is audited as a report")
        #expect(try enplan(["report", "deadlines", "--days", "-1"]).status == 2)
    }

    /// Issue 24, item 2: compliance answers per citizen (the rule, its window, met, missed or pending).
    @Test func complianceByCitizenSaysEachCitizensRuleWindowAndStatus() throws {
        #expect(try enplan(["demo", "--citizens", "30"]).status == 0)
        let json = try enplan(["report", "compliance", "--by", "citizen", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["citizens"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            let status = row["status"] as? String ?? ""
            #expect(["met", "missed", "pending"].contains(status))
            #expect((row["held"] as? Int ?? 0) >= (row["required"] as? Int ?? 0) ? status == "met" : status != "met")
            #expect((row["window_from"] as? String ?? "") <= (row["window_to"] as? String ?? "") && !(row["rule"] as? String ?? "").isEmpty)
        }
        let csv = try enplan(["report", "compliance", "--by", "citizen", "--format", "csv"]).stdout.split(separator: "\n").first
        #expect(csv == "coordinator,id,name,target_group,held,required,difference,first_contact,status,window_from,window_to,rule,source",
                "the first eight columns as they were, the new ones after")
        let totals = try enplan(["report", "compliance", "--by", "target-group", "--format", "csv"]).stdout.split(separator: "\n")
        #expect(totals.first == "target_group,citizens,met,missed,pending,met_share,held,required,ratio,first_contact_met,first_contact_missed")
        let table = try enplan(["report", "compliance", "--by", "citizen", "--lang", "da"]).stdout
        #expect(table.contains("STATUS") && !table.contains("BORGERE"), "per citizen, no totals")
    }
}

/// Issue 24: the first day of absence comes in by import and out by list, and the report counts from it.
@Suite struct ContactAnchorCLITests {
    let enplan = DataFolder("enplan-anchor")
    var tmp: TemporaryFolder { enplan.tmp }

    @Test func aFirstDayOfAbsenceIsImportedListedAndCountedFrom() throws {
        let csv = tmp.child("sick.csv")
        try "Navn;Målgruppe;Første fraværsdag;Ydelsesstart\nBo Ærø;sygedagpenge;05.10.2026;12.10.2026\nIda Ild;sygedagpenge;24.12.2026;\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let refused = try enplan(["import", csv])
        #expect(refused.status == 1 && refused.stderr.contains("first day of absence cannot be 2026-12-24"), "\(refused.stderr)")
        try "Navn;Målgruppe;Første fraværsdag;Ydelsesstart\nBo Ærø;sygedagpenge;05.10.2026;12.10.2026\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try enplan(["import", csv]).status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(try enplan(["list", "--format", "json"]).stdout.utf8))
            as? [[String: Any]])
        #expect(rows.first?["first_absence_day"] as? String == "2026-10-05" && rows.first?["benefit_start"] as? String == "2026-10-12")
        let deadlines = try #require(try JSONSerialization.jsonObject(with: Data(try enplan(["report", "deadlines", "--format", "json"]).stdout.utf8))
            as? [[String: Any]])
        #expect(deadlines.contains { $0["due"] as? String == "first-meeting" && $0["date"] as? String == "2026-11-30" },
                "the end of week 8 from the first day of absence, not from the import")
    }
}
