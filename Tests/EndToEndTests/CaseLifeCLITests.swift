import Foundation
import PlanCore
import Testing
import TestSupport

/// Case status, hand-over, the supervisor's reports and the retention purge, through the real binary.
@Suite struct CaseLifeCLITests {
    let tmp = TemporaryFolder("enplan-life")
    var data: String { tmp.child("data") }

    func enplan(_ args: [String], today: String = "2026-11-23", input: String? = nil) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data, "--today", today], input: input)
    }

    func json(_ r: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// The first open citizen of a coordinator in the demo.
    func openCitizens(of coordinator: String) throws -> [String] {
        let list = try enplan(["list", "--coordinator", coordinator, "--format", "csv"]).stdout.split(separator: "\n").dropFirst()
        return list.map { String($0.split(separator: ",")[0]) }
    }

    @Test func closePauseAndReopenFromTheCommandLine() throws {
        #expect(try enplan(["demo", "--citizens", "20", "--as", "mette"]).status == 0)
        let id = try #require(try openCitizens(of: "mette").first)
        let pause = try enplan(["pause", id, "--until", "2027-01-15", "--note", "Indlagt"])
        #expect(pause.status == 0 && pause.stdout.contains("paused"), "\(pause.stderr)")
        let close = try enplan(["close", id, "--reason", "anden kommune", "--date", "2026-11-20"])
        #expect(close.status == 1 && close.stderr.contains("status last changed on 2026-11-23"), "dated before the pause")
        #expect(try enplan(["close", id, "--reason", "other-municipality"]).status == 0)
        #expect(!(try openCitizens(of: "mette").contains(id)), "closed cases leave the default list")
        #expect(try enplan(["list", "--all", "--format", "csv"]).stdout.contains(id + ","))
        let again = try enplan(["close", id, "--reason", "job"])
        #expect(again.status == 1 && again.stderr.contains("already closed"))
        #expect(try enplan(["pause", id]).status == 1)
        let bad = try enplan(["close", id, "--reason", "retired"])
        #expect(bad.status == 2 && bad.stderr.contains("other-municipality"))
        #expect(try enplan(["close", "b-nobody", "--reason", "job"]).status == 2)
        #expect(try enplan(["reopen", id, "--note", "Flyttet tilbage"]).status == 0)
        #expect(try openCitizens(of: "mette").contains(id))
        let show = try enplan(["show", id, "--format", "json"]).stdout
        #expect(show.contains("closed:other-municipality") && show.contains("Flyttet tilbage"))
        let audit = try enplan(["audit", "show", id]).stdout
        #expect(audit.contains("status paused") && audit.contains("status closed:other-municipality") && audit.contains("status active"))
        #expect(try enplan(["check"]).status == 0)
    }

    @Test func aWholeCaseloadMovesToAColleagueWithNothingLost() throws {
        // The demo lists its coordinators in the users catalogue: henrik is the fourth.
        #expect(try enplan(["demo", "--citizens", "30", "--coordinators", "4"]).status == 0)
        let before = try openCitizens(of: "jonas")
        let mette = try openCitizens(of: "mette")
        #expect(!before.isEmpty)
        let r = try enplan(["assign", "--from", "jonas", "--to", "mette", "--as", "leder"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try openCitizens(of: "jonas").isEmpty)
        #expect(Set(try openCitizens(of: "mette")) == Set(mette + before))
        let show = try enplan(["show", before[0], "--format", "json"]).stdout
        #expect(show.contains("jonas → mette") && show.contains("Overdraget af leder"))
        let one = try enplan(["assign", before[0], "--to", "henrik"])
        #expect(one.status == 0 && one.stdout.contains("handed to henrik"))
        #expect(try enplan(["assign", "--to", "henrik"]).status == 2, "ids or --from")
        let same = try enplan(["assign", before[0], "--to", "henrik"])
        #expect(same.status == 1 && same.stderr.contains("already henrik's"))
        #expect(try enplan(["assign", before[0], "--to", "sara"]).status != 0, "sara is not a coordinator of the team")
        #expect(try enplan(["check"]).status == 0)
    }

    @Test func reportsForScriptsPerCoordinatorAndTargetGroup() throws {
        #expect(try enplan(["demo", "--citizens", "40"]).status == 0)
        let caseload = try json(try enplan(["report", "caseload", "--format", "json"]))
        let rows = try #require(caseload["coordinators"] as? [[String: Any]])
        let total = try #require(caseload["total"] as? [String: Any])
        #expect(rows.count == 3)
        for key in ["active", "overdue", "due_this_week", "measurements_due", "without_consent", "mentor_periods_ending", "held", "required"] {
            #expect(rows.compactMap { $0[key] as? Int }.reduce(0, +) == total[key] as? Int, "\(key)")
        }
        let csv = try enplan(["report", "caseload", "--format", "csv"]).stdout.split(separator: "\n")
        #expect(csv.first?.hasPrefix("coordinator,active,paused,overdue,due_this_week") == true && csv.count == 4)
        let table = try enplan(["report", "caseload"]).stdout
        #expect(table.contains("TOTAL"))

        let byGroup = try json(try enplan(["report", "compliance", "--by", "target-group", "--format", "json"]))
        let groups = try #require(byGroup["target_groups"] as? [[String: Any]])
        #expect(!groups.isEmpty && groups.allSatisfy { $0["target_group"] is String })
        #expect(groups.compactMap { $0["held"] as? Int }.reduce(0, +) == (byGroup["total"] as? [String: Any])?["held"] as? Int)
        let groupTable = try enplan(["report", "compliance", "--by", "target-group"]).stdout
        #expect(groupTable.contains("TARGET GROUP") && groupTable.contains("FIRST CONTACT"))
        // Ledighedsydelse's rule from 1 July 2026 asks 75 % of the group: answered for the group.
        let flex = try #require(groups.first { $0["target_group"] as? String == "ledighedsydelse" })
        #expect(flex["required_share"] as? Double == 0.75 && flex["meets_required_share"] != nil || flex["decided_met_share"] == nil)
        #expect(groupTable.contains("ledighedsydelse: ") && groupTable.contains("the rule asks 75 %"), "\(groupTable)")
        #expect(groups.first { $0["target_group"] as? String == "aktivitetsparat" }?["required_share"] == nil)

        // The rules file says which meeting kinds count, where a municipality can change it.
        let rules = try String(contentsOfFile: data + "/catalogues/contact-rules.json", encoding: .utf8)
        #expect(rules.contains("\"countedKinds\"") && rules.contains("\"follow-up\""))
        // A rules file that cannot be read is an error, never a silent fall-back to built-in rules.
        try "{ not json".write(toFile: data + "/catalogues/contact-rules.json", atomically: false, encoding: .utf8)
        for report in ["compliance", "caseload"] {
            let broken = try enplan(["report", report])
            #expect(broken.status == 1 && broken.stderr.contains("contact-rules.json cannot be read")
                    && !broken.stderr.contains("built-in catalogue is used"), "\(report): \(broken.stderr)")
        }
        let danish = try enplan(["report", "caseload", "--lang", "da"])
        #expect(danish.status == 1 && danish.stderr.contains("contact-rules.json kan ikke læses")
                && danish.stderr.contains("kør rapporten igen"), "\(danish.stderr)")
        let check = try enplan(["check", "--lang", "da"])
        #expect(check.stdout.contains("contact-rules.json kan ikke læses") && check.stdout.contains("det indbyggede katalog bruges"),
                "\(check.stdout)")
    }

    @Test func purgeListsAsksAndDeletesWhatTheSettingsSay() throws {
        #expect(try enplan(["demo", "--citizens", "30"]).status == 0)
        let closed = try enplan(["list", "--all", "--format", "csv"]).stdout.split(separator: "\n")
            .filter { $0.contains(",closed:") }.map { String($0.split(separator: ",")[0]) }
        #expect(!closed.isEmpty)
        // Six years on, every case closed now is past five years of retention.
        let later = "2032-12-01"
        let dry = try enplan(["purge", "--dry-run"], today: later)
        #expect(dry.status == 0)
        for id in closed { #expect(dry.stdout.contains(id)) }
        #expect(try enplan(["list", "--all", "--format", "csv"]).stdout.contains(closed[0]), "a dry run deletes nothing")
        let refused = try enplan(["purge"], today: later, input: "")
        #expect(refused.status == 2 && refused.stderr.contains("--yes"))
        let purge = try enplan(["purge", "--yes"], today: later)
        let cases = closed.count == 1 ? "case" : "cases"
        #expect(purge.status == 0 && purge.stdout.contains("Deleted \(closed.count) \(cases) and"), "\(purge.stdout)\(purge.stderr)")
        #expect(purge.stdout.contains("Each case is archived in \(data)/archive first")
                && purge.stdout.contains("Archived \(closed.count) \(cases) in \(data)/archive"), "\(purge.stdout)")
        // Each deleted case is in a package that checks out, with and without enplan.
        let verified = try enplan(["archive", "verify", data + "/archive"])
        #expect(verified.status == 0 && verified.stdout.contains("\(closed.count) archive"), "\(verified.stdout)\(verified.stderr)")
        let packages = try FileManager.default.contentsOfDirectory(atPath: data + "/archive").sorted()
        #expect(packages.count == closed.count && packages.allSatisfy { name in closed.contains { name.hasPrefix($0 + "-r") } })
        let package = data + "/archive/" + packages[0]
        let sums = Process()
        sums.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sums.arguments = ["--quiet", "-c", "SHA256SUMS"]
        sums.currentDirectoryURL = URL(fileURLWithPath: package)
        try sums.run()
        sums.waitUntilExit()
        #expect(sums.terminationStatus == 0, "sha256sum -c agrees")
        // Years later someone edits the archived document: found, in Danish too, exit 1.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: package + "/document.json"))
        try handle.seekToEnd()
        handle.write(Data(" ".utf8))
        try handle.close()
        let tampered = try enplan(["archive", "verify", package, "--lang", "da"])
        #expect(tampered.status == 1 && tampered.stdout.contains("document.json fylder"), "\(tampered.stdout)\(tampered.stderr)")
        let all = try enplan(["list", "--all", "--format", "csv"]).stdout
        for id in closed { #expect(!all.contains(id)) }
        #expect(!FileManager.default.fileExists(atPath: data + "/citizens/\(closed[0]).json"))
        let audit = try enplan(["audit", "show", closed[0], "--format", "csv"]).stdout
        #expect(audit.contains("delete") && audit.contains("purged after retention") && audit.contains("archived in \(data)/archive/\(closed[0])-r"),
                "\(audit)")
        let check = try enplan(["check"], today: later)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try enplan(["audit", "verify"], today: later).status == 0)
    }
}

/// The demo's coordinators are in the users catalogue with a name and a number for the printed plan,
/// and no ssh key: they get no line in authorized_keys until someone gives them a key.
@Suite struct DemoUsersCLITests {
    let enplan = DataFolder("enplan-users")
    var tmp: TemporaryFolder { enplan.tmp }

    @Test func theDemosCoordinatorsHaveNamesAndPhonesAndGetAKeyLater() throws {
        #expect(try enplan(["demo", "--citizens", "12"]).status == 0)
        let list = try enplan(["users", "list", "--format", "csv"])
        #expect(list.stdout.contains("mette,Mette Lindholm,+45 72 34 10 10,coordinator,"), "\(list.stdout)")
        let id = try #require(try enplan(["list", "--coordinator", "mette", "--format", "csv"]).stdout
            .split(separator: "\n").dropFirst().first?.split(separator: ",").first.map(String.init))
        let letter = try enplan(["show", id, "--format", "md"])
        #expect(letter.stdout.contains("Mette Lindholm, telefon +45 72 34 10 10"))
        let keygen = try Binaries.runShell("ssh-keygen -q -t ed25519 -N '' -C mette -f " + Tmux.quote(tmp.child("mette")))
        try #require(keygen.status == 0, "ssh-keygen is needed: \(keygen.stderr)")
        let keys = tmp.child("authorized_keys")
        let add = try enplan(["users", "add", "mette", "--role", "coordinator", "--key", tmp.child("mette.pub"),
                              "--authorized-keys", keys])
        #expect(add.status == 0, "\(add.stderr)")
        let lines = try String(contentsOfFile: keys, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasSuffix("enplan:mette"), "only the member with a key has a line")
        #expect(try enplan(["users", "list", "--format", "csv"]).stdout.contains("mette,Mette Lindholm,+45 72 34 10 10,coordinator,SHA256:"))
        let again = try enplan(["users", "add", "mette", "--role", "coordinator", "--key", tmp.child("mette.pub"),
                                "--authorized-keys", keys])
        #expect(again.status == 1, "a key is never replaced by add")
        let badPhone = try enplan(["users", "add", "jonas", "--role", "coordinator", "--key", tmp.child("mette.pub"),
                                   "--phone", "1234", "--authorized-keys", keys])
        #expect(badPhone.status == 2 && badPhone.stderr.contains("not a phone number"))
    }
}
