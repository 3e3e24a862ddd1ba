import PlanCore
import CaseRecords
import TerminalKit

/// The timeline screen: filters, the chart series, jumping to a date, and opening an event's item.
extension AppState {
    mutating func timelineCommand(_ command: Command, _ env: Environment) -> [Effect] {
        guard var timeline else { return [] }
        let page = max(1, TimelineView.listHeight(size) - 1)
        switch command {
        case .moveUp: timeline.selected -= 1
        case .moveDown: timeline.selected += 1
        case .pageUp: timeline.selected -= page
        case .pageDown: timeline.selected += page
        case .top: timeline.selected = 0
        case .bottom: timeline.selected = timeline.visible.count - 1
        case .filterSection:
            timeline.sectionFilter = timeline.sectionFilter.next
            timeline.refilter()
        case .filterKind:
            let kinds = timeline.kindsPresent
            if let current = timeline.kindFilter, let i = kinds.firstIndex(of: current) {
                timeline.kindFilter = i + 1 < kinds.count ? kinds[i + 1] : nil
            } else {
                timeline.kindFilter = kinds.first
            }
            timeline.refilter()
        case .nextSeries:
            timeline.series = (timeline.series + 1) % (env.instrument.indicators.count + 1)
        case .startSearch:
            overlays.push(.search(TextField(timeline.search)))
        case .goToDate:
            overlays.push(.dateField(TextField()))
        case .open:
            if let event = timeline.selectedEvent {
                openItem(of: event, from: timeline)
                return []
            }
        case .back where !timeline.search.isEmpty:
            // Esc first takes back the search, as on the dashboard; pressed again it leaves.
            timeline.search = ""
            timeline.refilter()
        case .back:
            screen = timeline.returnTo.map { .plan($0) } ?? .dashboard
            return []
        case .quit: quit = true
        default: break
        }
        keepSelectionVisible(&timeline)
        self.timeline = timeline
        return []
    }

    func keepSelectionVisible(_ timeline: inout TimelineState) {
        var list = ListState(selected: timeline.selected, offset: timeline.offset)
        list.clamp(count: timeline.visible.count, height: TimelineView.listHeight(size))
        (timeline.selected, timeline.offset) = (list.selected, list.offset)
    }

    /// The search line over the timeline: events narrow as it is typed; Enter keeps the search, Esc
    /// takes it back. Unlike the dashboard's, it is not audited: it looks inside one plan already
    /// opened (and audited), and finds no one else.
    mutating func timelineSearchKey(_ key: Key, field: TextField) -> (used: Bool, effects: [Effect]) {
        guard var timeline else { return (false, []) }
        var field = field
        switch key {
        case .enter:
            overlays.pop()
        case .escape:
            overlays.pop()
            timeline.search = ""
            timeline.refilter()
        case .up, .down, .pageUp, .pageDown:
            overlays.pop()
            return (false, [])
        default:
            guard field.handle(key) else { return (true, []) }
            overlays.replaceTop(with: .search(field))
            timeline.search = field.text
            timeline.refilter()
        }
        keepSelectionVisible(&timeline)
        self.timeline = timeline
        return (true, [])
    }

    /// The date typed after `d`: Enter jumps, Esc gives up, a wrong date is explained.
    mutating func dateFieldKey(_ key: Key, field: TextField) {
        guard var timeline else { return }
        var field = field
        switch key {
        case .escape:
            overlays.pop()
        case .enter:
            overlays.pop()
            do {
                timeline.jump(to: try CalendarDate.parse(typed: field.text))
            } catch {
                say(strings.editor.message(for: error), isError: true)
            }
        default:
            _ = field.handle(key)
            overlays.replaceTop(with: .dateField(field))
        }
        keepSelectionVisible(&timeline)
        self.timeline = timeline
    }

    /// Shows the event's item in the plan: its section's tab with the item selected.
    private mutating func openItem(of event: TimelineEvent, from timeline: TimelineState) {
        var plan = timeline.returnTo ?? PlanState(file: timeline.file)
        plan.file = timeline.file
        switch event.kind {
        case .assessment: plan.tab = .assessment
        // Decisions are listed together on the citizen tab, whatever section their effort is in.
        case .decision: plan.tab = .citizen
        default: plan.tab = event.section.map(PlanTab.init) ?? .citizen
        }
        if event.kind == .assessment {
            plan.assessmentIndex = plan.file.assessmentsByDate.firstIndex { $0.id == event.itemID }
        }
        let target: PlanItem?
        switch event.kind {
        case .goalSet, .goalAchieved, .goalDropped: target = event.itemID.map(PlanItem.goal)
        case .effortStarted, .effortEnded: target = event.itemID.map(PlanItem.effort)
        case .meeting: target = event.itemID.map(PlanItem.meeting)
        case .note: target = event.itemID.map(PlanItem.note)
        case .decision: target = event.itemID.map(PlanItem.decision)
        case .consent: target = .consent
        case .statusChanged: target = .status
        case .mentorPeriodStarted, .mentorPeriodEnded: target = .mentorAgreement
        default: target = nil
        }
        plan.selected = target.flatMap { items(plan).firstIndex(of: $0) } ?? 0
        plan.offset = 0
        keepSelectionVisible(&plan)
        screen = .plan(plan)
    }
}
