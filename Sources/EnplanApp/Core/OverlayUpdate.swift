import TerminalKit

/// Keys for the layer on top of the stack. Each layer says whether it used the key; one it did not
/// use goes on to the screen.
extension AppState {
    mutating func handleOverlay(_ top: Overlay, _ key: Key, _ env: Environment, _ bindings: Bindings) -> (used: Bool, effects: [Effect]) {
        switch top {
        case let .help(offset):
            helpKey(key, offset: offset, bindings)
            return (true, [])
        case let .search(field):
            return timeline == nil ? searchKey(key, field: field) : timelineSearchKey(key, field: field)
        case let .newCitizen(form):
            return (true, newCitizenKey(key, form: form))
        case let .handOver(form):
            return (true, handOverKey(key, form: form))
        case let .form(form):
            return (true, planFormKey(key, form: form, env))
        case let .measurement(form):
            return (true, measurementKey(key, form: form, env))
        case let .question(question):
            return (true, questionKey(key, question, env, bindings))
        case let .dateField(field):
            dateFieldKey(key, field: field)
            return (true, [])
        case let .deadlines(list):
            return deadlinesKey(key, list, bindings)
        }
    }

    /// The deadline view: move, open the citizen's plan, or close.
    private mutating func deadlinesKey(_ key: Key, _ list: DeadlineList, _ bindings: Bindings) -> (used: Bool, effects: [Effect]) {
        var l = list
        let rows = DeadlineList.box(in: Rect(size: size)).rows, count = l.deadlines.count
        switch bindings.deadlines.action(for: key) {
        case .back?: overlays.pop()
        case .open?:
            guard let id = l.selected?.citizen else { return (true, []) }
            overlays.pop()
            teamBehindPlan = nil
            return (true, [.open(id, for: .plan)])
        case .moveUp?: l.list.move(by: -1, count: count)
        case .moveDown?: l.list.move(by: 1, count: count)
        case .pageUp?: l.list.page(-1, height: rows, count: count)
        case .pageDown?: l.list.page(1, height: rows, count: count)
        case .top?: l.list.move(by: -count, count: count)
        case .bottom?: l.list.move(by: count, count: count)
        // Not the dashboard's: a key meant for the list must not act on the screen below it.
        default: return (true, [])
        }
        l.list.clamp(count: count, height: rows)
        if case .deadlines? = topOverlay { overlays.replaceTop(with: .deadlines(l)) }
        return (true, [])
    }

    private mutating func helpKey(_ key: Key, offset: Int, _ bindings: Bindings) {
        let area = Rect(size: size)
        let last = HelpOverlay.maxOffset(in: area, sections: helpSections(bindings))
        let page = max(1, size.height - 8)
        var next = offset
        switch bindings.help.action(for: key) {
        case .toggleHelp?:
            overlays.pop()
            return
        case .scrollUp?: next -= 1
        case .scrollDown?: next += 1
        case .pageUp?: next -= page
        case .pageDown?: next += page
        default: return
        }
        overlays.replaceTop(with: .help(offset: min(max(0, next), last)))
    }

    private mutating func questionKey(_ key: Key, _ question: Question, _ env: Environment, _ bindings: Bindings) -> [Effect] {
        var q = question
        // In a question, arrows stop at the ends: from the safe choice, → must never wrap round to
        // "Delete". The add menu is a list of kinds, nothing is lost there: it goes round.
        let wraps: Bool
        if case .add = q.kind { wraps = true } else { wraps = false }
        switch key {
        case .left where !wraps: q.selected = max(0, q.selected - 1)
        case .right where !wraps: q.selected = min(q.buttonCount - 1, q.selected + 1)
        case .backTab, .left:
            q.selected = (q.selected + q.buttonCount - 1) % q.buttonCount
        default:
            switch bindings.question.action(for: key) {
            case .nextButton?: q.selected = (q.selected + 1) % q.buttonCount
            case .confirm?: return answer(q, env)
            case .cancel?:
                overlays.pop()
                return []
            default: return []
            }
        }
        overlays.replaceTop(with: .question(q))
        return []
    }

    /// The help for the layer under the help: its keys, then the keys that work everywhere.
    func helpSections(_ bindings: Bindings) -> [HelpOverlay.Section] {
        let s = strings, k = language.keys
        let below = overlays.reversed().first { if case .help = $0 { return false } else { return true } }
        let (map, title): (KeyMap<Command>, String)
        switch below {
        case .newCitizen?, .form?, .handOver?: (map, title) = (bindings.form, k.formTitle)
        case .measurement?: (map, title) = (bindings.measurement, k.measurementTitle)
        case .question?: (map, title) = (bindings.question, k.questionTitle)
        case .search?: (map, title) = (bindings.search, k.searchTitle)
        case .dateField?: (map, title) = (bindings.dateField, k.dateTitle)
        case .deadlines?: (map, title) = (bindings.deadlines, language.deadlines.title)
        case .help?, nil:
            switch screen {
            case .dashboard: (map, title) = (bindings.dashboard, s.dashboardTitle)
            case .plan: (map, title) = (bindings.plan, s.citizen)
            case .timeline: (map, title) = (bindings.timeline, s.timeline.title)
            case .team: (map, title) = (bindings.team, language.caseLife.teamTitle)
            }
        }
        var sections = [HelpOverlay.Section(heading: title, lines: map.helpLines),
                        HelpOverlay.Section(heading: s.appName, lines: bindings.global.helpLines)]
        if below == nil, case .team = screen {
            sections.append(HelpOverlay.Section(heading: language.caseLife.columnsHelpTitle, lines: language.caseLife.coordinatorColumnHelp))
        }
        if below == nil { sections.append(HelpOverlay.Section(heading: s.legendTitle, lines: s.legend)) }
        if readOnly {
            sections.append(HelpOverlay.Section(heading: s.readOnlyBadge, lines: [(keys: "", help: s.readOnlyRefusal)]))
        }
        return sections
    }
}
