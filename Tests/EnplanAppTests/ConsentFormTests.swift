import EnplanApp
import PlanCore
import TerminalKit
import Testing

/// Consent in full on screen (issue 25, item 2): the form asks what it replaces, how it was given,
/// whether the citizen was told they may withdraw it, and for a minor every custody holder; the
/// letter says what was consented to and how to withdraw, in the citizen's language.
@Suite struct ConsentFormTests {
    /// Åse, 16 (born 17 May 2010), with no consent yet; her plan open.
    func minor(_ language: Language) throws -> (App, FakeSource) {
        let source = FakeSource(files: Fixtures.caseload())
        source.files[0].citizen.cpr = try CPRNumber("170510-4321")
        source.files[0].consent = Consent()
        source.files[0].consentHistory = []
        let app = App(source: source, language: language, theme: .builtIn, size: Size(width: 80, height: 24))
        app.press(.enter, .character("5"))
        return (app, source)
    }

    @Test(arguments: [(Language.da, 256), (Language.en, 16)])
    func goldenFullConsentForm(language: Language, colors: Int) throws {
        let (a, _) = try minor(language)
        a.press(.character("c"))
        #expect(Golden.check(Golden.render(a, colors: colors), "consent-form-\(language.rawValue)-80x24") == nil)
        // The custody part, at the end of the form: the second holder appears with joint custody.
        for _ in 0..<9 { a.press(.tab) }
        a.press(.right)
        #expect(Golden.check(Golden.render(a, colors: colors), "consent-form-custody-\(language.rawValue)-80x24") == nil)
    }

    @Test func aMinorsConsentWithJointCustodyIsSavedWithBothHoldersAndTheRightToWithdraw() throws {
        let (a, source) = try minor(.da)
        a.press(.character("c"), .tab, .tab, .right, .right)    // given orally
        a.press(.tab)
        a.type("Journalnotat k7")
        a.press(.tab, .character(" "), .down, .down, .down, .character(" "))  // Min Plan and the action plan
        a.press(.tab, .character(" "))                             // the job centre shares
        a.press(.tab)
        a.type("At samle indsatserne")
        a.press(.control("s"))
        // Not told of the right to withdraw: refused under that field, nothing saved.
        var screen = a.screenText()
        #expect(screen.contains("! oplys borgeren om retten til at trække tilbage"), "\(screen)")
        #expect(source.files[0].consent.state == .notRecorded)
        a.press(.right)                                            // ja: ved, at samtykket kan trækkes tilbage
        a.press(.tab, .tab, .right)                                // fælles forældremyndighed
        a.press(.tab)
        a.type("Hanne Ørsted")
        a.press(.tab)
        a.type("mor")
        a.press(.tab)
        a.type("20.11.2026")
        a.press(.control("s"))
        screen = a.screenText()
        #expect(screen.contains("! fælles myndighed: begge indehavere skal samtykke"), "joint custody needs both:\n\(screen)")
        // The focus is on the second holder's name.
        a.type("Peter Ørsted")
        a.press(.tab)
        a.type("far")
        a.press(.tab)
        a.type("21.11.2026")
        a.press(.control("s"))
        let consent = source.files[0].consent
        #expect(consent.state == .given && consent.form == .oral && consent.documentReference == "Journalnotat k7")
        #expect(consent.replaces == ["min-plan", "handleplan"] && consent.scope == ["jobcenter"] && consent.informedOfWithdrawal)
        #expect(consent.jointCustody && consent.custodyHolders.map(\.name) == ["Hanne Ørsted", "Peter Ørsted"])
        #expect(a.screenText().contains("Erstatter: »Min Plan« (beskæftigelse), Handleplan (serviceloven § 141)"), "\(a.screenText())")
    }

    @Test func theLetterSaysWhatWasConsentedToAndHowToWithdrawInTheCitizensLanguage() throws {
        var file = Fixtures.caseload()[0]
        try file.apply(.consent(Consent(state: .given, date: Fixtures.today, scope: ["jobcenter", "social"],
                                        replaces: ["min-plan", "handleplan"], purpose: "At samle indsatserne i én plan",
                                        form: .written, informedOfWithdrawal: true)), on: Fixtures.today, by: "mette")
        let danish = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.markdown)
        #expect(danish.contains("Du gav det skriftligt.") && danish.contains("Den samlede plan træder i stedet for:"))
        #expect(danish.contains("- Handleplan (serviceloven § 141)") && danish.contains("Formålet: At samle indsatserne i én plan."))
        #expect(danish.contains("Du kan altid trække dit samtykke tilbage"))
        file.citizen.language = .en
        try file.apply(.consent(Consent(state: .withdrawn, date: Fixtures.today, replaces: ["min-plan", "handleplan"])),
                       on: Fixtures.today, by: "mette")
        let english = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.html)
        #expect(english.contains("You withdrew your consent on 2026-11-23") && english.contains("These plans apply again:"))
        #expect(english.contains("Action plan (Social Services Act § 141)") && !english.contains("Du gav"))
    }
}
