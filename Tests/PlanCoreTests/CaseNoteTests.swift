import PlanCore
import Testing

/// Case notes (issue 25, item 5): the duty to note down what was learnt orally has a home of its own.
@Suite struct CaseNoteTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(daysSinceEpoch: 0)

    func file() -> CaseFile {
        var generator = SeededGenerator(seed: 11)
        let citizen = Citizen(id: CitizenID.random(using: &generator), name: "Åse Ørsted", targetGroup: .aktivitetsparat,
                              coordinator: "mette")
        return CaseFile(citizen: citizen, created: today.adding(days: -100), createdBy: "mette")
    }

    @Test func aNoteGetsAnIdAndItsWriterAndIsATimelineEventOnItsDay() throws {
        var f = file()
        let day = today.adding(days: -3)
        try f.apply(.note(CaseNote(date: day, kind: .phone, who: "mor", text: "Ringede om boligen.\nMor var med.")), on: today, by: "jonas")
        let note = try #require(f.notes.first)
        #expect(note.id.hasPrefix("k") && note.author == "jonas")
        let event = try #require(f.timeline().first { $0.kind == .note })
        #expect(event.date == day && event.title == "Ringede om boligen." && event.itemID == note.id && event.section == nil)
    }

    @Test func anEditKeepsTheWriterAndADeleteRemovesTheNote() throws {
        var f = file()
        try f.apply(.note(CaseNote(date: today, kind: .email, text: "Første udgave")), on: today, by: "mette")
        var note = f.notes[0]
        note.text = "Rettet"
        note.author = "someone else"
        try f.apply(.note(note), on: today, by: "jonas")
        #expect(f.notes.map(\.text) == ["Rettet"] && f.notes[0].author == "mette", "the writer stays; the audit says who edited")
        try f.apply(.delete(.note(note.id)), on: today, by: "mette")
        #expect(f.notes.isEmpty)
        #expect(throws: PlanChangeError.itemGone(.note(note.id))) { try f.apply(.note(note), on: today, by: "mette") }
    }

    @Test func anEmptyAFutureOrAControlCharacterNoteIsRefusedInWords() {
        var f = file()
        let refused: [(CaseNote, ValidationError)] = [
            (CaseNote(date: today, kind: .phone, text: "  \n "), .required(field: "note text")),
            (CaseNote(date: today.adding(days: 1), kind: .phone, text: "I morgen"), .inFuture(field: "note date")),
            (CaseNote(date: today, kind: .phone, who: "a\u{1B}[2J", text: "x"), .controlCharacter(field: "note who")),
            (CaseNote(date: today, kind: .phone, text: "bip\u{7}"), .controlCharacter(field: "note text")),
            (CaseNote(date: today, kind: .phone, text: String(repeating: "ø", count: CaseNote.maximumTextLength + 1)),
             .tooLong(field: "note text", limit: CaseNote.maximumTextLength)),
        ]
        for (note, error) in refused {
            #expect(throws: PlanChangeError.invalid(error)) { try f.apply(.note(note), on: today, by: "mette") }
        }
        #expect(f.notes.isEmpty)
    }

    @Test func theNoteWrittenLastIsKnownWhateverDayItIsAbout() throws {
        var f = file()
        try f.apply(.note(CaseNote(date: today, kind: .phone, text: "Nyeste dag")), on: today, by: "mette")
        try f.apply(.note(CaseNote(date: today.adding(days: -30), kind: .other, text: "Skrevet sidst")), on: today, by: "mette")
        #expect(f.notes.map(\.text) == ["Skrevet sidst", "Nyeste dag"], "kept by date")
        #expect(f.newestNote?.text == "Skrevet sidst")
    }

    @Test func theDemoWritesNotesAndFewGoToTheLetter() {
        let files = DemoCaseload(citizens: 60, coordinators: 3, seed: 2016, today: today).makeCaseFiles()
        let notes = files.flatMap(\.notes)
        #expect(notes.count > 30)
        #expect(notes.allSatisfy { $0.date <= today && !$0.author.isEmpty })
        #expect(notes.contains(where: \.inLetter) && notes.filter(\.inLetter).count < notes.count / 4)
    }
}
