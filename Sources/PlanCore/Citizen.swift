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
    /// The day the current benefit began, where a contact rule counts from it.
    public var benefitStart: CalendarDate?
    /// For sickness benefit: the first day of absence, from which the act counts the follow-ups.
    public var firstAbsenceDay: CalendarDate?

    public init(id: CitizenID, name: String, cpr: CPRNumber? = nil, phone: String = "", email: String = "",
                address: String = "", targetGroup: TargetGroup, coordinator: String,
                language: CitizenLanguage? = nil, birthDate: CalendarDate? = nil,
                benefitStart: CalendarDate? = nil, firstAbsenceDay: CalendarDate? = nil) {
        self.benefitStart = benefitStart
        self.firstAbsenceDay = firstAbsenceDay
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

/// How consent was given: on paper (or digitally signed) or by word of mouth, noted on the case.
public enum ConsentMedium: String, Codable, Sendable, CaseIterable {
    case written, oral
}

/// Consent to one holistic plan. Without it there is no one plan, and the screens say so. It names the
/// sector plans the holistic plan replaces, who may share what and why, how it was given, and that the
/// citizen was told they may withdraw it; for a minor, every custody holder's consent beside it.
public struct Consent: Equatable, Sendable {
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
    /// The sector plans the holistic plan replaces (keys of the sector plan catalogue); on a withdrawal,
    /// the ones that come back.
    public var replaces: [String]
    /// Why the departments share: what the information is used for.
    public var purpose: String
    /// Written or oral; nil on a consent recorded before enplan asked.
    public var form: ConsentMedium?
    /// Where the written consent, or the note of the oral one, is kept (a journal or document number).
    public var documentReference: String
    /// The citizen was told they may withdraw the consent at any time, and what happens then.
    public var informedOfWithdrawal: Bool
    /// Both parents hold custody: both consent.
    public var jointCustody: Bool
    /// For a citizen under 18: the consent of each custody holder (one, or two with joint custody).
    public var custodyHolders: [CustodyConsent]

    public init(state: State = .notRecorded, date: CalendarDate? = nil, scope: [String] = [], note: String = "",
                replaces: [String] = [], purpose: String = "", form: ConsentMedium? = nil, documentReference: String = "",
                informedOfWithdrawal: Bool = false, jointCustody: Bool = false, custodyHolders: [CustodyConsent] = []) {
        self.state = state
        self.date = date
        self.scope = scope
        self.note = note
        self.replaces = replaces
        self.purpose = purpose
        self.form = form
        self.documentReference = documentReference
        self.informedOfWithdrawal = informedOfWithdrawal
        self.jointCustody = jointCustody
        self.custodyHolders = custodyHolders
    }

    public static let maximumHolders = 2
}

extension Consent: Codable {
    enum CodingKeys: String, CodingKey {
        case state, date, scope, note, replaces, purpose, form, documentReference, informedOfWithdrawal, jointCustody, custodyHolders
        /// Format 2 and 3 kept one custody holder under this key.
        case custody
    }

    /// Reads every format: what an older one did not record reads as not recorded, and its one custody
    /// holder as the list's first.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        state = try c.decode(State.self, forKey: .state)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        scope = try c.decodeIfPresent([String].self, forKey: .scope) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
        replaces = try c.decodeIfPresent([String].self, forKey: .replaces) ?? []
        purpose = try c.decodeIfPresent(String.self, forKey: .purpose) ?? ""
        form = try c.decodeIfPresent(ConsentMedium.self, forKey: .form)
        documentReference = try c.decodeIfPresent(String.self, forKey: .documentReference) ?? ""
        informedOfWithdrawal = try c.decodeIfPresent(Bool.self, forKey: .informedOfWithdrawal) ?? false
        jointCustody = try c.decodeIfPresent(Bool.self, forKey: .jointCustody) ?? false
        if let holders = try c.decodeIfPresent([CustodyConsent].self, forKey: .custodyHolders) {
            custodyHolders = holders
        } else {
            custodyHolders = try c.decodeIfPresent(CustodyConsent.self, forKey: .custody).map { [$0] } ?? []
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(scope, forKey: .scope)
        try c.encode(note, forKey: .note)
        try c.encode(replaces, forKey: .replaces)
        try c.encode(purpose, forKey: .purpose)
        try c.encodeIfPresent(form, forKey: .form)
        try c.encode(documentReference, forKey: .documentReference)
        try c.encode(informedOfWithdrawal, forKey: .informedOfWithdrawal)
        try c.encode(jointCustody, forKey: .jointCustody)
        try c.encode(custodyHolders, forKey: .custodyHolders)
    }
}
