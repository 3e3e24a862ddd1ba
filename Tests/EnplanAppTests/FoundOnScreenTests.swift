import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// What was found wrong on screen when the app was tried as a new user would: each as it was seen.
@Suite struct FoundOnScreenTests {
    let source = FakeSource(files: Fixtures.caseload())

    func app(_ language: Language = .da, size: Size = Size(width: 80, height: 24)) -> App {
        App(source: source, language: language, theme: .builtIn, size: size)
    }

    func screen(_ a: App) -> Buffer { Golden.render(a) }

    @Test func helpAt40x12ScrollsAndSaysThereIsMore() throws {
        let a = app(.en, size: Size(width: 40, height: 12))
        a.press(.enter, .character("?"))
        let first = screen(a)
        #expect(first.text.contains("↓"), "a marker says there is more:\n\(first.text)")
        for _ in 0..<40 { a.press(.down) }
        let last = screen(a)
        #expect(last.text != first.text, "the help scrolls")
        #expect(last.text.contains("↑"), "a marker says there is more above")
        #expect(last.text.contains("afslut straks") || last.text.contains("quit at once") || last.text.contains("consent"),
                "the end of the help can be reached:\n\(last.text)")
        a.press(.escape)
        #expect(!screen(a).text.contains("Help"), "Esc closes it")
    }

    @Test func theSelectedTabIsAlwaysWholeOnANarrowScreen() {
        let a = app(.en, size: Size(width: 40, height: 12))
        a.press(.enter)
        for tab in ["4", "5"] {
            a.press(.character(Character(tab)))
            let row = screen(a).text.split(separator: "\n").first { $0.contains("[") } ?? ""
            #expect(row.contains("[\(tab) "), "tab \(tab) is shown whole: \(row)")
            #expect(row.contains("]"), "\(row)")
        }
    }

    @Test func theSubGoalFormSaysWhichGoalItBelongsTo() {
        let a = app(.en)
        a.press(.enter, .down, .character("a"), .right, .enter)
        #expect(screen(a).text.contains("Sub-goal of: Komme i virksomhedspraktik"))
    }

    @Test func danishNumbersHaveADecimalCommaAndCountsArePlural() {
        let files = [Fixtures.file("b-one", "Ida Holm", next: 5, scores: [4])]
        let one = App(source: FakeSource(files: files), language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        one.handle(.key(.character("t")))
        #expect(screen(one).text.contains("1 hændelse") || screen(one).text.contains("hændelser"))
        let count = one.state.timeline?.visible.count ?? 0
        #expect(screen(one).text.contains(count == 1 ? "1 hændelse " : "\(count) hændelser"), "\(screen(one).text)")
        #expect(screen(one).text.contains("gennemsnit 4,0"), "\(screen(one).text)")
        let english = App(source: FakeSource(files: files), language: .en, theme: .builtIn, size: Size(width: 80, height: 24))
        english.handle(.key(.character("t")))
        #expect(screen(english).text.contains("average 4.0"))
    }

    @Test func theMeasurementFormUsesTheCataloguesScaleAndSaysADigitMovesOn() {
        let a = app(.en)
        a.press(.enter, .character("p"))
        let text = screen(a).text
        #expect(text.contains("score and move on"))
        // Down on the last indicator stays there; a digit never lands in the date.
        for _ in 0..<20 { a.press(.down) }
        a.type("5")
        let form = a.state.measurementForm
        #expect(form?.scores.last == 5)
        #expect(form?.date.text == Fixtures.today.iso)
    }

    @Test func ownWordsAreWrappedWholeOnTheCitizenTab() {
        let words = "Jeg vil gerne have et arbejde hvor jeg bruger mine hænder og ikke sidder stille hele dagen, "
            + "og jeg vil have styr på min økonomi inden sommer"
        let file = Fixtures.file("b-words", "Ida Holm", next: 5)
        var withWords = file
        withWords.ownWords = words
        let a = App(source: FakeSource(files: [withWords]), language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        a.press(.enter, .character("5"))
        let text = screen(a).text
        #expect(text.contains("inden sommer"), "the end of the words is on screen:\n\(text)")
        #expect(!text.split(separator: "\n").contains { $0.contains("hænder") && $0.hasSuffix("…") })
    }

    @Test func aLongMessageIsWrappedNotCut() {
        let a = app(.en, size: Size(width: 120, height: 40))
        source.failure = .io(operation: "write the citizen's plan to the disk that holds the data folder",
                             path: "/srv/enplan/data/citizens/b-aase.json", code: 28)
        a.press(.enter, .down, .character("x"))
        let text = screen(a).text
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("the disk is full; free some space and try again (nothing was changed)"), "\(text)")
        #expect(!text.contains("…"), "the whole message is shown:\n\(text)")
    }

    @Test func thePlanHeaderSaysWhoSavedItInWords() {
        let a = app(.en)
        a.press(.enter)
        #expect(screen(a).text.contains("rev. 3, saved by mette on"))
    }
}
