import EnplanApp
import PlanCore
import TerminalKit
import Testing

/// The dashboard's deadline view (issue 24, item 3): D lists every deadline of the caseload shown,
/// overdue first, each with its rule; Enter opens the citizen's plan; Esc closes it.
@Suite struct DeadlineViewTests {
    @Test(arguments: [(Language.da, 256), (Language.en, 8)])
    func dListsTheDeadlinesInOrderAndEnterOpensThePlan(language: Language, colors: Int) throws {
        let source = FakeSource(files: Fixtures.caseload())
        let app = App(source: source, language: language, theme: .builtIn, size: Size(width: 100, height: 30))
        app.press(.character("D"))
        #expect(Golden.check(Golden.render(app, colors: colors), "deadlines-\(language.rawValue)-100x30") == nil)
        guard case let .deadlines(list)? = app.state.overlays.top else { Issue.record("no deadline view"); return }
        #expect(!list.deadlines.isEmpty && list.deadlines.map(\.date) == list.deadlines.map(\.date).sorted(), "oldest first")
        #expect(list.deadlines.allSatisfy { $0.coordinator == "mette" }, "mine, as the dashboard shows")
        let first = try #require(list.deadlines.first)
        #expect(first.isOverdue(on: Fixtures.today))
        // Åse's agreed follow-up was 12 days ago: on the list, marked overdue.
        let text = app.screenText()
        let follow = language == .da ? "opfølgning · aftalt med borgeren" : "follow-up · agreed with the citizen"
        #expect(text.contains("Åse Ørsted · " + follow), "\(text)")
        app.press(.down, .enter)
        guard case let .plan(plan) = app.state.screen else { Issue.record("Enter did not open a plan"); return }
        #expect(plan.file.id == list.deadlines[1].citizen && app.state.overlays.isEmpty)
    }

    @Test func escClosesTheViewAndNoKeyReachesTheDashboardBelow() {
        let source = FakeSource(files: Fixtures.caseload())
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        app.press(.character("D"), .character("n"))
        #expect(!app.screenText().contains("Ny borger"), "n in the list is not the dashboard's new citizen")
        app.press(.escape)
        #expect(app.state.overlays.isEmpty)
        if case .dashboard = app.state.screen {} else { Issue.record("Esc left the dashboard") }
    }
}
