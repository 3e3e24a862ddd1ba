import PlanCore

/// The supervisor's view of a team, from the team's sums (no document is read): one row per
/// coordinator, and meetings held against the contact rules per target group; a group's citizens are
/// computed only when asked for (`lines(of:in:rules:from:to:)`).
public struct TeamOverview: Sendable {
    public struct Row: Sendable, Equatable {
        public var coordinator: String
        /// Active cases (not paused, not closed).
        public var active = 0
        public var paused = 0
        public var overdue = 0
        public var dueThisWeek = 0
        public var measurementsDue = 0
        public var withoutConsent = 0
        /// Mentor periods ending within `MentorPeriodState.warningDays`.
        public var mentorEnding = 0
        /// The average progression of the coordinator's citizens, measurement by measurement, oldest first.
        public var trend: [Double] = []
        public var compliance = ComplianceTotals(citizens: 0, held: 0, required: 0)

        public init(coordinator: String) { self.coordinator = coordinator }

        init(coordinator: String, _ sums: TeamTotals.Coordinator) {
            self.coordinator = coordinator
            (active, paused, overdue, dueThisWeek) = (sums.active, sums.paused, sums.overdue, sums.dueThisWeek)
            (measurementsDue, withoutConsent, mentorEnding) = (sums.measurementsDue, sums.withoutConsent, sums.mentorEnding)
            trend = sums.trend.averages
            compliance = sums.compliance
        }
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
        let lines = citizens.lazy.filter { group == nil || $0.targetGroup == group }
            .compactMap { $0.periodCompliance(rules: rules, from: from, to: to) }
        return NameOrder.sorted(Array(lines), first: \.difference, name: \.name)
    }
}
