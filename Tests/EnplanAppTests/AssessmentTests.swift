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
        #expect(a.screenText().contains("2 af 2"))
        a.press(.character("["))
        #expect(a.screenText().contains("1 af 2") && a.state.plan?.shownAssessment == all[0])
        a.press(.character("["))
        #expect(a.state.plan?.shownAssessment == all[0], "stays on the earliest")
        a.press(.character("]"))
        #expect(a.state.plan?.shownAssessment == all[1])
    }

    @Test func recordsAnAreaThenMakesItsFindingAGoal() throws {
        let a = app()
        a.press(.character("6"))
        #expect(a.screenText().contains("No assessment yet"))
        #expect(a.screenText().contains("[6 Assessment]"))
        // Housing is the fifth area.
        a.press(.down, .down, .down, .down)
        a.press(.character("e"))
        #expect(a.screenText().contains("New assessment: Housing"))
        #expect(Golden.check(Golden.render(a), "plan-assessment-form-80x24") == nil)
        a.press(.control("s"))
        #expect(a.screenText().contains("! is required"), "a finding needs words")
        // The focus is on the finding now.
        a.type("Bor på værelse; kontrakten udløber til sommer.")
        a.press(.tab)
        a.type("Jeg ved ikke, hvor jeg skal bo.")
        a.press(.tab)
        a.type("adult")
        a.press(.character(" "))
        a.type("citizen")
        a.press(.character(" "))
        a.press(.backTab, .backTab, .backTab)
        a.type("mostly a barrier")              // type to choose on the scale
        a.press(.control("s"))
        let assessment = try #require(aase.assessments.first)
        #expect(assessment.date == Fixtures.today)
        let finding = try #require(assessment.finding("housing"))
        #expect(finding.judgement == "mostly-barrier")
        #expect(finding.citizenView == "Jeg ved ikke, hvor jeg skal bo.")
        #expect(finding.contributors == ["social", "citizen-service"])
        #expect(a.screenText().contains("Housing · Bor på værelse"))

        // The next area goes into the same assessment.
        a.press(.down)
        a.press(.enter)
        #expect(a.screenText().contains("Assessment: Money and debt"))
        a.press(.tab)
        a.type("Gæld til det offentlige.")
        a.press(.control("s"))
        #expect(aase.assessments.count == 1 && aase.assessments[0].findings.count == 2)

        // Back on housing: M makes the finding a goal in the area's section, remembering where it came from.
        a.press(.up, .character("M"))
        #expect(a.screenText().contains("Goal from the assessment: Housing"))
        a.press(.control("s"))
        let goal = try #require(aase.sections.social.goals.last)
        #expect(goal.title == "Jeg ved ikke, hvor jeg skal bo")
        #expect(goal.origin == GoalOrigin(assessment: assessment.id, area: "housing"))
        #expect(a.screenText().contains("→ goal"))
        // The goal's detail line names the finding it came from.
        a.press(.character("2"), .character("G"))
        for _ in 0..<10 where !a.screenText().contains("From the assessment: Housing") { a.press(.up) }
        #expect(a.screenText().contains("From the assessment: Housing"))
        // And the timeline tells it.
        a.press(.character("t"))
        #expect(a.screenText().contains("joint assessment"))
    }

    @Test func anAreaWithoutAFindingCannotBecomeAGoal() {
        let a = app()
        a.press(.character("6"), .character("M"))
        #expect(a.screenText().contains("not assessed yet"))
    }

    @Test func consentOutsideItsScopeIsWarnedAboutOnTheScreen() throws {
        // Åse's consent names no department; her work placement is the job centre's.
        source.files[0].sections.employment.efforts.append(
            Effort(id: "e90", title: "Virksomhedspraktik", offerID: "praktik", start: Fixtures.today.adding(days: -10)))
        #expect(aase.consent.state == .given)
        let a = app()
        #expect(a.screenText().contains("! 1 warning"))
        a.press(.character("5"))
        #expect(a.screenText().contains("belongs to Job centre, which the consent does not cover"))
        // State, date, given, document, the plans it replaces, then the departments.
        a.press(.character("c"), .tab, .tab, .tab, .tab, .tab)
        a.type("job")
        a.press(.character(" "))
        a.press(.control("s"))
        #expect(aase.consent.scope == ["jobcenter"])
        #expect(!a.screenText().contains("which the consent does not cover"))
        #expect(!a.screenText().contains("warning"))
    }

    @Test func aSixteenYearOldsConsentAsksForTheCustodyHolder() throws {
        var young = aase
        young.citizen.cpr = try CPRNumber("170510-4321")   // born 17 May 2010: 16 today
        source.files[0] = young
        let a = app()
        a.press(.character("c"))
        a.press(.control("s"))
        #expect(a.screenText().contains("under 18"), "the form refuses consent without the custody holder")
        #expect(aase.consent.custodyHolders.isEmpty)
        // The focus is on the custody holder's name now.
        a.type("Hanne Ørsted")
        a.press(.tab)
        a.type("mor")
        a.press(.tab)
        a.type("2026-11-20")
        a.press(.control("s"))
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
        a.press(.character("p"))
        let rows = a.screenText().split(separator: "\n")
        let health = rows.first { $0.contains("Coping with health") }.map { $0.replacingOccurrences(of: "│", with: " ") }
        let daily = rows.first { $0.contains("Coping with daily life") }.map { $0.replacingOccurrences(of: "│", with: " ") }
        #expect(health?.trimmingCharacters(in: .whitespaces).hasSuffix("4") == true, "\(health ?? "")")
        #expect(daily?.trimmingCharacters(in: .whitespaces).hasSuffix("5") == true, "\(daily ?? "")")
    }

    /// The Danish UI says what the store could not do in Danish, errno and all.
    @Test func aStoreErrorInTheDanishUIIsInDanish() {
        let a = app(.da)
        a.press(.character("o"))
        a.type("Nye ord")
        source.failure = .io(operation: "write", path: "/data/citizens/b-aase.json", code: 28)
        a.press(.control("s"))
        #expect(a.screenText().contains("kunne ikke skrive"))
        #expect(a.screenText().contains("disken er fuld"))
        source.failure = nil
    }

    /// An effort's detail line says where its legal basis is in the law, as the catalogue cites it.
    @Test func anEffortsDetailCitesItsLegalSource() {
        source.files[0].sections.employment.efforts = [
            Effort(id: "e90", title: "Virksomhedspraktik", offerID: "praktik", legalBasis: "LAB § 57", start: Fixtures.today),
        ]
        let a = app(.en, size: Size(width: 200, height: 30))
        for _ in 0..<6 where !a.screenText().contains("lov nr. 548 af 7. maj 2019") { a.press(.down) }
        #expect(a.screenText().contains("Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7. maj 2019, jf. LBK nr. 280 af 1. marts 2024) § 57"))
    }
}
