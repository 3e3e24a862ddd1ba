import PlanCore
import PlanStore
import TerminalKit

/// The timeline screen: filters, the chart series, jumping to a date, and opening an event's item.
extension App {
    /// Opens the timeline of a citizen from the dashboard (reading and auditing the view), or of the
    /// plan on screen (coming back to it afterwards).
    func openTimeline() {
        var timeline: TimelineState
        switch state.screen {
        case .dashboard:
            guard let id = state.dashboard.selectedCitizen?.id else { return }
            do {
                timeline = TimelineState(file: try source.open(id), today: source.today)
            } catch {
                state.message = AppState.Message(text: error.description, isError: true)
                return
            }
        case let .plan(plan):
            timeline = TimelineState(file: plan.file, today: source.today, returnTo: plan)
        case .timeline:
            return
        }
        keepSelectionVisible(&timeline)
        state.screen = .timeline(timeline)
    }

    func performOnTimeline(_ action: AppAction) {
        guard case var .timeline(timeline) = state.screen else { return }
        let page = TimelineView.listHeight(state.size)
        switch action {
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
            timeline.series = (timeline.series + 1) % (source.instrument.indicators.count + 1)
        case .goToDate:
            timeline.dateField = TextField()
        case .open:
            if let event = timeline.selectedEvent {
                openItem(of: event, from: timeline)
                return
            }
        case .toggleHelp: state.showingHelp.toggle()
        case .back:
            state.screen = timeline.returnTo.map { .plan($0) } ?? .dashboard
            return
        case .forceQuit, .quit: state.quit = true
        default: break
        }
        keepSelectionVisible(&timeline)
        state.screen = .timeline(timeline)
    }

    private func keepSelectionVisible(_ timeline: inout TimelineState) {
        timeline.selected = min(max(0, timeline.selected), max(0, timeline.visible.count - 1))
        timeline.offset = Table.scrollOffset(selected: timeline.selected, offset: timeline.offset,
                                             height: TimelineView.listHeight(state.size), count: timeline.visible.count)
    }

    /// The date typed after `d`: Enter jumps, Esc gives up, a wrong date is explained.
    func handleDateField(_ key: Key) {
        guard case var .timeline(timeline) = state.screen, var field = timeline.dateField else { return }
        switch key {
        case .escape:
            timeline.dateField = nil
        case .enter:
            do {
                timeline.jump(to: try CalendarDate.parse(typed: field.text))
            } catch {
                state.message = AppState.Message(text: state.strings.editor.message(for: error), isError: true)
            }
            timeline.dateField = nil
        default:
            _ = field.handle(key)
            timeline.dateField = field
        }
        keepSelectionVisible(&timeline)
        state.screen = .timeline(timeline)
    }

    /// Shows the event's item in the plan: its section's tab with the item selected.
    private func openItem(of event: TimelineEvent, from timeline: TimelineState) {
        var plan = timeline.returnTo ?? PlanScreenState(file: timeline.file)
        plan.file = timeline.file
        plan.tab = event.section.map(PlanTab.init) ?? .citizen
        let target: PlanItem?
        switch event.kind {
        case .goalSet, .goalAchieved, .goalDropped: target = event.itemID.map(PlanItem.goal)
        case .effortStarted, .effortEnded: target = event.itemID.map(PlanItem.effort)
        case .meeting: target = event.itemID.map(PlanItem.meeting)
        case .consent: target = .consent
        case .mentorPeriodStarted, .mentorPeriodEnded: target = .mentorAgreement
        default: target = nil
        }
        let items = lines(of: plan).compactMap(\.item)
        plan.selected = target.flatMap { items.firstIndex(of: $0) } ?? 0
        plan.offset = 0
        keepSelectionVisible(&plan)
        state.screen = .plan(plan)
    }
}
