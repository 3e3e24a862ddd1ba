import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

@Suite struct DashboardBehaviourTests {
    let source = FakeSource(files: Fixtures.caseload())

    func app(_ size: Size = Size(width: 80, height: 24), language: Language = .da) -> App {
        App(source: source, language: language, theme: .builtIn, size: size)
    }

    func names(_ a: App) -> [String] {
        a.state.dashboard.visible.map { a.state.dashboard.citizens[$0].name }
    }

    @Test func startsWithMyCaseloadMostUrgentFirst() {
        let a = app()
        #expect(names(a).first == "Åse Ørsted")
        #expect(names(a).count == 5)
        #expect(!names(a).contains("Bjørn Bæk"))
        #expect(source.events.contains { $0.action == .list })
    }

    /// A colleague closes one of mine while the dashboard is open: it leaves the list without a key,
    /// read again as any listing is (audited); with nothing changed, nothing is read.
    @Test func aColleaguesChangeShowsWithoutAKey() throws {
        let a = app()
        let listings = { source.events.filter { $0.action == .list }.count }
        let before = listings()
        #expect(!a.lookForChanges() && listings() == before, "nothing changed: nothing read")
        source.saveAsSomeoneElse("b-aase") { $0.change(status: .closed(.job), on: Fixtures.today) }
        source.changesToReport = [try CitizenID("b-aase")]
        #expect(a.lookForChanges())
        #expect(!names(a).contains("Åse Ørsted") && names(a).count == 4)
        #expect(listings() == before + 1)
    }

    @Test func searchFiltersAsYouTypeAndIsAuditedOnce() {
        let a = app()
        a.handle(.key(.character("/")))
        for ch in "soren" { a.handle(.key(.character(ch))) }
        #expect(names(a) == ["Søren Ærø Kjærgaard"], "folded search finds ø with o")
        let screen = Golden.render(a)
        #expect(screen.text.contains("søg: soren"))
        a.handle(.key(.enter))
        #expect(a.state.dashboard.filter == "soren")
        let searches = source.events.filter { $0.action == .search }
        #expect(searches.count == 1 && searches.first?.query == "soren")
        // Esc clears the filter.
        a.handle(.key(.escape))
        #expect(names(a).count == 5)
        #expect(source.events.filter { $0.action == .search }.count == 1)
    }

    @Test func searchFindsByIDAndOtherScripts() {
        let a = app()
        a.handle(.key(.character("v")))
        a.handle(.key(.character("/")))
        for ch in "王" { a.handle(.key(.character(ch))) }
        #expect(names(a) == ["王芳"])
        a.handle(.key(.control("u")))
        for ch in "b-jonas2" { a.handle(.key(.character(ch))) }
        #expect(names(a) == ["محمد الحسن"])
        a.handle(.key(.escape))
        #expect(source.events.filter { $0.action == .search }.map(\.query) == ["b-jonas2"])
    }

    @Test func sortScopeAndOverdueFilter() {
        let a = app()
        a.handle(.key(.character("s")))
        #expect(a.state.dashboard.sort == .name)
        #expect(names(a) == ["Maria Magdalena Christiansen-Østergaard Bjørnsdóttir", "Nguye\u{0302}\u{0303}n Thi\u{0323} Hu\u{031B}o\u{031B}\u{0300}ng",
                             "Søren Ærø Kjærgaard", "Åse Ørsted", "王芳"])
        a.handle(.key(.character("v")))
        #expect(names(a).count == 7)
        a.handle(.key(.character("o")))
        #expect(Set(names(a)) == ["Åse Ørsted", "Bjørn Bæk"])
        #expect(Golden.render(a).text.contains("kun overskredne"))
        a.handle(.key(.character("s")))
        a.handle(.key(.character("s")))
        a.handle(.key(.character("s")))
        #expect(a.state.dashboard.sort == .followUp)
    }

    @Test func theSelectionFollowsTheCitizenWhenTheOrderChanges() {
        let a = app()
        a.handle(.key(.down))
        a.handle(.key(.down))
        let selected = a.state.dashboard.selectedCitizen?.id
        a.handle(.key(.character("s")))
        #expect(a.state.dashboard.selectedCitizen?.id == selected)
    }

    @Test func movingAndPagingKeepTheSelectionOnScreen() {
        let many = (0..<200).map { Fixtures.file("b-n\($0)", "Borger \($0)", next: $0 - 20) }
        let big = FakeSource(files: many)
        let a = App(source: big, language: .en, theme: .builtIn, size: Size(width: 80, height: 24))
        a.handle(.key(.pageDown))
        a.handle(.key(.pageDown))
        let selected = a.state.dashboard.selected
        #expect(selected > 30)
        let screen = Golden.render(a)
        #expect(screen.text.contains("Borger \(a.state.dashboard.selectedCitizen.map { $0.name.dropFirst(7) } ?? "")"))
        #expect(screen.text.contains("\(selected + 1)/200"))
        a.handle(.key(.character("G")))
        #expect(a.state.dashboard.selected == 199)
        #expect(Golden.render(a).text.contains("Borger 199"))
        a.handle(.key(.character("g")))
        #expect(Golden.render(a).text.contains("Borger 0"))
        for _ in 0..<5 { a.handle(.key(.up)) }
        #expect(a.state.dashboard.selected == 0)
    }

    @Test func enterOpensTheWholePlanAndTheViewIsAudited() throws {
        let a = app()
        a.handle(.key(.enter))
        guard case let .plan(plan) = a.state.screen else {
            Issue.record("the plan did not open")
            return
        }
        #expect(plan.file.citizen.name == "Åse Ørsted")
        #expect(source.events.contains { $0.action == .view && $0.citizen?.rawValue == "b-aase" })
        var screen = Golden.render(a)
        #expect(screen.text.contains("070761-XXXX"))
        #expect(screen.text.contains("Beskæftigelse"))
        #expect(!screen.text.contains("070761-4285"))
        a.handle(.key(.character("C")))
        screen = Golden.render(a)
        #expect(screen.text.contains("070761-4285"))
        #expect(source.events.contains { $0.action == .revealCPR && $0.citizen?.rawValue == "b-aase" })
        #expect(screen.text.contains("Komme i virksomhedspraktik"), "the employment section is shown first")
        a.handle(.key(.character("2")))
        #expect(Golden.render(a).text.contains("Stabil døgnrytme"))
        a.handle(.key(.character("q")))
        if case .dashboard = a.state.screen {} else { Issue.record("q did not go back") }
        #expect(a.state.quit == false)
    }

    @Test func readOnlyExplainsWhyEditingKeysDoNothing() {
        let ro = FakeSource(user: "leder", readOnly: true, files: Fixtures.caseload())
        let a = App(source: ro, language: .en, theme: .builtIn, size: Size(width: 80, height: 24))
        if case .team = a.state.screen {} else { Issue.record("a supervisor's session did not start on the team overview") }
        a.handle(.key(.character("h")))
        #expect(Golden.render(a).text.contains("Read-only access: plans cannot be changed here"))
        a.handle(.key(.escape))
        a.handle(.key(.character("n")))
        #expect(Golden.render(a).text.contains("Read-only access: plans cannot be changed here"))
        #expect(a.state.dashboard.scope == .all)
    }

    @Test func quitAndCtrlC() {
        let a = app()
        a.handle(.key(.character("q")))
        #expect(a.state.quit)
        let b = app()
        b.handle(.key(.enter))
        b.handle(.key(.control("c")))
        #expect(b.state.quit)
        let c = app()
        c.handle(.closed)
        #expect(c.state.quit)
    }

    @Test func runsOnATerminalAndFollowsResizes() throws {
        let terminal = TestTerminal(size: Size(width: 80, height: 24), colors: 0)
        terminal.send(.down, .down)
        terminal.resize(to: Size(width: 20, height: 6))
        terminal.resize(to: Size(width: 220, height: 70))
        terminal.type("q")
        let a = app()
        a.run(on: terminal, shouldStop: { false })
        #expect(a.state.quit)
        let sizes = terminal.frames.map(\.size)
        #expect(sizes.contains(Size(width: 20, height: 6)))
        #expect(terminal.frames.last?.size == Size(width: 220, height: 70))
        let small = try #require(terminal.frames.first { $0.size == Size(width: 20, height: 6) })
        #expect(small.text.contains("40×10"))
        #expect(try #require(terminal.frames.last).text.contains("Åse Ørsted"))
    }

    @Test func anExternalStopEndsTheLoop() {
        let terminal = TestTerminal(size: Size(width: 80, height: 24))
        let a = app()
        a.run(on: terminal, shouldStop: { true })
        #expect(terminal.frames.count == 1)
    }

    /// A coordinator's session draws their own citizens and reads no one else's until a command needs
    /// them: `v` says so on screen, reads everyone's, and shows the whole caseload.
    @Test func theOwnCaseloadComesFirstAndEveryonesWhenACommandNeedsThem() throws {
        let source = FakeSource(files: Fixtures.caseload())
        source.readsOwnFirst = true
        let a = App(source: source, language: .en, theme: .builtIn, size: Size(width: 80, height: 24))
        let mine = Fixtures.caseload().filter { $0.citizen.coordinator == "mette" }.count
        #expect(a.state.dashboard.onlyCoordinator == "mette" && a.state.dashboard.citizens.count == mine)
        let terminal = TestTerminal(size: Size(width: 80, height: 24))
        terminal.send(.down, .character("v"), .character("q"))
        a.run(on: terminal) { false }
        #expect(a.state.dashboard.onlyCoordinator == nil && a.state.dashboard.scope == .all)
        #expect(a.state.dashboard.citizens.count == Fixtures.caseload().count && mine < Fixtures.caseload().count)
        let saying = try #require(terminal.frames.firstIndex { $0.text.contains("Reading everyone's citizens …") })
        #expect(saying >= 2, "the first key (a move) was answered before anyone else's row was read")
        #expect(try #require(terminal.frames.last).text.contains("All citizens"))
        let listings = source.events.filter { $0.action == .list }.compactMap(\.detail)
        #expect(listings.count == 2 && listings[0].contains("mette's own; others when asked for"), "both reads are audited")
    }
}
