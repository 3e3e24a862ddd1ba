import Foundation
import PlanCore
import PlanStore
import TerminalKit

/// The interactive application: turns terminal events into actions, updates the state, performs the
/// store work the update asks for, and draws each new state. One thread; no global state.
public final class App {
    public internal(set) var state: AppState
    let source: CaseloadSource
    let theme: Theme
    let bindings: Bindings
    /// Searches already recorded, so one search typed once is audited once.
    private var lastRecordedSearch: String?

    public static let minimumSize = Size(width: 40, height: 10)

    public init(source: CaseloadSource, language: Language, theme: Theme, size: Size, startupMessage: String? = nil) {
        self.source = source
        self.theme = theme
        bindings = Bindings(language: language, readOnly: source.isReadOnly)
        state = AppState(language: language, readOnly: source.isReadOnly, user: source.user, today: source.today, size: size)
        state.instrumentScale = source.instrument.scale.range
        reload()
        if let startupMessage { state.message = AppState.Message(text: startupMessage, isError: true) }
    }

    /// Reads the caseload from the store; a failure is shown, never fatal.
    public func reload() {
        do {
            let caseload = try source.caseload()
            state.dashboard.load(caseload)
            try source.record(AuditEvent(.list, detail: "dashboard: \(caseload.citizens.count) citizens"))
        } catch {
            state.dashboard.loadError = error.description
            state.message = AppState.Message(text: error.description, isError: true)
        }
    }

    // MARK: - Events

    public func handle(_ event: TerminalEvent) {
        switch event {
        case let .resize(size):
            state.size = size
        case .closed:
            state.quit = true
        case let .key(key):
            handle(key)
        }
    }

    private func handle(_ key: Key) {
        if let action = bindings.global.action(for: key) {
            perform(action)
            return
        }
        state.message = nil
        if state.showingHelp {
            if key == .character("?") || key == .escape || key == .character("q") { state.showingHelp = false }
            return
        }
        if state.newCitizen != nil {
            handleNewCitizen(key)
            return
        }
        switch state.screen {
        case let .plan(plan):
            if plan.measurement != nil { return handleMeasurement(key) }
            if plan.editor != nil { return handlePlanEditor(key) }
            if plan.dialog != nil { return handlePlanDialog(key) }
        case let .timeline(timeline):
            if timeline.dateField != nil { return handleDateField(key) }
        case .dashboard:
            break
        }
        if state.dashboard.search != nil, case .dashboard = state.screen {
            handleSearch(key)
            return
        }
        let map: KeyMap<AppAction>
        switch state.screen {
        case .dashboard: map = bindings.dashboard
        case .plan: map = bindings.plan
        case .timeline: map = bindings.timeline
        }
        if let action = map.action(for: key) {
            perform(action)
        } else if map.withheldKeys.contains(key) {
            state.message = AppState.Message(text: state.strings.readOnlyRefusal, isError: true)
        }
    }

    private func handleSearch(_ key: Key) {
        guard var field = state.dashboard.search else { return }
        switch key {
        case .enter:
            state.dashboard.filter = field.text
            state.dashboard.search = nil
            recordSearch(field.text)
        case .escape:
            recordSearch(field.text)
            state.dashboard.search = nil
            state.dashboard.filter = ""
            state.dashboard.refresh(keeping: state.dashboard.selectedCitizen?.id)
        case .up, .down, .pageUp, .pageDown:
            state.dashboard.filter = field.text
            state.dashboard.search = nil
            recordSearch(field.text)
            if let action = bindings.dashboard.action(for: key) { perform(action) }
        default:
            guard field.handle(key) else { return }
            state.dashboard.search = field
            state.dashboard.selected = 0
            state.dashboard.refresh()
        }
    }

    private func handleNewCitizen(_ key: Key) {
        guard var editor = state.newCitizen else { return }
        switch editor.modal.handle(key, width: min(76, state.size.width)) {
        case .close?:
            state.newCitizen = nil
            return
        case .submit?:
            guard let new = editor.validated(against: state.dashboard.citizens, strings: state.strings,
                                             language: state.language) else { break }
            do {
                let created = try source.create(new)
                state.newCitizen = nil
                reload()
                state.dashboard.scope = .mine
                state.dashboard.filter = ""
                state.dashboard.refresh(keeping: created.id)
                state.message = AppState.Message(text: String(format: state.strings.citizenCreated, created.citizen.name),
                                                 isError: false)
                return
            } catch {
                state.message = AppState.Message(text: error.description, isError: true)
            }
        case nil:
            break
        }
        state.newCitizen = editor
    }

    /// Searches are audited with their text: a search shows personal data.
    private func recordSearch(_ text: String) {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed != lastRecordedSearch else { return }
        lastRecordedSearch = trimmed
        do {
            try source.record(AuditEvent(.search, query: trimmed, detail: "\(state.dashboard.visible.count) matches"))
        } catch {
            state.message = AppState.Message(text: error.description, isError: true)
        }
    }

    public func perform(_ action: AppAction) {
        let page = max(1, DashboardView.tableRows(size: state.size, showDetail: state.dashboard.showDetail) - 1)
        switch state.screen {
        case .dashboard:
            performOnDashboard(action, page: page)
        case .plan:
            performOnPlan(action)
        case .timeline:
            performOnTimeline(action)
        }
    }

    private func performOnDashboard(_ action: AppAction, page: Int) {
        var d = state.dashboard
        switch action {
        case .moveUp: d.move(by: -1)
        case .moveDown: d.move(by: 1)
        case .pageUp: d.move(by: -page)
        case .pageDown: d.move(by: page)
        case .top: d.moveTo(0)
        case .bottom: d.moveTo(d.visible.count - 1)
        case .cycleSort:
            let next = (d.sort.rawValue + 1) % DashboardState.SortKey.allCases.count
            d.sort = DashboardState.SortKey(rawValue: next) ?? .followUp
            d.refresh(keeping: d.selectedCitizen?.id)
        case .toggleScope:
            d.scope = d.scope == .mine ? .all : .mine
            d.refresh(keeping: d.selectedCitizen?.id)
        case .toggleOverdue:
            d.onlyOverdue.toggle()
            d.refresh(keeping: d.selectedCitizen?.id)
        case .toggleDetail: d.showDetail.toggle()
        case .startSearch: d.search = TextField(d.filter)
        case .clearSearch:
            d.filter = ""
            d.refresh(keeping: d.selectedCitizen?.id)
        case .toggleHelp: state.showingHelp.toggle()
        case .quit, .forceQuit: state.quit = true
        case .newCitizen:
            state.newCitizen = NewCitizenEditor(strings: state.strings, language: state.language)
        case .openTimeline:
            state.dashboard = d
            openTimeline()
            return
        case .open:
            state.dashboard = d
            if let id = d.selectedCitizen?.id { openPlan(id) }
            return
        default: break
        }
        // Keep the selection in view with as little scrolling as possible.
        let rows = DashboardView.tableRows(size: state.size, showDetail: d.showDetail)
        d.offset = Table.scrollOffset(selected: d.selected, offset: d.offset, height: rows, count: d.visible.count)
        state.dashboard = d
    }

    // MARK: - Drawing

    public func render(colors: Int, unicode: Bool) -> (buffer: Buffer, cursor: (x: Int, y: Int)?) {
        var canvas = Canvas(size: state.size, theme: theme, colors: colors, unicode: unicode)
        canvas.fill(canvas.bounds)
        guard state.size.width >= App.minimumSize.width, state.size.height >= App.minimumSize.height else {
            let text = String(format: state.strings.terminalTooSmall, App.minimumSize.width, App.minimumSize.height,
                              state.size.width, state.size.height)
            let lines = Wrap.lines(text, width: state.size.width)
            let top = max(0, (state.size.height - lines.count) / 2)
            for (i, line) in lines.enumerated() {
                canvas.write(line, x: max(0, (state.size.width - DisplayWidth.of(line)) / 2), y: top + i, role: .warning)
            }
            return (canvas.buffer, nil)
        }
        var cursor: (x: Int, y: Int)?
        switch state.screen {
        case .dashboard:
            cursor = DashboardView(state: state, bindings: bindings).draw(on: &canvas)
        case let .plan(plan):
            cursor = PlanScreenView(state: state, plan: plan, bindings: bindings, unicode: canvas.unicode).draw(on: &canvas)
        case let .timeline(timeline):
            cursor = TimelineView(state: state, timeline: timeline, bindings: bindings, instrument: source.instrument).draw(on: &canvas)
        }
        if let editor = state.newCitizen {
            cursor = editor.modal.draw(on: &canvas, strings: state.strings)
        }
        if state.showingHelp {
            drawHelp(on: &canvas)
            cursor = nil
        }
        return (canvas.buffer, cursor)
    }

    private func drawHelp(on canvas: inout Canvas) {
        let s = state.strings
        let screenMap: KeyMap<AppAction>
        let title: String
        switch state.screen {
        case .dashboard: (screenMap, title) = (bindings.dashboard, s.dashboardTitle)
        case .plan: (screenMap, title) = (bindings.plan, s.citizen)
        case .timeline: (screenMap, title) = (bindings.timeline, s.timeline.title)
        }
        var sections = [HelpOverlay.Section(heading: title, lines: screenMap.helpLines),
                        HelpOverlay.Section(heading: s.appName, lines: bindings.global.helpLines)]
        if state.readOnly {
            sections.append(HelpOverlay.Section(heading: s.readOnlyBadge, lines: [(keys: "", help: s.readOnlyRefusal)]))
        }
        HelpOverlay.draw(on: &canvas, in: canvas.bounds, title: s.helpTitle, sections: sections, footer: s.helpClose)
    }

    // MARK: - Running

    /// Runs until the user quits, the terminal goes away, or `shouldStop` says so (a signal).
    public func run(on terminal: Terminal, shouldStop: () -> Bool) {
        state.size = terminal.size
        var frame = render(colors: terminal.colors, unicode: terminal.supportsUnicode)
        terminal.draw(frame.buffer, cursor: frame.cursor)
        while !state.quit && !shouldStop() {
            guard let event = terminal.nextEvent(timeoutMilliseconds: 100) else { continue }
            handle(event)
            if state.quit { break }
            frame = render(colors: terminal.colors, unicode: terminal.supportsUnicode)
            terminal.draw(frame.buffer, cursor: frame.cursor)
        }
    }
}
