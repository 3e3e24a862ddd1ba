/// A mentor agreement (LAB chapter 26). Support is granted in periods of at most six months.
public struct MentorAgreement: Equatable, Sendable, Codable {
    public var purpose: String
    public var mentorName: String
    public var organisation: String
    public var contact: String
    public var tasks: String
    public var hoursPerWeek: Double
    public var periods: [MentorPeriod]

    public init(purpose: String = "", mentorName: String = "", organisation: String = "", contact: String = "",
                tasks: String = "", hoursPerWeek: Double = 0, periods: [MentorPeriod] = []) {
        self.purpose = purpose
        self.mentorName = mentorName
        self.organisation = organisation
        self.contact = contact
        self.tasks = tasks
        self.hoursPerWeek = hoursPerWeek
        self.periods = periods
    }

    /// The period covering `date`, if any.
    public func period(covering date: CalendarDate) -> MentorPeriod? {
        periods.last { $0.start <= date && date <= $0.end }
    }
}

public struct MentorPeriod: Equatable, Sendable, Codable {
    public static let maximumMonths = 6

    public var start: CalendarDate
    public var end: CalendarDate

    /// A period of at most six months, both days counted: 24 March to 23 September; renewals are
    /// new periods.
    public init(start: CalendarDate, end: CalendarDate) throws(ValidationError) {
        guard start <= end else { throw .endBeforeStart(field: "mentor period") }
        guard end <= MentorPeriod.latestEnd(from: start) else {
            throw .mentorPeriodTooLong(start: start, end: end)
        }
        self.start = start
        self.end = end
    }

    /// The last day of a full period that starts on `start`.
    public static func latestEnd(from start: CalendarDate) -> CalendarDate {
        start.adding(months: maximumMonths).adding(days: -1)
    }

    /// A period written before the six-month rule counted both days may be one day longer; it is
    /// read as it is (and `check` reports it) rather than making the whole plan unreadable.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let s = try c.decode(CalendarDate.self, forKey: .start)
        let e = try c.decode(CalendarDate.self, forKey: .end)
        guard s <= e else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "the mentor period ends before it starts")
        }
        start = s
        end = e
    }

    public var isTooLong: Bool { end > MentorPeriod.latestEnd(from: start) }

    public func overlaps(_ other: MentorPeriod) -> Bool { start <= other.end && other.start <= end }
}

/// A person around the citizen: caseworker, GP, mentor, family, employer.
public struct NetworkMember: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var name: String
    public var role: String
    public var contact: String

    public init(id: ItemID, name: String, role: String, contact: String = "") {
        self.id = id
        self.name = name
        self.role = role
        self.contact = contact
    }
}
