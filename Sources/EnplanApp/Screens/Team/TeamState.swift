import PlanCore
import CaseRecords
import TerminalKit

/// The team overview: one row per coordinator, or compliance per target group with a drill-down to
/// the group's citizens. Computed from the caseload already loaded for the dashboard.
public struct TeamState {
    public enum Tab: Int, CaseIterable, Sendable { case coordinators, targetGroups }

    /// The coordinators' columns, each sortable; counts sort the largest first, names A to Z.
    public enum Column: Int, CaseIterable, Sendable {
        case coordinator, active, overdue, dueThisWeek, measurementsDue, withoutConsent, mentorEnding, progression, met, compliance
    }

    public private(set) var overview: TeamOverview
    public var tab: Tab = .coordinators
    public private(set) var sort: Column = .coordinator
    /// The coordinators in the order shown.
    public private(set) var rows: [TeamOverview.Row]
    public var coordinators = ListState()
    public var groups = ListState()
    /// The target group whose citizens are shown, if the supervisor drilled into one.
    public private(set) var drill: TargetGroup?
    /// Its citizens, fewest held against required first (computed when drilled into).
    public private(set) var drillLines: [ComplianceLine] = []
    public var citizens = ListState()

    public init(overview: TeamOverview) {
        self.overview = overview
        rows = overview.rows
    }

    public mutating func sort(by column: Column) {
        sort = column
        let name = { (r: TeamOverview.Row) in NameOrder.key(r.coordinator) }
        func larger<T: Comparable>(_ value: @escaping (TeamOverview.Row) -> T) -> (TeamOverview.Row, TeamOverview.Row) -> Bool {
            { a, b in value(a) != value(b) ? value(a) > value(b) : name(a) < name(b) }
        }
        let selected = selectedRow?.coordinator
        switch column {
        case .coordinator: rows = overview.rows.sorted { name($0) < name($1) }
        case .active: rows = overview.rows.sorted(by: larger(\.active))
        case .overdue: rows = overview.rows.sorted(by: larger(\.overdue))
        case .dueThisWeek: rows = overview.rows.sorted(by: larger(\.dueThisWeek))
        case .measurementsDue: rows = overview.rows.sorted(by: larger(\.measurementsDue))
        case .withoutConsent: rows = overview.rows.sorted(by: larger(\.withoutConsent))
        case .mentorEnding: rows = overview.rows.sorted(by: larger(\.mentorEnding))
        // Who is progressing least, and who holds fewest of the meetings required, first: where to look.
        case .progression: rows = overview.rows.sorted { a, b in
            let x = a.trend.last ?? .infinity, y = b.trend.last ?? .infinity
            return x != y ? x < y : name(a) < name(b)
        }
        case .met: rows = overview.rows.sorted { a, b in
            a.compliance.metShare != b.compliance.metShare ? a.compliance.metShare < b.compliance.metShare : name(a) < name(b)
        }
        case .compliance: rows = overview.rows.sorted { a, b in
            a.compliance.ratio != b.compliance.ratio ? a.compliance.ratio < b.compliance.ratio : name(a) < name(b)
        }
        }
        if let selected, let i = rows.firstIndex(where: { $0.coordinator == selected }) { coordinators.selected = i }
    }

    public var selectedRow: TeamOverview.Row? {
        rows.indices.contains(coordinators.selected) ? rows[coordinators.selected] : nil
    }

    public var selectedGroup: TeamOverview.Group? {
        overview.groups.indices.contains(groups.selected) ? overview.groups[groups.selected] : nil
    }

    mutating func drill(into group: TargetGroup?, lines: [ComplianceLine]) {
        drill = group
        drillLines = group == nil ? [] : lines
    }

    /// The list the keys move on this tab.
    var count: Int {
        switch tab {
        case .coordinators: return rows.count
        case .targetGroups: return drill == nil ? overview.groups.count : drillLines.count
        }
    }

    mutating func withList(_ body: (inout ListState) -> Void) {
        switch tab {
        case .coordinators: body(&coordinators)
        case .targetGroups: if drill == nil { body(&groups) } else { body(&citizens) }
        }
    }
}
