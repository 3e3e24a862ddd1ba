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
            Form.Field("title", label: "Titel", .line(TextField())),
            Form.Field("words", label: "Borgerens ord", .text(TextArea(), height: 3)),
            Form.Field("basis", label: "Lovgrundlag", .choice(Form.Choice([
                Form.Option(id: "lab32", label: "LAB § 32"), Form.Option(id: "sel85", label: "SEL § 85"),
                Form.Option(id: "bl32", label: "Barnets Lov § 32"),
            ]))),
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
        #expect(f.value("title") == "Praktik" && f.value("words") == "Jeg vil\ngerne")
        #expect(f.choiceID("basis") == "sel85" && f.value("basis") == "SEL § 85")
        _ = f.handle(.backTab, width: 60)
        #expect(f.focus == 1)
        #expect(f.changed)
        #expect(f.handle(.control("s"), width: 60) == .submit)
        #expect(f.handle(.escape, width: 60) == .cancel)
    }

    @Test func pickListsStepWithEveryArrowAndJumpAsYouType() {
        var f = form()
        f.focus(on: "basis")
        _ = f.handle(.down, width: 60)
        _ = f.handle(.right, width: 60)
        #expect(f.choiceID("basis") == "bl32", "right steps like down")
        _ = f.handle(.left, width: 60)
        #expect(f.choiceID("basis") == "sel85", "left steps like up")
        _ = f.handle(.up, width: 60)
        _ = f.handle(.up, width: 60)
        #expect(f.choiceID("basis") == "bl32", "stepping wraps around")
        for ch in "lab" { _ = f.handle(.character(ch), width: 60) }
        #expect(f.choiceID("basis") == "lab32")
        #expect(f.handle(.enter, width: 60) == .submit, "Enter on the last field submits")
    }

    /// Found when the app was tried: typing that matched nothing saved a different value.
    @Test func typeAheadThatMatchesNothingChangesNothingAndIsForgotten() {
        var f = form()
        f.focus(on: "basis")
        _ = f.handle(.down, width: 60)
        #expect(f.choiceID("basis") == "sel85")
        for ch in "xyz" { _ = f.handle(.character(ch), width: 60) }
        #expect(f.choiceID("basis") == "sel85", "no match keeps the choice")
        guard case let .choice(c)? = f["basis"]?.input else { Issue.record("not a choice"); return }
        #expect(c.noMatch)
        f.clearTypeAhead()
        for ch in "b" { _ = f.handle(.character(ch), width: 60) }
        #expect(f.choiceID("basis") == "bl32", "after the pause the buffer starts afresh")
        _ = f.handle(.tab, width: 60)
        guard case let .choice(left)? = f["basis"]?.input else { return }
        #expect(left.typed.isEmpty, "leaving the field forgets what was typed")
    }

    @Test func validationMessagesShowNextToTheirFieldAndClearWhenEdited() {
        var f = form()
        f.setMessage("titel skal udfyldes", for: "title")
        var canvas = Canvas(size: Size(width: 80, height: 16), theme: .builtIn, colors: 0, unicode: true)
        let cursor = f.draw(on: &canvas, in: canvas.bounds)
        let message = canvas.buffer.find("! titel skal udfyldes")
        let label = canvas.buffer.find("› Titel")
        #expect(message != nil && label != nil && message?.y == (label?.y ?? 0) + 1)
        #expect(cursor?.y == label?.y)
        _ = f.handle(.character("x"), width: 60)
        #expect(f["title"]?.message == nil)
    }

    /// Found when the app was tried: the hint line erased the bottom border and the "more" marker.
    @Test func theHintLineIsInsideTheBoxAndKeepsTheMoreMarker() {
        let f = form()
        var canvas = Canvas(size: Size(width: 40, height: 8), theme: .builtIn, colors: 0, unicode: true)
        _ = f.draw(on: &canvas, in: canvas.bounds, hint: [Span("Tab næste · Ctrl-S gem")])
        let rows = (0..<8).map { canvas.buffer.line($0) }
        let bottom = rows.lastIndex { $0.hasPrefix("└") }
        #expect(bottom != nil, "the bottom border is drawn: \(rows)")
        if let bottom {
            #expect(rows[bottom].contains("↓"), "the more marker stays on the border")
            #expect(rows[bottom - 1].contains("Tab næste"), "the hint is the last row inside the box")
        }
    }
}

/// A field shown only for one choice takes no row and no Tab stop while hidden (issue 23.10).
@Suite struct ConditionalFieldTests {
    func form() -> Form {
        var reason = Form.Field("reason", label: "Reason", .choice(Form.Choice([Form.Option(id: "job", label: "job")], selectedID: "job")))
        reason.shownWhen = Form.Condition(field: "action", choices: ["close"])
        return Form(title: "Status", fields: [
            Form.Field("action", label: "Action", .choice(Form.Choice([Form.Option(id: "close", label: "Close"),
                                                                      Form.Option(id: "reopen", label: "Reopen")], selectedID: "close"))),
            reason,
            Form.Field("date", label: "Date", .line(TextField("01.12.2026"))),
        ])
    }

    func text(_ form: Form) -> String {
        var canvas = Canvas(size: Size(width: 60, height: 12), theme: .builtIn, colors: 256, unicode: true)
        form.draw(on: &canvas, in: canvas.bounds)
        return canvas.buffer.text
    }

    @Test func aHiddenFieldIsNeitherDrawnNorVisited() {
        var f = form()
        #expect(text(f).contains("Reason"))
        f.focus = 0
        _ = f.handle(.right, width: 60)
        #expect(f.choiceID("action") == "reopen")
        #expect(!text(f).contains("Reason"), "the reason is gone while reopening")
        _ = f.handle(.tab, width: 60)
        #expect(f.focusedField?.name == "date", "Tab skips the hidden reason")
        _ = f.handle(.backTab, width: 60)
        #expect(f.focusedField?.name == "action")
        _ = f.handle(.enter, width: 60)
        #expect(f.focusedField?.name == "date", "Enter moves past it too")
        #expect(f.handle(.enter, width: 60) == .submit)
        _ = f.handle(.backTab, width: 60)
        _ = f.handle(.left, width: 60)
        #expect(text(f).contains("Reason") && f.choiceID("reason") == "job", "it comes back as it was")
    }
}
