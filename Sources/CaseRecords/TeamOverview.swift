import PlanCore

/// The supervisor's view of a team, computed from the caseload index (no document is read): one row
/// per coordinator, and meetings held against the contact rules per target group.
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

        mutating func count(active c: CitizenSummary, today: CalendarDate) {
            active += 1
            let follow = c.followUpState(today: today)
            if follow.isOverdue { overdue += 1 } else if follow.isDueSoon { dueThisWeek += 1 }
            if c.measurementState(today: today).isOverdue { measurementsDue += 1 }
            if c.consent != .given { withoutConsent += 1 }
            if c.mentorPeriodState(today: today).needsAttention { mentorEnding += 1 }
        }
    }

    public struct Group: Sendable, Equatable {
        public var targetGroup: TargetGroup
        public var totals: ComplianceTotals
        /// The citizens of the group with what they were required and held, fewest held against required first.
        public var lines: [ComplianceLine]
    }

    public var rows: [Row]
    public var total: Row
    public var groups: [Group]
    public var from: CalendarDate
    public var to: CalendarDate

    /// - Parameters:
    ///   - from, to: the period of the compliance figures (both days included).
    public init(_ citizens: [CitizenSummary], rules: [ContactRule], today: CalendarDate, from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
        var rows: [String: Row] = [:]
        var trendSums: [String: [(sum: Double, count: Int)]] = [:]
        var byGroup: [TargetGroup: [ComplianceLine]] = [:]
        var total = Row(coordinator: "")
        var totalTrend: [(sum: Double, count: Int)] = []
        for c in citizens {
            var row = rows[c.coordinator] ?? Row(coordinator: c.coordinator)
            let line = c.compliance(rules: rules, from: from, to: to)
            // A case closed before the period began owes nothing and held nothing in it: left out.
            if c.status.isOpen || line.required > 0 || line.held > 0 {
                byGroup[c.targetGroup, default: []].append(line)
                row.compliance = Compliance.totals([line], adding: row.compliance)
                total.compliance = Compliance.totals([line], adding: total.compliance)
            }
            switch c.status {
            case .active:
                row.count(active: c, today: today)
                total.count(active: c, today: today)
                TeamOverview.accumulate(c.trend, into: &trendSums[c.coordinator, default: []])
                TeamOverview.accumulate(c.trend, into: &totalTrend)
            case .paused:
                row.paused += 1
                total.paused += 1
            case .closed:
                break
            }
            rows[c.coordinator] = row
        }
        for (name, sums) in trendSums { rows[name]?.trend = TeamOverview.averages(sums) }
        total.trend = TeamOverview.averages(totalTrend)
        self.rows = rows.values.sorted { $0.coordinator < $1.coordinator }
        self.total = total
        groups = TargetGroup.allCases.compactMap { group in
            guard let lines = byGroup[group], !lines.isEmpty else { return nil }
            return Group(targetGroup: group, totals: Compliance.totals(lines),
                         lines: NameOrder.sorted(lines, first: \.difference, name: \.name))
        }
    }

    /// Sums of the trend aligned at the latest measurement, so every citizen's latest counts together.
    private static func accumulate(_ trend: [Double], into sums: inout [(sum: Double, count: Int)]) {
        if sums.count < trend.count { sums.insert(contentsOf: Array(repeating: (0, 0), count: trend.count - sums.count), at: 0) }
        let offset = sums.count - trend.count
        for (i, v) in trend.enumerated() {
            sums[offset + i].sum += v
            sums[offset + i].count += 1
        }
    }

    private static func averages(_ sums: [(sum: Double, count: Int)]) -> [Double] {
        sums.filter { $0.count > 0 }.map { $0.sum / Double($0.count) }
    }
}
