import Foundation
import PlanCore
import CaseRecords
import TerminalKit

/// The running application: feeds terminal events to the update as actions, has the effect runner
/// perform the store work the update asks for (feeding each outcome back as an action), and draws
/// each new state. One thread; no global state.
public final class App {
    public private(set) var state: AppState
    public let environment: Environment
    let runner: EffectRunner
    let theme: Theme
    let bindings: Bindings
    /// Draws the state as it is, while the terminal runs the app: before slow store work.
    private var showProgress: (() -> Void)?

    public static let minimumSize = Size(width: 40, height: 10)
    /// A pause this long forgets what was typed into a pick list.
    static let typeAheadPause = 1000
    /// How often an idle screen asks the store what colleagues changed.
    static let changesInterval = 500

    public init(source: RecordStore, language: Language, theme: Theme, size: Size, startupMessage: String? = nil,
                workingFolder: String = FileManager.default.currentDirectoryPath,
                home: String? = ProcessInfo.processInfo.environment["HOME"], sessionLogin: String? = nil) {
        runner = EffectRunner(source: source)
        self.theme = theme
        let team = (try? source.teamMembers()) ?? []
        environment = Environment(user: source.user, readOnly: source.isReadOnly, today: source.today,
                                  catalogues: source.catalogues, workingFolder: workingFolder, home: home,
                                  teamCoordinators: team.filter { $0.role == .coordinator }.map(\.name),
                                  contacts: CoordinatorContact.byLogin(team), sessionLogin: sessionLogin)
        bindings = Bindings(language: language, readOnly: source.isReadOnly, scale: source.catalogues.instrument.scale.range)
        state = AppState(language: language, environment: environment, size: size)
        // A supervisor opens on the team overview, from the team's sums; a coordinator on their own
        // citizens. Everyone's rows are read when a command needs them.
        run([environment.readOnly ? .loadTeamTotals : .loadOwnCaseload])
        if let startupMessage { state.say(startupMessage, isError: true) }
    }

    /// Reads the caseload from the store again.
    public func reload() { run([.loadCaseload]) }

    /// Takes in what colleagues changed; true when the screen changed with it.
    @discardableResult
    public func lookForChanges() -> Bool {
        let outcome = runner.perform(.lookForChanges)
        guard case let .changedByOthers(ids) = outcome, !ids.isEmpty else { return false }
        run(state.update(outcome, environment, bindings))
        return true
    }

    /// Updates the state for one action and performs what it asks for, until nothing is left to do.
    public func send(_ action: Action) {
        run(state.update(action, environment, bindings))
    }

    private func run(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            // Everyone's rows take a moment in a large municipality: what the screen says about it shows first.
            if case .loadCaseload = effect, !state.dashboard.hasEveryone { showProgress?() }
            let outcome = runner.perform(effect)
            queue += state.update(outcome, environment, bindings)
        }
    }

    public func handle(_ event: TerminalEvent) {
        switch event {
        case let .resize(size): send(.resize(size))
        case .closed: send(.closed)
        case let .key(key): send(.key(key))
        }
    }

    // MARK: - Drawing

    public func render(colors: Int, unicode: Bool) -> (buffer: Buffer, cursor: (x: Int, y: Int)?) {
        AppView(state: state, bindings: bindings, environment: environment).render(theme: theme, colors: colors, unicode: unicode)
    }

    // MARK: - Running

    /// Runs until the user quits, the terminal goes away, or `shouldStop` says so (a signal).
    public func run(on terminal: Terminal, shouldStop: () -> Bool) {
        func draw() {
            let frame = render(colors: terminal.colors, unicode: terminal.supportsUnicode)
            terminal.draw(frame.buffer, cursor: frame.cursor)
        }
        if terminal.size != state.size { send(.resize(terminal.size)) }
        showProgress = draw
        defer { showProgress = nil }
        draw()
        var idle = 0
        while !state.quit && !shouldStop() {
            guard let event = terminal.nextEvent(timeoutMilliseconds: 100) else {
                idle += 100
                if idle == App.typeAheadPause {
                    send(.idle)
                    draw()
                }
                // What colleagues changed shows within a second, without a key press.
                if idle % App.changesInterval == 0, lookForChanges() { draw() }
                continue
            }
            idle = 0
            handle(event)
            if state.quit { break }
            draw()
        }
    }
}
