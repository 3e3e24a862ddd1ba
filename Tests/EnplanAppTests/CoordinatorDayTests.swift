import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// What a Danish plan coordinator tripped over in one ordinary morning (issue 23), each as seen.
@Suite struct CoordinatorDayTests {

    /// Found: "Niveau nu (%d-%d): 3 · Forventet (%d-%d): 5" on every goal with levels.
    @Test func noScreenOrLetterOfTheDemoShowsAFormatPlaceholder() {
        let files = DemoCaseload(citizens: 10, coordinators: 2, seed: 2016, today: Fixtures.today).makeCaseFiles()
        let placeholders = ["%d", "%@", "%s", "%ld", "%1$"]
        var levelsShown = 0
        func check(_ text: String, _ what: String) {
            for p in placeholders { #expect(!text.contains(p), "\(what) shows \(p):\n\(text)") }
            if text.contains("Niveau nu (1-7): ") || text.contains("Level now (1-7): ") { levelsShown += 1 }
        }
        for language in [Language.da, .en] {
            let app = App(source: FakeSource(files: files), language: language, theme: .builtIn, size: Size(width: 120, height: 40))
            check(Golden.render(app).text, "dashboard")
            for (row, file) in files.enumerated() {
                // Every tab, with every line selected (a line's detail shows below the list).
                app.press(.home)
                for _ in 0..<row { app.press(.down) }
                app.press(.enter)
                for tab in ["1", "2", "3", "4", "5", "6"] {
                    app.press(.character(Character(tab)))
                    for _ in 0..<12 {
                        check(Golden.render(app).text, "\(file.citizen.name), tab \(tab)")
                        app.press(.down)
                    }
                }
                app.press(.character("t"))
                check(Golden.render(app).text, "\(file.citizen.name), timeline")
                app.press(.escape, .escape)
                for format in [PlanLetter.Format.markdown, .html] {
                    check(PlanLetter(file: file, catalogues: .standard, coordinator: nil, revealCPR: false, today: Fixtures.today).render(format),
                          "letter")
                }
                check(PlanPrintout(file: file, catalogues: .standard, language: language, revealCPR: false, today: Fixtures.today).render(),
                      "printout")
            }
            app.press(.character("T"))
            check(Golden.render(app).text, "team overview")
        }
        #expect(levelsShown > 0, "a goal's levels were drawn, with the scale they are on")
    }

    /// Found: from "[ Behold ]", → wrapped round to "[ Slet ]"; an effort was deleted by accident.
    @Test func arrowsInADestructiveQuestionStopAtTheEnds() {
        let source = FakeSource(files: Fixtures.caseload())
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        let before = source.files
        app.press(.enter, .character("1"), .down, .character("d"))
        #expect(Golden.render(app).text.contains("Behold"))
        app.press(.right, .right, .right, .enter)
        #expect(source.files == before, "→ from Behold stays on Behold: nothing was deleted")
        app.press(.character("d"), .left, .left, .left, .enter)
        #expect(source.files != before, "← reaches Slet and stops there")
    }

    /// Found: `x` on an ended effort silently reopened it and dropped its end date.
    @Test func reopeningAnEndedItemAsksAndKeepsItsDates() throws {
        let source = FakeSource(files: Fixtures.caseload())
        source.files[0].sections.employment.goals = []
        source.files[0].sections.employment.efforts = [
            Effort(id: "e90", title: "Virksomhedspraktik", offerID: "praktik", start: Fixtures.today.adding(days: -30)),
        ]
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: 100, height: 30))
        app.press(.enter, .character("1"), .down, .character("x"))
        let ended = try #require(source.files[0].sections.employment.efforts.first)
        #expect(ended.status == .ended && ended.end == Fixtures.today)
        app.press(.character("x"))
        #expect(Golden.render(app).text.contains("er afsluttet. Gøre den aktiv igen?"), "\(Golden.render(app).text)")
        app.press(.enter)
        #expect(source.files[0].sections.employment.efforts.first == ended, "the safe choice (Behold) is the default")
        app.press(.character("x"), .left, .enter)
        let reopened = try #require(source.files[0].sections.employment.efforts.first)
        #expect(reopened.status == .active && reopened.end == ended.end, "active again, its end date kept")
    }
}

/// Issue 23.10: the help and the team overview explain themselves, whole.
@Suite struct HelpIsWholeTests {

    /// Every help text of a screen, read by scrolling the help to its end.
    func helpText(_ app: App) -> String {
        app.press(.character("?"))
        var text = Golden.render(app).text
        for _ in 0..<40 {
            app.press(.down)
            text += "\n" + Golden.render(app).text
        }
        app.press(.escape)
        // Only what is inside the help's box: between its borders.
        return text.split(separator: "\n").compactMap { row -> String? in
            guard let left = row.firstIndex(of: "│"), let right = row.lastIndex(of: "│"), left < right else { return nil }
            return row[row.index(after: left)..<right].trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    /// Found: "opfølgning i dag eller …" even at 100 columns.
    @Test(arguments: [(100, 30), (80, 24), (60, 20)])
    func helpNeverCutsADescription(width: Int, height: Int) {
        let source = FakeSource(user: "leder", readOnly: true, files: TeamOverviewTests.caseload())
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: width, height: height))
        let team = helpText(app)
        #expect(!team.contains("…"), "nothing in the help is cut:\n\(team)")
        // Wrapped descriptions (side by side columns) are whole when every word of them is there.
        let words = Set(team.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        for line in Language.da.strings.legend + Language.da.caseLife.coordinatorColumnHelp {
            let missing = line.help.split(separator: " ").map(String.init).filter { !words.contains($0) }
            #expect(missing.isEmpty, "\(line.keys): \(line.help) lacks \(missing) in the help:\n\(team)")
        }
    }
}

/// Issue 23.10: M takes a finding's first sentence as the goal's title, whole.
@Suite struct GoalFromFindingTitleTests {

    @Test(arguments: [
        ("Vil gerne tage 9.-10. klasse. Derefter en uddannelse.", "Vil gerne tage 9.-10. klasse"),
        ("Starter 1. maj på holdet", "Starter 1. maj på holdet"),
        ("Kan jeg få et job? Helst i en butik.", "Kan jeg få et job?"),
        ("Bo for mig selv, f.eks. i en lejlighed", "Bo for mig selv, f.eks. i en lejlighed"),
    ])
    func theTitleIsTheWholeFirstSentence(citizenView: String, title: String) throws {
        var file = Fixtures.caseload()[0]
        file.assessments = [Assessment(id: "a1", date: Fixtures.today,
                                       findings: [AssessmentFinding(area: "work-education", finding: "Ingen uddannelse",
                                                                    citizenView: citizenView)])]
        let source = FakeSource(files: [file])
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: 100, height: 30))
        app.press(.enter, .character("6"), .character("M"))
        app.press(.control("s"))
        let goal = try #require(source.files[0].sections.employment.goals.last)
        #expect(goal.title == title)
    }
}

/// Issue 23.2: "Familie, børn og unge" has a comma; a consent naming it could not be saved unchanged.
@Suite struct DepartmentsChoiceTests {

    @Test func aConsentIsSavedAsItIsAndEveryDepartmentIsOnScreen() throws {
        var file = Fixtures.caseload()[0]
        file.consent = Consent(state: .given, date: Fixtures.today.adding(days: -30), scope: ["jobcenter", "family", "old-unit"],
                               replaces: ["min-plan"], form: .written, informedOfWithdrawal: true)
        let source = FakeSource(files: [file])
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 30))
        // Tab to the departments (after state, date, how, document and the plans replaced): the form
        // scrolls to show the whole list.
        app.press(.enter, .character("c"), .tab, .tab, .tab, .tab, .tab)
        let form = Golden.render(app).text
        for department in Catalogues.standard.departments {
            #expect(form.contains(department.nameDa), "\(department.nameDa) is on screen, whole")
        }
        #expect(form.contains("[x] Familie, børn og unge") && form.contains("[x] Jobcenter") && form.contains("[ ] Social og voksen"))
        #expect(form.contains("[x] old-unit"), "a department the catalogue no longer has is kept, under its key")
        app.press(.control("s"))
        #expect(app.state.planForm == nil, "saved:\n\(Golden.render(app).text)")
        #expect(source.files[0].consent.scope == ["jobcenter", "family", "old-unit"])
    }
}

/// Issue 23: `u` undoes the person's last change (a delete too) as a new revision with its own audit
/// line, until they leave the plan, and never over someone else's save.
@Suite struct UndoTests {

    @Test func undoPutsBackADeleteAndAnEditAsNewRevisions() throws {
        let source = FakeSource(files: Fixtures.caseload())
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        let original = source.files[0]
        app.press(.enter, .character("u"))
        #expect(Golden.render(app).text.contains("Du har ikke ændret noget"), "nothing to undo yet")
        app.press(.character("1"), .down, .character("d"), .left, .left, .enter)
        #expect(source.files[0].sections != original.sections, "deleted")
        app.press(.character("r"))
        for ch in "Revideret" { app.handle(.key(.character(ch))) }
        app.press(.control("s"))
        let afterDelete = source.files[0]
        #expect(afterDelete.revisions.count == original.revisions.count + 1)
        app.press(.character("u"))
        #expect(source.files[0].revisions == original.revisions && source.files[0].sections == afterDelete.sections,
                "the revision note is undone, the delete not yet")
        app.press(.character("u"))
        let restored = source.files[0]
        #expect(restored.sections == original.sections && restored.revisions == original.revisions, "the delete is undone")
        #expect(restored.revision == original.revision + 4, "each undo is a new revision")
        #expect(restored.nextItemNumber >= afterDelete.nextItemNumber, "no id is given twice")
        #expect(source.events.filter { $0.detail == "undo" }.count == 2, "each undo has its own audit line")
        #expect(Golden.render(app).text.contains("Din seneste ændring er fortrudt (revision"))
        app.press(.character("u"))
        #expect(Golden.render(app).text.contains("Du har ikke ændret noget"))
        #expect(source.files[0].revision == restored.revision)
    }

    @Test func undoNeverOverwritesSomeoneElsesSave() throws {
        let source = FakeSource(files: Fixtures.caseload())
        let app = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24))
        app.press(.enter, .character("r"))
        for ch in "Min note" { app.handle(.key(.character(ch))) }
        app.press(.control("s"))
        source.saveAsSomeoneElse(source.files[0].id.rawValue) { $0.ownWords = "Jonas skrev" }
        // The plan on screen is still the person's own revision: the store refuses and nothing changes.
        app.press(.character("u"))
        #expect(source.files[0].ownWords == "Jonas skrev" && source.files[0].revisions.contains { $0.summary == "Min note" },
                "nothing was undone over Jonas's save")
        #expect(Golden.render(app).text.contains("at fortryde ville overskrive det"))
        // Leaving the plan forgets what could be undone.
        app.press(.escape, .enter, .character("u"))
        #expect(Golden.render(app).text.contains("Du har ikke ændret noget"))
    }
}
