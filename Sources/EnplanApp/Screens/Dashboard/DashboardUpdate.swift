import PlanCore
import CaseRecords
import TerminalKit

/// The dashboard's commands, the search line and the new-citizen form.
extension AppState {
    mutating func dashboardCommand(_ command: Command, _ env: Environment) -> [Effect] {
        let rows = DashboardView.tableRows(size: size, showDetail: dashboard.showDetail)
        var d = dashboard
        defer {
            dashboard = d
            keepDashboardSelectionVisible()
        }
        switch command {
        case .moveUp: d.move(by: -1)
        case .moveDown: d.move(by: 1)
        case .pageUp: d.move(by: -max(1, rows - 1))
        case .pageDown: d.move(by: max(1, rows - 1))
        case .top: d.moveTo(0)
        case .bottom: d.moveTo(d.visible.count - 1)
        case .cycleSort:
            let next = (d.sort.rawValue + 1) % DashboardState.SortKey.allCases.count
            d.sort = DashboardState.SortKey(rawValue: next) ?? .followUp
            d.refresh(keeping: d.selectedCitizen?.id)
        case .toggleScope:
            d.scope = d.scope == .all ? .mine : .all
            d.refresh(keeping: d.selectedCitizen?.id)
        case .toggleClosed:
            d.showClosed.toggle()
            d.refresh(keeping: d.selectedCitizen?.id)
        case .openTeam:
            dashboard = d
            return [.loadTeamTotals]
        case .toggleOverdue:
            d.onlyOverdue.toggle()
            d.refresh(keeping: d.selectedCitizen?.id)
        case .toggleDetail: d.showDetail.toggle()
        case .startSearch:
            overlays.push(.search(TextField(d.filter)))
        case .clearSearch:
            d.filter = ""
            d.refresh(keeping: d.selectedCitizen?.id)
        case .quit: quit = true
        case .newCitizen: overlays.push(.newCitizen(NewCitizenForm(language: language)))
        case .openTimeline:
            if let id = d.selectedCitizen?.id { return [.open(id, for: .timeline)] }
        case .showDeadlines:
            // The citizens the dashboard is showing: mine, or everyone's.
            let shown = d.citizens.filter { c in d.scopeCoordinator.map { $0 == c.coordinator } ?? true }
            overlays.push(.deadlines(DeadlineList(shown, catalogues: env.catalogues, today: env.today)))
        case .open:
            teamBehindPlan = nil
            if let id = d.selectedCitizen?.id { return [.open(id, for: .plan)] }
        default: break
        }
        return []
    }

    /// The search line: the list filters as it is typed; Enter keeps the filter, Esc clears it, and
    /// moving the selection keeps it and hands the key to the list. A search is audited with its text.
    mutating func searchKey(_ key: Key, field: TextField) -> (used: Bool, effects: [Effect]) {
        var field = field
        switch key {
        case .enter:
            overlays.pop()
            return (true, recordSearch(field.text))
        case .escape:
            overlays.pop()
            let effects = recordSearch(field.text)
            dashboard.filter = ""
            dashboard.refresh(keeping: dashboard.selectedCitizen?.id)
            return (true, effects)
        case .up, .down, .pageUp, .pageDown:
            overlays.pop()
            return (false, recordSearch(field.text))
        default:
            guard field.handle(key) else { return (true, []) }
            overlays.replaceTop(with: .search(field))
            dashboard.filter = field.text
            dashboard.selected = 0
            dashboard.refresh()
            keepDashboardSelectionVisible()
            return (true, [])
        }
    }

    /// Searches show personal data, so each is audited, with CPR-shaped text masked by the store;
    /// the same search typed again is recorded once.
    private func recordSearch(_ text: String) -> [Effect] {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed != dashboard.lastRecordedSearch else { return [] }
        return [.record(AuditEvent(.search, query: trimmed, detail: "\(dashboard.visible.count) matches"))]
    }

    mutating func newCitizenKey(_ key: Key, form: NewCitizenForm) -> [Effect] {
        var editor = form
        switch editor.form.handle(key, width: min(76, size.width)) {
        case .cancel?:
            if editor.form.changed {
                overlays.replaceTop(with: .newCitizen(editor))
                overlays.push(.question(Question(.discard, selected: 1)))
            } else {
                overlays.pop()
            }
            return []
        case .submit?:
            let new = editor.validated(against: dashboard.citizens, language: language)
            overlays.replaceTop(with: .newCitizen(editor))
            return new.map { [.create($0)] } ?? []
        case nil:
            overlays.replaceTop(with: .newCitizen(editor))
            return []
        }
    }

    /// The selection within the list and on screen in the rows the table draws at this size.
    mutating func keepDashboardSelectionVisible() {
        dashboard.keepSelectionVisible(rows: DashboardView.tableRows(size: size, showDetail: dashboard.showDetail))
    }

    mutating func citizenCreated(_ file: CaseFile) {
        if case .newCitizen = topOverlay { overlays.pop() }
        dashboard.insert(CitizenSummary(file, instrument: catalogues.instrument))
        dashboard.scope = .mine
        dashboard.filter = ""
        dashboard.refresh(keeping: file.id)
        keepDashboardSelectionVisible()
        say(String(format: strings.citizenCreated, file.citizen.name))
    }
}
