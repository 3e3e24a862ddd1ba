import Foundation
import Testing
import TestSupport

/// Names in every script a municipality's citizens bring, drawn by the real binary in a real terminal
/// exactly as stored, and combining marks typed anywhere without a crash.
@Suite(.serialized) struct ScriptsEndToEndTests {
    let tmp = TemporaryFolder("enplan-scripts")
    var data: String { tmp.child("data") }

    static let names = [
        "கார்த்திகா ராஜ்",                     // Tamil: spacing and non-spacing vowel signs
        "प्रिया शर्मा",                                   // Devanagari: conjuncts, vowel signs
        "สมชาย ใจดี",                                   // Thai: marks above and below
        "김민준",                                         // Hangul
        "محمد الحسن",                                    // Arabic
        "Nguye\u{0302}\u{0303}n Thi\u{0323} Hu\u{031B}o\u{031B}\u{0300}ng",   // decomposed Latin
        "王芳",                                           // CJK
        "தமிழ்\u{200D}செல்வி",                          // Tamil written with a zero-width joiner
    ]

    /// A name as the screen shows it: joiners are not sent (tmux and xterm count what follows one
    /// differently), everything else as stored.
    static func drawn(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.value != 0x200D }))
    }

    func enplan(_ args: String) -> String {
        Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(data) + " --today 2026-11-23 " + args
    }

    func prepare() throws {
        let demo = try Binaries.run("enplan", ["demo", "--data", data, "--citizens", "1", "--today", "2026-11-23"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let csv = tmp.child("names.csv")
        let rows = ScriptsEndToEndTests.names.map { "\"\($0)\",aktivitetsparat,mette" }
        try ("name,target_group,coordinator\n" + rows.joined(separator: "\n") + "\n").write(toFile: csv, atomically: false, encoding: .utf8)
        let r = try Binaries.run("enplan", ["import", csv, "--data", data, "--as", "mette"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }

    @Test func everyScriptIsDrawnAsStoredOnTheDashboardPlanDetailAndTimeline() throws {
        try prepare()
        let tmux = try Tmux(enplan("--as mette --lang en"), width: 120, height: 30)
        try tmux.wait(for: "My citizens (mette)")
        try tmux.send("s")   // by name: all seven on screen
        let screen = try tmux.wait(for: "sort: name")
        for name in ScriptsEndToEndTests.names.map(ScriptsEndToEndTests.drawn) {
            #expect(screen.contains(name), "\(name.unicodeScalars.map { String($0.value, radix: 16) }) not drawn as stored:\n\(screen)")
        }
        // Issue 23.11: a Tamil name pushed its row's columns out. Measured as tmux 3.3a places cells
        // (glibc's wcwidth, scalar by scalar, but a non-ASCII scalar after a zero-width joiner joins the
        // cell before), every citizen's row ends in the same column as an ASCII one.
        func cells(_ line: Substring) -> Int {
            var count = 0
            var afterJoiner = false
            for scalar in line.unicodeScalars {
                if !(afterJoiner && !scalar.isASCII) {
                    count += max(0, Int(GlibcWidth.of(scalar.value...scalar.value)?.first ?? 1))
                }
                afterJoiner = scalar.value == 0x200D
            }
            return count
        }
        // The table is what comes before the detail pane's border.
        let table = screen.split(separator: "\n").map { $0.prefix { $0 != "│" && $0 != "┌" && $0 != "└" } }
        let rows = table.filter { row in ScriptsEndToEndTests.names.contains { row.contains(ScriptsEndToEndTests.drawn($0)) } }
        let ends = Set(rows.map { cells(Substring(String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression))) })
        #expect(rows.count == ScriptsEndToEndTests.names.count && ends.count == 1, "rows end in different columns \(ends):\n\(rows.joined(separator: "\n"))")
        for stored in ScriptsEndToEndTests.names {
            // Go to the citizen with the search (typed without a joiner, as people type), then the plan
            // title, and the timeline's.
            let name = ScriptsEndToEndTests.drawn(stored)
            try tmux.send("/")
            try tmux.type(name)
            try tmux.send("Enter")
            let detail = try tmux.wait(for: "detail pane of \(name)") { $0.contains("┌─ " + name) }
            #expect(detail.contains(name))
            try tmux.send("Enter")
            try tmux.wait(for: "plan title of \(name)") { $0.split(separator: "\n").first?.contains(" " + name + " ") == true }
            try tmux.send("t")
            try tmux.wait(for: "timeline title of \(name)") { $0.split(separator: "\n").first?.contains("· " + name) == true }
            try tmux.send("q")
            try tmux.wait(for: "rev.")
            try tmux.send("q")
            try tmux.wait(for: "sort: name")
            try tmux.send("Escape")
        }
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func typingCombiningMarksInTheSearchAndAFormNeverCrashes() throws {
        try prepare()
        let tmux = try Tmux(enplan("--as mette --lang en"))
        try tmux.wait(for: "My citizens (mette)")
        try tmux.send("/")
        try tmux.type("க")
        try tmux.type("ா")
        try tmux.wait(for: "search: கா")
        try tmux.send("BSpace")
        try tmux.type("e")
        try tmux.type("\u{0301}")
        try tmux.type("क")
        try tmux.type("ि")
        try tmux.wait(for: "search: ")
        try tmux.send("Escape")
        try tmux.send("n")
        try tmux.wait(for: "New citizen")
        for piece in ["Ame", "\u{0301}", "lie ", "க", "ா", "ர் ", "क", "ि"] { try tmux.type(piece) }
        try tmux.wait(for: "Ame\u{0301}lie கார் कि")
        try tmux.send("Escape")
        try tmux.wait(for: "Discard what you typed?")
        try tmux.send("Left", "Enter")
        try tmux.wait(for: "My citizens (mette)")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    @Test func aTerminalThatCannotMoveTheCursorIsToldWhatToUse() throws {
        try prepare()
        let tmux = try Tmux(enplan("--as mette --lang en"), environment: ["TERM": "dumb"])
        try tmux.wait(for: "cannot move the cursor")
        try tmux.wait(for: "enplan list")
    }
}
