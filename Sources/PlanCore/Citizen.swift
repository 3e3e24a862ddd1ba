/// Who the plan is for: identity and contact details, kept apart from the plan's content.
public struct Citizen: Equatable, Sendable, Codable {
    public var id: CitizenID
    public var name: String
    public var cpr: CPRNumber?
    public var phone: String
    public var email: String
    public var address: String
    public var targetGroup: TargetGroup
    /// The plan coordinator's user name: the citizen's single entry point.
    public var coordinator: String
    /// The language the citizen reads their plan in; nil: Danish.
    public var language: CitizenLanguage?
    /// For a citizen without a CPR number (the CPR number's birth date otherwise).
    public var birthDate: CalendarDate?

    public init(id: CitizenID, name: String, cpr: CPRNumber? = nil, phone: String = "", email: String = "",
                address: String = "", targetGroup: TargetGroup, coordinator: String,
                language: CitizenLanguage? = nil, birthDate: CalendarDate? = nil) {
        self.language = language
        self.birthDate = birthDate
        self.id = id
        self.name = name
        self.cpr = cpr
        self.phone = phone
        self.email = email
        self.address = address
        self.targetGroup = targetGroup
        self.coordinator = coordinator
    }

    /// The CPR number as screens show it: masked, or empty when none is recorded.
    public var maskedCPR: String { cpr?.masked ?? "" }

    /// The birth date recorded, else the one in the CPR number.
    public var knownBirthDate: CalendarDate? { birthDate ?? cpr?.birthDate }

    /// Whole years of age on `date`, when the birth date is known.
    public func age(on date: CalendarDate) -> Int? {
        guard let born = knownBirthDate else { return nil }
        var years = date.year - born.year
        if (date.month, date.day) < (born.month, born.day) { years -= 1 }
        return years
    }

    /// Under 18 on `date`: the custody holder consents too.
    public func isMinor(on date: CalendarDate) -> Bool { age(on: date).map { $0 < 18 } ?? false }
}

/// The languages a plan can be printed in for the citizen.
public enum CitizenLanguage: String, Codable, Sendable, CaseIterable {
    case da, en
}

/// The custody holder's (forældremyndighedsindehaver's) consent, needed beside a minor's own.
public struct CustodyConsent: Equatable, Sendable, Codable {
    public var name: String
    /// "mor", "far", "værge" …
    public var relation: String
    public var date: CalendarDate

    public init(name: String, relation: String, date: CalendarDate) {
        self.name = name
        self.relation = relation
        self.date = date
    }
}

/// Consent to one holistic plan. Without it there is no one plan, and the screens say so.
public struct Consent: Equatable, Sendable, Codable {
    public enum State: String, Codable, Sendable, CaseIterable {
        case notRecorded = "not-recorded"
        case given
        case withdrawn
    }

    public var state: State
    public var date: CalendarDate?
    /// The departments that may share information: keys of the department catalogue.
    public var scope: [String]
    public var note: String
    /// For a citizen under 18: the custody holder's consent.
    public var custody: CustodyConsent?

    public init(state: State = .notRecorded, date: CalendarDate? = nil, scope: [String] = [], note: String = "",
                custody: CustodyConsent? = nil) {
        self.custody = custody
        self.state = state
        self.date = date
        self.scope = scope
        self.note = note
    }
}
