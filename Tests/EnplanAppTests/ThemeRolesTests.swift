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

    /// Seen in a real xterm on its white background: the default theme's keys and titles (bright yellow,
    /// bright cyan) all but vanish. Where the terminal says its background is light, the light theme
    /// is chosen; an asked-for theme always wins, and nothing is said when the light one is not found.
    @Test func aLightBackgroundGetsTheLightTheme() throws {
        let folder = ["ENPLAN_THEMES": ThemeRolesTests.themes.path]
        let (light, said) = ThemeLocator.load(nil, executable: "/nowhere/enplan", environment: folder.merging(["COLORFGBG": "0;15"]) { a, _ in a })
        #expect(light.name == "light" && said == nil)
        let (dark, _) = ThemeLocator.load(nil, executable: "/nowhere/enplan", environment: folder.merging(["COLORFGBG": "15;0"]) { a, _ in a })
        #expect(dark.name != "light")
        let (asked, _) = ThemeLocator.load("high-contrast", executable: "/nowhere/enplan", environment: folder.merging(["COLORFGBG": "0;15"]) { a, _ in a })
        #expect(asked.name == "high-contrast")
        let (missing, quiet) = ThemeLocator.load(nil, executable: "/nowhere/enplan", environment: ["COLORFGBG": "0;15"])
        #expect(missing.name == Theme.builtIn.name && quiet == nil, "no light theme installed: the built-in one, without a word")
    }

    /// Found in a real xterm (TERM=xterm, 8 colours): the muted role (bright black) came down to black,
    /// so labels, borders, dates and tabs were black on black. Every screen, every shipped theme, at 8,
    /// 16 and 256 colours: no text is drawn in a colour the screen's own background is likely to be.
    @Test func noTextIsDrawnInTheBackgroundsColourAtAnyDepth() throws {
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: ThemeRolesTests.themes.path).sorted() where name.hasSuffix(".toml") {
            let text = try String(contentsOf: ThemeRolesTests.themes.appendingPathComponent(name), encoding: .utf8)
            let theme = try Theme.parse(text, file: name, roles: Role.enplan)
            for colors in [8, 16, 256] {
                let invisible: Set<Int> = colors < 256 ? [0, 7, 15] : [0, 7, 15, 16, 231, 255]
                let app = App(source: FakeSource(files: Fixtures.caseload()), language: .da, theme: theme, size: Size(width: 100, height: 30))
                var screens: [Buffer] = [app.render(colors: colors, unicode: true).buffer]
                for keys in [[Key.enter], [.character("2")], [.character("4")], [.character("5")], [.character("6")], [.character("t")],
                             [.escape, .character("?")], [.escape, .escape, .character("T")]] {
                    for key in keys { app.handle(.key(key)) }
                    screens.append(app.render(colors: colors, unicode: true).buffer)
                }
                for (number, buffer) in screens.enumerated() {
                    for y in 0..<buffer.size.height {
                        for x in 0..<buffer.size.width {
                            let cell = buffer[x, y]
                            guard cell.text != " ", !cell.isContinuation, cell.style.background == .default else { continue }
                            checked += 1
                            let index = cell.style.foreground.index(forTerminalColors: colors)
                            #expect(!invisible.contains(index), "\(name) at \(colors) colours, screen \(number): '\(cell.text)' at \(x),\(y) in colour \(index)")
                            if invisible.contains(index) { return }
                        }
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
