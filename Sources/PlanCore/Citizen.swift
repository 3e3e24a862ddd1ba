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

/// Whether the citizen's case is running.
public enum CaseStatus: Equatable, Sendable, Codable {
    case active
    case paused
    case closed(ClosureReason)

    public var key: String {
        switch self {
        case .active: return "active"
        case .paused: return "paused"
        case let .closed(reason): return "closed:" + reason.rawValue
        }
    }

    public init?(key: String) {
        switch key {
        case "active": self = .active
        case "paused": self = .paused
        default:
            guard key.hasPrefix("closed:"), let r = ClosureReason(rawValue: String(key.dropFirst(7))) else {
                return nil
            }
            self = .closed(r)
        }
    }

    public var isOpen: Bool {
        if case .closed = self { return false }
        return true
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let key = try c.decode(String.self)
        guard let status = CaseStatus(key: key) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown case status '\(key)'")
        }
        self = status
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(key)
    }
}

public enum ClosureReason: String, CaseIterable, Codable, Sendable {
    case job, education, moved, other
}

public struct StatusChange: Equatable, Sendable, Codable {
    public var date: CalendarDate
    public var status: CaseStatus
    public var note: String
    public init(date: CalendarDate, status: CaseStatus, note: String = "") {
        self.date = date
        self.status = status
        self.note = note
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
