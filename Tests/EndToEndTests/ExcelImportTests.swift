import Foundation
import Testing
import TestSupport

/// Files as Danish Excel writes them (fixtures in Tests/Fixtures/excel), imported as they are.
@Suite struct ExcelImportTests {
    let enplan = DataFolder("enplan-excel", today: nil)
    var tmp: TemporaryFolder { enplan.tmp }
    var data: String { enplan.data }
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/excel").path

    func rows() throws -> [[String: Any]] {
        let json = try enplan(["list", "--format", "json"]).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func windows1252WithSepLineDanishHeadersAndEmptyColumns() throws {
        let r = try enplan(["import", Self.fixtures + "/danish-excel-windows-1252.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("imported 2 citizens (read as Windows-1252, separated by ';')"), "\(r.stdout)")
        #expect(r.stderr.isEmpty, "no progress line when standard error is not a terminal")
        let list = try rows()
        let aase = try #require(list.first { $0["name"] as? String == "Åse Ørsted" })
        #expect(aase["target_group"] as? String == "ressourceforloeb" && aase["cpr_masked"] as? String == "070761-XXXX")
        #expect(list.contains { $0["name"] as? String == "Søren Æbelø" && $0["target_group"] as? String == "sygedagpenge" })
    }

    @Test func utf16TabSeparatedUnicodeText() throws {
        let r = try enplan(["import", Self.fixtures + "/unicode-text-utf-16.csv"])
        #expect(r.status == 0 && r.stdout.contains("UTF-16 LE") && r.stdout.contains("separated by tab"), "\(r.stdout)\(r.stderr)")
        let names = try rows().compactMap { $0["name"] as? String }
        #expect(Set(names) == ["Zoë Ærø", "王芳"])
    }

    @Test func utf8WithBOMQuotedSeparatorsAndLineBreaks() throws {
        let r = try enplan(["import", Self.fixtures + "/csv-utf-8-bom-semicolon.csv"])
        #expect(r.status == 0 && r.stdout.contains("UTF-8 with BOM"), "\(r.stdout)\(r.stderr)")
        let list = try enplan(["list", "--format", "csv"]).stdout
        #expect(list.contains(",Hansen; Jens,") && list.contains("familie"))
        let id = try #require(try rows().first?["id"] as? String)
        #expect(try enplan(["show", id, "--format", "json"]).stdout.contains("Storgade 1, 3400 Hillerød"))
    }

    /// Issue 23.6: a municipality's own export (Windows-1252, ';', Postnr., By, Sagsbehandler, Oprettet
    /// dato, and columns enplan has no use for) was refused whole for "ukendt kolonne".
    @Test func aMunicipalExportIsReadWithWhatItHasAndNamesWhatItLeftOut() throws {
        #expect(try enplan(["demo", "--citizens", "2"]).status == 0, "a team with Aisha Karimi (aisha) and jonas")
        let r = try enplan(["import", Self.fixtures + "/municipal-export-windows-1252.csv", "--lang", "da"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("importerede 3 borgere (læst som Windows-1252, adskilt af ';')"), "\(r.stdout)")
        #expect(r.stdout.contains("bemærk: udelod kolonnerne 'Journalnr.', 'Afdeling'"), "one line names what was left out: \(r.stdout)")
        #expect(r.stdout.contains("sagsbehandleren 'Birthe Sørensen' er ikke i teamet; deres borgere er lagt hos"), "\(r.stdout)")
        let list = try rows()
        let karen = try #require(list.first { $0["name"] as? String == "Karen Bøgh" })
        #expect(karen["coordinator"] as? String == "aisha", "the caseworker by full name is the team's aisha")
        #expect(list.first { $0["name"] as? String == "Søren Ørum" }?["coordinator"] as? String == "jonas", "by login")
        let id = try #require(karen["id"] as? String)
        let shown = try enplan(["show", id, "--format", "json"]).stdout
        #expect(shown.contains("\"address\" : \"3400 Hillerød\""), "post code and town make the address: \(shown)")
        #expect(shown.contains("\"created\" : \"2025-02-03\""), "the case was opened when the file says: \(shown)")
        // --strict refuses the same file, naming the columns.
        let strict = try enplan(["import", Self.fixtures + "/municipal-export-windows-1252.csv", "--strict", "--data", tmp.child("strict")])
        #expect(strict.status == 1 && strict.stderr.contains("column 'Journalnr.': a column the import does not read"), "\(strict.stderr)")
    }

    /// Issue 23.7: `--format excel` in Danish had English keys, dropped phone, e-mail and address, and
    /// could not be read back. A spreadsheet written by enplan is imported whole into a fresh folder.
    @Test func anExcelListComesBackInWithEveryFieldAPersonEdits() throws {
        #expect(try enplan(["demo", "--citizens", "6"]).status == 0)
        let written = try enplan(["list", "--format", "excel", "--lang", "da", "--reveal-cpr"])
        #expect(written.status == 0, "\(written.stderr)")
        let header = try #require(written.stdout.split(separator: "\r\n").first)
        #expect(header == "\u{FEFF}Navn;CPR-nummer;Målgruppe;Plankoordinator;Telefon;E-mail;Adresse;Oprettet dato;Ydelsesstart;Første fraværsdag;Id;Status;Næste opfølgning;Samtykke")
        let sheet = tmp.child("liste.csv")
        try written.stdout.write(toFile: sheet, atomically: true, encoding: .utf8)
        let other = tmp.child("other")
        let imported = try Binaries.run("enplan", ["import", sheet, "--data", other])
        #expect(imported.status == 0 && imported.stdout.contains("imported 6 citizens"), "\(imported.stdout)\(imported.stderr)")
        #expect(!imported.stdout.contains("note:"), "nothing left out and nothing masked: \(imported.stdout)")
        // What a person edits is the same on both sides (the id and what the list only shows are new).
        func editable(_ folder: String) throws -> [String] {
            let text = try Binaries.run("enplan", ["list", "--format", "excel", "--lang", "da", "--reveal-cpr", "--data", folder]).stdout
            return text.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false).prefix(10).joined(separator: ";") }.sorted()
        }
        let before = try editable(data), after = try editable(other)
        #expect(before == after)
        #expect(before.allSatisfy { !$0.contains("XXXX") } && before.contains { $0.contains(" ") && $0.split(separator: ";")[4].count == 11 },
                "full CPR numbers and phone numbers made the trip: \(before)")
        // Each citizen's details leaving, and each full number shown, is in the trail.
        let audit = try enplan(["audit", "verify"])
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        let id = try #require(try rows().first?["id"] as? String)
        let trail = try enplan(["audit", "show", id]).stdout
        #expect(trail.contains("export") && trail.contains("reveal-cpr") && trail.contains("enplan list --format excel"), "\(trail)")
        // Without revealing, the numbers stay masked and the import says it left them out.
        let masked = tmp.child("masked.csv")
        try enplan(["list", "--format", "excel", "--lang", "da"]).stdout.write(toFile: masked, atomically: true, encoding: .utf8)
        let third = try Binaries.run("enplan", ["import", masked, "--data", tmp.child("third"), "--lang", "da"])
        #expect(third.status == 0 && third.stdout.contains(" CPR-numre var skjulte (DDMMÅÅ-XXXX) og er udeladt"), "\(third.stdout)\(third.stderr)")
        #expect(third.stdout.contains("(læst som UTF-8 med BOM, adskilt af ';')"), "the summary in Danish throughout: \(third.stdout)")
    }

    @Test func aProblemNamesTheRowAndTheColumnAsTheFileDoes() throws {
        let r = try enplan(["import", Self.fixtures + "/wrong-cpr-windows-1252.csv"])
        #expect(r.status == 1 && r.stderr.contains("row 2") && r.stderr.contains("CPR-nummer"), "\(r.stderr)")
        #expect(try rows().isEmpty, "all or nothing")
    }
}

/// The progress line of long work on a terminal: an import, `check`, and a listing that must rebuild
/// the index, in English and in Danish.
@Suite struct ProgressLineTests {
    @Test func longWorkShowsProgressOnATerminalAndErasesIt() throws {
        let tmp = TemporaryFolder("enplan-progress")
        let csv = tmp.child("many.csv")
        var text = "navn;målgruppe\n"
        for i in 0..<30_000 { text += "Borger \(i);ung\n" }
        try text.write(toFile: csv, atomically: false, encoding: .utf8)
        let enplan = Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(tmp.child("data"))
        let tmux = try Tmux(enplan + " import " + Tmux.quote(csv) + "; echo import-done; " + enplan + " check --lang da; echo check-done; rm "
                            + Tmux.quote(tmp.child("data/index/summaries.tsv")) + "; " + enplan + " list --lang da --format csv | tail -1; echo list-done",
                            width: 100, height: 12)
        let importing = try tmux.wait(for: "the import's progress line", timeout: 30) { $0.contains(" / 30,000 · ") }
        #expect(importing.contains("importing ") && importing.contains("/s · ") && importing.contains(" s left"), "\(importing)")
        let imported = try tmux.wait(for: "import-done", timeout: 60)
        #expect(imported.contains("imported 30000 citizens"))
        #expect(!imported.contains("importing "), "the progress line is erased at the end: \(imported)")

        let checking = try tmux.wait(for: "check's progress line", timeout: 60) { $0.contains("tjekker ") || $0.contains("check-done") }
        #expect(checking.contains(" / 30.000 · ") && checking.contains(" s tilbage"), "\(checking)")
        let checked = try tmux.wait(for: "check-done", timeout: 60)
        #expect(checked.contains("30000 planer") && !checked.contains("tjekker "), "\(checked)")

        let reading = try tmux.wait(for: "the rebuild's progress line", timeout: 60) { $0.contains("genopbygger") || $0.contains("list-done") }
        #expect(reading.contains("læser planerne og genopbygger indekset ") && reading.contains(" / 30.000 · "), "\(reading)")
        let listed = try tmux.wait(for: "list-done", timeout: 60)
        #expect(!listed.contains("genopbygger") && listed.contains("Borger"), "the line is erased before the listing: \(listed)")
    }
}
