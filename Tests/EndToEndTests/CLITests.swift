import Foundation
import PlanCore
import Testing
import TestSupport

/// The built `enplan` binary, run as a user or a script would.
@Suite struct CLITests {
    let tmp = TemporaryFolder("enplan-cli")
    var data: String { tmp.child("data") }

    func enplan(_ args: [String], input: String? = nil) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data, "--today", "2026-11-23"], input: input)
    }

    func demo(_ extra: [String] = []) throws {
        let r = try enplan(["demo", "--citizens", "30"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func demoIsTheSameForTheSameSeedAndRefusesToOverwrite() throws {
        try demo()
        let first = try enplan(["list", "--format", "json"]).stdout
        let refused = try enplan(["demo"])
        #expect(refused.status == 1 && refused.stderr.contains("not empty"))
        let forced = try enplan(["demo", "--citizens", "30", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try enplan(["list", "--format", "json"]).stdout == first)
        let other = try enplan(["demo", "--citizens", "30", "--force", "--seed", "9"])
        #expect(other.status == 0)
        #expect(try enplan(["list", "--format", "json"]).stdout != first)
    }

    @Test func demoNeverReplacesRealPlans() throws {
        let csv = tmp.child("in.csv")
        try "name\nÅse Ørsted\n".write(toFile: csv, atomically: false, encoding: .utf8)
        #expect(try enplan(["import", csv]).status == 0)
        let r = try enplan(["demo", "--force"])
        #expect(r.status == 1 && r.stderr.contains("never replaces"))
        #expect(try enplan(["list", "--format", "csv"]).stdout.contains("Åse Ørsted"))
    }

    @Test func listFormatsAreStableForScripts() throws {
        try demo()
        let csv = try enplan(["list", "--all", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id,name,cpr,target_group,coordinator,status,next_follow_up") == true, "columns are only added")
        #expect(lines.count == 31)
        // Closed cases leave the default list; --all shows them, marked by their status.
        let open = try enplan(["list", "--format", "csv"]).stdout.split(separator: "\n")
        let closed = lines.filter { $0.contains(",closed:") }
        #expect(!closed.isEmpty && open.count == lines.count - closed.count)
        #expect(!open.contains { $0.contains(",closed:") })
        let json = try enplan(["list", "--all", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 30)
        for key in ["id", "name", "cpr_masked", "target_group", "coordinator", "status", "consent"] {
            #expect(rows.allSatisfy { $0[key] != nil }, "\(key)")
        }
        // CPR numbers are masked everywhere in listings.
        #expect(rows.compactMap { $0["cpr_masked"] as? String }.filter { !$0.isEmpty }.allSatisfy { $0.hasSuffix("-XXXX") })
        #expect(csv.stdout.matches(of: /\d{6}-\d{4}/).isEmpty)
        let mine = try enplan(["list", "--coordinator", "jonas", "--format", "json"])
        let mineRows = try #require(try JSONSerialization.jsonObject(with: Data(mine.stdout.utf8)) as? [[String: Any]])
        #expect(!mineRows.isEmpty && mineRows.allSatisfy { $0["coordinator"] as? String == "jonas" })
        let overdue = try enplan(["list", "--overdue", "--format", "json"])
        let overdueRows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        #expect(!overdueRows.isEmpty && overdueRows.allSatisfy { ($0["overdue_days"] as? Int ?? 0) > 0 })
    }

    @Test func showPrintsTheWholePlanWithTheCPRMaskedUnlessRevealed() throws {
        try demo()
        let list = try enplan(["list", "--format", "json"]).stdout
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { !(($0["cpr_masked"] as? String) ?? "").isEmpty })
        let id = try #require(row["id"] as? String)
        let text = try enplan(["show", id, "--lang", "da"])
        #expect(text.status == 0 && text.stdout.hasPrefix("Din helhedsorienterede plan: "), "\(text.stdout.prefix(80))")
        for heading in ["Beskæftigelse", "Socialt", "Familie", "Mentor", "Samtaler og møder", "Progressionsmålinger"] {
            #expect(text.stdout.contains(heading), "\(heading)")
        }
        #expect(text.stdout.contains("-XXXX"))
        #expect(text.stdout.matches(of: /\d{6}-\d{4}/).isEmpty)
        // The letter is in the citizen's language (Danish unless set), whatever the coordinator's is.
        let md = try enplan(["show", id, "--format", "md", "--lang", "en"])
        #expect(md.stdout.hasPrefix("# Din helhedsorienterede plan: "), "the name the law gives the plan, not the plans it replaces")
        #expect(md.stdout.contains("## Arbejde og uddannelse") && md.stdout.contains("## Din mentor"))
        #expect(md.stdout.contains("## Underskrifter") && md.stdout.contains("-XXXX"))
        #expect(md.stdout.matches(of: /\d{6}-\d{4}/).isEmpty)
        let html = try enplan(["show", id, "--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && !html.stdout.contains("<script"))
        let json = try enplan(["show", id, "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let citizen = try #require(doc["citizen"] as? [String: Any])
        #expect((citizen["cpr"] as? String)?.hasSuffix("-XXXX") == true)
        let revealed = try enplan(["show", id, "--reveal-cpr"])
        #expect(revealed.stdout.matches(of: /\d{6}-\d{4}/).count == 1)
        let audit = try enplan(["audit", "show", id, "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]])
        let actions = entries.compactMap { $0["action"] as? String }
        #expect(actions.contains("view") && actions.contains("export") && actions.contains("reveal-cpr"))
    }

    @Test func exitCodesFollowTheContract() throws {
        // 3: the data folder cannot be used.
        let missing = try enplan(["list"])
        #expect(missing.status == 3 && missing.stderr.contains("does not exist"))
        try demo()
        // 2: usage errors: unknown id, bad date, bad option.
        #expect(try enplan(["show", "b-nobody"]).status == 2)
        #expect(try enplan(["show", "../etc/passwd"]).status == 2)
        // (22-11-2026 is a date since the command line takes the forms' dates.)
        let badDate = try enplan(["report", "compliance", "--from", "sidste uge"])
        #expect(badDate.status == 2 && badDate.stderr.contains("2026-11-22"))
        #expect(try enplan(["list", "--bogus"]).status == 2)
        #expect(try enplan(["list", "--format", "xml"]).status == 2)
        // 0 with --help, for every command.
        for command in [["--help"], ["list", "--help"], ["show", "--help"], ["import", "--help"], ["check", "--help"],
                        ["audit", "verify", "--help"], ["audit", "show", "--help"], ["report", "compliance", "--help"],
                        ["demo", "--help"], ["tui", "--help"]] {
            let r = try Binaries.run("enplan", command)
            #expect(r.status == 0, "\(command)")
            #expect(r.stdout.contains("USAGE") || r.stdout.contains("Usage"), "\(command)")
        }
        // 1: --as refused where the folder does not allow it.
        let csv = tmp.child("in.csv")
        try "name\nBo\n".write(toFile: csv, atomically: false, encoding: .utf8)
        let real = tmp.child("real")
        #expect(try Binaries.run("enplan", ["import", csv, "--data", real]).status == 0)
        let refused = try Binaries.run("enplan", ["list", "--data", real, "--as", "jonas"])
        #expect(refused.status == 1 && refused.stderr.contains("--as is not allowed"))
    }

    @Test func importCreatesCitizensOrNothingWithRowAndColumnErrors() throws {
        let good = tmp.child("good.csv")
        try "name;cpr;target_group;coordinator;phone;email\nSøren Ærø;070761-4285;Ressourceforløb;mette;+45 1234 5678;s@x.dk\n\"Hansen, Bo\";;ung;;;\n"
            .write(toFile: good, atomically: false, encoding: .utf8)
        let ok = try enplan(["import", good])
        #expect(ok.status == 0 && ok.stdout.contains("imported 2 citizens"), "\(ok.stderr)")
        let bad = tmp.child("bad.csv")
        try "name,cpr,target_group\nAnna,310299-1234,ung\nBo,,pensionist\n".write(toFile: bad, atomically: false, encoding: .utf8)
        let refused = try enplan(["import", bad])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("row 2, column 'cpr'"))
        #expect(refused.stderr.contains("row 3, column 'target_group'"))
        #expect(!refused.stderr.contains("310299-1234"))
        #expect(try enplan(["list", "--format", "csv"]).stdout.split(separator: "\n").count == 3)
        let notThere = try enplan(["import", tmp.child("nope.csv")])
        #expect(notThere.status == 2)
    }

    @Test func checkAndAuditVerifyFindDamageAndTampering() throws {
        try demo()
        let intact = try enplan(["check"])
        #expect(intact.status == 0 && intact.stdout.contains("intact"), "\(intact.stdout)\(intact.stderr)")
        #expect(try enplan(["audit", "verify"]).status == 0)
        let citizens = try FileManager.default.contentsOfDirectory(atPath: data + "/citizens").filter { $0.hasSuffix(".json") }.sorted()
        // Written in place: the folder does not change, so only a full check (and opening the plan)
        // can see it; the caseload trusts its index until the folder changes.
        try Data("{ \"formatVersion\": 1, ".utf8).write(to: URL(fileURLWithPath: data + "/citizens/" + citizens[0]))
        let inPlace = try enplan(["check"])
        #expect(inPlace.status == 1 && inPlace.stdout.contains("citizens/" + citizens[0]))
        #expect(try enplan(["show", String(citizens[0].dropLast(5))]).status != 0, "opening it says it is damaged")
        // Written as editors and copies do (a new file renamed over it): every listing sees it.
        try Data("{ \"formatVersion\": 1, ".utf8).write(to: URL(fileURLWithPath: data + "/citizens/" + citizens[0]), options: .atomic)
        let damaged = try enplan(["check"])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("citizens/" + citizens[0]))
        // The rest of the caseload keeps working.
        let list = try enplan(["list", "--all", "--format", "csv"])
        #expect(list.status == 1 && list.stdout.split(separator: "\n").count == 30)
        let user = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/audit").first)
        let segment = data + "/audit/" + user + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/audit/" + user).first))
        var text = try String(contentsOfFile: segment, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"action\":\"create\"", with: "\"action\":\"view\"")
        try text.write(toFile: segment, atomically: false, encoding: .utf8)
        let tampered = try enplan(["audit", "verify"])
        #expect(tampered.status == 1 && tampered.stdout.contains("changed after it was written"))
    }

    @Test func complianceReportComparesHeldMeetingsWithTheRules() throws {
        try demo()
        func json(_ args: [String]) throws -> [String: Any] {
            let r = try enplan(["report", "compliance", "--from", "2025-11-24", "--to", "2026-11-23", "--format", "json"] + args)
            #expect(r.status == 0, "\(r.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        }
        let perCitizen = try json(["--by", "citizen"])
        let citizens = try #require(perCitizen["citizens"] as? [[String: Any]])
        let total = try #require(perCitizen["total"] as? [String: Any])
        #expect(citizens.count == 30)
        let heldSum = citizens.compactMap { $0["held"] as? Int }.reduce(0, +)
        #expect(total["held"] as? Int == heldSum && heldSum > 0)
        let statuses = citizens.compactMap { $0["status"] as? String }
        #expect(total["met"] as? Int == statuses.filter { $0 == "met" }.count
                && total["pending"] as? Int == statuses.filter { $0 == "pending" }.count)
        // Issue 28: the totals come from the team's sums, without a line per citizen, and they are the
        // lines' sums to the last figure.
        let byCoordinator = try json([])
        #expect(byCoordinator["citizens"] == nil)
        let coordinators = try #require(byCoordinator["coordinators"] as? [[String: Any]])
        #expect(coordinators.count == 3)
        #expect(coordinators.compactMap { $0["required"] as? Int }.reduce(0, +) == total["required"] as? Int)
        let keptTotal = try #require(byCoordinator["total"] as? [String: Any])
        for key in ["citizens", "held", "required", "met", "missed", "pending", "first_contact_met", "first_contact_missed"] {
            #expect(keptTotal[key] as? Int == total[key] as? Int, "\(key)")
        }
        let keptGroups = try #require(byCoordinator["target_groups"] as? [[String: Any]])
        let lineGroups = try #require(perCitizen["target_groups"] as? [[String: Any]])
        #expect(!keptGroups.isEmpty && NSArray(array: keptGroups) == NSArray(array: lineGroups))
        let table = try enplan(["report", "compliance"])
        #expect(table.stdout.contains("TOTAL") && table.stdout.contains("MET %") && table.stdout.contains("--by citizen"))
        #expect(!table.stdout.contains("b-"), "no citizen's line in the totals")
    }
}
