import Foundation
import Testing
import TestSupport

/// `enplan note` (issue 25, item 5) through the real binary: written, shown, audited, in the letter
/// only when asked, and refused in words.
@Suite struct CaseNoteCLITests {
    let tmp = TemporaryFolder("enplan-note")
    var data: String { tmp.child("data") }

    func enplan(_ args: [String], input: String? = nil) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data, "--today", "2026-11-23"], input: input)
    }

    func firstCitizen() throws -> String {
        #expect(try enplan(["demo", "--citizens", "6", "--as", "mette"]).status == 0)
        let list = try enplan(["list", "--coordinator", "mette", "--format", "csv"]).stdout
        return try #require(list.split(separator: "\n").dropFirst().first.map { String($0.split(separator: ",")[0]) })
    }

    @Test func aNoteFromStandardInputIsInShowAndJSONAndTheAuditButNotTheLetter() throws {
        let id = try firstCitizen()
        let r = try enplan(["note", id, "--kind", "phone", "--who", "Egen læge", "--text", "-", "--date", "20.11.2026", "--as", "mette"],
                           input: "Lægen ringede.\r\nKan deltage 10 timer om ugen.\r\n")
        #expect(r.status == 0 && r.stdout.contains("case note k"), "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try enplan(["show", id, "--format", "json"]).stdout.utf8))
            as? [String: Any])
        let notes = try #require(object["notes"] as? [[String: Any]])
        let note = try #require(notes.first { $0["who"] as? String == "Egen læge" })
        #expect(note["text"] as? String == "Lægen ringede.\nKan deltage 10 timer om ugen.", "CR LF became lines")
        #expect(note["date"] as? String == "2026-11-20" && note["kind"] as? String == "phone" && note["author"] as? String == "mette")
        #expect(note["inLetter"] as? Bool == false)
        #expect(try enplan(["show", id]).stdout.contains("Lægen ringede."))
        let audit = try enplan(["audit", "show", id]).stdout
        #expect(audit.contains("add case note (phone)") && !audit.contains("Lægen ringede"), "the trail names the note, never its words")
        #expect(!(try enplan(["show", id, "--format", "md"]).stdout.contains("Lægen ringede")))
        #expect(try enplan(["note", id, "--kind", "email", "--text", "Tak for kursusbeviset", "--in-letter"]).status == 0)
        #expect(try enplan(["show", id, "--format", "md"]).stdout.contains("Tak for kursusbeviset"))
    }

    @Test func aWrongKindAFutureDayAndAnEmptyNoteAreRefusedInWords() throws {
        let id = try firstCitizen()
        let before = try enplan(["show", id, "--format", "json"]).stdout
        let kind = try enplan(["note", id, "--kind", "fax", "--text", "x", "--lang", "da"])
        #expect(kind.status == 2 && kind.stderr.contains("brug en af: phone, email, conversation, partner, other"))
        let future = try enplan(["note", id, "--kind", "phone", "--text", "x", "--date", "2026-12-24"])
        #expect(future.status == 1 && future.stderr.contains("has not come yet"), "\(future.stderr)")
        let empty = try enplan(["note", id, "--kind", "phone", "--text", "   "])
        #expect(empty.status == 1 && empty.stderr.contains("required"), "\(empty.stderr)")
        #expect(try enplan(["show", id, "--format", "json"]).stdout == before, "nothing was written")
    }
}
