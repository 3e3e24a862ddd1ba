import PlanCore
import CaseRecords
import TerminalKit

/// The team overview's commands: moving, sorting, switching between coordinators and target groups,
/// drilling into a group, opening a caseload or a plan, and handing a caseload over.
extension AppState {
    /// Shows the team overview of these figures (the compliance figures cover the year up to today):
    /// opened, or on the overview already, the same view over the new figures.
    mutating func showTeam(_ overview: TeamOverview) {
        var team = TeamState(overview: overview)
        if case let .team(old) = screen {
            team.tab = old.tab
            team.sort(by: old.sort)
            (team.coordinators, team.groups, team.citizens) = (old.coordinators, old.groups, old.citizens)
            team.drill(into: old.drill, lines: drillLines(old.drill, overview))
        }
        keepSelectionVisible(&team)
        screen = .team(team)
    }

    /// A target group's citizens, from the rows read (none before everyone's rows are read).
    func drillLines(_ group: TargetGroup?, _ overview: TeamOverview) -> [ComplianceLine] {
        guard let group else { return [] }
        return TeamOverview.lines(of: group, in: dashboard.citizens, rules: catalogues.contactRules, from: overview.from, to: overview.to)
    }

    mutating func teamCommand(_ command: Command, _ env: Environment) -> [Effect] {
        guard case var .team(team) = screen else { return [] }
        let height = TeamView.bodyRows(size: size)
        let count = team.count
        var effects: [Effect] = []
        switch command {
        case .moveUp: team.withList { $0.move(by: -1, count: count) }
        case .moveDown: team.withList { $0.move(by: 1, count: count) }
        case .pageUp: team.withList { $0.page(-1, height: height, count: count) }
        case .pageDown: team.withList { $0.page(1, height: height, count: count) }
        case .top: team.withList { $0.move(by: -count, count: count) }
        case .bottom: team.withList { $0.move(by: count, count: count) }
        case .nextTab, .previousTab:
            team.tab = team.tab == .coordinators ? .targetGroups : .coordinators
        case .nextColumn, .previousColumn:
            let columns = TeamState.Column.allCases.count
            let step = command == .nextColumn ? 1 : columns - 1
            team.sort(by: TeamState.Column(rawValue: (team.sort.rawValue + step) % columns) ?? .coordinator)
        case .open:
            switch team.tab {
            case .coordinators:
                guard let row = team.selectedRow else { break }
                dashboard.scope = row.coordinator == env.user ? .mine : .coordinator(row.coordinator)
                dashboard.refresh()
                dashboard.moveTo(0)
                screen = .dashboard
                keepDashboardSelectionVisible()
                return []
            case .targetGroups:
                if team.drill == nil, let group = team.selectedGroup?.targetGroup {
                    team.drill(into: group, lines: drillLines(group, team.overview))
                    team.citizens = ListState()
                } else {
                    let lines = team.drillLines
                    if lines.indices.contains(team.citizens.selected) {
                        teamBehindPlan = team
                        effects = [.open(lines[team.citizens.selected].citizenID, for: .plan)]
                    }
                }
            }
        case .handOver:
            guard team.tab == .coordinators, let row = team.selectedRow else { break }
            let ids = dashboard.citizens.filter { $0.coordinator == row.coordinator && $0.status.isOpen }.map(\.id)
            let candidates = handOverCandidates(env, excluding: row.coordinator)
            if candidates.isEmpty {
                say(language.caseLife.noOneToHandTo, isError: true)
            } else if !ids.isEmpty {
                overlays.push(.handOver(HandOverForm(from: row.coordinator, citizens: ids, candidates: candidates,
                                                       language: language, colleagues: env.colleagues)))
            }
        case .back:
            if team.drill != nil {
                team.drill(into: nil, lines: [])
            } else {
                screen = .dashboard
                keepDashboardSelectionVisible()
                return []
            }
        case .quit: quit = true
        default: break
        }
        keepSelectionVisible(&team)
        screen = .team(team)
        return effects
    }

    /// Whom a plan can go to: the team's coordinators from users.json, or, without one, the
    /// coordinators of the caseload and the user.
    func handOverCandidates(_ env: Environment, excluding current: String) -> [String] {
        let names = env.teamCoordinators.isEmpty ? Set(dashboard.citizens.map(\.coordinator)).union([env.user])
                                                 : Set(env.teamCoordinators)
        let colleagues = env.colleagues
        return names.subtracting([current]).sorted { NameOrder.key(colleagues.name($0)) < NameOrder.key(colleagues.name($1)) }
    }

    mutating func handOverKey(_ key: Key, form: HandOverForm) -> [Effect] {
        var editor = form
        let outcome = editor.form.handle(key, width: min(60, size.width))
        switch outcome {
        case .cancel?:
            overlays.pop()
        case .submit?:
            overlays.replaceTop(with: .handOver(editor))
            if let to = editor.to { return [.assign(editor.citizens, to: to)] }
        case nil:
            overlays.replaceTop(with: .handOver(editor))
        }
        return []
    }

    /// A hand-over went through (for some or all): the caseload is read again, so every screen shows
    /// who has whom now.
    mutating func handedOver(_ results: [(CitizenID, Result<CaseFile, StoreError>)], to: String,
                             _ env: Environment) -> [Effect] {
        if case .handOver = topOverlay { overlays.pop() }
        let failures = results.compactMap { r -> StoreError? in
            if case let .failure(e) = r.1 { return e }
            return nil
        }
        let moved = results.count - failures.count
        let l = language.caseLife
        if let first = failures.first {
            say(String(format: l.handOverFailed, failures.count, language.describe(first)), isError: true)
        } else {
            say(String(format: l.handedOver, language.count(moved, l.citizenOne, l.citizenMany), env.colleagues.name(to)))
        }
        return [.loadCaseload]
    }

    func keepSelectionVisible(_ team: inout TeamState) {
        let height = TeamView.bodyRows(size: size)
        let count = team.count
        team.withList { $0.clamp(count: count, height: height) }
    }
}
