import Foundation
import Testing
import TestSupport

/// enplan.1 and the shell completions are generated from the commands (scripts/generate-manual) and
/// committed; these fail when a command changed and they were not regenerated.
@Suite struct ManualTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func committed(_ path: String) throws -> String { try String(contentsOfFile: ManualTests.root + "/" + path, encoding: .utf8) }

    @Test func theManualIsAsNewAsTheCommands() throws {
        let dump = try Binaries.run("enplan", ["--experimental-dump-help"])
        #expect(dump.status == 0)
        let expected = try committed("Tests/Fixtures/manual/enplan-help.json")
        #expect(dump.stdout == expected,
                "enplan.1 is stale: run scripts/generate-manual and commit what it writes")
        let manual = try committed("enplan.1")
        for command in ["tui", "demo", "list", "show", "import", "check", "audit", "report", "close", "pause", "reopen",
                        "assign", "purge", "users", "session"] {
            #expect(manual.contains(".It Em \(command)"), "enplan.1 documents \(command)")
        }
        // argument-parser's plugin drops letters outside ASCII; the script puts them back as groff escapes.
        #expect(manual.contains("m\\[u00E5]lgruppe/target_group") && !manual.contains("mlgruppe"), "målgruppe in the manual")
    }

    /// Found when tried: `import --help` broke a sentence over two lines ("every" / "problem is listed").
    @Test(arguments: ["", "tui", "demo", "list", "show", "import", "check", "audit verify", "audit show", "audit repair",
                      "report compliance", "report caseload", "close", "pause", "reopen", "assign", "purge", "users add",
                      "users list", "users remove", "users set-role", "session"])
    func helpParagraphsAreWrappedNotBroken(command: String) throws {
        let help = try Binaries.run("enplan", command.split(separator: " ").map(String.init) + ["--help"])
        #expect(help.status == 0)
        let text = help.stdout.components(separatedBy: "\nUSAGE:").first ?? ""
        let lines = text.components(separatedBy: "\n")
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty && !line.hasPrefix("OVERVIEW") {
            #expect(line.count >= 50, "'\(command) --help' breaks a paragraph after: \(line)")
        }
    }

    @Test(arguments: [("bash", "completions/enplan.bash"), ("zsh", "completions/_enplan"), ("fish", "completions/enplan.fish")])
    func theCompletionsAreAsNewAsTheCommands(shell: String, path: String) throws {
        let script = try Binaries.run("enplan", ["--generate-completion-script", shell])
        let expected = try committed(path)
        #expect(script.status == 0 && script.stdout == expected, "\(path) is stale: run scripts/generate-manual")
        #expect(script.stdout.contains("high-contrast") && script.stdout.contains("excel"), "themes and formats complete")
    }

    @Test func citizenIdsCompleteFromTheDataFolder() throws {
        let tmp = TemporaryFolder("enplan-complete")
        let data = tmp.child("data")
        #expect(try Binaries.run("enplan", ["demo", "--data", data, "--citizens", "5"]).status == 0)
        let ids = try FileManager.default.contentsOfDirectory(atPath: data + "/citizens").filter { $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }.sorted()
        // What the generated scripts run when the shell asks for the id after `enplan show`.
        let r = try Binaries.run("enplan", ["---completion", "show", "--", "positional@0", "4", "2", "enplan", "show", "--data", data, "b-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").map(String.init).sorted() == ids, "\(r.stdout)")
    }
}
