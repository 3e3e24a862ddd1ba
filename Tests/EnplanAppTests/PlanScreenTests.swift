import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

@Suite struct PlanScreenTests {
    let source = FakeSource(files: Fixtures.caseload())

    func app(_ language: Language = .da, size: Size = Size(width: 80, height: 24)) -> App {
        let a = App(source: source, language: language, theme: .builtIn, size: size)
        a.handle(.key(.enter))
        return a
    }

    /// A demo citizen with a full plan: goals, sub-goals, efforts, a mentor agreement and meetings.
    func demoApp(size: Size) throws -> App {
        let files = DemoCaseload(citizens: 12, coordinators: 1, seed: 42, today: Fixtures.today).makeCaseFiles()
        let full = try #require(files.max { a, b in
            (a.mentorAgreement == nil ? 0 : 100) + a.meetings.count < (b.mentorAgreement == nil ? 0 : 100) + b.meetings.count
        })
        let source = FakeSource(user: full.citizen.coordinator, files: [full])
        let a = App(source: source, language: .da, theme: .builtIn, size: size)
        a.handle(.key(.enter))
        return a
    }

    @Test func goldenScreens() {
        let a = app()
        #expect(Golden.check(Golden.render(a), "plan-employment-80x24") == nil)
        a.handle(.key(.character("4")))
        #expect(Golden.check(Golden.render(a), "plan-mentor-80x24") == nil)
        a.handle(.key(.character("5")))
        #expect(Golden.check(Golden.render(a), "plan-citizen-80x24") == nil)
    }

    @Test func goldenFullPlanAtThreeSizes() throws {
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40)] {
            let a = try demoApp(size: size)
            a.handle(.key(.character("4")))
            #expect(Golden.check(Golden.render(a), "plan-demo-mentor-\(size)") == nil)
            a.handle(.key(.character("5")))
            #expect(Golden.check(Golden.render(a), "plan-demo-citizen-\(size)") == nil)
        }
    }

    @Test func goldenHelpListsEveryKeyOfThePlanScreen() {
        let a = app()
        a.handle(.key(.character("?")))
        let screen = Golden.render(a)
        #expect(Golden.check(screen, "plan-help-80x24") == nil)
        // The help scrolls at 80x24: what is below the first page is read by scrolling to it.
        var text = screen.text
        for _ in 0..<10 {
            a.handle(.key(.down))
            text += Golden.render(a).text
        }
        for help in ["progressionsmåling", "udskriv til fil", "revisionsnote", "samtykke", "afgørelse om indsatsen", "afslut straks"] {
            #expect(text.contains(help), "\(help) missing from the help")
        }
    }

    @Test func tabKeysCycleAndNumbersJump() {
        let a = app(.en)
        a.handle(.key(.backTab))
        #expect(Golden.render(a).text.contains("[6 Assessment]"))
        a.handle(.key(.backTab))
        #expect(Golden.render(a).text.contains("[5 Citizen]"))
        a.handle(.key(.tab))
        a.handle(.key(.tab))
        #expect(Golden.render(a).text.contains("[1 Employment (1)]"))
        a.handle(.key(.character("3")))
        #expect(Golden.render(a).text.contains("[3 Family]"))
    }

    @Test func selectionStaysOnScreenInALongSection() throws {
        let a = app(.en, size: Size(width: 60, height: 14))
        for i in 0..<30 {
            a.handle(.key(.character("a")))
            a.handle(.key(.enter))
            for ch in "Mål \(i)" { a.handle(.key(.character(ch))) }
            a.handle(.key(.control("s")))
        }
        a.handle(.key(.character("G")))
        #expect(Golden.render(a).text.contains("›"))
        a.handle(.key(.character("g")))
        #expect(Golden.render(a).text.contains("›Responsible caseworker"))
    }
}
