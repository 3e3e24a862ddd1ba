import EnplanApp
import Foundation
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// Tab 6: the joint assessment recorded area by area, findings that become goals, earlier assessments
/// a key away; and the consent warnings and rules of the plan screen found when the app was tried.
@Suite struct AssessmentTests {
    let source = FakeSource(files: Fixtures.caseload())

    func app(_ language: Language = .en, size: Size = Size(width: 80, height: 24)) -> App {
        let a = App(source: source, language: language, theme: .builtIn, size: size)
        a.handle(.key(.enter))
        return a
    }

    func type(_ a: App, _ text: String) { for ch in text { a.handle(.key(.character(ch))) } }
    func press(_ a: App, _ keys: Key...) { for k in keys { a.handle(.key(k)) } }
    func screen(_ a: App) -> String { Golden.render(a).text }
    var aase: CaseFile { source.files[0] }

    /// A demo citizen with two joint assessments.
    func demoApp(size: Size) throws -> App {
        let files = DemoCaseload(citizens: 40, coordinators: 1, seed: 42, today: Fixtures.today).makeCaseFiles()
        let assessed = try #require(files.first { $0.assessments.count == 2 })
        let a = App(source: FakeSource(user: assessed.citizen.coordinator, files: [assessed]), language: .da,
                    theme: .builtIn, size: size)
        a.handle(.key(.enter))
        a.handle(.key(.character("6")))
        return a
    }

    @Test func goldenAssessmentTabAtThreeSizes() throws {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40)] {
            let a = try demoApp(size: size)
            #expect(Golden.check(Golden.render(a), "plan-assessment-\(size)") == nil)
            a.handle(.key(.character("[")))
            #expect(Golden.check(Golden.render(a), "plan-assessment-earlier-\(size)") == nil)
        }
    }

    @Test func browsesEarlierAndLaterAssessments() throws {
        let a = try demoApp(size: Size(width: 120, height: 40))
        let all = try #require(a.state.plan?.file.assessmentsByDate)
        #expect(screen(a).contains("2 af 2"))
        press(a, .character("["))
        #expect(screen(a).contains("1 af 2") && a.state.plan?.shownAssessment == all[0])
        press(a, .character("["))
        #expect(a.state.plan?.shownAssessment == all[0], "stays on the earliest")
        press(a, .character("]"))
        #expect(a.state.plan?.shownAssessment == all[1])
    }

    @Test func recordsAnAreaThenMakesItsFindingAGoal() throws {
        let a = app()
        press(a, .character("6"))
        #expect(screen(a).contains("No assessment yet"))
        #expect(screen(a).contains("[6 Assessment]"))
        // Housing is the fifth area.
        press(a, .down, .down, .down, .down)
        press(a, .character("e"))
        #expect(screen(a).contains("New assessment: Housing"))
        #expect(Golden.check(Golden.render(a), "plan-assessment-form-80x24") == nil)
        press(a, .control("s"))
        #expect(screen(a).contains("! is required"), "a finding needs words")
        // The focus is on the finding now.
        type(a, "Bor på værelse; kontrakten udløber til sommer.")
        press(a, .tab)
        type(a, "Jeg ved ikke, hvor jeg skal bo.")
        press(a, .tab)
        type(a, "adult")
        press(a, .character(" "))
        type(a, "citizen")
        press(a, .character(" "))
        press(a, .backTab, .backTab, .backTab)
        type(a, "mostly a barrier")              // type to choose on the scale
        press(a, .control("s"))
        let assessment = try #require(aase.assessments.first)
        #expect(assessment.date == Fixtures.today)
        let finding = try #require(assessment.finding("housing"))
        #expect(finding.judgement == "mostly-barrier")
        #expect(finding.citizenView == "Jeg ved ikke, hvor jeg skal bo.")
        #expect(finding.contributors == ["social", "citizen-service"])
        #expect(screen(a).contains("Housing · Bor på værelse"))

        // The next area goes into the same assessment.
        press(a, .down)
        press(a, .enter)
        #expect(screen(a).contains("Assessment: Money and debt"))
        press(a, .tab)
        type(a, "Gæld til det offentlige.")
        press(a, .control("s"))
        #expect(aase.assessments.count == 1 && aase.assessments[0].findings.count == 2)

        // Back on housing: M makes the finding a goal in the area's section, remembering where it came from.
        press(a, .up, .character("M"))
        #expect(screen(a).contains("Goal from the assessment: Housing"))
        press(a, .control("s"))
        let goal = try #require(aase.sections.social.goals.last)
        #expect(goal.title == "Jeg ved ikke, hvor jeg skal bo")
        #expect(goal.origin == GoalOrigin(assessment: assessment.id, area: "housing"))
        #expect(screen(a).contains("→ goal"))
        // The goal's detail line names the finding it came from.
        press(a, .character("2"), .character("G"))
        for _ in 0..<10 where !screen(a).contains("From the assessment: Housing") { press(a, .up) }
        #expect(screen(a).contains("From the assessment: Housing"))
        // And the timeline tells it.
        press(a, .character("t"))
        #expect(screen(a).contains("joint assessment"))
    }

    @Test func anAreaWithoutAFindingCannotBecomeAGoal() {
        let a = app()
        press(a, .character("6"), .character("M"))
        #expect(screen(a).contains("not assessed yet"))
    }

    @Test func consentOutsideItsScopeIsWarnedAboutOnTheScreen() throws {
        // Åse's consent names no department; her work placement is the job centre's.
        source.files[0].sections.employment.efforts.append(
            Effort(id: "e90", title: "Virksomhedspraktik", offerID: "praktik", start: Fixtures.today.adding(days: -10)))
        #expect(aase.consent.state == .given)
        let a = app()
        #expect(screen(a).contains("! 1 warning"))
        press(a, .character("5"))
        #expect(screen(a).contains("belongs to Job centre, which the consent does not cover"))
        // State, date, given, document, the plans it replaces, then the departments.
        press(a, .character("c"), .tab, .tab, .tab, .tab, .tab)
        type(a, "job")
        press(a, .character(" "))
        press(a, .control("s"))
        #expect(aase.consent.scope == ["jobcenter"])
        #expect(!screen(a).contains("which the consent does not cover"))
        #expect(!screen(a).contains("warning"))
    }

    @Test func aSixteenYearOldsConsentAsksForTheCustodyHolder() throws {
        var young = aase
        young.citizen.cpr = try CPRNumber("170510-4321")   // born 17 May 2010: 16 today
        source.files[0] = young
        let a = app()
        press(a, .character("c"))
        press(a, .control("s"))
        #expect(screen(a).contains("under 18"), "the form refuses consent without the custody holder")
        #expect(aase.consent.custodyHolders.isEmpty)
        // The focus is on the custody holder's name now.
        type(a, "Hanne Ørsted")
        press(a, .tab)
        type(a, "mor")
        press(a, .tab)
        type(a, "2026-11-20")
        press(a, .control("s"))
        #expect(aase.consent.custodyHolders == [CustodyConsent(name: "Hanne Ørsted", relation: "mor",
                                                                date: try #require(CalendarDate(iso: "2026-11-20")))])
    }

    /// Found when tried: an indicator skipped at the latest measurement showed "–" as its last score.
    @Test func theMeasurementEditorShowsTheLastScoreAnIndicatorHad() {
        let all = Dictionary(uniqueKeysWithValues: Instrument.standard.indicators.map { ($0.key, 4) })
        var skipped = all.mapValues { _ in 5 }
        skipped["health"] = nil
        source.files[0].measurements = [
            Measurement(id: "p1", date: Fixtures.today.adding(days: -100), by: "mette", instrumentID: Instrument.standard.id, scores: all),
            Measurement(id: "p2", date: Fixtures.today.adding(days: -10), by: "mette", instrumentID: Instrument.standard.id, scores: skipped),
        ]
        let a = app()
        press(a, .character("p"))
        let rows = screen(a).split(separator: "\n")
        let health = rows.first { $0.contains("Coping with health") }.map { $0.replacingOccurrences(of: "│", with: " ") }
        let daily = rows.first { $0.contains("Coping with daily life") }.map { $0.replacingOccurrences(of: "│", with: " ") }
        #expect(health?.trimmingCharacters(in: .whitespaces).hasSuffix("4") == true, "\(health ?? "")")
        #expect(daily?.trimmingCharacters(in: .whitespaces).hasSuffix("5") == true, "\(daily ?? "")")
    }

    /// The Danish UI says what the store could not do in Danish, errno and all.
    @Test func aStoreErrorInTheDanishUIIsInDanish() {
        let a = app(.da)
        press(a, .character("o"))
        type(a, "Nye ord")
        source.failure = .io(operation: "write", path: "/data/citizens/b-aase.json", code: 28)
        press(a, .control("s"))
        #expect(screen(a).contains("kunne ikke skrive"))
        #expect(screen(a).contains("disken er fuld"))
        source.failure = nil
    }

    /// An effort's detail line says where its legal basis is in the law, as the catalogue cites it.
    @Test func anEffortsDetailCitesItsLegalSource() {
        source.files[0].sections.employment.efforts = [
            Effort(id: "e90", title: "Virksomhedspraktik", offerID: "praktik", legalBasis: "LAB § 57", start: Fixtures.today),
        ]
        let a = app(.en, size: Size(width: 200, height: 30))
        for _ in 0..<6 where !screen(a).contains("lov nr. 548 af 7. maj 2019") { press(a, .down) }
        #expect(screen(a).contains("Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7. maj 2019, jf. LBK nr. 280 af 1. marts 2024) § 57"))
    }
}
