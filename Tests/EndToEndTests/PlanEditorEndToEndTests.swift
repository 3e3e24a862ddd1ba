import Foundation
import Testing
import TestSupport

/// The plan editor in a real terminal: keys typed into the real binary, results read back with the CLI.
@Suite(.serialized) struct PlanEditorEndToEndTests {
    let tmp = TemporaryFolder("enplan-plan")
    var data: String { tmp.child("data") }

    func enplan(_ args: String) -> String {
        Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(data) + " --today 2026-11-23 " + args
    }

    /// A demo caseload; returns the id and name of one of mette's citizens.
    func demoCitizen() throws -> (id: String, name: String) {
        let r = try Binaries.run("enplan", ["demo", "--data", data, "--citizens", "40", "--today", "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
        let list = try Binaries.run("enplan", ["list", "--data", data, "--coordinator", "mette", "--format", "csv"])
        let row = try #require(list.stdout.split(separator: "\n").dropFirst().first).split(separator: ",")
        return (String(row[0]), String(row[1]))
    }

    /// Finds the citizen by name on the dashboard and opens the plan.
    func open(_ citizen: (id: String, name: String), in tmux: Tmux, everyone: Bool = false) throws {
        try tmux.wait(for: "enplan")
        if everyone { try tmux.send("v") }
        try tmux.send("/")
        try tmux.type(citizen.name)
        try tmux.send("Enter")
        try tmux.wait(for: "only \(citizen.name) listed") { $0.contains("▶ " + citizen.name) && $0.contains(" 1/1") }
        try tmux.send("Enter")
        try tmux.wait(for: citizen.id)
    }

    @Test func aGoalInDanishAndChineseIsSavedAndShownByTheCLI() throws {
        let citizen = try demoCitizen()
        let tmux = try Tmux(enplan("--as mette --lang en"))
        try open(citizen, in: tmux)
        try tmux.send("a")
        try tmux.wait(for: "What do you want to add?")
        try tmux.send("Enter")
        try tmux.wait(for: "Expected (1-7)")
        try tmux.type("Få styr på økonomien 学习丹麦语")
        try tmux.send("C-s")
        try tmux.wait(for: "Saved (revision")
        try tmux.wait(for: "Få styr på økonomien 学习丹麦语")
        try tmux.send("q")
        try tmux.wait(for: " enplan · ")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        let show = try Binaries.run("enplan", ["show", citizen.id, "--data", data, "--format", "md"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Få styr på økonomien 学习丹麦语"))
        let audit = try Binaries.run("enplan", ["audit", "show", citizen.id, "--data", data])
        #expect(audit.stdout.contains("update"), "\(audit.stdout)")
        let check = try Binaries.run("enplan", ["check", "--data", data])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// Tab 6 in a real terminal: an area recorded, its finding made a goal, then the plan printed as
    /// the letter for the citizen with the coordinator's full name from the users catalogue.
    @Test func aJointAssessmentBecomesAGoalAndThePrintedLetter() throws {
        let citizen = try demoCitizen()
        let tmux = try Tmux(enplan("--as mette --lang en"))
        try open(citizen, in: tmux)
        try tmux.send("6")
        try tmux.wait(for: "[6 Assessment")
        try tmux.wait(for: "Housing")
        try tmux.send("a")
        try tmux.wait(for: "New assessment: Work and education")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.type("Vil gerne arbejde med træ; ingen uddannelse")
        try tmux.send("BTab")
        try tmux.type("mostly a barrier")
        try tmux.send("C-s")
        try tmux.wait(for: "Saved (revision")
        try tmux.wait(for: "Vil gerne arbejde med træ")
        try tmux.send("M")
        try tmux.wait(for: "Goal from the assessment: Work and education")
        try tmux.send("C-s")
        try tmux.wait(for: "The goal is set in Employment")
        try tmux.wait(for: "→ goal")
        let letter = tmp.child("brev.html")
        try tmux.send("w")
        try tmux.wait(for: "Print")
        try tmux.send("C-u")
        try tmux.type(letter)
        try tmux.send("Enter")
        try tmux.wait(for: "written to")
        try tmux.send("q")
        try tmux.wait(for: " enplan · ")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        let html = try String(contentsOfFile: letter, encoding: .utf8)
        #expect(html.contains("Vil gerne arbejde med træ") && html.contains("Mette Lindholm, telefon"))
        let json = try Binaries.run("enplan", ["show", citizen.id, "--data", data, "--format", "json"])
        #expect(json.stdout.contains("\"origin\"") && json.stdout.contains("\"assessments\""))
        let check = try Binaries.run("enplan", ["check", "--data", data])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func twoCoordinatorsEditingTheSameCitizenLoseNothing() throws {
        let citizen = try demoCitizen()
        let mette = try Tmux(enplan("--as mette --lang en"))
        let jonas = try Tmux(enplan("--as jonas --lang en"))
        try open(citizen, in: mette)
        try open(citizen, in: jonas, everyone: true)
        // Mette writes the citizen's own words and saves first.
        try mette.send("o")
        try mette.wait(for: "own words and overall goal")
        try mette.send("Enter")   // a new paragraph after what is there
        try mette.type("Jeg vil have et arbejde med mine hænder")
        try mette.send("C-s")
        try mette.wait(for: "Saved (revision")
        // Jonas, still on the revision he opened, adds a goal: told, then applies it to Mette's version.
        try jonas.send("a")
        try jonas.wait(for: "What do you want to add?")
        try jonas.send("Enter")
        try jonas.wait(for: "Expected (1-7)")
        try jonas.type("Mål fra Jonas: cykle til arbejde")
        try jonas.send("C-s")
        try jonas.wait(for: "mette saved this plan")
        try jonas.wait(for: "Nothing was overwritten")
        try jonas.send("Enter")
        try jonas.wait(for: "Saved (revision")
        try jonas.wait(for: "Mål fra Jonas: cykle til arbejde")
        try jonas.send("5")
        try jonas.wait(for: "Jeg vil have et arbejde med mine hænder")   // Mette's words, on Jonas' screen too
        for tmux in [mette, jonas] {
            try tmux.send("q")
            try tmux.wait(for: " enplan · ")
            try tmux.send("q")
            try tmux.wait(for: "[exit 0]")
        }
        let show = try Binaries.run("enplan", ["show", citizen.id, "--data", data, "--format", "json"])
        #expect(show.stdout.contains("Jeg vil have et arbejde med mine hænder"))
        #expect(show.stdout.contains("Mål fra Jonas: cykle til arbejde"))
        let check = try Binaries.run("enplan", ["check", "--data", data])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

/// The timeline in a real terminal: open a demo citizen's timeline, record a measurement, see it.
@Suite(.serialized) struct TimelineEndToEndTests {
    let tmp = TemporaryFolder("enplan-timeline")
    var data: String { tmp.child("data") }

    @Test func aMeasurementRecordedInThePlanShowsOnTheTimelineChart() throws {
        let r = try Binaries.run("enplan", ["demo", "--data", data, "--citizens", "40", "--today", "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
        let command = Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(data) + " --today 2026-11-23 --as mette --lang en"
        let tmux = try Tmux(command, width: 100, height: 30)
        try tmux.wait(for: " enplan · ")
        try tmux.send("t")
        // The chart is drawn below its title: wait for the whole frame, not the first line of it.
        var screen = try tmux.wait(for: "the timeline with its braille chart") {
            $0.contains("Progression: citizen's average")
                && ($0.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } || $0.contains("No progression measurements"))
        }
        #expect(screen.contains("Timeline ·"))
        // Back to the dashboard, into the plan, record a measurement of all 7s.
        try tmux.send("q")
        try tmux.wait(for: " enplan · ")
        try tmux.send("Enter")
        try tmux.wait(for: "rev.")
        try tmux.send("p")
        try tmux.wait(for: "Progression measurement")
        try tmux.type("7777777777")
        try tmux.wait(for: "citizen's average: 7.0")
        try tmux.send("Tab")   // digits stop at the last indicator: Tab to the date, Tab to the note
        try tmux.send("Tab")
        try tmux.type("Alt går bedre")
        try tmux.send("C-s")
        try tmux.wait(for: "Saved (revision")
        try tmux.send("t")
        screen = try tmux.wait(for: "citizen's average 7.0 · caseworker's view 7.0 · Alt går bedre")
        // The newest point is at the top of the chart: the top row of the plot has braille dots.
        let top = try #require(screen.split(separator: "\n").first { $0.hasPrefix(" 7 │") })
        #expect(top.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "\(screen)")
        try tmux.send("q")
        try tmux.wait(for: "rev.")
        try tmux.send("q")
        try tmux.wait(for: " enplan · ")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }
}
