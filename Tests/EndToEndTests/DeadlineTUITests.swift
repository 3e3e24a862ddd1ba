import Foundation
import Testing
import TestSupport

/// D on the dashboard in a real terminal (tmux, TERM=xterm, Danish): the deadlines, then a plan.
@Suite(.serialized) struct DeadlineTUITests {
    let tmp = TemporaryFolder("enplan-deadline-tui")
    var data: String { tmp.child("data") }

    @Test func dShowsTheDeadlinesAndEnterOpensThePlan() throws {
        #expect(try Binaries.run("enplan", ["demo", "--data", data, "--citizens", "40", "--today", "2026-11-23"]).status == 0)
        let command = Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(data) + " --today 2026-11-23 --as mette --lang da"
        let tmux = try Tmux(command, width: 100, height: 30, environment: ["TERM": "xterm"])
        try tmux.wait(for: "Mine borgere (mette)")
        try tmux.send("D")
        try tmux.wait(for: "the deadline list, overdue first") { $0.contains("Frister · 23.12.2026") && $0.contains("! ") }
        try tmux.send("Enter")
        try tmux.wait(for: "rev.")
        try tmux.send("q")
        try tmux.wait(for: "the dashboard again") { $0.contains("Mine borgere (mette)") && !$0.contains("Frister ·") }
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }
}
