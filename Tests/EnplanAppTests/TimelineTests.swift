@testable import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

@Suite struct TimelineTests {
    /// The demo citizen with the most measurements: a long history.
    func demo(_ pick: ([CaseFile]) -> CaseFile?) throws -> FakeSource {
        let files = DemoCaseload(citizens: 12, coordinators: 1, seed: 42, today: Fixtures.today).makeCaseFiles()
        let file = try #require(pick(files))
        return FakeSource(user: file.citizen.coordinator, files: [file])
    }

    /// An open case: a closed one is not on the dashboard to press `t` on.
    func longHistory() throws -> FakeSource {
        try demo { $0.filter(\.status.isOpen).max { $0.measurements.count < $1.measurements.count } }
    }

    func app(_ source: FakeSource, _ language: Language = .da, size: Size = Size(width: 80, height: 24)) -> App {
        App(source: source, language: language, theme: .builtIn, size: size)
    }

    func screen(_ a: App, unicode: Bool = true) -> String { Golden.render(a, unicode: unicode).text }

    var timeline: (App) -> TimelineState? = { a in
        if case let .timeline(t) = a.state.screen { return t }
        return nil
    }

    @Test func goldenLongHistoryAtThreeSizes() throws {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40)] {
            let a = app(try longHistory(), size: size)
            a.press(.character("t"))
            #expect(Golden.check(Golden.render(a), "timeline-long-\(size)") == nil)
        }
    }

    @Test func goldenShortSingleAndNoMeasurements() throws {
        let source = FakeSource(files: Fixtures.caseload())
        let a = app(source, .en)
        // Åse has four measurements, 王芳 one, Bjørn (jonas's) none: see them through everyone's caseload.
        a.press(.character("t"))
        #expect(Golden.check(Golden.render(a), "timeline-short-80x24") == nil)
        a.press(.character("q"), .character("/"))
        for ch in "王芳" { a.press(.character(ch)) }
        a.press(.enter, .character("t"))
        #expect(screen(a).contains("One measurement: the line comes with the next"))
        #expect(Golden.check(Golden.render(a), "timeline-single-80x24") == nil)
        a.press(.character("q"), .escape, .character("v"), .character("/"))
        for ch in "long" { a.press(.character(ch)) }
        a.press(.enter, .character("t"))
        #expect(Golden.check(Golden.render(a), "timeline-none-80x24") == nil)
        #expect(screen(a).contains("No progression measurements yet"))
    }

    /// Issue 24, item 4: the chart's line and a measurement's line are the citizen's own scores; the
    /// caseworker's view is said beside them, never averaged in.
    @Test func theChartAndAMeasurementKeepTheTwoVoicesApart() throws {
        var file = try #require(Fixtures.caseload().first)
        file.measurements = [
            Measurement(id: "m1", date: Fixtures.today.adding(days: -30), by: "mette", instrumentID: Instrument.standard.id,
                        scores: ["health": 2, "daily-life": 2, "caseworker-belief": 5]),
            Measurement(id: "m2", date: Fixtures.today.adding(days: -1), by: "mette", instrumentID: Instrument.standard.id,
                        scores: ["health": 3, "daily-life": 4, "caseworker-belief": 1]),
        ]
        #expect(TimelineView.series(file, instrument: .standard, index: 0).map(\.y) == [2.0, 3.5])
        let event = try #require(file.timeline().first { $0.kind == .measurement && $0.itemID == "m2" })
        let title = TimelineView.title(of: event, in: file, instrument: .standard, language: .da)
        #expect(title.hasPrefix("borgerens gennemsnit 3,5 · sagsbehandlerens vurdering 1,0"), "\(title)")
    }

    @Test func asciiFallbackHasNoUnicodeSymbols() throws {
        let a = app(try longHistory(), .en)
        a.press(.character("t"))
        let text = screen(a, unicode: false)
        #expect(text.contains("*"), "ASCII points")
        #expect(!text.contains("⠀") && !text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        #expect(Golden.check(Golden.render(a, unicode: false), "timeline-ascii-80x24") == nil)
    }

    @Test func filtersBySectionAndKindAndJumpsToADate() throws {
        let source = try longHistory()
        let a = app(source, .en)
        a.press(.character("t"))
        let all = try #require(timeline(a)).visible.count
        #expect(timeline(a)?.selected == all - 1, "the newest event is selected")
        a.press(.character("s"))
        let employment = try #require(timeline(a))
        #expect(employment.sectionFilter == .section(.employment))
        #expect(employment.visible.allSatisfy { employment.events[$0].section == .employment })
        #expect(screen(a).contains("Employment"))
        for _ in 0..<4 { a.press(.character("s")) }
        #expect(timeline(a)?.sectionFilter == .wholePlan)
        a.press(.character("s"))
        #expect(timeline(a)?.visible.count == all)
        a.press(.character("d"))
        for ch in "31.02.25" { a.press(.character(ch)) }
        a.press(.enter)
        #expect(screen(a).contains("'31.02.25' is not a day in the calendar"))
        a.press(.character("d"))
        for ch in "1.1.26" { a.press(.character(ch)) }
        a.press(.enter)
        let after = try #require(timeline(a))
        let jumped = try #require(after.selectedEvent)
        #expect(jumped.date >= CalendarDate(year: 2026, month: 1, day: 1)!)
        #expect(after.events[after.visible[after.selected - 1]].date < CalendarDate(year: 2026, month: 1, day: 1)!,
                "the first event on or after the date")
        a.press(.character("f"))
        let kinds = try #require(timeline(a))
        #expect(kinds.kindFilter != nil)
        #expect(kinds.visible.allSatisfy { kinds.events[$0].kind == kinds.kindFilter })
    }

    @Test func enterOpensTheEventsItemInThePlan() throws {
        let source = try longHistory()
        let a = app(source, .en)
        a.press(.character("t"), .character("f"))   // plan created
        var kind = timeline(a)?.kindFilter
        while kind != .goalSet && kind != nil {
            a.press(.character("f"))
            kind = timeline(a)?.kindFilter
        }
        let event = try #require(timeline(a)?.selectedEvent)
        a.press(.enter)
        guard case let .plan(plan) = a.state.screen else {
            Issue.record("Enter did not open the plan")
            return
        }
        #expect(plan.tab.section == event.section)
        #expect(screen(a).contains("›") && screen(a).split(separator: "\n").contains { $0.hasPrefix("›") && $0.contains(event.title) })
    }

    @Test func theChartCyclesThroughTheIndicators() throws {
        let a = app(try longHistory(), .en, size: Size(width: 120, height: 40))
        a.press(.character("t"))
        #expect(screen(a).contains("Progression: citizen's average"))
        a.press(.character("c"))
        #expect(screen(a).contains("Progression: " + Instrument.standard.indicators[0].nameEn))
    }

    @Test func recordsAMeasurementWithDigitsAndArrowsShowingTheChange() throws {
        let source = FakeSource(files: Fixtures.caseload())   // Åse: last measurement all 4s
        let a = app(source, .en)
        a.press(.enter, .character("p"))
        #expect(Golden.check(Golden.render(a), "measurement-form-80x24") == nil)
        a.press(.control("s"))
        #expect(screen(a).contains("! score at least one indicator"))
        a.press(.character("5"), .character("3"))
        #expect(screen(a).contains("+1"))
        #expect(screen(a).contains("-1"))
        a.press(.right, .right)   // third indicator: from the last score 4 to 5, then 6
        a.press(.down, .character("9"))
        a.press(.backTab, .left)  // back to the third: 6 becomes 5
        a.press(.down, .down, .down, .down, .down, .down, .down, .down)
        #expect(screen(a).contains("average: 4.3"), "5, 3 and 5 scored")
        a.press(.tab, .tab)   // the date, then the note
        for ch in "Bedre søvn, mere overskud" { a.press(.character(ch)) }
        a.press(.control("s"))
        let recorded = try #require(source.files[0].measurements.last)
        let keys = Instrument.standard.indicators.map(\.key)
        #expect(recorded.scores == [keys[0]: 5, keys[1]: 3, keys[2]: 5])
        #expect(recorded.note == "Bedre søvn, mere overskud")
        #expect(recorded.date == Fixtures.today)
        #expect(source.events.contains { $0.action == .update && $0.detail == "progression measurement" })
        a.press(.character("t"))
        #expect(timeline(a)?.selectedEvent?.kind == .measurement, "the newest event is the measurement")
    }

    @Test func aMeasurementDateIsChecked() {
        let source = FakeSource(files: Fixtures.caseload())
        let a = app(source, .en)
        a.press(.enter, .character("p"), .character("4"))
        a.press(.tab)
        a.press(.control("u"))
        for ch in "i går" { a.press(.character(ch)) }
        a.press(.control("s"))
        #expect(screen(a).contains("! write a date as 2026-11-22, 22-11-2026 or 22.11.26"))
        #expect(source.files[0].measurements.count == 4)
        a.press(.escape)
        #expect(screen(a).contains("Discard what you typed?"))
        a.press(.left, .enter)
        #expect(a.state.measurementForm == nil)
        #expect(source.files[0].measurements.count == 4)
    }
}
