import Foundation
import PlanCore

/// The team overview's figures as sums over the citizens, for one day and one period: each citizen
/// adds a part, and a write takes the citizen's old part away and adds the new one. A store can keep
/// them beside its caseload, so a supervisor's overview costs as much as the team's coordinators and
/// target groups, not its citizens.
public struct TeamTotals: Sendable, Equatable {
    /// One coordinator's sums.
    public struct Coordinator: Sendable, Equatable {
        /// Every case of theirs, closed ones too: the row goes when none is left.
        public var cases = 0
        /// Active cases (not paused, not closed).
        public var active = 0
        public var paused = 0
        public var overdue = 0
        public var dueThisWeek = 0
        public var measurementsDue = 0
        public var withoutConsent = 0
        /// Mentor periods ending within `MentorPeriodState.warningDays`.
        public var mentorEnding = 0
        public var trend = TrendSums()
        public var compliance = ComplianceTotals(citizens: 0, held: 0, required: 0)

        public init() {}

        mutating func add(_ o: Coordinator) {
            (cases, active, paused) = (cases + o.cases, active + o.active, paused + o.paused)
            (overdue, dueThisWeek, measurementsDue) = (overdue + o.overdue, dueThisWeek + o.dueThisWeek, measurementsDue + o.measurementsDue)
            (withoutConsent, mentorEnding) = (withoutConsent + o.withoutConsent, mentorEnding + o.mentorEnding)
            trend.add(o.trend)
            compliance.add(o.compliance)
        }
    }

    /// The day due dates were evaluated on, and the period of the compliance figures (both days included).
    public var today: CalendarDate
    public var from: CalendarDate
    public var to: CalendarDate
    public var coordinators: [String: Coordinator] = [:]
    /// Compliance per target group, of the citizens the period concerns.
    public var groups: [TargetGroup: ComplianceTotals] = [:]
    /// Documents that could not be read when the sums were made: in no figure.
    public var damaged: [DamagedDocument] = []

    public init(today: CalendarDate, from: CalendarDate, to: CalendarDate) {
        self.today = today
        self.from = from
        self.to = to
    }

    /// The sums over `citizens`, made on every core (a part each, then added together).
    public init(_ citizens: [CitizenSummary], rules: [ContactRule], today: CalendarDate, from: CalendarDate, to: CalendarDate,
                damaged: [DamagedDocument] = []) {
        self.init(today: today, from: from, to: to)
        self.damaged = damaged
        let blank = TeamTotals(today: today, from: from, to: to)
        for sum in citizens.inParts({ part in part.reduce(into: blank) { $0.add($1, rules: rules) } }) { add(sum) }
    }

    /// Adds a citizen's part, or with `sign` -1 takes it away (the citizen as they were before a write).
    public mutating func add(_ c: CitizenSummary, rules: [ContactRule], sign: Int = 1) {
        var row = coordinators[c.coordinator] ?? Coordinator()
        row.cases += sign
        if let line = c.periodCompliance(rules: rules, from: from, to: to) {
            row.compliance.add(line, today: today, sign: sign)
            var group = groups[c.targetGroup] ?? ComplianceTotals(citizens: 0, held: 0, required: 0)
            group.add(line, today: today, sign: sign)
            groups[c.targetGroup] = group.citizens == 0 ? nil : group
        }
        switch c.status {
        case .active:
            row.active += sign
            let follow = c.followUpState(today: today)
            if follow.isOverdue { row.overdue += sign } else if follow.isDueSoon { row.dueThisWeek += sign }
            if c.measurementState(today: today).isOverdue { row.measurementsDue += sign }
            if c.consent != .given { row.withoutConsent += sign }
            if c.mentorPeriodState(today: today).needsAttention { row.mentorEnding += sign }
            row.trend.add(c.trend, sign: sign)
        case .paused:
            row.paused += sign
        case .closed:
            break
        }
        coordinators[c.coordinator] = row.cases == 0 ? nil : row
    }

    /// Adds the sums of other citizens (made for the same day and period).
    public mutating func add(_ other: TeamTotals) {
        for (name, o) in other.coordinators { coordinators[name, default: Coordinator()].add(o) }
        for (group, o) in other.groups {
            var totals = groups[group] ?? ComplianceTotals(citizens: 0, held: 0, required: 0)
            totals.add(o)
            groups[group] = totals
        }
        damaged += other.damaged
    }

    /// The number of citizens summed (closed ones included).
    public var citizens: Int { coordinators.values.reduce(0) { $0 + $1.cases } }
}

/// Progression summed per measurement, aligned at the latest, in millionths: whole numbers, so a part
/// taken away leaves exactly what the other citizens sum to.
public struct TrendSums: Sendable, Equatable {
    /// Per position, the latest last.
    public private(set) var sums: [Int] = []
    public private(set) var counts: [Int] = []

    public init() {}

    /// Sums as a store kept them; nil when the two lists differ in length.
    public init?(sums: [Int], counts: [Int]) {
        guard sums.count == counts.count else { return nil }
        self.sums = sums
        self.counts = counts
    }

    public mutating func add(_ trend: [Double], sign: Int = 1) {
        grow(to: trend.count)
        let offset = sums.count - trend.count
        for (i, v) in trend.enumerated() {
            // A value read from disk may be anything: what cannot be a score counts as nothing.
            sums[offset + i] += sign * (v.isFinite && abs(v) < 1_000_000 ? Int((v * 1_000_000).rounded()) : 0)
            counts[offset + i] += sign
        }
        dropEmpty()
    }

    public mutating func add(_ other: TrendSums) {
        grow(to: other.sums.count)
        let offset = sums.count - other.sums.count
        for i in other.sums.indices {
            sums[offset + i] += other.sums[i]
            counts[offset + i] += other.counts[i]
        }
    }

    /// The average at each position where someone was measured, oldest first.
    public var averages: [Double] {
        zip(sums, counts).filter { $0.1 > 0 }.map { Double($0.0) / Double($0.1) / 1_000_000 }
    }

    private mutating func grow(to length: Int) {
        guard sums.count < length else { return }
        sums.insert(contentsOf: Array(repeating: 0, count: length - sums.count), at: 0)
        counts.insert(contentsOf: Array(repeating: 0, count: length - counts.count), at: 0)
    }

    /// Positions before the longest trend left (its citizen gone) are dropped, as a new sum would not have them.
    private mutating func dropEmpty() {
        let empty = counts.prefix { $0 <= 0 }.count
        guard empty > 0 else { return }
        sums.removeFirst(empty)
        counts.removeFirst(empty)
    }
}

extension CitizenSummary {
    /// The citizen's line in the compliance figures of [from, to]; nil for a case closed before the
    /// period began, which owes nothing and held nothing in it.
    func periodCompliance(rules: [ContactRule], from: CalendarDate, to: CalendarDate) -> ComplianceLine? {
        let line = compliance(rules: rules, from: from, to: to)
        return status.isOpen || line.required > 0 || line.held > 0 ? line : nil
    }
}

extension Array where Element == CitizenSummary {
    /// Each citizen's line in the compliance figures of [from, to], in this order (those the period
    /// does not concern left out), made on every core.
    public func periodCompliances(rules: [ContactRule], from: CalendarDate, to: CalendarDate) -> [ComplianceLine] {
        inParts { part in part.compactMap { $0.periodCompliance(rules: rules, from: from, to: to) } }.flatMap { $0 }
    }

    /// `body` over consecutive parts of the array, one per core, each on a thread of its own; the
    /// results in order. A small caseload is one part: starting threads would cost more than they save.
    func inParts<T: Sendable>(_ body: @Sendable (ArraySlice<CitizenSummary>) -> T) -> [T] {
        let parts = count < 2_000 ? 1 : Concurrently.cores
        let size = (count + parts - 1) / parts
        return Concurrently.map(parts) { part in body(self[Swift.min(count, part * size)..<Swift.min(count, (part + 1) * size)]) }
    }
}
