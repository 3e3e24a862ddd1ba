import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

@Suite struct NewCitizenTests {
    let source = FakeSource(files: Fixtures.caseload())

    func app(_ language: Language = .da) -> App {
        App(source: source, language: language, theme: .builtIn, size: Size(width: 80, height: 24))
    }


    @Test func createsAValidatedCitizenAndSelectsIt() {
        let a = app()
        a.handle(.key(.character("n")))
        #expect(Golden.check(Golden.render(a), "new-citizen-80x24") == nil)
        a.type("Ærtebjerg 王 Nguye\u{0302}\u{0303}n")
        a.handle(.key(.tab))
        a.type("310299-1234")
        a.handle(.key(.control("s")))
        #expect(Golden.render(a).text.contains("! skriv DDMMÅÅ-LLLL med en rigtig fødselsdato"))
        #expect(a.state.newCitizenForm?.form.focus == 1, "focus goes to the field with the problem")
        a.handle(.key(.control("u")))
        a.type("070761-4285")
        a.handle(.key(.control("s")))
        #expect(Golden.render(a).text.contains("findes allerede: Åse Ørsted"))
        a.handle(.key(.control("u")))
        a.type("010203-4321")
        a.handle(.key(.tab))
        a.type("ung")
        a.handle(.key(.control("s")))
        #expect(a.state.newCitizenForm == nil)
        let created = source.files.last
        #expect(created?.citizen.name == "Ærtebjerg 王 Nguye\u{0302}\u{0303}n")
        #expect(created?.citizen.cpr?.formatted == "010203-4321")
        #expect(created?.citizen.targetGroup == .ung)
        #expect(created?.citizen.coordinator == "mette")
        #expect(a.state.dashboard.selectedCitizen?.id == created?.id)
        #expect(source.events.contains { $0.action == .create && $0.citizen == created?.id })
        #expect(Golden.render(a).text.contains("er oprettet"))
    }

    @Test func aDuplicateNameIsWarnedAboutOnceThenAllowed() {
        let a = app(.en)
        a.handle(.key(.character("n")))
        a.type("åse ørsted")
        a.handle(.key(.control("s")))
        #expect(Golden.render(a).text.contains("a citizen with this name exists"))
        #expect(source.files.count == 7)
        a.handle(.key(.control("s")))
        #expect(source.files.count == 8)
    }

    @Test func aNameIsRequired() {
        let a = app(.en)
        a.handle(.key(.character("n")))
        a.handle(.key(.control("s")))
        #expect(Golden.render(a).text.contains("! a name is required"))
        #expect(source.files.count == 7)
    }

    @Test func escapeAsksBeforeDiscardingTypedText() {
        let a = app(.en)
        a.handle(.key(.character("n")))
        a.handle(.key(.escape))
        #expect(a.state.newCitizenForm == nil, "nothing typed: closes at once")
        a.handle(.key(.character("n")))
        a.type("Bo")
        a.handle(.key(.escape))
        #expect(Golden.render(a).text.contains("Discard what you typed?"))
        a.handle(.key(.enter))
        #expect(a.state.newCitizenForm?.form.fields.first?.value == "Bo", "Keep editing is the default")
        a.handle(.key(.escape))
        a.handle(.key(.left))
        a.handle(.key(.enter))
        #expect(a.state.newCitizenForm == nil)
        #expect(source.files.count == 7)
    }

    @Test func readOnlyHasNoNewCitizen() {
        let a = App(source: FakeSource(user: "leder", readOnly: true, files: Fixtures.caseload()), language: .en,
                    theme: .builtIn, size: Size(width: 80, height: 24))
        a.handle(.key(.character("n")))
        #expect(a.state.newCitizenForm == nil)
        #expect(!Golden.render(a).text.contains("new citizen"))
    }
}

/// Issue 23.10: a wrong phone number is said under its field, not as a flash in the status line;
/// phone numbers print one way.
@Suite struct NewCitizenPhoneTests {
    @Test func aWrongPhoneNumberIsSaidUnderTheFieldAndNothingIsCreated() throws {
        let source = FakeSource(files: Fixtures.caseload())
        let a = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        let before = source.files.count
        a.handle(.key(.character("n")))
        for ch in "Karen Bøgh" { a.handle(.key(.character(ch))) }
        a.handle(.key(.tab)); a.handle(.key(.tab)); a.handle(.key(.tab))
        for ch in "301727" { a.handle(.key(.character(ch))) }
        a.handle(.key(.control("s")))
        #expect(source.files.count == before, "nothing is created")
        let form = try #require(a.state.newCitizenForm)
        #expect(form.form.focusedField?.name == "phone", "the focus is on the phone field")
        #expect(form.form.focusedField?.message?.contains("telefonnummer") == true)
        let rows = Golden.render(a).text.split(separator: "\n")
        let phoneRow = try #require(rows.firstIndex { $0.contains("301727") })
        #expect(rows[phoneRow + 1].contains("! "), "the message is on the row under the field:\n\(rows.joined(separator: "\n"))")
    }

    @Test(arguments: [("30172734", "+45 30 17 27 34"), ("+45 30172734", "+45 30 17 27 34"), ("0045 72 34 10 10", "+45 72 34 10 10"),
                      ("+46 70 123 45 67", "+46701234567"), ("", ""), ("ring til mor", "ring til mor")])
    func phoneNumbersPrintOneWay(typed: String, shown: String) {
        #expect(Citizen.formattedPhone(typed) == shown)
    }
}
