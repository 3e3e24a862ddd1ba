/// Where a citizen's next follow-up stands, as of a given day.
public enum FollowUpState: Equatable, Sendable, Comparable {
    /// Overdue by this many days (at least 1).
    case overdue(days: Int)
    case dueToday
    /// Due within the next seven days.
    case dueThisWeek(inDays: Int)
    case scheduled(inDays: Int)
    case notScheduled

    public init(next: CalendarDate?, today: CalendarDate) {
        guard let next else {
            self = .notScheduled
            return
        }
        let delta = today.days(until: next)
        switch delta {
        case ..<0: self = .overdue(days: -delta)
        case 0: self = .dueToday
        case 1...7: self = .dueThisWeek(inDays: delta)
        default: self = .scheduled(inDays: delta)
        }
    }

    /// Most urgent first: the order a dashboard sorts by.
    var urgency: Int {
        switch self {
        case let .overdue(days): return -1_000_000 - days
        case .dueToday: return 0
        case let .dueThisWeek(d): return d
        case let .scheduled(d): return d
        case .notScheduled: return 10_000_000
        }
    }

    public static func < (l: FollowUpState, r: FollowUpState) -> Bool { l.urgency < r.urgency }

    public var isOverdue: Bool {
        if case .overdue = self { return true }
        return false
    }

    /// Due today or within the week (not overdue).
    public var isDueSoon: Bool {
        switch self {
        case .dueToday, .dueThisWeek: return true
        default: return false
        }
    }
}

/// Where the current mentor period stands.
public enum MentorPeriodState: Equatable, Sendable {
    case none
    case running(endsInDays: Int)
    /// Ends within the warning window: renew or close it.
    case endingSoon(endsInDays: Int)
    case expired(daysAgo: Int)

    public static let warningDays = 21

    public init(agreement: MentorAgreement?, today: CalendarDate) {
        self.init(lastEnd: agreement?.periods.map(\.end).max(), today: today)
    }

    /// - Parameter lastEnd: the end of the latest mentor period, if there is one.
    public init(lastEnd: CalendarDate?, today: CalendarDate) {
        guard let lastEnd else {
            self = .none
            return
        }
        let left = today.days(until: lastEnd)
        if left < 0 {
            self = .expired(daysAgo: -left)
        } else if left <= MentorPeriodState.warningDays {
            self = .endingSoon(endsInDays: left)
        } else {
            self = .running(endsInDays: left)
        }
    }

    public var needsAttention: Bool {
        if case .endingSoon = self { return true }
        return false
    }
}

/// Progression is measured about every three months; longer than that is overdue.
public enum MeasurementState: Equatable, Sendable {
    case upToDate(lastOn: CalendarDate)
    case overdue(since: CalendarDate)
    case never

    public static let intervalMonths = 3

    /// - Parameters:
    ///   - last: the latest measurement's date.
    ///   - planStart: when the plan began; a plan younger than the interval is not yet overdue.
    public init(last: CalendarDate?, planStart: CalendarDate, today: CalendarDate) {
        let reference = last ?? planStart
        let due = reference.adding(months: MeasurementState.intervalMonths)
        if today > due {
            self = .overdue(since: due)
        } else if let last {
            self = .upToDate(lastOn: last)
        } else {
            self = .never
        }
    }

    public var isOverdue: Bool {
        if case .overdue = self { return true }
        return false
    }
}

extension CaseFile {
    public func followUpState(today: CalendarDate) -> FollowUpState {
        FollowUpState(next: nextFollowUp, today: today)
    }

    public func mentorPeriodState(today: CalendarDate) -> MentorPeriodState {
        MentorPeriodState(agreement: mentorAgreement, today: today)
    }

    public func measurementState(today: CalendarDate) -> MeasurementState {
        MeasurementState(last: lastMeasurement?.date, planStart: created, today: today)
    }
}

/// The trend of a series of scores: whether the citizen is progressing.
public enum Trend: String, Equatable, Sendable, Codable {
    case rising, steady, falling, unknown

    /// Compares the last value with the one before; a change under `tolerance` is steady.
    public init(_ values: [Double], tolerance: Double = 0.25) {
        guard values.count >= 2, let last = values.last else {
            self = .unknown
            return
        }
        let before = values[values.count - 2]
        if last - before > tolerance {
            self = .rising
        } else if before - last > tolerance {
            self = .falling
        } else {
            self = .steady
        }
    }
}
