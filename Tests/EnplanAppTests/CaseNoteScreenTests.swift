import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// Case notes on screen (issue 25, item 5): `n` in the plan writes one, the citizen tab lists them,
/// the timeline shows them and `/` finds them by any word of their text.
@Suite struct CaseNoteScreenTests {
    func app(_ source: FakeSource, _ language: Language = .da) -> App {
        App(source: source, language: language, theme: .builtIn, size: Size(width: 100, height: 30))
    }

    /// Åse, first on the dashboard (the most overdue), with her plan open.
    func openÅse(_ source: FakeSource, _ language: Language = .da) -> App {
        let a = app(source, language)
        a.press(.enter)
        return a
    }

    @Test func nWritesANoteThatTheCitizenTabListsAndTheStoreKeepsWithItsWriter() throws {
        let source = FakeSource(files: Fixtures.caseload())
        let a = openÅse(source)
        a.press(.character("n"))
        #expect(a.screenText().contains("Journalnotat") && a.screenText().contains("Fra eller med"))
        a.press(.tab, .tab)
        a.type("Egen læge")
        a.press(.tab)
        a.type("Lægen ringede: kan deltage 10 timer om ugen.")
        a.press(.control("s"))
        let saved = try #require(source.files.first { $0.id.rawValue == "b-aase" }?.notes.first)
        #expect(saved.kind == .phone && saved.who == "Egen læge" && saved.author == "mette" && saved.date == Fixtures.today)
        #expect(!saved.inLetter, "a note is the case's record; the letter has it only when asked")
        a.press(.character("5"))
        let tab = a.screenText()
        #expect(tab.contains("Journalnotater") && tab.contains("telefon · Egen læge · Lægen ringede"), "\(tab)")
    }

    @Test func aNoteAboutTomorrowIsRefusedUnderItsDateAndTheTextIsKept() throws {
        let source = FakeSource(files: Fixtures.caseload())
        let a = openÅse(source, .en)
        let before = source.files
        a.press(.character("n"), .control("u"))
        a.type("24.12.2026")
        a.press(.tab, .tab, .tab)
        a.type("Written ahead of time")
        a.press(.control("s"))
        let screen = a.screenText()
        #expect(source.files == before, "nothing saved")
        #expect(screen.contains("Case note") && screen.contains("Written ahead of time"), "the form stays with its text:\n\(screen)")
        let dateRow = try #require(screen.split(separator: "\n").firstIndex { $0.contains("24.12.2026") })
        let below = screen.split(separator: "\n")[dateRow + 1]
        #expect(below.contains("not come yet"), "the reason is under the date:\n\(screen)")
    }

    @Test func theTimelineShowsNotesAndSlashFindsThemByAnyWordOfTheirText() throws {
        var files = Fixtures.caseload()
        try files[0].apply(.note(CaseNote(date: Fixtures.today.adding(days: -40), kind: .email, who: "praktikvært",
                                          text: "Fremmødet er stabilt.\nØnsker møde om boligen.")), on: Fixtures.today, by: "mette")
        let source = FakeSource(files: files)
        let a = app(source)
        a.press(.character("t"))
        #expect(a.screenText().contains("e-mail · praktikvært · Fremmødet er stabilt.") || a.screenText().contains("Fremmødet er stabilt."))
        a.press(.character("/"))
        a.type("bolig")
        guard case let .timeline(t) = a.state.screen else { Issue.record("not on the timeline"); return }
        #expect(t.visible.count == 1 && t.selectedEvent?.kind == .note, "the word on the note's second line finds it")
        #expect(a.screenText().contains("søg: bolig"))
        a.press(.enter, .escape)
        guard case let .timeline(cleared) = a.state.screen else { Issue.record("Esc with a search left the timeline"); return }
        #expect(cleared.visible.count == cleared.events.count, "the first Esc takes back the search")
        a.press(.escape)
        if case .timeline = a.state.screen { Issue.record("the second Esc leaves the timeline") }
    }

    @Test func onlyANoteMarkedForTheLetterIsInIt() throws {
        var file = Fixtures.caseload()[0]
        try file.apply(.note(CaseNote(date: Fixtures.today, kind: .phone, text: "Intern vurdering af misbrug")), on: Fixtures.today, by: "mette")
        try file.apply(.note(CaseNote(date: Fixtures.today, kind: .email, text: "Du har sendt dit kursusbevis", inLetter: true)),
                       on: Fixtures.today, by: "mette")
        let letter = PlanLetter(file: file, catalogues: .standard, coordinator: nil, revealCPR: false, today: Fixtures.today).render(.markdown)
        #expect(letter.contains("Det har vi skrevet ned") && letter.contains("Du har sendt dit kursusbevis"))
        #expect(!letter.contains("Intern vurdering"))
        let printout = PlanPrintout(file: file, catalogues: .standard, language: .da, today: Fixtures.today).render()
        #expect(printout.contains("Intern vurdering af misbrug") && printout.contains("Du har sendt dit kursusbevis"))
    }
}
