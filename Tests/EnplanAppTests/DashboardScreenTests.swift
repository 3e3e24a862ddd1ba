import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

@Suite struct DashboardScreenTests {
    func app(_ size: Size, language: Language = .da, source: FakeSource = FakeSource(files: Fixtures.caseload())) -> App {
        App(source: source, language: language, theme: .builtIn, size: size)
    }

    @Test(arguments: [(80, 24, Language.da), (40, 12, .en), (120, 40, .da)])
    func goldenDashboard(width: Int, height: Int, language: Language) {
        let screen = Golden.render(app(Size(width: width, height: height), language: language))
        #expect(Golden.check(screen, "dashboard-\(width)x\(height)-\(language.rawValue)") == nil)
    }

    @Test func goldenAllCaseloadsSortedByName() {
        let a = app(Size(width: 80, height: 24))
        a.handle(.key(.character("v")))
        a.handle(.key(.character("s")))
        #expect(Golden.check(Golden.render(a), "dashboard-all-by-name-80x24") == nil)
    }

    @Test func goldenEmptyFirstRun() {
        let a = app(Size(width: 80, height: 24), language: .en, source: FakeSource(files: []))
        let screen = Golden.render(a)
        #expect(Golden.check(screen, "dashboard-empty-80x24") == nil)
        #expect(screen.text.contains("No citizens yet"))
    }

    @Test func goldenNobodyOfMyOwn() {
        let a = app(Size(width: 80, height: 24), source: FakeSource(user: "henrik", files: Fixtures.caseload()))
        #expect(Golden.check(Golden.render(a), "dashboard-none-mine-80x24") == nil)
    }

    /// Read own rows first, none of them: the first frame still knows the folder is not empty.
    @Test func nobodyOfMyOwnIsNotAnEmptyFolderWhenOwnRowsComeFirst() {
        let source = FakeSource(user: "henrik", files: Fixtures.caseload())
        source.readsOwnFirst = true
        let a = app(Size(width: 80, height: 24), source: source)
        #expect(Golden.check(Golden.render(a), "dashboard-none-mine-80x24") == nil)
    }

    @Test func goldenErrorsAndReadOnly() {
        let source = FakeSource(user: "leder", readOnly: true, files: Fixtures.caseload())
        source.damaged = [DamagedDocument(id: "b-broken", path: "/x/citizens/b-broken.json", reason: "not valid JSON")]
        let a = app(Size(width: 80, height: 24), source: source)
        a.handle(.key(.escape))
        let screen = Golden.render(a)
        #expect(Golden.check(screen, "dashboard-read-only-80x24") == nil)
        #expect(screen.text.contains("KUN LÆSNING"))
        #expect(screen.text.contains("1 kan ikke læses"))
    }

    @Test func goldenStoreFailureIsShownNotFatal() {
        let source = FakeSource(files: [])
        source.failure = .folderUnusable(path: "/data", .noAccess(13))
        let screen = Golden.render(app(Size(width: 80, height: 24), language: .en, source: source))
        #expect(Golden.check(screen, "dashboard-store-error-80x24") == nil)
    }

    @Test func goldenHelp() {
        let a = app(Size(width: 80, height: 24))
        a.handle(.key(.character("?")))
        #expect(Golden.check(Golden.render(a), "help-80x24") == nil)
        a.handle(.key(.escape))
        #expect(!Golden.render(a).text.contains("Hjælp"))
    }

    @Test(arguments: [(20, 6), (39, 12), (80, 9)])
    func tooSmallIsExplained(width: Int, height: Int) {
        let screen = Golden.render(app(Size(width: width, height: height), language: .en))
        let words = screen.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("The window is too small: at least 40×10 (now \(width)×\(height))"), "\(words)")
        if width == 20 { #expect(Golden.check(screen, "too-small-20x6") == nil) }
    }

    @Test func overdueAndDueSoonAreMarkedWithoutColour() throws {
        let screen = Golden.render(app(Size(width: 80, height: 24)), colors: 0)
        let overdue = try #require(screen.find("! 11.11.2026"))
        #expect(screen[overdue.x, overdue.y].style.attributes.isSuperset(of: [.bold, .underline]))
        #expect(screen.find("» i dag") != nil)
        #expect(screen.find("» 26.11.2026") != nil)
        // The selected row is reversed, so it shows without colour too.
        let selected = try #require(screen.find("Åse Ørsted"))
        #expect(screen[selected.x, selected.y].style.attributes.contains(.reverse))
    }

    @Test func wideAndCombiningNamesKeepColumnsAligned() throws {
        let screen = Golden.render(app(Size(width: 80, height: 24)))
        let header = try #require(screen.find("Opfølgning"))
        // The follow-up column starts at the same screen column whatever the name's script.
        let wang = try #require(screen.find("王芳"))
        #expect(screen[wang.x + 1, wang.y].isContinuation)
        #expect(try #require(screen.find("» i dag")).x == header.x)
        #expect(try #require(screen.find("» i dag")).y == wang.y)
        let nguyen = try #require(screen.find("Nguye\u{0302}\u{0303}n"))
        let nguyenFollowUp = try #require(screen.find("02.01.2027"))
        #expect(nguyenFollowUp.y == nguyen.y && nguyenFollowUp.x == header.x + 2)
    }
}
