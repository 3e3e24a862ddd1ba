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

    /// A period of at most six months; renewals are new periods.
    public init(start: CalendarDate, end: CalendarDate) throws(ValidationError) {
        guard start <= end else { throw .endBeforeStart(field: "mentor period") }
        guard end <= start.adding(months: MentorPeriod.maximumMonths) else {
            throw .mentorPeriodTooLong(start: start, end: end)
        }
        self.start = start
        self.end = end
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let s = try c.decode(CalendarDate.self, forKey: .start)
        let e = try c.decode(CalendarDate.self, forKey: .end)
        do {
            try self.init(start: s, end: e)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "\(error)")
        }
    }
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
