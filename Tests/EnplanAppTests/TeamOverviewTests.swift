import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// The supervisor's team overview and a case's life (close, pause, reopen, hand over), driven by keys.
@Suite struct TeamOverviewTests {
    /// The fixture caseload with meetings held (jonas's citizens met often, mette's sygedagpenge case
    /// never), one paused and one closed case.
    static func caseload() -> [CaseFile] {
        var files = Fixtures.caseload()
        let today = Fixtures.today
        func meetings(_ i: Int, every days: Int, kind: MeetingKind = .followUp) {
            var d = today.adding(days: -360)
            while d < today {
                files[i].meetings.append(Meeting(id: "m\(files[i].meetings.count)", date: d, kind: kind, outcome: .held))
                d = d.adding(days: days)
            }
        }
        meetings(0, every: 90)
        meetings(1, every: 120)
        meetings(5, every: 30)
        meetings(6, every: 45)
        meetings(3, every: 60, kind: .networkMeeting) // not with the citizen: does not count
        files[2].change(status: .paused, on: today.adding(days: -20), note: "Indlagt", until: today.adding(days: 30))
        var closed = Fixtures.file("b-closed", "Lukket Sag", group: .andet, next: -100)
        closed.change(status: .closed(.job), on: today.adding(days: -50))
        files.append(closed)
        return files
    }

    let source = FakeSource(user: "leder", readOnly: true, files: TeamOverviewTests.caseload())

    func app(_ size: Size = Size(width: 80, height: 24), language: Language = .da, source: FakeSource? = nil) -> App {
        App(source: source ?? self.source, language: language, theme: .builtIn, size: size)
    }

    func team(_ a: App) -> TeamState? {
        if case let .team(t) = a.state.screen { return t }
        return nil
    }

    @Test(arguments: [(80, 24, Language.da), (40, 12, .en), (120, 40, .da)])
    func goldenTeamOverview(width: Int, height: Int, language: Language) {
        let a = app(Size(width: width, height: height), language: language)
        #expect(Golden.check(Golden.render(a), "team-\(width)x\(height)-\(language.rawValue)") == nil)
    }

    @Test func aSupervisorsFirstFrameIsTheTeamsSumsAndRowsAreReadOnlyWhenACommandNeedsThem() throws {
        let source = FakeSource(user: "leder", readOnly: true, files: TeamOverviewTests.caseload())
        let a = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        // The first frame: the overview from the sums, audited as such, and no citizen's row read.
        let first = try #require(team(a))
        #expect(source.events.compactMap(\.detail) == ["team overview 2025-11-24..2026-11-23: 8 citizens"])
        #expect(!a.state.dashboard.isLoaded && a.state.dashboard.citizens.isEmpty)
        #expect(Golden.render(a).text.contains("mette"))
        // Moving, sorting and switching tabs need no rows: nothing is read.
        a.press(.down, .character("s"), .tab)
        #expect(source.events.count == 1 && team(a)?.rows.count == first.rows.count)
        // Drilling into a group needs its citizens: everyone's rows are read, then the drill goes on.
        a.press(.enter)
        #expect(source.events.compactMap(\.detail).last == "dashboard: 8 citizens")
        #expect(a.state.dashboard.citizens.count == 8)
        #expect(team(a)?.drill != nil && team(a)?.drillLines.isEmpty == false && a.state.message == nil)
        // Read once.
        a.press(.escape, .escape)
        #expect(source.events.count == 2)
        if case .dashboard = a.state.screen {} else { Issue.record("Esc did not go on to the dashboard") }
    }

    @Test func aCommandWhoseRowsCouldNotBeReadIsNotCarriedOutLater() throws {
        let source = FakeSource(user: "leder", readOnly: true, files: TeamOverviewTests.caseload())
        let a = App(source: source, language: .en, theme: .builtIn, size: Size(width: 80, height: 24))
        source.failure = .folderUnusable(path: "/data", .noAccess(13))
        a.press(.tab, .enter)
        #expect(team(a)?.drill == nil && a.state.message?.isError == true)
        source.failure = nil
        // A colleague's change is read in later: the refused drill-down does not happen then.
        let id = try #require(TeamOverviewTests.caseload().first?.id)
        a.send(.changedByOthers([id]))
        #expect(a.state.dashboard.citizens.count == 8)
        #expect(team(a)?.drill == nil, "the refused drill-down does not happen on a later read")
    }

    /// On a terminal: a command that needs everyone's rows says so on screen before they are read.
    @Test func readingEveryonesRowsIsSaidOnScreenFirst() throws {
        let source = FakeSource(user: "leder", readOnly: true, files: TeamOverviewTests.caseload())
        let terminal = TestTerminal(size: Size(width: 80, height: 24), colors: 8)
        terminal.send(.escape)
        terminal.type("q")
        let a = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        a.run(on: terminal, shouldStop: { false })
        let saying = try #require(terminal.frames.firstIndex { $0.text.contains("Henter alle borgere …") })
        #expect(terminal.frames[..<saying].allSatisfy { $0.text.contains("Plankoordinatorer") }, "said on the team overview")
        #expect(try #require(terminal.frames.last).text.contains("Alle borgere"), "then the dashboard, with everyone")
        #expect(!(try #require(terminal.frames.last).text.contains("Henter")))
    }

    @Test func aSupervisorStartsOnTheTeamWithOneRowPerCoordinatorAndTotals() throws {
        let a = app()
        let t = try #require(team(a))
        #expect(t.rows.map(\.coordinator) == ["jonas", "mette"])
        let mette = try #require(t.rows.first { $0.coordinator == "mette" })
        // Six of mette's: one paused, one closed; overdue Åse; Søren's mentor period ends in 10 days.
        #expect(mette.active == 4 && mette.paused == 1)
        #expect(mette.overdue == 1 && mette.mentorEnding == 1)
        #expect(mette.withoutConsent == 1, "Nguyen withdrew; Wang (no consent) is paused")
        #expect(t.overview.total.active == 6)
        let jonas = try #require(t.rows.first { $0.coordinator == "jonas" })
        #expect(!jonas.compliance.isBelowRequired && mette.compliance.isBelowRequired)
        let text = Golden.render(a).text
        #expect(text.contains("I alt") && text.contains("under"))
        #expect(text.contains("KUN LÆSNING"))
    }

    @Test func sortsByAnyColumnAndOpensThatCoordinatorsCaseload() throws {
        let a = app()
        a.press(.character("s"), .character("s")) // active, then overdue
        #expect(team(a)?.sort == .overdue)
        a.press(.character("S"))
        #expect(team(a)?.sort == .active)
        #expect(team(a)?.rows.first?.coordinator == "mette", "most active cases first")
        #expect(team(a)?.selectedRow?.coordinator == "jonas", "the selection stays on the coordinator through a sort")
        a.press(.character("g"), .enter)
        if case .dashboard = a.state.screen {} else { Issue.record("Enter did not open the caseload") }
        #expect(a.state.dashboard.scope == .coordinator("mette"))
        let names = a.state.dashboard.visible.map { a.state.dashboard.citizens[$0].name }
        #expect(names.count == 5 && !names.contains("Bjørn Bæk") && !names.contains("Lukket Sag"))
        #expect(Golden.render(a).text.contains("Plankoordinator: mette"))
        a.press(.character("T"))
        #expect(team(a) != nil, "T opens the team overview from the dashboard")
    }

    @Test func targetGroupsShowWhereMeetingsLagAndDrillDownToCitizens() throws {
        let a = app(Size(width: 100, height: 30))
        a.press(.tab)
        let t = try #require(team(a))
        #expect(t.tab == .targetGroups)
        let groups = Dictionary(uniqueKeysWithValues: t.overview.groups.map { ($0.targetGroup, $0.totals) })
        // The sickness-benefit case: never met, and its first follow-up is long overdue.
        #expect(groups[.sygedagpenge]?.held == 0 && (groups[.sygedagpenge]?.required ?? 0) > 0)
        #expect(groups[.jobafklaring].map { !$0.isBelowRequired } == true)
        // Only conversations and follow-ups count: the family case's network meetings do not.
        #expect(groups[.familie]?.held == 0)
        // Per person (issue 24): the share of each group whose own course is met, beside the average.
        let screen = Golden.render(a).text
        let sick = try #require(screen.split(separator: "\n").first { $0.contains("Sygedagpenge") })
        #expect(screen.contains("Opfyldt") && sick.contains("0%"), "\(screen)")
        let index = try #require(t.overview.groups.firstIndex { $0.targetGroup == .sygedagpenge })
        for _ in 0..<index { a.press(.down) }
        a.press(.enter)
        #expect(team(a)?.drill == .sygedagpenge)
        let text = Golden.render(a).text
        #expect(text.contains("Maria Magdalena") && text.contains("Sygedagpenge"))
        a.press(.enter)
        if case let .plan(p) = a.state.screen { #expect(p.file.citizen.name.hasPrefix("Maria")) } else { Issue.record("no plan") }
        a.press(.escape)
        #expect(team(a)?.drill == .sygedagpenge, "q in the plan goes back to the drill-down")
        a.press(.escape)
        #expect(team(a)?.drill == nil)
        a.press(.escape)
        if case .dashboard = a.state.screen {} else { Issue.record("Esc did not go to the dashboard") }
    }

    @Test func aCoordinatorHandsACaseloadOverFromTheTeamOverview() throws {
        let writer = FakeSource(user: "mette", files: TeamOverviewTests.caseload())
        writer.team = ["mette", "jonas", "henrik"].map {
            TeamMember(name: $0, fullName: "", phone: "", role: .coordinator, key: "", fingerprint: "")
        }
        let a = app(source: writer)
        if case .dashboard = a.state.screen {} else { Issue.record("a coordinator starts on the dashboard") }
        a.press(.character("T"))
        // jonas is first (A to Z); hand his open caseload over to the first candidate (henrik).
        a.press(.character("h"))
        let form = try #require(a.state.topOverlay.flatMap { if case let .handOver(f) = $0 { return f } else { return nil } })
        #expect(form.from == "jonas" && form.citizens.count == 2)
        a.press(.control("s"))
        #expect(writer.files.filter { $0.citizen.coordinator == "henrik" }.count == 2)
        #expect(writer.events.filter { $0.action == .update && $0.detail == "hand-over jonas -> henrik" }.count == 2)
        #expect(team(a)?.rows.map(\.coordinator) == ["henrik", "mette"], "the overview shows the new figures")
        #expect(Golden.render(a).text.contains("2 borgere overdraget til henrik"))
    }

    /// Issue 23.9: a colleague is chosen and shown by the name people know them by, login after it.
    @Test func colleaguesAreShownByFullNameWithTheLoginAfterIt() throws {
        let writer = FakeSource(user: "mette", files: TeamOverviewTests.caseload())
        writer.team = [("mette", "Mette Holm"), ("jonas", "Jonas Friis"), ("henrik", "Henrik Ørum"), ("aisha", "")].map {
            TeamMember(name: $0.0, fullName: $0.1, phone: "", role: .coordinator, key: "", fingerprint: "")
        }
        let a = app(Size(width: 120, height: 30), source: writer)
        let dashboard = Golden.render(a).text
        #expect(dashboard.contains("Plankoordinator: Mette Holm (mette)"), "the detail names the coordinator in full")
        a.press(.character("T"))
        let overview = Golden.render(a).text
        #expect(overview.contains("Jonas Friis (jonas)") && overview.contains("Mette Holm (mette)"))
        a.press(.character("h"))
        let picker = Golden.render(a).text
        #expect(picker.contains("fra Jonas Friis (jonas)"), "the hand-over says from whom by name")
        #expect(picker.contains("aisha") && !picker.contains("(aisha)"), "without a full name, the login alone")
        a.press(.right)
        #expect(Golden.render(a).text.contains("Henrik Ørum (henrik)"), "the candidates are named in full")
        let form = try #require(a.state.topOverlay.flatMap { if case let .handOver(f) = $0 { return f } else { return nil } })
        #expect(form.to == "henrik", "A to Z by the name shown, and the store still gets the login")
        a.press(.control("s"))
        #expect(writer.files.filter { $0.citizen.coordinator == "henrik" }.count == 2)
        #expect(Golden.render(a).text.contains("overdraget til Henrik Ørum (henrik)"))
    }

    @Test func theDashboardLeavesClosedCasesOutUntilAsked() {
        let a = app(Size(width: 120, height: 30), source: FakeSource(files: TeamOverviewTests.caseload()))
        let names = { a.state.dashboard.visible.map { a.state.dashboard.citizens[$0].name } }
        #expect(!names().contains("Lukket Sag"))
        a.press(.character("c"))
        #expect(names().contains("Lukket Sag"))
        let text = Golden.render(a).text
        #expect(text.contains("med afsluttede") && text.contains("x afsluttet: job"), "closed cases are marked in words")
        #expect(text.contains("= pause"))
        a.press(.character("G"))
        #expect(a.state.dashboard.selectedCitizen?.name == "王芳")
        #expect(Golden.render(a).text.contains("pause til 23.12.2026"), "a paused case says until when")
    }
}

/// Closing, pausing, reopening and handing over one citizen from the plan.
@Suite struct CaseStatusEditorTests {
    let source = FakeSource(files: Fixtures.caseload())

    func app() -> App {
        let a = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        a.handle(.key(.enter)) // Åse's plan
        return a
    }


    @Test func closesPausesAndReopensFromThePlan() {
        let a = app()
        a.press(.character("5"), .character("s"))
        #expect(Golden.check(Golden.render(a), "plan-status-form-80x24") == nil)
        // Issue 23.10: each action shows only what it needs (a reason to close, a day to resume a pause).
        let closing = Golden.render(a).text
        #expect(closing.contains("Årsag") && !closing.contains("Genoptages ca."))
        // Close: the reason by type-ahead, dated today.
        a.press(.tab)
        a.type("anden")
        a.press(.control("s"))
        #expect(source.files[0].status == .closed(.otherMunicipality))
        #expect(source.events.last?.detail == "status closed:other-municipality from 2026-11-23")
        #expect(Golden.render(a).text.contains("Sagen er nu: afsluttet: anden kommune"))
        // Issue 23.10: a closed case's header says so, not when it is next followed up.
        let header = Golden.render(a).text.split(separator: "\n")[1]
        #expect(!header.contains("Næste opfølgning") && header.contains("afsluttet: anden kommune"), "\(header)")
        // A closed case can only be reopened.
        a.press(.character("s"))
        #expect(a.state.planForm?.form.fields.first?.value.contains("Genoptag") == true)
        let reopening = Golden.render(a).text
        #expect(!reopening.contains("Årsag") && !reopening.contains("Genoptages ca."),
                "reopening asks for no reason and no resume day:\n\(reopening)")
        a.press(.control("s"))
        #expect(source.files[0].status == .active)
        // Pause until a day; a resume day before the pause is refused next to the field.
        a.press(.character("s"), .right)
        let pausing = Golden.render(a).text
        #expect(!pausing.contains("Årsag") && pausing.contains("Genoptages ca."))
        a.press(.tab, .tab)
        a.type("01.01.2020")
        a.press(.control("s"))
        #expect(source.files[0].status == .active)
        #expect(Golden.render(a).text.contains("skal ligge efter datoen"))
        a.press(.control("u"))
        a.type("15.01.2027")
        a.press(.control("s"))
        #expect(source.files[0].status == .paused && source.files[0].lastStatusChange?.until == CalendarDate(iso: "2027-01-15"))
        #expect(Golden.render(a).text.contains("pause til 15.01.2027"))
        // Every change is on the timeline, in words.
        a.press(.character("t"))
        let timeline = Golden.render(a).text
        #expect(timeline.contains("afsluttet: anden kommune") && timeline.contains("pause til 15.01.2027"), "\(timeline)")
    }

    @Test func aMeetingWhoseResultIsClosedOffersToCloseTheCase() {
        let a = app()
        a.press(.character("m"))
        // Held (the default), with the FSIII result "afsluttes" (the sixth field).
        a.press(.tab, .tab, .tab, .tab, .tab)
        #expect(a.state.planForm?.form.fields[a.state.planForm?.form.focus ?? 0].name == "result")
        a.type("afs")
        a.press(.control("s"))
        #expect(a.state.question.map { if case .closeCase = $0.kind { return true } else { return false } } == true)
        a.press(.enter)
        #expect(a.state.planForm?.form.choiceID("action") == "close")
        a.press(.control("s"))
        #expect(source.files[0].status.isOpen == false)
    }

    @Test func handsOneCitizenToAColleague() {
        let a = app()
        a.press(.character("h"))
        #expect(a.state.planForm?.form.title.contains("Åse Ørsted") == true)
        a.press(.control("s"))
        #expect(source.files[0].citizen.coordinator == "jonas")
        #expect(source.files[0].revisions.last?.summary == "Plankoordinator: mette → jonas")
        #expect(Golden.render(a).text.contains("Åse Ørsted overdraget til jonas"))
    }
}
