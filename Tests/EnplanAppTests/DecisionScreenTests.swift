import EnplanApp
import PlanCore
import TerminalKit
import Testing

/// Decisions on screen (issue 25, item 1): D on an effort records one with reasons; a refusal takes
/// the effort out of the plan; the citizen tab lists decisions; the letter gives reasons and how to
/// complain, in the citizen's language.
@Suite struct DecisionScreenTests {
    /// Åse with one planned effort and nothing else on the employment tab, her plan open there.
    func appWithEffort(_ language: Language = .da, status: EffortStatus = .planned,
                       size: Size = Size(width: 100, height: 30)) -> (App, FakeSource) {
        let source = FakeSource(files: Fixtures.caseload())
        source.files[0].sections.employment.goals = []
        source.files[0].sections.employment.efforts = [
            Effort(id: "e90", title: "Virksomhedspraktik", offerID: "praktik", legalBasis: "LAB § 57",
                   start: Fixtures.today.adding(days: status == .planned ? 7 : -30), status: status),
        ]
        let app = App(source: source, language: language, theme: .builtIn, size: size)
        app.press(.enter, .character("1"), .down)
        return (app, source)
    }

    @Test func dOnAPlannedEffortRefusesItWithReasonsAndTheCitizenTabListsIt() throws {
        let (a, source) = appWithEffort()
        a.press(.character("D"))
        let form = a.screenText()
        #expect(form.contains("Afgørelse om Virksomhedspraktik") && form.contains("Begrundelse"), "\(form)")
        #expect(form.contains("LAB § 57"), "the effort's legal basis is chosen:\n\(form)")
        a.press(.right)   // bevilget → afslået
        #expect(a.screenText().contains("indsatsen fjernes fra planen"))
        a.press(.tab, .tab, .tab)
        a.type("Praktikstedet kan ikke tage imod dig før til foråret.")
        a.press(.control("s"))
        let file = try #require(source.files.first { $0.id.rawValue == "b-aase" })
        #expect(file.sections.employment.efforts.isEmpty, "a refused effort is not an effort")
        let decision = try #require(file.decisions.first)
        #expect(decision.outcome == .refused && decision.legalBasis == "LAB § 57" && decision.decidedBy == "mette")
        #expect(decision.reasons == "Praktikstedet kan ikke tage imod dig før til foråret.")
        a.press(.character("5"))
        let tab = a.screenText()
        #expect(tab.contains("Afgørelser") && tab.contains("afslået · Virksomhedspraktik · Praktikstedet kan ikke"), "\(tab)")
    }

    @Test(arguments: [(Language.da, 256), (Language.en, 8)])
    func goldenDecisionFormAndTheTimelineShowsTheDecision(language: Language, colors: Int) throws {
        let (a, _) = appWithEffort(language, size: Size(width: 80, height: 24))
        a.press(.character("D"))
        #expect(Golden.check(Golden.render(a, colors: colors), "decision-form-\(language.rawValue)-80x24") == nil)
        a.press(.tab, .tab, .tab)
        a.type(language == .da ? "Bevilget efter samtale." : "Granted after a talk.")
        a.press(.control("s"), .character("t"))
        let unicode = Golden.render(a).text, ascii = Golden.render(a, unicode: false).text
        let outcome = language == .da ? "bevilget" : "granted"
        #expect(unicode.contains("◇") && unicode.contains("Virksomhedspraktik") && unicode.contains(outcome), "\n\(unicode)")
        #expect(ascii.contains("D ") && !ascii.contains("◇"), "\(ascii)")
    }

    @Test func anEffortUnderWayCannotBeRefusedAndTheFormSaysWhyUnderTheOutcome() throws {
        let (a, source) = appWithEffort(.en, status: .active)
        let before = source.files
        a.press(.character("D"))
        // changed is preselected for an effort under way; one step back is refused.
        a.press(.left)
        #expect(a.screenText().contains("refused – the effort leaves the plan"))
        a.press(.tab, .tab, .tab)
        a.type("Not suitable")
        a.press(.control("s"))
        let screen = a.screenText()
        #expect(source.files.first?.decisions.isEmpty == true && source.files.first == before.first, "nothing saved")
        let rows = screen.split(separator: "\n")
        let outcome = try #require(rows.firstIndex { $0.contains("refused – the effort leaves the plan") })
        #expect(rows[outcome + 1].lowercased().contains("stop"), "the reason is under the outcome:\n\(screen)")
    }

    @Test func dWithoutAnEffortSelectedSaysWhatToDo() {
        let source = FakeSource(files: Fixtures.caseload())
        let a = App(source: source, language: .da, theme: .builtIn, size: Size(width: 100, height: 30))
        a.press(.enter, .character("5"), .character("D"))
        #expect(a.screenText().contains("Vælg en indsats i et afsnit først"))
        #expect(a.state.overlays.isEmpty)
    }

    @Test func theLetterGivesEachDecisionItsReasonsAndHowToComplainOnce() throws {
        var file = Fixtures.caseload()[0]
        file.sections.social.efforts = [
            Effort(id: "e1", title: "Bostøtte", legalBasis: "SEL § 85", start: Fixtures.today.adding(days: -60)),
            Effort(id: "e2", title: "Misbrugsbehandling", legalBasis: "SEL § 101", start: Fixtures.today.adding(days: -60)),
        ]
        try file.apply(.decision(Decision(effort: "e1", outcome: .granted, date: Fixtures.today.adding(days: -60), legalBasis: "SEL § 85",
                                          reasons: "Du har brug for hjælp til at holde styr på økonomien.")), on: Fixtures.today, by: "mette")
        try file.apply(.decision(Decision(effort: "e2", outcome: .stopped, date: Fixtures.today, legalBasis: "SEL § 101",
                                          reasons: "Behandlingen er afsluttet efter aftale med dig.")), on: Fixtures.today, by: "mette")
        let letter = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.markdown)
        #expect(letter.contains("## Afgørelser") && letter.contains("Bostøtte – bevilget") && letter.contains("Misbrugsbehandling – stoppet"))
        #expect(letter.contains("Begrundelse: Du har brug for hjælp til at holde styr på økonomien."))
        #expect(letter.contains("Lovgrundlag: SEL § 85 (Lov om social service)"), "\(letter)")
        #expect(letter.contains("## Sådan klager du") && letter.contains("inden 4 uger"))
        #expect(letter.components(separatedBy: "inden 4 uger").count == 2, "one route, said once")
        file.citizen.language = .en
        let english = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.html)
        #expect(english.contains("How to complain") && english.contains("within 4 weeks") && !english.contains("Sådan klager"))
        let printout = PlanPrintout(file: file, catalogues: .standard, language: .da, today: Fixtures.today).render()
        #expect(printout.contains("stoppet: Misbrugsbehandling (SEL § 101), mette: Behandlingen er afsluttet"), "\(printout)")
    }

    @Test func aDecisionUnderALawWithoutAVerifiedRouteTellsTheCitizenToAsk() throws {
        var file = Fixtures.caseload()[0]
        file.sections.social.efforts = [Effort(id: "e1", title: "Lægeordineret behandling", legalBasis: "Lov X § 1",
                                               start: Fixtures.today.adding(days: -5))]
        try file.apply(.decision(Decision(effort: "e1", outcome: .granted, date: Fixtures.today, legalBasis: "Lov X § 1",
                                          reasons: "Bevilget.")), on: Fixtures.today, by: "mette")
        let letter = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.markdown)
        #expect(letter.contains("Spørg din plankoordinator, hvor og hvornår du kan klage"))
        #expect(!letter.contains("inden 4 uger"), "no route is guessed")
    }
}
