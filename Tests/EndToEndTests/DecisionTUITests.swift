import Foundation
import Testing
import TestSupport

/// A decision typed in a real terminal (tmux, 8 colours as TERM=xterm gives): D on an effort, the form,
/// Ctrl-S, the citizen tab lists it, and the store has it.
@Suite(.serialized) struct DecisionTUITests {
    let tmp = TemporaryFolder("enplan-decide-tui")
    var data: String { tmp.child("data") }

    func run(_ args: [String]) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data, "--today", "2026-11-23"])
    }

    /// A citizen of mette's whose employment section ends with a running effort: G selects it.
    func citizenEndingWithARunningEffort() throws -> (name: String, id: String, effort: String) {
        #expect(try run(["demo", "--citizens", "40"]).status == 0)
        for line in try run(["list", "--coordinator", "mette", "--format", "csv"]).stdout.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let object = try JSONSerialization.jsonObject(with: Data(try run(["show", columns[0], "--format", "json"]).stdout.utf8)) as? [String: Any]
            let employment = (object?["sections"] as? [String: [String: Any]])?["employment"]
            if let last = (employment?["efforts"] as? [[String: Any]])?.last, last["status"] as? String == "active",
               let title = last["title"] as? String, !columns[1].contains("\"") {
                return (columns[1], columns[0], title)
            }
        }
        Issue.record("no citizen of mette's ends the employment section with a running effort")
        throw CancellationError()
    }

    @Test func dRecordsADecisionThatTheCitizenTabListsAndTheStoreKeeps() throws {
        let (name, id, effort) = try citizenEndingWithARunningEffort()
        let command = Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(data) + " --today 2026-11-23 --as mette --lang da"
        let tmux = try Tmux(command, width: 100, height: 30, environment: ["TERM": "xterm"])
        try tmux.wait(for: "Mine borgere (mette)")
        try tmux.send("/")
        try tmux.type(String(name.prefix(12)))
        try tmux.send("Enter", "Enter")
        try tmux.wait(for: "rev.")
        try tmux.send("1", "G", "D")
        try tmux.wait(for: "Afgørelse om " + String(effort.prefix(20)))
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.type("Timetallet sættes op efter aftale med dig.")
        try tmux.send("C-s")
        try tmux.wait(for: "the form closed") { !$0.contains("Afgørelse om") }
        // The citizen tab lists decisions below the meetings and notes: G goes to the end.
        try tmux.send("5")
        try tmux.wait(for: "Samtaler og møder")
        try tmux.send("G")
        try tmux.wait(for: "the decision under its heading") { $0.contains("Afgørelser") && $0.contains("ændret · " + String(effort.prefix(10))) }
        try tmux.send("q", "q")
        try tmux.wait(for: "[exit 0]")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try run(["show", id, "--format", "json"]).stdout.utf8)) as? [String: Any])
        let decision = try #require((object["decisions"] as? [[String: Any]])?.last)
        #expect(decision["outcome"] as? String == "changed" && decision["reasons"] as? String == "Timetallet sættes op efter aftale med dig.")
        #expect(decision["decidedBy"] as? String == "mette" && decision["effortTitle"] as? String == effort)
    }
}
