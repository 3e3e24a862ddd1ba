import EnplanApp
import Foundation
import TerminalKit
import Testing

/// Theme files name enplan's roles; a misspelt one is reported where it is, never silently ignored.
@Suite struct ThemeRolesTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test func everyShippedThemeNamesOnlyRolesEnplanDraws() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: ThemeRolesTests.themes.path) where name.hasSuffix(".toml") {
            let text = try String(contentsOf: ThemeRolesTests.themes.appendingPathComponent(name), encoding: .utf8)
            #expect(throws: Never.self, "\(name)") { try Theme.parse(text, file: name, roles: Role.enplan) }
        }
    }

    @Test func aMisspeltSectionIsReportedWithFileAndLine() throws {
        let text = try String(contentsOf: ThemeRolesTests.themes.appendingPathComponent("default.toml"), encoding: .utf8)
        let misspelt = text.replacingOccurrences(of: "[selection]", with: "[selecton]")
        let line = (misspelt.components(separatedBy: "\n").firstIndex { $0.hasPrefix("[selecton]") } ?? -1) + 1
        do {
            _ = try Theme.parse(misspelt, file: "mine.toml", roles: Role.enplan)
            Issue.record("a misspelt role was accepted")
        } catch {
            #expect(error.description.hasPrefix("mine.toml:\(line): [selecton] is not a role"), "\(error.description)")
            #expect(error.description.contains("selection"))
        }
    }

    /// Found when tried: the Danish UI said what was wrong with a theme in English.
    @Test func aMissingOrBrokenThemeIsExplainedInTheUsersLanguage() throws {
        let (_, missing) = ThemeLocator.load("findes-ikke", executable: "/nowhere/enplan", environment: [:], language: .da)
        #expect(missing == "temaet 'findes-ikke' findes ikke; det indbyggede tema bruges")
        let path = NSTemporaryDirectory() + "enplan-theme-\(getpid())-forkert.toml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "[selecton]\nfg = \"red\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (_, broken) = ThemeLocator.load(path, executable: "/nowhere/enplan", environment: [:], language: .da)
        #expect(broken?.hasPrefix(path + ":1: [selecton] er ikke en rolle; rollerne er: ") == true
                && broken?.hasSuffix("; det indbyggede tema bruges") == true, "\(broken ?? "")")
        // The file's own details in Danish too, at their line.
        for (text, danish) in [("[title]\nfg = \"purpleish\"\n", ":2: 'purpleish' er ikke en farve"),
                               ("[title]\nblink = true\n", ":2: ukendt indstilling 'blink' i [title]"),
                               ("[title]\nfg = \"red\n", ":2: en tekst er ikke lukket med"),
                               ("[title\n", ":1: en tabeloverskrift skal se ud som [navn]")] {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let (_, said) = ThemeLocator.load(path, executable: "/nowhere/enplan", environment: [:], language: .da)
            #expect(said?.hasPrefix(path + danish) == true, "\(said ?? "")")
        }
        let (_, english) = ThemeLocator.load("missing", executable: "/nowhere/enplan", environment: [:])
        #expect(english == "theme 'missing' not found; using the built-in theme")
    }
}
