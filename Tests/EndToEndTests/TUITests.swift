import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal (tmux): start, draw, search, help, resize, quit, hang-up.
@Suite(.serialized) struct TUITests {
    let tmp = TemporaryFolder("enplan-tui")
    var data: String { tmp.child("data") }

    func demo() throws {
        let r = try Binaries.run("enplan", ["demo", "--data", data, "--citizens", "40", "--today", "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    func enplan(_ args: String) -> String {
        Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(data) + " --today 2026-11-23 " + args
    }

    /// Issue 23 in a real terminal, in Danish, at 8 colours (TERM=xterm): the help says each symbol
    /// whole, a consent naming "Familie, børn og unge" saves as it is with every department on screen,
    /// the status form asks only what the action needs, and colleagues are named in full.
    @Test func aCoordinatorsMorningInDanishAtEightColours() throws {
        try demo()
        let tmux = try Tmux(enplan("--as mette --lang da"), width: 100, height: 30, environment: ["TERM": "xterm"])
        try tmux.wait(for: "Mine borgere (mette)")
        try tmux.send("?")
        // The whole overlay drawn (tmux may be read while a frame is still arriving).
        // Whole, though it may wrap under its key in a column: "denne uge" in the help and in the footer.
        let help = try tmux.wait(for: "the help's symbols whole") {
            $0.contains("Symboler") && $0.contains("opfølgning i dag eller") && $0.components(separatedBy: "denne uge").count >= 3
        }
        #expect(!help.contains("ell…"), "\(help)")
        try tmux.send("Escape")
        try tmux.send("Enter")
        try tmux.wait(for: "rev.")
        try tmux.send("c")
        try tmux.wait(for: "Erstatter")
        // Tab to the departments: the form scrolls to show the whole list.
        try tmux.send("Tab", "Tab", "Tab", "Tab", "Tab")
        let consent = try tmux.wait(for: "the departments, every one") {
            $0.contains("] Familie, børn og unge") && $0.contains("] Borgerservice: ydelser og bolig")
        }
        #expect(consent.contains("Deler planen"), "\(consent)")
        try tmux.send("C-s")
        try tmux.wait(for: "Gemt (revision")
        try tmux.send("s")
        // A frame may reach the pane in pieces: wait for the whole form, and fail (by timeout) if
        // the wrong field is still there once it is drawn.
        try tmux.wait(for: "the closing form asking a reason and no resume date") {
            $0.contains("Sagens status") && $0.contains("Årsag") && !$0.contains("Genoptages ca.")
        }
        try tmux.send("Right")
        try tmux.wait(for: "the pausing form asking a resume date and no reason") {
            $0.contains("Genoptages ca.") && !$0.contains("Årsag")
        }
        try tmux.send("Escape")
        try tmux.wait(for: "Kassér det, du har skrevet?")
        try tmux.send("Left", "Enter")
        try tmux.wait(for: "the plan without the form") { !$0.contains("Sagens status") }
        try tmux.send("q")
        try tmux.wait(for: "Mine borgere (mette)")
        try tmux.send("T")
        try tmux.wait(for: "Aisha Karimi (aisha)")
        try tmux.send("h")
        try tmux.wait(for: "sager fra Aisha Karimi (aisha)")
        try tmux.send("Escape")
        try tmux.send("q", "q")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func startSearchHelpResizeQuit() throws {
        try demo()
        let tmux = try Tmux(enplan("--as mette --lang da"))
        try tmux.wait(for: "Mine borgere (mette)")
        var screen = try tmux.wait(for: "overskredet")
        #expect(screen.contains("Opfølgning"))
        // Search: type a name with ø, see the list narrow, commit with Enter.
        try tmux.send("/")
        try tmux.wait(for: "søg:")
        try tmux.type("Nørg")
        screen = try tmux.wait(for: "narrowed to Nørgaard") { s in
            let rows = s.split(separator: "\n").filter { ($0.contains("»") || $0.contains(".2026") || $0.contains(".2027")) && !$0.contains("søg:") }
            return !rows.isEmpty && rows.allSatisfy { $0.contains("Nørgaard") }
        }
        try tmux.send("Enter")
        try tmux.wait(for: "søg: Nørg")
        try tmux.send("Escape")
        try tmux.wait(for: "sortering: opfølgning ") { !$0.contains("søg: Nørg") }
        // Help.
        try tmux.send("?")
        try tmux.wait(for: "Hjælp")
        try tmux.wait(for: "afslut straks")
        try tmux.send("Escape")
        try tmux.wait(for: "closed help") { !$0.contains("Hjælp") }
        // Resize down to 20x6, then up to 220x70.
        try tmux.resize(width: 20, height: 6)
        try tmux.wait(for: "40×10")
        try tmux.resize(width: 220, height: 70)
        screen = try tmux.wait(for: "wide layout") { $0.contains("Målgruppe") && $0.contains("CPR-nr.:") }
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count >= 70)
        try tmux.resize(width: 80, height: 24)
        try tmux.wait(for: "overskredet")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        // The search was audited with its text.
        let audit = try Binaries.run("enplan", ["check", "--data", data])
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        let segment = try String(contentsOfFile: data + "/audit/mette/" + (try FileManager.default.contentsOfDirectory(atPath: data + "/audit/mette").first ?? ""), encoding: .utf8)
        #expect(segment.contains("\"action\":\"search\"") && segment.contains("\"query\":\"Nørg\""))
    }

    /// Found by an attacker: a trap in the screen handed the terminal to the Swift runtime's interactive
    /// debugger ("Press space to interact"), which can read process memory (the folder's key). Now the
    /// terminal is given back as it was and the process ends; alone and in a team session alike.
    @Test(arguments: ["--as mette --lang en", "session --user mette --role coordinator --lang en"])
    func aCrashGivesTheTerminalBackAndNoDebugger(mode: String) throws {
        try demo()
        // After enplan: the pane's terminal modes, to see that echo and line editing came back.
        let tmux = try Tmux(enplan(mode) + "; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '",
                            width: 100, height: 30)
        try tmux.wait(for: "mette")
        #expect(try tmux.format("#{alternate_on}") == "1")
        let pid = try #require(try tmux.programPID())
        kill(pid, SIGILL)
        let screen = try tmux.wait(for: "the process ended by the signal") { $0.contains("Illegal instruction") && $0.contains("[exit ") }
        #expect(screen.contains("stopped because of an error; what was saved is safe"), "\(screen)")
        #expect(!screen.contains("Press space") && !screen.contains("interact"), "\(screen)")
        #expect(screen.contains("icanon echo"), "line editing and echo are back: \(screen)")
        #expect(try tmux.format("#{alternate_on}") == "0", "the full screen was left")
        #expect(try tmux.format("#{cursor_flag}") == "1", "the cursor is shown")
    }

    @Test func englishWithoutColourAndOpenAPlan() throws {
        try demo()
        let tmux = try Tmux(enplan("--as jonas --lang en"), environment: ["NO_COLOR": "1"])
        try tmux.wait(for: "My citizens (jonas)")
        try tmux.send("Enter")
        try tmux.wait(for: "Employment")
        try tmux.wait(for: "-XXXX")
        try tmux.send("q")
        try tmux.wait(for: "My citizens (jonas)")
        try tmux.send("C-c")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func hangUpRestoresTheTerminalAndExits() throws {
        try demo()
        let tmux = try Tmux(enplan("--as mette"))
        try tmux.wait(for: "mette")
        // SIGHUP, as a dropped ssh connection sends.
        kill(try #require(try tmux.programPID()), SIGHUP)
        try tmux.wait(for: "[exit 0]")
        // The terminal was given back: the shell's echo line is visible on a normal screen.
        let screen = try tmux.screen()
        #expect(!screen.contains("overskredet") && !screen.contains("overdue"))
    }

    @Test func sigtermRestoresTheTerminalAndExits() throws {
        try demo()
        let tmux = try Tmux(enplan("--as mette --lang en"))
        try tmux.wait(for: "My citizens (mette)")
        kill(try #require(try tmux.programPID()), SIGTERM)
        try tmux.wait(for: "[exit 0]")
    }

    @Test func anUnknownTerminalTypeFallsBackAndSaysSo() throws {
        try demo()
        let tmux = try Tmux(enplan("--as mette --lang en"), environment: ["TERM": "no-such-terminal-xyz"])
        try tmux.wait(for: "TERM=no-such-terminal-xyz is unknown here")
        try tmux.wait(for: "My citizens (mette)")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func aNewCitizenTypedInTheTUIIsOnDiskAndListed() throws {
        try demo()
        let tmux = try Tmux(enplan("--as mette --lang en"))
        try tmux.wait(for: "My citizens (mette)")
        try tmux.send("n")
        try tmux.wait(for: "New citizen")
        try tmux.type("Åse Ærø 王芳")
        try tmux.send("Tab")
        try tmux.type("010203-4321")
        try tmux.send("C-s")
        try tmux.wait(for: "Åse Ærø 王芳 was created")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        let list = try Binaries.run("enplan", ["list", "--data", data, "--format", "csv"])
        #expect(list.stdout.contains("Åse Ærø 王芳,010203-XXXX,aktivitetsparat,mette"), "\(list.stdout)")
    }

    @Test func aCoordinatorClosesACaseAndLooksAtTheTeam() throws {
        try demo()
        let tmux = try Tmux(enplan("--as mette --lang da"))
        try tmux.wait(for: "Mine borgere (mette)")
        // Open the first plan, go to the citizen tab and close the case for "job".
        try tmux.send("Enter")
        try tmux.wait(for: "rev.")
        try tmux.send("5")
        try tmux.wait(for: "Status: ")
        try tmux.send("s")
        try tmux.wait(for: "Sagens status")
        try tmux.send("Tab")
        try tmux.type("job")
        try tmux.send("C-s")
        try tmux.wait(for: "Sagen er nu: afsluttet: job")
        try tmux.send("q")
        // The closed case leaves the dashboard; `c` shows it, marked in words.
        try tmux.wait(for: "Mine borgere (mette)") { !$0.contains("x afsluttet") }
        try tmux.send("c")
        try tmux.wait(for: "x afsluttet: job")
        // The team overview, sorted by overdue, then one colleague's caseload.
        try tmux.send("T")
        // Waited for whole: a capture can fall between the tab line and the rows of one frame.
        var screen = try tmux.wait(for: "the team overview with jonas and the total") {
            $0.contains("[Plankoordinatorer]") && $0.contains("jonas") && $0.contains("I alt")
        }
        #expect(screen.contains("jonas") && screen.contains("I alt"), "\(screen)")
        try tmux.send("s", "s")
        try tmux.wait(for: "sorteret efter: Overskr.")
        try tmux.resize(width: 40, height: 12)
        screen = try tmux.wait(for: "Møder") { $0.split(separator: "\n").allSatisfy { $0.count <= 40 } }
        try tmux.resize(width: 80, height: 24)
        try tmux.send("g")
        try tmux.send("Enter")
        screen = try tmux.wait(for: "Plankoordinator: ")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func readOnlyModeSaysSo() throws {
        try demo()
        let tmux = try Tmux(enplan("--read-only --lang en"))
        try tmux.wait(for: "READ-ONLY")
        try tmux.wait(for: "[Coordinators]")
        try tmux.send("q")
        try tmux.wait(for: "All citizens")
        try tmux.send("n")
        try tmux.wait(for: "Read-only access")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func aBrokenThemeIsNamedWithFileAndLine() throws {
        try demo()
        let theme = tmp.child("broken.toml")
        try "[text]\nfg = \"chartreuse-ish\"\n".write(toFile: theme, atomically: false, encoding: .utf8)
        let tmux = try Tmux(enplan("--as mette --lang en --theme " + Tmux.quote(theme)))
        try tmux.wait(for: "broken.toml:2")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func notATerminalIsAClearMessage() throws {
        try demo()
        let r = try Binaries.run("enplan", ["--data", data, "--as", "mette"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("needs a terminal"))
    }
}
