import PlanCore
import TerminalKit

/// A citizen's timeline on screen: every event of the plan, the filters, the selection, and which
/// progression series the chart shows.
public struct TimelineState {
    public enum SectionFilter: Equatable, Sendable {
        case all
        case section(PlanSection)
        /// Events of the whole plan: created, revised, consent, status, meetings, measurements.
        case wholePlan

        /// The next filter in the cycle all → E → S → F → M → whole plan → all.
        var next: SectionFilter {
            switch self {
            case .all: return .section(.employment)
            case let .section(s):
                guard let following = PlanSection.allCases.first(where: { $0.order == s.order + 1 }) else { return .wholePlan }
                return .section(following)
            case .wholePlan: return .all
            }
        }

        func admits(_ event: TimelineEvent) -> Bool {
            switch self {
            case .all: return true
            case let .section(s): return event.section == s
            case .wholePlan: return event.section == nil
            }
        }
    }

    public var file: CaseFile
    /// Every event, oldest first: computed once when the timeline opens.
    public let events: [TimelineEvent]
    public var sectionFilter: SectionFilter = .all
    public var kindFilter: TimelineEvent.Kind?
    /// What `/` typed: only events whose words hold every word of it are shown.
    public var search = ""
    /// Each event's searchable words, folded, parallel to `events`: the title with the full text of a
    /// note or a meeting's summary, computed once.
    private let searchKeys: [String]
    /// Indices into `events` that pass the filters.
    public private(set) var visible: [Int]
    public var selected = 0
    public var offset = 0
    /// 0 charts the average; n charts the instrument's indicator n-1.
    public var series = 0
    /// The plan screen to go back to, when the timeline was opened from it.
    public var returnTo: PlanState?

    public init(file: CaseFile, today: CalendarDate, returnTo: PlanState? = nil) {
        self.file = file
        events = file.timeline(upTo: today)
        searchKeys = events.map { TimelineState.searchKey($0, in: file) }
        visible = Array(events.indices)
        self.returnTo = returnTo
        // The newest events are the ones asked about first.
        selected = max(0, visible.count - 1)
    }

    public var selectedEvent: TimelineEvent? { visible.isEmpty ? nil : events[visible[min(selected, visible.count - 1)]] }

    /// Applies the filters, keeping the selection on the same event or the nearest one before it.
    mutating func refilter() {
        let keep = selectedEvent
        let words = SearchText.words(search)
        visible = events.indices.filter {
            sectionFilter.admits(events[$0]) && (kindFilter == nil || events[$0].kind == kindFilter)
                && SearchText.matches(words, key: searchKeys[$0])
        }
        if let keep {
            selected = visible.lastIndex { events[$0].date <= keep.date } ?? 0
        }
    }

    /// An event's title, and for a note or a meeting the whole text behind its first line.
    private static func searchKey(_ event: TimelineEvent, in file: CaseFile) -> String {
        var text = event.title
        switch event.kind {
        case .note:
            if let n = file.notes.first(where: { $0.id == event.itemID }) { text += "\n" + n.who + "\n" + n.text }
        case .decision:
            if let d = file.decisions.first(where: { $0.id == event.itemID }) { text += "\n" + d.legalBasis + "\n" + d.reasons }
        case .meeting:
            if let m = file.meetings.first(where: { $0.id == event.itemID }) { text += "\n" + m.participants.joined(separator: " ") }
        default: break
        }
        return SearchText.fold(text)
    }

    /// The kinds that occur, in the order the filter cycles through them.
    var kindsPresent: [TimelineEvent.Kind] {
        let present = Set(events.map(\.kind))
        return TimelineEvent.Kind.allCases.filter(present.contains)
    }

    /// Selects the first visible event on or after `date`, else the last one.
    mutating func jump(to date: CalendarDate) {
        selected = visible.firstIndex { events[$0].date >= date } ?? max(0, visible.count - 1)
    }
}
