import PlanCore

/// The supervisor's view of a team, from the team's sums (no document is read): one row per
/// coordinator, and meetings held against the contact rules per target group; a group's citizens are
/// computed only when asked for (`lines(of:in:rules:from:to:)`).
public struct TeamOverview: Sendable {
    /// One coordinator's figures: their sums (`row.active`, `row.overdue`, `row.compliance`, …) and
    /// the average progression of their citizens, measurement by measurement, oldest first.
    @dynamicMemberLookup
    public struct Row: Sendable, Equatable {
        public var coordinator: String
        public var sums: TeamTotals.Coordinator
        public var trend: [Double]

        init(coordinator: String, _ sums: TeamTotals.Coordinator) {
            self.coordinator = coordinator
            self.sums = sums
            trend = sums.trend.averages
        }

        public subscript<T>(dynamicMember path: KeyPath<TeamTotals.Coordinator, T>) -> T { sums[keyPath: path] }
    }

    public struct Group: Sendable, Equatable {
        public var targetGroup: TargetGroup
        public var totals: ComplianceTotals
    }

    public var rows: [Row]
    public var total: Row
    public var groups: [Group]
    public var from: CalendarDate
    public var to: CalendarDate

    /// - Parameters:
    ///   - from, to: the period of the compliance figures (both days included).
    public init(_ citizens: [CitizenSummary], rules: [ContactRule], today: CalendarDate, from: CalendarDate, to: CalendarDate) {
        self.init(TeamTotals(citizens, rules: rules, today: today, from: from, to: to))
    }

    /// The overview of sums made (or kept) for its day and period.
    public init(_ totals: TeamTotals) {
        from = totals.from
        to = totals.to
        rows = totals.coordinators.map { Row(coordinator: $0.key, $0.value) }.sorted { $0.coordinator < $1.coordinator }
        var sum = TeamTotals.Coordinator()
        for row in totals.coordinators.values { sum.add(row) }
        total = Row(coordinator: "", sum)
        groups = TargetGroup.allCases.compactMap { group in
            totals.groups[group].map { Group(targetGroup: group, totals: $0) }
        }
    }

    /// The lines of a target group's citizens (of every group when nil), computed when a drill-down
    /// or a report by citizen asks: fewest held against required first, then by name.
    public static func lines(of group: TargetGroup?, in citizens: [CitizenSummary], rules: [ContactRule],
                             from: CalendarDate, to: CalendarDate) -> [ComplianceLine] {
        let lines = (group == nil ? citizens : citizens.filter { $0.targetGroup == group }).periodCompliances(rules: rules, from: from, to: to)
        return NameOrder.sorted(lines, first: \.difference, name: \.name)
    }
}
