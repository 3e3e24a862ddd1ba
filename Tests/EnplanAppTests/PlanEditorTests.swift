import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// The plan editor, driven by keys as a coordinator would, against a store fake that behaves like the
/// real one (revisions, conflicts, audit events).
@Suite struct PlanEditorTests {
    let source = FakeSource(files: Fixtures.caseload())

    /// The app with Åse Ørsted's plan open (she is first on the dashboard: her follow-up is overdue).
    func app(_ language: Language = .da, size: Size = Size(width: 80, height: 24)) -> App {
        let a = App(source: source, language: language, theme: .builtIn, size: size)
        a.handle(.key(.enter))
        return a
    }

    func type(_ a: App, _ text: String) { for ch in text { a.handle(.key(.character(ch))) } }
    func press(_ a: App, _ keys: Key...) { for k in keys { a.handle(.key(k)) } }
    func screen(_ a: App) -> String { Golden.render(a).text }
    var aase: CaseFile { source.files[0] }

    var plan: (App) -> PlanState? = { a in
        if case let .plan(p) = a.state.screen { return p }
        return nil
    }

    @Test func addsAGoalWithDanishAndCJKTextAndSavesAtOnce() {
        let a = app()
        press(a, .character("a"))
        #expect(screen(a).contains("Hvad vil du tilføje?"))
        press(a, .enter)
        #expect(Golden.check(Golden.render(a), "plan-goal-form-80x24") == nil)
        type(a, "Få styr på økonomien 学习丹麦语")
        press(a, .tab, .tab)
        type(a, "2")
        press(a, .tab)
        type(a, "5")
        press(a, .control("s"))
        #expect(a.state.planForm == nil)
        let goal = aase.sections.employment.goals.last
        #expect(goal?.title == "Få styr på økonomien 学习丹麦语")
        #expect(goal?.currentLevel == 2 && goal?.expectedLevel == 5)
        #expect(goal?.created == Fixtures.today)
        #expect(aase.revision == 4)
        #expect(source.events.contains { $0.action == .update && $0.detail == "add goal in employment" })
        #expect(screen(a).contains("Gemt (revision 4)"))
        #expect(screen(a).contains("Få styr på økonomien 学习丹麦语"))
    }

    @Test func levelsAreCheckedAgainstTheScale() {
        let a = app(.en)
        press(a, .character("a"), .enter)
        type(a, "Goal")
        press(a, .tab, .tab)
        type(a, "9")
        press(a, .control("s"))
        #expect(screen(a).contains("! write a number from 1 to 7"))
        #expect(a.state.planForm?.form.focus == 2)
        #expect(aase.revision == 3, "nothing saved")
    }

    @Test func subGoalsGoUnderTheSelectedGoalAndXMarksThemAchieved() {
        let a = app(.en)
        press(a, .down)             // the goal "Komme i virksomhedspraktik"
        press(a, .character("a"))
        #expect(screen(a).contains("Sub-goal"))
        press(a, .right, .enter)
        type(a, "Ring til tre virksomheder")
        press(a, .control("s"))
        let goal = aase.sections.employment.goals[0]
        #expect(goal.subGoals.map(\.title) == ["Ring til tre virksomheder"])
        press(a, .down, .character("x"))
        #expect(aase.sections.employment.goals[0].subGoals[0].status == .achieved)
        #expect(aase.sections.employment.goals[0].subGoals[0].statusDate == Fixtures.today)
        #expect(screen(a).contains("✓ Ring til tre virksomheder"))
        press(a, .character("x"))
        #expect(aase.sections.employment.goals[0].subGoals[0].status == .achieved, "x again asks first")
        press(a, .left, .enter)
        #expect(aase.sections.employment.goals[0].subGoals[0].status == .active, "and makes it active when told")
        #expect(aase.sections.employment.goals[0].subGoals[0].statusDate == nil)
    }

    @Test func anEffortComesFromTheOfferCatalogueWithItsLegalBasis() throws {
        let a = app(.en)
        press(a, .down, .character("a"))
        press(a, .right, .right, .enter)   // Goal, Sub-goal, [Effort]
        let offer = try #require(Catalogues.standard.offers(in: .employment).first { $0.title.lowercased().contains("praktik") })
        type(a, "praktik")
        #expect(screen(a).contains(offer.title))
        press(a, .tab, .tab, .tab, .tab, .tab, .control("u"))
        type(a, "1.2.27")
        press(a, .tab)
        type(a, "31.1.27")
        press(a, .control("s"))
        #expect(screen(a).contains("! the end is before the start"))
        #expect(a.state.planForm?.form.focus == 6)
        press(a, .control("u"))
        type(a, "31.03.27")
        press(a, .tab, .tab)
        type(a, "virksomhed")
        press(a, .control("s"))
        let effort = try #require(aase.sections.employment.efforts.first)
        #expect(effort.title == offer.title)
        #expect(effort.offerID == offer.id)
        #expect(effort.legalBasis == offer.legalBasis)
        #expect(effort.provider == offer.provider)
        #expect(effort.start == CalendarDate(year: 2027, month: 2, day: 1))
        #expect(effort.end == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(effort.goalIDs == [aase.sections.employment.goals[0].id])
        #expect(screen(a).contains(offer.legalBasis))
    }

    @Test func deletingAsksAndKeepIsTheDefault() {
        let a = app(.en)
        press(a, .down, .character("d"))
        #expect(screen(a).contains("Delete “Komme i virksomhedspraktik”?"))
        press(a, .enter)
        #expect(aase.sections.employment.goals.count == 1, "Keep is the default")
        press(a, .character("d"), .left, .enter)
        #expect(aase.sections.employment.goals.isEmpty)
        #expect(screen(a).contains("Deleted (revision 4)"))
        press(a, .character("d"))
        #expect(screen(a).contains("This cannot be deleted"), "the section line is not deletable")
    }

    @Test func mentorAgreementAndPeriodsOfSixMonthsAtMost() throws {
        let a = app(.en)
        press(a, .character("4"), .character("a"))
        #expect(screen(a).contains("Mentor agreement"))
        press(a, .right, .right, .enter)   // Goal, Effort, [Mentor agreement], Mentor period
        #expect(screen(a).contains("Mentor agreement"))
        guard case .mentorAgreement? = a.state.planForm?.kind else {
            Issue.record("expected the mentor agreement form, got \(String(describing: a.state.planForm?.kind))")
            return
        }
        type(a, "Støtte til at holde fast i praktikken")
        press(a, .tab)
        type(a, "Kim Jessen")
        press(a, .tab)
        type(a, "Mentorhuset")
        press(a, .tab, .tab, .tab)
        type(a, "4,5")
        press(a, .control("s"))
        let agreement = try #require(aase.mentorAgreement)
        #expect(agreement.mentorName == "Kim Jessen" && agreement.hoursPerWeek == 4.5)
        press(a, .character("a"))
        press(a, .left, .enter)   // the last button: Mentor period
        press(a, .tab, .control("u"))
        type(a, "2027-06-30")
        press(a, .control("s"))
        #expect(screen(a).contains("! 6 months at most; renew with a new period"))
        press(a, .control("u"))
        type(a, "2026-12-10")
        press(a, .control("s"))
        #expect(aase.mentorAgreement?.periods.count == 1)
        #expect(aase.mentorAgreement?.mentorName == "Kim Jessen", "adding a period keeps the agreement")
        #expect(screen(a).contains("! ends in 17 d"))
        #expect(screen(a).contains("[4 Mentor !]"), "the tab warns too")
        // A second period overlapping the first: the plan refuses it, in words under the start.
        press(a, .character("a"), .left, .enter)
        press(a, .control("u"))
        type(a, "2026-12-01")
        press(a, .tab, .control("u"))
        type(a, "2027-01-31")
        press(a, .control("s"))
        let form = try #require(a.state.planForm)
        #expect(form.form["start"]?.message == "overlaps the period 2026-11-23 – 2026-12-10; start the renewal the day after")
        #expect(aase.mentorAgreement?.periods.count == 1, "nothing was saved")
    }

    @Test func aMeetingWithItsResultSetsTheNextFollowUpSeenOnTheDashboard() {
        let a = app(.en)
        press(a, .character("m"))
        #expect(Golden.check(Golden.render(a), "plan-meeting-form-80x24") == nil)
        press(a, .tab, .tab)
        type(a, "Åse, Mette, Kim")
        press(a, .tab, .tab)
        type(a, "Vi aftalte praktik.\nÅse vil gerne starte i januar.")
        press(a, .tab)
        type(a, "cont")
        press(a, .tab)
        type(a, "14-12-2026")
        press(a, .control("s"))
        let meeting = aase.meetings.last
        #expect(meeting?.participants == ["Åse", "Mette", "Kim"])
        #expect(meeting?.outcome == .held)
        #expect(meeting?.followUpResult == .continued)
        #expect(meeting?.summary == "Vi aftalte praktik.\nÅse vil gerne starte i januar.")
        #expect(aase.nextFollowUp == CalendarDate(year: 2026, month: 12, day: 14))
        press(a, .character("q"))
        #expect(a.state.dashboard.selectedCitizen?.name == "Åse Ørsted")
        #expect(a.state.dashboard.selectedCitizen?.nextFollowUp == CalendarDate(year: 2026, month: 12, day: 14),
                "the dashboard reloads after a save")
        #expect(!screen(a).contains("! 11-11-26"))
    }

    @Test func datesAreAcceptedInDanishFormsAndExplainedOtherwise() {
        let a = app(.en)
        press(a, .character("c"))
        press(a, .tab, .control("u"))
        type(a, "31.02.26")
        press(a, .control("s"))
        #expect(screen(a).contains("! '31.02.26' is not a day in the calendar"))
        press(a, .control("u"))
        type(a, "next week")
        press(a, .control("s"))
        #expect(screen(a).contains("! write a date as 2026-11-22, 22-11-2026 or 22.11.26"))
        press(a, .control("u"))
        type(a, "22.11.26")
        press(a, .tab, .tab, .tab, .tab)
        // The scope is the catalogue's departments, every one on screen, ticked with Space.
        #expect(screen(a).contains("[ ] Children and families") && screen(a).contains("[ ] Citizen services: benefits and housing"))
        press(a, .character(" "), .down, .character(" "))
        type(a, "chil")
        press(a, .character(" "))
        #expect(screen(a).contains("[x] Children and families"))
        press(a, .control("s"))
        #expect(aase.consent.state == .given)
        #expect(aase.consent.date == CalendarDate(year: 2026, month: 11, day: 22))
        #expect(aase.consent.scope == ["jobcenter", "social", "family"])
        #expect(aase.consentHistory.count == 2, "the earlier consent is kept in the history")
    }

    @Test func ownWordsNetworkAndRevisionNoteOnTheCitizenTab() {
        let a = app(.en)
        press(a, .character("o"))
        type(a, "Jeg vil gerne have et arbejde, hvor jeg kan bruge mine hænder.")
        press(a, .tab, .control("s"))
        #expect(aase.ownWords == "Jeg vil gerne have et arbejde, hvor jeg kan bruge mine hænder.")
        #expect(aase.overallGoal == "Job som pædagogmedhjælper, 25 timer om ugen", "the other field keeps its text")
        press(a, .character("5"), .character("a"), .enter)
        type(a, "Dr. Berg")
        press(a, .tab)
        type(a, "egen læge")
        press(a, .control("s"))
        #expect(aase.network.map(\.name) == ["Dr. Berg"])
        press(a, .character("r"))
        type(a, "Praktik lagt ind i planen")
        press(a, .tab)
        type(a, "Åse er klar")
        press(a, .control("s"))
        #expect(aase.revisions.last?.summary == "Praktik lagt ind i planen")
        #expect(aase.revisions.last?.withCitizen == true)
        #expect(aase.revisions.last?.author == "mette")
        #expect(Golden.check(Golden.render(a), "plan-citizen-filled-80x24") == nil)
    }

    @Test func escapeAsksBeforeDiscardingAndNothingIsSaved() {
        let a = app(.en)
        press(a, .down, .character("e"))
        press(a, .escape)
        #expect(a.state.planForm == nil, "unchanged: closes at once")
        press(a, .character("e"))
        type(a, " i januar")
        press(a, .escape)
        #expect(screen(a).contains("Discard what you typed?"))
        press(a, .enter)
        #expect(a.state.planForm?.form.fields[0].value == "Komme i virksomhedspraktik i januar")
        press(a, .escape, .left, .enter)
        #expect(a.state.planForm == nil)
        #expect(aase.revision == 3)
    }

    @Test func aConflictOnAnotherItemReappliesTheChangeToTheNewerRevision() {
        let a = app(.en)
        press(a, .down, .character("e"))
        type(a, " i januar")
        source.saveAsSomeoneElse("b-aase") { $0.ownWords = "Jonas' notat fra samtalen" }
        press(a, .control("s"))
        #expect(screen(a).contains("jonas saved this plan (revision 4)"))
        #expect(screen(a).contains("Nothing was overwritten."))
        #expect(aase.revision == 4, "nothing written yet")
        press(a, .enter)   // Apply my change again
        #expect(aase.revision == 5)
        #expect(aase.ownWords == "Jonas' notat fra samtalen", "their change is kept")
        #expect(aase.sections.employment.goals[0].title == "Komme i virksomhedspraktik i januar", "and so is mine")
        #expect(source.events.filter { $0.action == .view }.count == 2, "the reload is audited as a view")
    }

    @Test func aConflictOnTheSameItemKeepsBothTexts() {
        let a = app(.en)
        press(a, .down, .character("e"))
        type(a, " i januar")
        source.saveAsSomeoneElse("b-aase") { $0.sections.employment.goals[0].title = "Praktik hos Bilka" }
        press(a, .control("s"))
        #expect(a.state.planForm?.form.fields[0].value == "Komme i virksomhedspraktik i januar", "my text stays in the form")
        #expect(plan(a)?.file.sections.employment.goals[0].title == "Praktik hos Bilka", "theirs is loaded behind it")
        #expect(screen(a).contains("jonas changed this too (revision 4)"))
        press(a, .escape, .left, .enter)
        #expect(aase.sections.employment.goals[0].title == "Praktik hos Bilka", "Esc keeps theirs")
        press(a, .character("e"))
        type(a, " (Åse)")
        press(a, .control("s"))
        #expect(aase.sections.employment.goals[0].title == "Praktik hos Bilka (Åse)")
    }

    @Test func anItemDeletedMeanwhileCanBeAddedAgain() {
        let a = app(.en)
        press(a, .down, .character("e"))
        type(a, "!")
        source.saveAsSomeoneElse("b-aase") { $0.sections.employment.goals = [] }
        press(a, .control("s"))
        #expect(screen(a).contains("jonas deleted this"))
        press(a, .control("s"))
        #expect(aase.sections.employment.goals.map(\.title) == ["Komme i virksomhedspraktik!"])
    }

    @Test func aFailedSaveKeepsTheFormAndSaysWhy() {
        let a = app(.en)
        press(a, .down, .character("e"))
        type(a, " i januar")
        source.failure = .io(operation: "write", path: "/data/citizens/b-aase.json", code: 28)
        press(a, .control("s"))
        #expect(screen(a).contains("the disk is full"))
        #expect(a.state.planForm?.form.fields[0].value == "Komme i virksomhedspraktik i januar")
        source.failure = nil
        press(a, .control("s"))
        #expect(aase.sections.employment.goals[0].title == "Komme i virksomhedspraktik i januar")
    }

    @Test func printWritesTheMarkdownPlanToANewFileAsAnAuditedExport() {
        let a = app(.en)
        press(a, .character("w"), .control("u"))
        type(a, "/tmp/åse.md")
        press(a, .enter)
        #expect(source.exports["/tmp/åse.md"]?.contains("# ") == true)
        #expect(source.exports["/tmp/åse.md"]?.contains("070761-XXXX") == true, "masked unless revealed")
        #expect(source.events.contains { $0.action == .export && $0.detail == "/tmp/åse.md" })
        #expect(screen(a).contains("written to /tmp/åse.md"))
        press(a, .character("w"), .control("u"))
        type(a, "/tmp/åse.md")
        press(a, .enter)
        #expect(screen(a).contains("already exists"), "never over an existing file")
    }

    @Test func readOnlyShowsThePlanButRefusesEveryChange() {
        let ro = FakeSource(user: "leder", readOnly: true, files: Fixtures.caseload())
        let a = App(source: ro, language: .en, theme: .builtIn, size: Size(width: 80, height: 24))
        // A supervisor starts on the team overview; Esc goes to the whole caseload.
        a.handle(.key(.escape))
        a.handle(.key(.enter))
        for key in ["a", "e", "d", "m", "c", "o", "r", "x", "s", "h"] {
            press(a, .character(Character(key)))
            #expect(a.state.planForm == nil && a.state.question == nil, "\(key) opened something")
            #expect(screen(a).contains("Read-only access: plans cannot be changed here"), "\(key) said nothing")
        }
        #expect(!screen(a).contains("a add"))
        #expect(ro.events.allSatisfy { $0.action != .update })
    }

    @Test func smallTerminalsScrollTheFormToTheFocusedField() {
        let a = app(.en, size: Size(width: 40, height: 12))
        press(a, .character("m"))
        for _ in 0..<6 { press(a, .tab) }
        let text = screen(a)
        #expect(text.contains("Next follow-up") || text.contains("Next follow"), "the last field is on screen:\n\(text)")
        #expect(Golden.check(Golden.render(a), "plan-meeting-form-40x12") == nil)
    }
}
