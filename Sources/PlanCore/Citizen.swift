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

    public init(id: CitizenID, name: String, cpr: CPRNumber? = nil, phone: String = "", email: String = "",
                address: String = "", targetGroup: TargetGroup, coordinator: String) {
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
    /// The departments that may share information, in the coordinator's words.
    public var scope: [String]
    public var note: String

    public init(state: State = .notRecorded, date: CalendarDate? = nil, scope: [String] = [], note: String = "") {
        self.state = state
        self.date = date
        self.scope = scope
        self.note = note
    }
}
