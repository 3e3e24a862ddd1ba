import Testing
@testable import TerminalKit

@Suite struct TextAreaTests {
    @Test func wrapsAtWordsAndKeepsNewlines() {
        let a = TextArea("Jeg vil gerne arbejde\nmed mine hænder")
        let lines = a.lines(width: 10).map { String(a.characters[$0]) }
        #expect(lines == ["Jeg vil ", "gerne ", "arbejde", "med mine ", "hænder"])
    }

    @Test func cursorMovesByVisualLineKeepingTheColumn() {
        var a = TextArea("abcdef ghij\nxy")
        a.cursor = 3
        #expect(a.position(width: 8).line == 0 && a.position(width: 8).column == 3)
        _ = a.handle(.down, width: 8)
        #expect(a.position(width: 8).line == 1 && a.cursor == 10)
        _ = a.handle(.down, width: 8)
        #expect(a.position(width: 8).line == 2 && a.cursor == 14, "the short line clamps the column")
        _ = a.handle(.up, width: 8)
        _ = a.handle(.up, width: 8)
        #expect(a.cursor == 3, "the goal column comes back")
        _ = a.handle(.end, width: 8)
        #expect(a.cursor == 6, "before the space the line wraps at")
        _ = a.handle(.home, width: 8)
        #expect(a.cursor == 0)
    }

    @Test func controlUClearsToTheStartOfTheParagraph() {
        var a = TextArea("første linje\nanden linje")
        _ = a.handle(.left, width: 40)
        _ = a.handle(.control("u"), width: 40)
        #expect(a.text == "første linje\ne")
        #expect(a.cursor == 13)
    }

    @Test func editsWithWideCharactersAndNewlines() {
        var a = TextArea("王")
        _ = a.handle(.enter, width: 10)
        _ = a.handle(.character("æ"), width: 10)
        _ = a.handle(.left, width: 10)
        _ = a.handle(.backspace, width: 10)
        #expect(a.text == "王æ")
        let unknown = a.handle(.function(5), width: 10)
        #expect(!unknown)
    }

    @Test func drawsScrolledToTheCursor() {
        var canvas = Canvas(size: Size(width: 10, height: 3), theme: .builtIn, colors: 0, unicode: true)
        let a = TextArea("one\ntwo\nthree\nfour")
        let cursor = a.draw(on: &canvas, in: Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(canvas.buffer.line(0) == "three" && canvas.buffer.line(1) == "four")
        #expect(cursor.x == 4 && cursor.y == 1)
    }
}

@Suite struct FormTests {
    func form() -> Form {
        Form(title: "Nyt mål", fields: [
            Form.Field("Titel", .line(TextField())),
            Form.Field("Borgerens ord", .text(TextArea(), height: 3)),
            Form.Field("Lovgrundlag", .choice(options: ["LAB § 32", "SEL § 85", "Barnets Lov § 32"], filter: TextField(), selected: 0)),
        ])
    }

    @Test func tabMovesBetweenFieldsAndCtrlSSubmits() {
        var f = form()
        for ch in "Praktik" { _ = f.handle(.character(ch), width: 60) }
        _ = f.handle(.tab, width: 60)
        for ch in "Jeg vil" { _ = f.handle(.character(ch), width: 60) }
        _ = f.handle(.enter, width: 60)
        for ch in "gerne" { _ = f.handle(.character(ch), width: 60) }
        _ = f.handle(.tab, width: 60)
        for ch in "sel" { _ = f.handle(.character(ch), width: 60) }
        #expect(f.fields.map(\.value) == ["Praktik", "Jeg vil\ngerne", "SEL § 85"])
        _ = f.handle(.backTab, width: 60)
        #expect(f.focus == 1)
        #expect(f.changed)
        #expect(f.handle(.control("s"), width: 60) == .submit)
        #expect(f.handle(.escape, width: 60) == .cancel)
    }

    @Test func pickListsFilterAsYouTypeAndChooseWithArrows() {
        var f = form()
        f.focus = 2
        _ = f.handle(.down, width: 60)
        _ = f.handle(.down, width: 60)
        #expect(f.fields[2].value == "Barnets Lov § 32")
        for ch in "lab" { _ = f.handle(.character(ch), width: 60) }
        #expect(f.fields[2].value == "LAB § 32")
        #expect(f.handle(.enter, width: 60) == .submit, "Enter on the last field submits")
    }

    @Test func validationMessagesShowNextToTheirFieldAndClearWhenEdited() {
        var f = form()
        f.fields[0].message = "titel skal udfyldes"
        var canvas = Canvas(size: Size(width: 80, height: 16), theme: .builtIn, colors: 0, unicode: true)
        let cursor = f.draw(on: &canvas, in: canvas.bounds)
        let message = canvas.buffer.find("! titel skal udfyldes")
        let label = canvas.buffer.find("› Titel")
        #expect(message != nil && label != nil && message?.y == (label?.y ?? 0) + 1)
        #expect(cursor?.y == label?.y)
        _ = f.handle(.character("x"), width: 60)
        #expect(f.fields[0].message == nil)
    }
}
