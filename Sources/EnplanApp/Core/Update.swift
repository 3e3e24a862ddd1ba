import PlanCore
import CaseRecords
import TerminalKit

/// The one update: every action changes the state here and returns the store work it needs as
/// effects. No store, clock or file is touched: `today`, the user and the catalogues come in the
/// environment, and what the store did comes back as actions.
extension AppState {
    public mutating func update(_ action: Action, _ env: Environment, _ bindings: Bindings) -> [Effect] {
        switch action {
        case let .key(key):
            return handle(key, env, bindings)
        case let .resize(newSize):
            size = newSize
            keepSelectionsVisible()
            return []
        case .closed:
            quit = true
            return []
        case .idle:
            forgetTypeAhead()
            return []
        case let .changedByOthers(ids):
            // The lists show the colleagues' changes (read again, and audited as any listing is).
            return ids.isEmpty ? [] : [.loadCaseload]
        case let .caseloadLoaded(caseload):
            let first = !dashboard.hasEveryone
            dashboard.load(caseload)
            // None of one's own: whether the folder is empty or the citizens are colleagues' takes everyone's.
            if dashboard.onlyCoordinator != nil && dashboard.citizens.isEmpty { return [.loadCaseload] }
            if let command = awaitingRows, dashboard.hasEveryone {
                awaitingRows = nil
                message = nil
                return screenCommand(command, env)
            }
            // The team's sums are read again after a change; a drill-down's citizens come from the rows.
            guard case var .team(team) = screen else { return [] }
            team.drill(into: team.drill, lines: drillLines(team.drill, team.overview))
            screen = .team(team)
            return first ? [] : [.loadTeamTotals]
        case let .teamTotalsLoaded(totals):
            showTeam(TeamOverview(totals))
            return []
        case let .teamTotalsFailed(error) where !dashboard.isLoaded:
            // A supervisor's first frame: as a caseload that cannot be read (or its listing audited), no one.
            return update(.caseloadFailed(error), env, bindings)
        case let .teamTotalsFailed(error):
            sayError(error)
            return []
        case let .assigned(results, to):
            return handedOver(results, to: to, env)
        case let .assignFailed(error):
            if case .handOver = topOverlay { overlays.pop() }
            sayError(error)
            return []
        case let .caseloadFailed(.listingNotAudited(error)):
            awaitingRows = nil
            dashboard.load(Caseload(citizens: [], damaged: []))
            let text = String(format: strings.auditUnwritable, language.describe(error))
            dashboard.loadError = text
            say(text, isError: true)
            return []
        case let .caseloadFailed(error):
            // No list without its audit line: a caseload that cannot be listed (or whose listing
            // cannot be audited) shows no one.
            awaitingRows = nil
            dashboard.load(Caseload(citizens: [], damaged: []))
            dashboard.loadError = language.describe(error)
            sayError(error)
            return []
        case let .opened(file, purpose):
            return opened(file, for: purpose, env)
        case let .createFailed(.duplicateCPR(_, name)):
            if case var .newCitizen(form)? = topOverlay {
                form.refuseDuplicate(name: name, strings: strings)
                overlays.replaceTop(with: .newCitizen(form))
            }
            return []
        case let .openFailed(error), let .createFailed(error), let .recordFailed(error):
            sayError(error)
            return []
        case let .saved(file, change):
            planSaved(file, change, env)
            return []
        case let .conflict(change, by, revision):
            guard let id = plan?.file.id else { return [] }
            return [.open(id, for: .conflict(change, by: by, revision: revision))]
        case let .saveFailed(error):
            notify(language.describe(error), detach: false)
            return []
        case let .created(file):
            citizenCreated(file)
            return []
        case let .exported(path):
            if case .form = topOverlay { overlays.pop() }
            say(String(format: strings.editor.printed, path))
            return []
        case let .exportFailed(error):
            if case var .form(form) = topOverlay {
                form.form.setMessage(language.describe(error), for: PrintForm.Field.path.rawValue)
                overlays.replaceTop(with: .form(form))
            } else {
                sayError(error)
            }
            return []
        case let .recorded(event):
            recorded(event)
            return []
        }
    }

    // MARK: - Keys

    private mutating func handle(_ key: Key, _ env: Environment, _ bindings: Bindings) -> [Effect] {
        if bindings.global.action(for: key) == .forceQuit {
            forceQuit()
            return []
        }
        message = nil
        if let top = topOverlay {
            if !isHelp(top), top.keyMap(bindings).action(for: key) == .toggleHelp {
                overlays.push(.help(offset: 0))
                return []
            }
            let (used, effects) = handleOverlay(top, key, env, bindings)
            if used { return effects }
            return effects + handleScreen(key, env, bindings)
        }
        return handleScreen(key, env, bindings)
    }

    private func isHelp(_ overlay: Overlay) -> Bool {
        if case .help = overlay { return true }
        return false
    }

    /// The key map of the screen showing.
    func screenKeyMap(_ bindings: Bindings) -> KeyMap<Command> {
        switch screen {
        case .dashboard: return bindings.dashboard
        case .plan: return bindings.plan
        case .timeline: return bindings.timeline
        case .team: return bindings.team
        }
    }

    private mutating func handleScreen(_ key: Key, _ env: Environment, _ bindings: Bindings) -> [Effect] {
        let map = screenKeyMap(bindings)
        guard let command = map.action(for: key) else {
            if map.withheldKeys.contains(key) { say(strings.readOnlyRefusal, isError: true) }
            return []
        }
        if command == .toggleHelp {
            overlays.push(.help(offset: 0))
            return []
        }
        // The first frame waits only for the person's own rows (or the team's sums): a command that
        // needs everyone's says so on screen, reads them, and goes on.
        if !dashboard.hasEveryone && needsEveryone(command, env) {
            awaitingRows = command
            say(language.caseLife.readingEveryone)
            return [.loadCaseload]
        }
        return screenCommand(command, env)
    }

    private mutating func screenCommand(_ command: Command, _ env: Environment) -> [Effect] {
        switch screen {
        case .dashboard: return dashboardCommand(command, env)
        case .plan: return planCommand(command, env)
        case .timeline: return timelineCommand(command, env)
        case .team: return teamCommand(command, env)
        }
    }

    /// Whether a command on this screen shows or chooses from citizens beyond the person's own.
    private func needsEveryone(_ command: Command, _ env: Environment) -> Bool {
        switch (screen, command) {
        case (.dashboard, .toggleScope): return true
        // Opening a coordinator's caseload, a group's citizens, a hand-over; the dashboard behind when
        // none was read (a supervisor's; a coordinator's own are there).
        case (.team, .open), (.team, .handOver): return true
        case (.team, .back): return !dashboard.isLoaded
        // Without a team catalogue, whom a plan can go to is read from the caseload.
        case (.plan, .handOver): return env.teamCoordinators.isEmpty
        default: return false
        }
    }

    /// Ctrl-C: quit at once, unless a form holds typed text; then ask (a second Ctrl-C quits).
    private mutating func forceQuit() {
        if case let .question(q)? = topOverlay, case .quit = q.kind {
            quit = true
            return
        }
        if overlays.contains(where: \.hasUnsavedInput) {
            overlays.push(.question(Question(.quit, selected: 1)))
        } else {
            quit = true
        }
    }

    private mutating func forgetTypeAhead() {
        switch topOverlay {
        case var .form(f)?:
            f.form.clearTypeAhead()
            overlays.replaceTop(with: .form(f))
        case var .newCitizen(f)?:
            f.form.clearTypeAhead()
            overlays.replaceTop(with: .newCitizen(f))
        default:
            break
        }
    }

    /// After a resize: every list keeps its selection on screen.
    mutating func keepSelectionsVisible() {
        switch screen {
        case .dashboard:
            keepDashboardSelectionVisible()
        case var .plan(p):
            keepSelectionVisible(&p)
            screen = .plan(p)
        case var .timeline(t):
            keepSelectionVisible(&t)
            screen = .timeline(t)
        case var .team(t):
            keepSelectionVisible(&t)
            screen = .team(t)
        }
    }

    // MARK: - Outcomes

    private mutating func opened(_ file: CaseFile, for purpose: OpenPurpose, _ env: Environment) -> [Effect] {
        switch purpose {
        case .plan:
            var plan = PlanState(file: file)
            keepSelectionVisible(&plan)
            screen = .plan(plan)
        case .timeline:
            var timeline = TimelineState(file: file, today: env.today)
            keepSelectionVisible(&timeline)
            screen = .timeline(timeline)
        case let .conflict(change, by, revision):
            reloadAfterConflict(file, change, by: by, revision: revision, env)
        }
        return []
    }

    private mutating func recorded(_ event: AuditEvent) {
        switch event.action {
        case .revealCPR:
            guard var p = plan, event.citizen == p.file.id else { return }
            p.revealCPR = true
            plan = p
            say(strings.editor.cprRevealed)
        case .search:
            dashboard.lastRecordedSearch = event.query
        default:
            break
        }
    }
}
