import Foundation
import Testing
import TestSupport

/// Files as Danish Excel writes them (fixtures in Tests/Fixtures/excel), imported as they are.
@Suite struct ExcelImportTests {
    let tmp = TemporaryFolder("enplan-excel")
    var data: String { tmp.child("data") }
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/excel").path

    func enplan(_ args: [String]) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data])
    }

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
