import Foundation
import TestSupport
import Testing
@testable import TerminalKit

@Suite struct DisplayWidthTests {
    @Test func measuresColumnsNotCharacters() {
        #expect(DisplayWidth.of("Søren Ærø") == 9)
        #expect(DisplayWidth.of("王芳") == 4)
        #expect(DisplayWidth.of("김민준") == 6)
        // Decomposed: e + combining circumflex + combining tilde is one column.
        #expect(DisplayWidth.of("Nguye\u{0302}\u{0303}n") == 6)
        #expect(DisplayWidth.of("👍") == 2)
        // What glibc's wcwidth (and so tmux and ncursesw) counts: each emoji of a ZWJ sequence.
        #expect(DisplayWidth.of("👩‍👩‍👧") == 6)
        #expect(DisplayWidth.of("🇩🇰") == 2)
        // Spacing marks take a column, non-spacing marks none.
        #expect(DisplayWidth.of("கா") == 2)
        #expect(DisplayWidth.of("कि") == 2)
        #expect(DisplayWidth.of("नमस्ते") == 4)
        #expect(DisplayWidth.of("สวัสดี") == 4)
        #expect(DisplayWidth.of("✓") == 1)
        #expect(DisplayWidth.of("a\tb\u{7}") == 2)
        #expect(DisplayWidth.of("محمد") == 4)
    }

    /// Every code point of the BMP, the emoji and CJK planes and the tags plane: TerminalKit counts
    /// exactly what glibc's wcwidth counts, or the terminal would place text elsewhere than we think.
    @Test func widthsEqualGlibcWcwidthForEveryCodePoint() throws {
        var mismatches: [String] = []
        for plane in [0x0...0x3FFFF, 0xE0000...0xE0FFF] as [ClosedRange<UInt32>] {
            let widths = try #require(GlibcWidth.of(plane), "the C.UTF-8 locale is missing")
            for (offset, width) in widths.enumerated() {
                let v = plane.lowerBound + UInt32(offset)
                guard let scalar = Unicode.Scalar(v) else { continue }
                let ours = DisplayWidth.of(scalar)
                let expected: Int
                switch width {
                case -1: expected = DisplayWidth.isUnprintable(scalar) && ours == (v < 0xA0 ? 0 : 1) ? ours : -1
                default: expected = Int(width)
                }
                if ours != expected || (v > 0 && width >= 0 && DisplayWidth.isUnprintable(scalar)) {
                    mismatches.append(String(v, radix: 16) + ": ours \(ours), wcwidth \(width)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, e.g. \(mismatches.prefix(10))")
    }

    @Test func truncatesWithAnEllipsisNeverInsideAGrapheme() {
        #expect(DisplayWidth.truncate("Søren Ærø", to: 6) == "Søren…")
        #expect(DisplayWidth.truncate("王芳王芳", to: 4) == "王…")
        #expect(DisplayWidth.truncate("王芳王芳", to: 5) == "王芳…")
        let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323}"
        let cut = DisplayWidth.truncate(decomposed, to: 6)
        #expect(cut == "Nguye\u{0302}\u{0303}…")
        #expect(DisplayWidth.of(cut) == 6)
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.truncate("anything", to: 0) == "")
    }

    @Test func padsToExactColumns() {
        #expect(DisplayWidth.pad("王", to: 4) == "王  ")
        #expect(DisplayWidth.pad("42", to: 4, alignRight: true) == "  42")
        #expect(DisplayWidth.of(DisplayWidth.pad("Åse Ørsted-Ndiaye", to: 8)) == 8)
    }

    @Test func wrapsWordsByColumns() {
        #expect(Wrap.lines("Jeg vil gerne arbejde med mine hænder", width: 12)
            == ["Jeg vil", "gerne", "arbejde med", "mine hænder"])
        #expect(Wrap.lines("王芳王芳王芳", width: 4) == ["王芳", "王芳", "王芳"])
        #expect(Wrap.lines("a\n\nb", width: 5) == ["a", "", "b"])
    }
}

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverHalfDrawn() {
        var b = Buffer(size: Size(width: 5, height: 1))
        b.write("ab王", x: 0, y: 0)
        #expect(b[2, 0].text == "王" && b[3, 0].isContinuation)
        #expect(b.line(0) == "ab王")
        // Overwriting the right half blanks the left half.
        b.write("x", x: 3, y: 0)
        #expect(b.line(0) == "ab x")
        #expect(b[2, 0].text == " " && !b[3, 0].isContinuation)
        // A wide character that does not fit at the edge is cut with an ellipsis.
        var edge = Buffer(size: Size(width: 3, height: 1))
        edge.write("a王王", x: 0, y: 0)
        #expect(edge.line(0) == "a…")
    }

    /// Each scalar with a width is a cell, its zero-width marks with it: what ncursesw's setcchar
    /// takes and tmux draws, so Tamil and Devanagari come out exactly as stored.
    @Test func spacingMarksTakeTheirOwnCell() {
        var b = Buffer(size: Size(width: 12, height: 1))
        b.write("கா कि नमस्ते", x: 0, y: 0)
        #expect(b[0, 0].text == "க" && b[1, 0].text == "ா")
        #expect(b[3, 0].text == "क" && b[4, 0].text == "ि")
        #expect(b.line(0) == "கா कि नमस्ते")
        // Unassigned code points are drawn as one replacement column, as counted.
        var u = Buffer(size: Size(width: 4, height: 1))
        u.write("a\u{0378}b", x: 0, y: 0)
        #expect(u.line(0) == "a\u{FFFD}b")
    }

    /// Issue 23.11: tmux (3.3a, measured with its cursor) joins whatever non-ASCII scalar follows a
    /// zero-width joiner into the cell before it, where glibc's wcwidth and xterm give it a cell of its
    /// own; a Tamil name written with a joiner put its row's columns one cell out per joiner. The joiner
    /// is never sent, so every terminal counts the same cells.
    @Test func aZeroWidthJoinerIsNeverSentToTheTerminal() {
        var b = Buffer(size: Size(width: 12, height: 1))
        let written = b.write("தமிழ்\u{200D}செல்வி|", x: 0, y: 0)
        #expect(!b.line(0).unicodeScalars.contains { $0.value == 0x200D })
        #expect(b.line(0).hasPrefix("தமிழ்செல்வி|"))
        #expect(written == DisplayWidth.of("தமிழ்செல்வி|") && b[written - 1, 0].text == "|")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var b = Buffer(size: Size(width: 10, height: 1))
        b.write("Thi\u{0323} X", x: 0, y: 0)
        #expect(b[2, 0].text == "i\u{0323}")
        #expect(b[4, 0].text == "X")
    }

    @Test func drawingIsClippedToTheBuffer() {
        var b = Buffer(size: Size(width: 4, height: 2))
        b.write("hello", x: -2, y: 0)
        b.write("far", x: 2, y: 5)
        b.fill(Rect(x: 3, y: 1, width: 10, height: 10), style: Style(attributes: .reverse))
        #expect(b.line(0) == "llo")
        #expect(b[3, 1].style.attributes.contains(.reverse))
    }
}

@Suite struct TableTests {
    func table() -> Table {
        Table(columns: [
            Table.Column("Name", width: .flexible(min: 8, weight: 1), priority: 100),
            Table.Column("Date", width: .fixed(10), priority: 90),
            Table.Column("CPR", width: .fixed(11), priority: 10),
            Table.Column("Group", width: .fixed(12), priority: 50),
        ], rows: (0..<30).map { [[Span("Borger \($0)")], [Span("2026-11-\($0 % 28 + 1)")], [Span("XXXX")], [Span("ung")]] },
        selected: 3, offset: 0)
    }

    @Test func dropsLowPriorityColumnsWhenNarrow() {
        #expect(table().layout(width: 80).map(\.index) == [0, 1, 2, 3])
        #expect(table().layout(width: 40).map(\.index) == [0, 1, 3])
        #expect(table().layout(width: 25).map(\.index) == [0, 1])
        #expect(table().layout(width: 10).map(\.index) == [0])
        let wide = table().layout(width: 80)
        #expect(wide.reduce(0) { $0 + $1.width } + wide.count - 1 == 80)
    }

    @Test func scrollsAsLittleAsNeeded() {
        #expect(Table.scrollOffset(selected: 3, offset: 0, height: 10, count: 30) == 0)
        #expect(Table.scrollOffset(selected: 12, offset: 0, height: 10, count: 30) == 3)
        #expect(Table.scrollOffset(selected: 2, offset: 5, height: 10, count: 30) == 2)
        #expect(Table.scrollOffset(selected: 29, offset: 0, height: 10, count: 30) == 20)
        #expect(Table.scrollOffset(selected: nil, offset: 50, height: 10, count: 30) == 20)
    }

    @Test func marksTheSelectedRow() {
        var canvas = Canvas(size: Size(width: 40, height: 8), theme: .builtIn, colors: 0, unicode: true)
        table().draw(on: &canvas, in: canvas.bounds)
        #expect(canvas.buffer.line(0).hasPrefix("Name"))
        #expect(canvas.buffer.line(4).hasPrefix("Borger 3"))
        #expect(canvas.buffer[0, 4].style.attributes.contains(.reverse))
        #expect(!canvas.buffer[0, 3].style.attributes.contains(.reverse))
    }
}

@Suite struct TextFieldTests {
    /// Found when the app was tried: a combining mark typed after its letter crashed the drawing.
    @Test(arguments: [["க", "ா"], ["e", "\u{0301}"], ["क", "ि"], ["ส", "ั", "ว"], ["\u{0301}"]])
    func typingCombiningMarksKeepsTheTextAndNeverCrashes(_ typed: [String]) {
        var f = TextField("Navn ")
        for piece in typed { _ = f.handle(.character(Character(piece))) }
        #expect(f.text == "Navn " + typed.joined())
        var canvas = Canvas(size: Size(width: 20, height: 1), theme: .builtIn, colors: 0, unicode: true)
        let cursor = f.draw(on: &canvas, x: 0, y: 0, width: 20)
        #expect(cursor.x == DisplayWidth.of(f.text))
        #expect(canvas.buffer.line(0) == f.text)
        // Editing on from there works on whole graphemes.
        _ = f.handle(.backspace)
        _ = f.handle(.left)
        _ = f.handle(.character("x"))
        #expect(f.text.hasPrefix("Nav") && f.text.contains("x"))
        _ = f.draw(on: &canvas, x: 0, y: 0, width: 3)
    }

    @Test func controlCharactersNeverReachTheText() {
        var f = TextField("a")
        for scalar in [0x00, 0x1C, 0x1D, 0x1E, 0x1F, 0x1B, 0x07, 0x7F, 0x9B] as [UInt32] {
            _ = f.handle(.character(Character(Unicode.Scalar(scalar)!)))
        }
        #expect(f.text == "a")
        var area = TextArea("a")
        _ = area.handle(.character(Character(Unicode.Scalar(0x1B)!)), width: 20)
        _ = area.handle(.character("\n"), width: 20)
        #expect(area.text == "a\n")
    }

    @Test func editsLikeAShellLine() {
        var f = TextField("Søren")
        let handled = f.handle(.backspace)
        #expect(handled && f.text == "Søre")
        _ = f.handle(.home)
        _ = f.handle(.character("Å"))
        #expect(f.text == "ÅSøre" && f.cursor == 1)
        _ = f.handle(.end)
        _ = f.handle(.character(" "))
        _ = f.handle(.character("王"))
        _ = f.handle(.control("w"))
        #expect(f.text == "ÅSøre ")
        _ = f.handle(.control("u"))
        #expect(f.text == "" && f.cursor == 0)
        let up = f.handle(.up)
        #expect(!up)
    }

    @Test func scrollsToKeepTheCursorVisible() {
        var canvas = Canvas(size: Size(width: 10, height: 1), theme: .builtIn, colors: 0, unicode: true)
        let f = TextField("abcdefghijklmnop")
        let cursor = f.draw(on: &canvas, x: 0, y: 0, width: 10)
        #expect(cursor.x == 9)
        #expect(canvas.buffer.line(0) == "hijklmnop")
    }
}

@Suite struct ThemeTests {
    @Test func parsesRolesColoursAndAttributes() throws {
        let theme = try Theme.parse("""
        name = "test" # a comment
        [text]
        fg = "default"
        [overdue]
        fg = "#ff0000"
        bg = 236
        bold = true
        [section]
        underline = true
        """, file: "t.toml")
        #expect(theme.name == "test")
        #expect(theme.style(Role("overdue"), colors: 256) == Style(foreground: .rgb(255, 0, 0), background: .indexed(236), attributes: .bold))
        // A role the theme does not name falls back to its parent, then to text.
        #expect(theme.style(Role("section.family"), colors: 256).attributes == .underline)
        #expect(theme.style(Role("nothing"), colors: 256) == Style())
    }

    @Test func errorsNameTheFileAndLine() {
        let cases: [(String, Int, String)] = [
            ("[text]\nfg = \"purple-ish\"", 2, "not a colour"),
            ("[text\nfg = 1", 1, "table header"),
            ("[text]\nfg = 'x'", 2, "not a value"),
            ("[text]\nsparkle = true", 2, "unknown setting"),
            ("[text]\nfg = \"red\nbold = true", 2, "not closed"),
            ("[a]\n[a]", 2, "twice"),
        ]
        for (text, line, message) in cases {
            do {
                _ = try Theme.parse(text, file: "broken.toml")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.file == "broken.toml" && error.line == line, "\(error)")
                #expect(error.message.contains(message), "\(error)")
                #expect(error.description.hasPrefix("broken.toml:\(line): "))
            }
        }
    }

    @Test func withoutColourRolesKeepTheirMeaningAsAttributes() {
        let style = Theme.builtIn.style(.selection, colors: 0)
        #expect(style.foreground == .default && style.background == .default)
        #expect(style.attributes.contains(.reverse))
        #expect(Theme.builtIn.style(.error, colors: 0).attributes.isSuperset(of: [.bold, .underline]))
    }

    @Test func coloursDegradeToWhatTheTerminalHas() {
        #expect(Color.rgb(255, 0, 0).index(forTerminalColors: 256) == 196)
        #expect(Color.rgb(255, 0, 0).index(forTerminalColors: 16) == 9)
        #expect(Color.rgb(200, 0, 0).index(forTerminalColors: 8) == 1)
        // Greys stay grey: never a hue that would mean something else.
        #expect(Color.indexed(244).index(forTerminalColors: 8) == 7)
        #expect(Color.indexed(244).index(forTerminalColors: 16) == 8)
        #expect(Color.rgb(20, 20, 20).index(forTerminalColors: 8) == 0)
        #expect(Color.standard(12).index(forTerminalColors: 8) == 4)
        #expect(Color.default.index(forTerminalColors: 256) == -1)
        #expect(Color(parsing: "bright-blue") == .brightBlue)
        #expect(Color(parsing: "300") == nil)
    }

    @Test(arguments: [("15;0", TerminalBackground.dark), ("0;15", .light), ("0;default;15", .light), ("0;7", .light),
                      ("12;8", .dark), ("7;0", .dark)])
    func theBackgroundIsReadFromColorFGBG(value: String, background: TerminalBackground) {
        #expect(TerminalBackground(colorFGBG: value) == background)
    }

    @Test func aColorFGBGThatSaysNothingIsNoAnswer() {
        for value in [nil, "", "15;default", "0;16", "light", "0;-1"] as [String?] {
            #expect(TerminalBackground(colorFGBG: value) == nil, "\(String(describing: value))")
        }
    }

    @Test func shippedThemesParse() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(names == ["default.toml", "high-contrast.toml", "light.toml", "monochrome.toml"])
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let theme = try Theme.parse(text, file: name)
            #expect(theme.name + ".toml" == name)
            #expect(theme.style(Role("overdue"), colors: 256) != Style(), "\(name) gives overdue a look")
        }
    }
}

@Suite struct KeyMapTests {
    enum A: Sendable, Equatable { case quit, edit, help }

    @Test func oneTableDrivesDispatchFooterAndHelp() {
        let bindings = [
            KeyBinding([.character("q"), .escape], A.quit, help: "quit", inFooter: true),
            KeyBinding([.character("e")], A.edit, help: "edit", inFooter: true, changesData: true),
            KeyBinding([.character("?")], A.help, help: "help"),
        ]
        let map = KeyMap(bindings)
        #expect(map.action(for: .escape) == .quit)
        #expect(map.action(for: .character("e")) == .edit)
        #expect(map.footer.map(\.text).joined() == "q/Esc quit  e edit")
        #expect(map.helpLines.map(\.keys) == ["q Esc", "e", "?"])
        let readOnly = KeyMap(bindings, readOnly: true)
        #expect(readOnly.action(for: .character("e")) == nil)
        #expect(!readOnly.helpLines.contains { $0.help == "edit" })
    }

    @Test func sparklineHasAnASCIIFallback() {
        #expect(Sparkline.render([1, 4, 7], width: 8, range: 1...7, unicode: true) == "▁▅█")
        #expect(Sparkline.render([1, 4, 7], width: 8, range: 1...7, unicode: false) == "_=#")
        #expect(Sparkline.render([1, 2, 3, 4], width: 2, range: 1...4, unicode: true).count == 2)
    }
}
