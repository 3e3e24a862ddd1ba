import EnplanApp
import PlanCore
import PlanStore
import TerminalKit
import Testing

@Suite struct PlanScreenTests {
    let source = FakeSource(files: Fixtures.caseload())

    func app(_ language: Language = .da, size: Size = Size(width: 80, height: 24)) -> App {
        let a = App(source: source, language: language, theme: .builtIn, size: size)
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
}
