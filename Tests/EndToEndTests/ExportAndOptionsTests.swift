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
        try "name,phone\n\"=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",+4512345678\n-Anna Ærø,\n@SUM(A1),\nSøren; Ø,\n-2+3,\n"
            .write(toFile: csv, atomically: false, encoding: .utf8)
        let imported = try run(["import", csv, "--data", data])
        #expect(imported.status == 0, "\(imported.stderr)")
        let r = try run(["list", "--format", "excel", "--data", data])
        #expect(r.status == 0)
        let bytes = Array(r.stdout.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark")
        let lines = r.stdout.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.first == "Name;CPR number;Target group;Coordinator;Phone;E-mail;Address;Created;Benefit start;First absence day;Id;Status;Next follow-up;Consent")
        #expect(lines.count == 7 && lines.last == "", "CRLF after every row")
        let body = lines.joined(separator: "\n")
        #expect(body.contains("\n\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";"), "\(body)")
        #expect(body.contains("\n'-Anna Ærø;") && body.contains("\n'@SUM(A1);") && body.contains("\n\"Søren; Ø\";"))
        // Found by an attacker: a minus before a digit is a formula to Excel too.
        #expect(body.contains("\n'-2+3;"), "\(body)")
        // A foreign number starts with '+': guarded too, and an import reads it back without the guard.
        #expect(body.contains(";'+4512345678;") || body.contains(";12 34 56 78;"), "\(body)")
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
        #expect(rows.allSatisfy { $0.keys.contains("benefit_start") && $0.keys.contains("first_absence_day") }, "every key in every row")
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

/// The commands' own words in Danish: `--lang da` on any command (before it too), or a Danish locale.
@Suite struct DanishCommandLineTests {
    let tmp = TemporaryFolder("enplan-dansk")

    func enplan(_ args: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", tmp.child("data"), "--today", "2026-11-23"], environment: environment)
    }

    @Test func everyCommandTakesLangAndTheLocaleDecides() throws {
        let demo = try enplan(["demo", "--citizens", "1", "--lang", "da"])
        #expect(demo.status == 0 && demo.stdout.hasPrefix("skrev 1 demoborger for mette"), "\(demo.stdout)")
        let table = try Binaries.run("enplan", ["--lang", "da", "--data", tmp.child("data"), "list", "--as", "mette"])
        #expect(table.status == 0 && table.stdout.contains("NAVN") && table.stdout.contains("NÆSTE OPFØLGNING"), "\(table.stdout)")
        let danish = try enplan(["check"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(danish.stdout.contains("1 plan og") && danish.stdout.contains(": intakt"), "\(danish.stdout)")
        let english = try enplan(["check"], environment: ["LANG": "da_DK.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(english.stdout.contains("1 plan and") && english.stdout.contains(": intact"), "LC_ALL wins over LANG")
        let csv = try enplan(["list", "--format", "csv", "--lang", "da", "--as", "mette"])
        #expect(csv.stdout.hasPrefix("id,name,cpr,"), "csv keeps its stable column names")
        try "navn;telefon\nÅse Ørsted;12 34 56 78\nBo Berg;\n".write(toFile: tmp.child("to.csv"), atomically: true, encoding: .utf8)
        let imported = try enplan(["import", tmp.child("to.csv"), "--lang", "da"])
        #expect(imported.stdout.hasPrefix("importerede 2 borgere (læst som"), "\(imported.stdout)\(imported.stderr)")
        #expect(try enplan(["list", "--lang", "fr"]).status == 2)
        let report = try enplan(["report", "caseload", "--lang", "da"])
        #expect(report.stdout.hasPrefix("Sagsstammer pr. 2026-11-23") && report.stdout.contains("KOORDINATOR")
                && report.stdout.contains("I ALT"), "\(report.stdout)")
        let verify = try enplan(["audit", "verify", "--lang", "da"])
        #expect(verify.status == 0 && verify.stdout.contains("kæden er hel"), "\(verify.stdout)")
        let purge = try enplan(["purge", "--dry-run", "--lang", "da"])
        #expect(purge.stdout.hasPrefix("Hver sag arkiveres først i") && purge.stdout.contains("\nSager afsluttet senest"), "\(purge.stdout)")
        // The store's errors too.
        let missing = try enplan(["show", "b-nobody", "--lang", "da"])
        #expect(missing.status == 2 && missing.stderr.contains("ingen borger med id b-nobody"), "\(missing.stderr)")
        let id = try #require(try enplan(["list", "--format", "csv", "--as", "mette"]).stdout.split(separator: "\n").dropFirst().first?
            .split(separator: ",").first.map(String.init))
        let future = try enplan(["close", id, "--reason", "job", "--date", "2030-01-01", "--lang", "da", "--as", "mette"])
        #expect(future.status == 1 && future.stderr.contains("dagen er ikke kommet endnu"), "\(future.stderr)")
        let notAnID = try enplan(["show", "NOT AN ID", "--lang", "da"])
        #expect(notAnID.status == 2 && notAnID.stderr.contains("er ikke et borger-id"), "\(notAnID.stderr)")
        let again = try enplan(["demo", "--lang", "da"])
        #expect(again.status == 1 && again.stderr.contains("er ikke tom"), "\(again.stderr)")
        let inEnglish = try enplan(["show", "b-nobody"])
        #expect(inEnglish.stderr.contains("no citizen with id b-nobody"))
    }

    /// Found when tried: import problems, the team's refusals, field names and the rare refusals were
    /// still English on a Danish command line.
    @Test func importProblemsRefusalsAndFieldNamesInDanish() throws {
        #expect(try enplan(["demo", "--citizens", "2"]).status == 0)
        try "navn;cpr;farve;telefon\nA;;x;123\nB;0101011234;;\n".write(toFile: tmp.child("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try enplan(["import", tmp.child("bad.csv"), "--lang", "da", "--strict"])
        #expect(bad.status == 1 && bad.stderr.contains("intet blev importeret"), "\(bad.stderr)")
        #expect(bad.stderr.contains("række 1, kolonne 'farve': en kolonne, importen ikke læser"), "\(bad.stderr)")
        #expect(bad.stderr.contains("kolonne 'telefon': telefon: '123' er ikke et telefonnummer"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("unknown column") && !bad.stderr.contains("phone:"), "\(bad.stderr)")

        let key = tmp.child("nokey.pub")
        try "not a key\n".write(toFile: key, atomically: true, encoding: .utf8)
        let users: [([String], String)] = [
            (["users", "add", "bo", "--role", "coordinator", "--key", key], "er ikke en offentlig ssh-nøglefil"),
            (["users", "add", "Bo Berg", "--role", "coordinator", "--key", key], "er ikke et gyldigt login"),
            (["users", "add", "bo", "--role", "admin", "--key", key], "brug coordinator eller supervisor"),
            (["users", "remove", "nobody"], "nobody er ikke med i teamet"),
            (["users", "set-role", "nobody", "supervisor"], "nobody er ikke med i teamet"),
        ]
        for (args, danish) in users {
            let r = try enplan(args + ["--lang", "da"])
            #expect(r.status != 0 && r.stderr.contains(danish), "\(args): \(r.stderr)")
        }
        let handOver = try enplan(["assign", "--from", "mette", "--to", "Bo Berg", "--lang", "da"])
        #expect(handOver.status != 0 && handOver.stderr.contains("er ikke et brugernavn"), "\(handOver.stderr)")
        let negative = try enplan(["demo", "--citizens", "-5", "--force", "--lang", "da"])
        #expect(negative.status == 2 && negative.stderr.contains("--citizens skal være et positivt antal borgere"), "\(negative.stderr)")
        let session = try enplan(["session", "--user", "mette", "--role", "boss", "--lang", "da"])
        #expect(session.status == 2 && session.stderr.contains("brug coordinator eller supervisor"), "\(session.stderr)")
        let reason = try enplan(["close", "b-nobody", "--reason", "bored", "--lang", "da"])
        #expect(reason.status == 2 && reason.stderr.contains("er ikke en afslutningsgrund"), "\(reason.stderr)")
        let team = try enplan(["users", "list", "--lang", "da"])
        #expect(team.stdout.hasPrefix("LOGIN") && team.stdout.contains("FULDE NAVN"), "\(team.stdout)")
        #expect(try enplan(["users", "list", "--format", "csv", "--lang", "da"]).stdout.hasPrefix("name,full_name,"), "csv keeps its names")
        let id = try #require(try enplan(["list", "--format", "csv", "--as", "mette"]).stdout.split(separator: "\n").dropFirst().first?
            .split(separator: ",").first.map(String.init))
        let trail = try enplan(["audit", "show", id, "--lang", "da"])
        #expect(trail.stdout.hasPrefix("TIDSPUNKT") && trail.stdout.contains("HANDLING"), "\(trail.stdout)")
        let repair = try enplan(["audit", "repair", "--lang", "da"])
        #expect(repair.stdout.hasPrefix("intet at reparere"), "\(repair.stdout)")
        // What check and audit verify find, in Danish.
        chmod(tmp.child("data") + "/citizens/" + id + ".json", 0o644)
        let checked = try enplan(["check", "--lang", "da"])
        #expect(checked.status == 1 && checked.stdout.contains("citizens/\(id).json: andre har adgang (rettigheder 644)"), "\(checked.stdout)")
        #expect(checked.stderr.contains("1 problem"), "\(checked.stderr)")
    }
}
