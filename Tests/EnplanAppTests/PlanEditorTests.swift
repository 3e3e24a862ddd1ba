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

    var aase: CaseFile { source.files[0] }

    var plan: (App) -> PlanState? = { a in
        if case let .plan(p) = a.state.screen { return p }
        return nil
    }

    @Test func addsAGoalWithDanishAndCJKTextAndSavesAtOnce() {
        let a = app()
        a.press(.character("a"))
        #expect(a.screenText().contains("Hvad vil du tilføje?"))
        a.press(.enter)
        #expect(Golden.check(Golden.render(a), "plan-goal-form-80x24") == nil)
        a.type("Få styr på økonomien 学习丹麦语")
        a.press(.tab, .tab)
        a.type("2")
        a.press(.tab)
        a.type("5")
        a.press(.control("s"))
        #expect(a.state.planForm == nil)
        let goal = aase.sections.employment.goals.last
        #expect(goal?.title == "Få styr på økonomien 学习丹麦语")
        #expect(goal?.currentLevel == 2 && goal?.expectedLevel == 5)
        #expect(goal?.created == Fixtures.today)
        #expect(aase.revision == 4)
        #expect(source.events.contains { $0.action == .update && $0.detail == "add goal in employment" })
        #expect(a.screenText().contains("Gemt (revision 4)"))
        #expect(a.screenText().contains("Få styr på økonomien 学习丹麦语"))
    }

    @Test func levelsAreCheckedAgainstTheScale() {
        let a = app(.en)
        a.press(.character("a"), .enter)
        a.type("Goal")
        a.press(.tab, .tab)
        a.type("9")
        a.press(.control("s"))
        #expect(a.screenText().contains("! write a number from 1 to 7"))
        #expect(a.state.planForm?.form.focus == 2)
        #expect(aase.revision == 3, "nothing saved")
    }

    @Test func subGoalsGoUnderTheSelectedGoalAndXMarksThemAchieved() {
        let a = app(.en)
        a.press(.down)             // the goal "Komme i virksomhedspraktik"
        a.press(.character("a"))
        #expect(a.screenText().contains("Sub-goal"))
        a.press(.right, .enter)
        a.type("Ring til tre virksomheder")
        a.press(.control("s"))
        let goal = aase.sections.employment.goals[0]
        #expect(goal.subGoals.map(\.title) == ["Ring til tre virksomheder"])
        a.press(.down, .character("x"))
        #expect(aase.sections.employment.goals[0].subGoals[0].status == .achieved)
        #expect(aase.sections.employment.goals[0].subGoals[0].statusDate == Fixtures.today)
        #expect(a.screenText().contains("✓ Ring til tre virksomheder"))
        a.press(.character("x"))
        #expect(aase.sections.employment.goals[0].subGoals[0].status == .achieved, "x again asks first")
        a.press(.left, .enter)
        #expect(aase.sections.employment.goals[0].subGoals[0].status == .active, "and makes it active when told")
        #expect(aase.sections.employment.goals[0].subGoals[0].statusDate == nil)
    }

    @Test func anEffortComesFromTheOfferCatalogueWithItsLegalBasis() throws {
        let a = app(.en)
        a.press(.down, .character("a"))
        a.press(.right, .right, .enter)   // Goal, Sub-goal, [Effort]
        let offer = try #require(Catalogues.standard.offers(in: .employment).first { $0.title.lowercased().contains("praktik") })
        a.type("praktik")
        #expect(a.screenText().contains(offer.title))
        a.press(.tab, .tab, .tab, .tab, .tab, .control("u"))
        a.type("1.2.27")
        a.press(.tab)
        a.type("31.1.27")
        a.press(.control("s"))
        #expect(a.screenText().contains("! the end is before the start"))
        #expect(a.state.planForm?.form.focus == 6)
        a.press(.control("u"))
        a.type("31.03.27")
        a.press(.tab, .tab)
        a.type("virksomhed")
        a.press(.control("s"))
        let effort = try #require(aase.sections.employment.efforts.first)
        #expect(effort.title == offer.title)
        #expect(effort.offerID == offer.id)
        #expect(effort.legalBasis == offer.legalBasis)
        #expect(effort.provider == offer.provider)
        #expect(effort.start == CalendarDate(year: 2027, month: 2, day: 1))
        #expect(effort.end == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(effort.goalIDs == [aase.sections.employment.goals[0].id])
        #expect(a.screenText().contains(offer.legalBasis))
    }

    /// Issue 24, item 3: treatment for drug use begins within 14 days of the citizen's request
    /// (serviceloven § 101, stk. 2). The effort keeps the day it was asked for, and `D` says by when.
    @Test func aTreatmentAskedForIsADeadlineInTheDeadlineView() throws {
        let a = app(.da)
        a.press(.character("2"), .character("a"))
        a.press(.right, .enter)   // Goal, [Effort]
        a.type("stofmisbrug")
        a.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab)
        a.type("planlagt")
        a.press(.tab, .tab, .tab)
        #expect(a.screenText().contains("Anmodet den"), "\(a.screenText())")
        a.type(Fixtures.today.adding(days: -2).danish)
        a.press(.control("s"))
        let effort = try #require(aase.sections.social.efforts.last, "\(a.screenText())")
        #expect(effort.legalBasis == "SEL § 101" && effort.status == .planned && effort.requested == Fixtures.today.adding(days: -2))
        a.press(.character("q"))
        a.press(.character("D"))
        let text = a.screenText()
        #expect(text.contains("Åse Ørsted · behandlingen skal være startet"), "\(text)")
        guard case let .deadlines(list)? = a.state.overlays.top else { Issue.record("no deadline view"); return }
        #expect(list.deadlines.first { $0.kind == .treatmentStart }?.date == Fixtures.today.adding(days: 12))
    }

    /// Issue 24, item 1: an offer the catalogue has ended is not offered for a new effort.
    @Test func anEndedOfferIsNotOfferedForANewEffort() throws {
        let praktik = try #require(source.catalogues.offers.firstIndex { $0.id == "praktik" })
        source.catalogues.offers[praktik].validTo = Fixtures.today.adding(days: -1)
        let a = app(.en)
        a.press(.down, .character("a"))
        a.press(.right, .right, .enter)   // Goal, Sub-goal, [Effort]
        #expect(!a.screenText().contains("Virksomhedspraktik"))
        a.type("praktik")
        a.press(.control("s"))
        #expect(aase.sections.employment.efforts.allSatisfy { $0.offerID != "praktik" }, "\(a.screenText())")
    }

    @Test func deletingAsksAndKeepIsTheDefault() {
        let a = app(.en)
        a.press(.down, .character("d"))
        #expect(a.screenText().contains("Delete “Komme i virksomhedspraktik”?"))
        a.press(.enter)
        #expect(aase.sections.employment.goals.count == 1, "Keep is the default")
        a.press(.character("d"), .left, .enter)
        #expect(aase.sections.employment.goals.isEmpty)
        #expect(a.screenText().contains("Deleted (revision 4)"))
        a.press(.character("d"))
        #expect(a.screenText().contains("This cannot be deleted"), "the section line is not deletable")
    }

    @Test func mentorAgreementAndPeriodsOfSixMonthsAtMost() throws {
        let a = app(.en)
        a.press(.character("4"), .character("a"))
        #expect(a.screenText().contains("Mentor agreement"))
        a.press(.right, .right, .enter)   // Goal, Effort, [Mentor agreement], Mentor period
        #expect(a.screenText().contains("Mentor agreement"))
        guard case .mentorAgreement? = a.state.planForm?.kind else {
            Issue.record("expected the mentor agreement form, got \(String(describing: a.state.planForm?.kind))")
            return
        }
        a.type("Støtte til at holde fast i praktikken")
        a.press(.tab)
        a.type("Kim Jessen")
        a.press(.tab)
        a.type("Mentorhuset")
        a.press(.tab, .tab, .tab)
        a.type("4,5")
        a.press(.control("s"))
        let agreement = try #require(aase.mentorAgreement)
        #expect(agreement.mentorName == "Kim Jessen" && agreement.hoursPerWeek == 4.5)
        a.press(.character("a"))
        a.press(.left, .enter)   // the last button: Mentor period
        a.press(.tab, .control("u"))
        a.type("2027-06-30")
        a.press(.control("s"))
        #expect(a.screenText().contains("! 6 months at most; renew with a new period"))
        a.press(.control("u"))
        a.type("2026-12-10")
        a.press(.control("s"))
        #expect(aase.mentorAgreement?.periods.count == 1)
        #expect(aase.mentorAgreement?.mentorName == "Kim Jessen", "adding a period keeps the agreement")
        #expect(a.screenText().contains("! ends in 17 d"))
        #expect(a.screenText().contains("[4 Mentor !]"), "the tab warns too")
        // A second period overlapping the first: the plan refuses it, in words under the start.
        a.press(.character("a"), .left, .enter)
        a.press(.control("u"))
        a.type("2026-12-01")
        a.press(.tab, .control("u"))
        a.type("2027-01-31")
        a.press(.control("s"))
        let form = try #require(a.state.planForm)
        #expect(form.form["start"]?.message == "overlaps the period 2026-11-23 – 2026-12-10; start the renewal the day after")
        #expect(aase.mentorAgreement?.periods.count == 1, "nothing was saved")
    }

    @Test func aMeetingWithItsResultSetsTheNextFollowUpSeenOnTheDashboard() {
        let a = app(.en)
        a.press(.character("m"))
        #expect(Golden.check(Golden.render(a), "plan-meeting-form-80x24") == nil)
        a.press(.tab, .tab)
        a.type("Åse, Mette, Kim")
        a.press(.tab, .tab)
        a.type("Vi aftalte praktik.\nÅse vil gerne starte i januar.")
        a.press(.tab)
        a.type("cont")
        a.press(.tab)
        a.type("14-12-2026")
        a.press(.control("s"))
        let meeting = aase.meetings.last
        #expect(meeting?.participants == ["Åse", "Mette", "Kim"])
        #expect(meeting?.outcome == .held)
        #expect(meeting?.followUpResult == .continued)
        #expect(meeting?.summary == "Vi aftalte praktik.\nÅse vil gerne starte i januar.")
        #expect(aase.nextFollowUp == CalendarDate(year: 2026, month: 12, day: 14))
        a.press(.character("q"))
        #expect(a.state.dashboard.selectedCitizen?.name == "Åse Ørsted")
        #expect(a.state.dashboard.selectedCitizen?.nextFollowUp == CalendarDate(year: 2026, month: 12, day: 14),
                "the dashboard reloads after a save")
        #expect(!a.screenText().contains("! 11-11-26"))
    }

    @Test func datesAreAcceptedInDanishFormsAndExplainedOtherwise() {
        let a = app(.en)
        a.press(.character("c"))
        a.press(.tab, .control("u"))
        a.type("31.02.26")
        a.press(.control("s"))
        #expect(a.screenText().contains("! '31.02.26' is not a day in the calendar"))
        a.press(.control("u"))
        a.type("next week")
        a.press(.control("s"))
        #expect(a.screenText().contains("! write a date as 2026-11-22, 22-11-2026 or 22.11.26"))
        a.press(.control("u"))
        a.type("22.11.26")
        a.press(.tab, .tab, .tab, .tab)
        // The scope is the catalogue's departments, every one on screen, ticked with Space.
        #expect(a.screenText().contains("[ ] Children and families") && a.screenText().contains("[ ] Citizen services: benefits and housing"))
        a.press(.character(" "), .down, .character(" "))
        a.type("chil")
        a.press(.character(" "))
        #expect(a.screenText().contains("[x] Children and families"))
        a.press(.control("s"))
        #expect(aase.consent.state == .given)
        #expect(aase.consent.date == CalendarDate(year: 2026, month: 11, day: 22))
        #expect(aase.consent.scope == ["jobcenter", "social", "family"])
        #expect(aase.consentHistory.count == 2, "the earlier consent is kept in the history")
    }

    @Test func ownWordsNetworkAndRevisionNoteOnTheCitizenTab() {
        let a = app(.en)
        a.press(.character("o"))
        a.type("Jeg vil gerne have et arbejde, hvor jeg kan bruge mine hænder.")
        a.press(.tab, .control("s"))
        #expect(aase.ownWords == "Jeg vil gerne have et arbejde, hvor jeg kan bruge mine hænder.")
        #expect(aase.overallGoal == "Job som pædagogmedhjælper, 25 timer om ugen", "the other field keeps its text")
        a.press(.character("5"), .character("a"), .enter)
        a.type("Dr. Berg")
        a.press(.tab)
        a.type("egen læge")
        a.press(.control("s"))
        #expect(aase.network.map(\.name) == ["Dr. Berg"])
        a.press(.character("r"))
        a.type("Praktik lagt ind i planen")
        a.press(.tab)
        a.type("Åse er klar")
        a.press(.control("s"))
        #expect(aase.revisions.last?.summary == "Praktik lagt ind i planen")
        #expect(aase.revisions.last?.withCitizen == true)
        #expect(aase.revisions.last?.author == "mette")
        #expect(Golden.check(Golden.render(a), "plan-citizen-filled-80x24") == nil)
    }

    @Test func escapeAsksBeforeDiscardingAndNothingIsSaved() {
        let a = app(.en)
        a.press(.down, .character("e"))
        a.press(.escape)
        #expect(a.state.planForm == nil, "unchanged: closes at once")
        a.press(.character("e"))
        a.type(" i januar")
        a.press(.escape)
        #expect(a.screenText().contains("Discard what you typed?"))
        a.press(.enter)
        #expect(a.state.planForm?.form.fields[0].value == "Komme i virksomhedspraktik i januar")
        a.press(.escape, .left, .enter)
        #expect(a.state.planForm == nil)
        #expect(aase.revision == 3)
    }

    @Test func aConflictOnAnotherItemReappliesTheChangeToTheNewerRevision() {
        let a = app(.en)
        a.press(.down, .character("e"))
        a.type(" i januar")
        source.saveAsSomeoneElse("b-aase") { $0.ownWords = "Jonas' notat fra samtalen" }
        a.press(.control("s"))
        #expect(a.screenText().contains("jonas saved this plan (revision 4)"))
        #expect(a.screenText().contains("Nothing was overwritten."))
        #expect(aase.revision == 4, "nothing written yet")
        a.press(.enter)   // Apply my change again
        #expect(aase.revision == 5)
        #expect(aase.ownWords == "Jonas' notat fra samtalen", "their change is kept")
        #expect(aase.sections.employment.goals[0].title == "Komme i virksomhedspraktik i januar", "and so is mine")
        #expect(source.events.filter { $0.action == .view }.count == 2, "the reload is audited as a view")
    }

    @Test func aConflictOnTheSameItemKeepsBothTexts() {
        let a = app(.en)
        a.press(.down, .character("e"))
        a.type(" i januar")
        source.saveAsSomeoneElse("b-aase") { $0.sections.employment.goals[0].title = "Praktik hos Bilka" }
        a.press(.control("s"))
        #expect(a.state.planForm?.form.fields[0].value == "Komme i virksomhedspraktik i januar", "my text stays in the form")
        #expect(plan(a)?.file.sections.employment.goals[0].title == "Praktik hos Bilka", "theirs is loaded behind it")
        #expect(a.screenText().contains("jonas changed this too (revision 4)"))
        a.press(.escape, .left, .enter)
        #expect(aase.sections.employment.goals[0].title == "Praktik hos Bilka", "Esc keeps theirs")
        a.press(.character("e"))
        a.type(" (Åse)")
        a.press(.control("s"))
        #expect(aase.sections.employment.goals[0].title == "Praktik hos Bilka (Åse)")
    }

    @Test func anItemDeletedMeanwhileCanBeAddedAgain() {
        let a = app(.en)
        a.press(.down, .character("e"))
        a.type("!")
        source.saveAsSomeoneElse("b-aase") { $0.sections.employment.goals = [] }
        a.press(.control("s"))
        #expect(a.screenText().contains("jonas deleted this"))
        a.press(.control("s"))
        #expect(aase.sections.employment.goals.map(\.title) == ["Komme i virksomhedspraktik!"])
    }

    @Test func aFailedSaveKeepsTheFormAndSaysWhy() {
        let a = app(.en)
        a.press(.down, .character("e"))
        a.type(" i januar")
        source.failure = .io(operation: "write", path: "/data/citizens/b-aase.json", code: 28)
        a.press(.control("s"))
        #expect(a.screenText().contains("the disk is full"))
        #expect(a.state.planForm?.form.fields[0].value == "Komme i virksomhedspraktik i januar")
        source.failure = nil
        a.press(.control("s"))
        #expect(aase.sections.employment.goals[0].title == "Komme i virksomhedspraktik i januar")
    }

    @Test func printWritesTheMarkdownPlanToANewFileAsAnAuditedExport() {
        let a = app(.en)
        a.press(.character("w"), .control("u"))
        a.type("/tmp/åse.md")
        a.press(.enter)
        #expect(source.exports["/tmp/åse.md"]?.contains("# ") == true)
        #expect(source.exports["/tmp/åse.md"]?.contains("070761-XXXX") == true, "masked unless revealed")
        #expect(source.events.contains { $0.action == .export && $0.detail == "/tmp/åse.md" })
        #expect(a.screenText().contains("written to /tmp/åse.md"))
        a.press(.character("w"), .control("u"))
        a.type("/tmp/åse.md")
        a.press(.enter)
        #expect(a.screenText().contains("already exists"), "never over an existing file")
    }

    @Test func readOnlyShowsThePlanButRefusesEveryChange() {
        let ro = FakeSource(user: "leder", readOnly: true, files: Fixtures.caseload())
        let a = App(source: ro, language: .en, theme: .builtIn, size: Size(width: 80, height: 24))
        // A supervisor starts on the team overview; Esc goes to the whole caseload.
        a.handle(.key(.escape))
        a.handle(.key(.enter))
        for key in ["a", "e", "d", "m", "c", "o", "r", "x", "s", "h"] {
            a.press(.character(Character(key)))
            #expect(a.state.planForm == nil && a.state.question == nil, "\(key) opened something")
            #expect(a.screenText().contains("Read-only access: plans cannot be changed here"), "\(key) said nothing")
        }
        #expect(!a.screenText().contains("a add"))
        #expect(ro.events.allSatisfy { $0.action != .update })
    }

    @Test func smallTerminalsScrollTheFormToTheFocusedField() {
        let a = app(.en, size: Size(width: 40, height: 12))
        a.press(.character("m"))
        for _ in 0..<6 { a.press(.tab) }
        let text = a.screenText()
        #expect(text.contains("Next follow-up") || text.contains("Next follow"), "the last field is on screen:\n\(text)")
        #expect(Golden.check(Golden.render(a), "plan-meeting-form-40x12") == nil)
    }
}
