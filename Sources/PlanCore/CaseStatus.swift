/// Whether the citizen's case is running.
public enum CaseStatus: Equatable, Sendable, Codable {
    case active
    /// On hold (a hospital stay, a leave): no follow-ups are due and no meetings are required.
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

    public var isActive: Bool { self == .active }

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

/// Why a case was closed: a fixed catalogue with stable keys, so reports can count them.
public enum ClosureReason: String, CaseIterable, Codable, Sendable {
    case job, education, moved
    case otherMunicipality = "other-municipality"
    case deceased, other

    /// The key or the Danish or English word, as typed on the command line.
    public init?(parsing text: String) {
        let t = text.lowercased().trimmingSpaces
        if let r = ClosureReason(rawValue: t) { self = r; return }
        switch t {
        case "job", "arbejde", "beskæftigelse": self = .job
        case "uddannelse": self = .education
        case "fraflyttet", "flyttet": self = .moved
        case "anden kommune", "other municipality", "kommune": self = .otherMunicipality
        case "død", "afgået ved døden", "dead": self = .deceased
        case "andet": self = .other
        default: return nil
        }
    }
}

/// One change of the case's status, kept in the case's history and shown on the timeline.
public struct StatusChange: Equatable, Sendable, Codable {
    public var date: CalendarDate
    public var status: CaseStatus
    public var note: String
    /// For a pause: when the case is expected to resume.
    public var until: CalendarDate?

    public init(date: CalendarDate, status: CaseStatus, note: String = "", until: CalendarDate? = nil) {
        self.date = date
        self.status = status
        self.note = note
        self.until = until
    }
}

/// The days a case was open and not paused: what contact rules require meetings for.
public struct ActivePeriods: Equatable, Sendable {
    /// Closed ranges of active days, oldest first; the last may run on (nil end).
    public var spans: [(start: CalendarDate, end: CalendarDate?)]

    public init(history: [StatusChange], created: CalendarDate) {
        var spans: [(start: CalendarDate, end: CalendarDate?)] = []
        var start: CalendarDate? = created
        // The first entry is the case's creation; a history that begins otherwise is read as it stands.
        for change in history.sorted(by: { $0.date < $1.date }) {
            if change.status.isActive {
                if start == nil { start = max(change.date, created) }
            } else if let s = start {
                // A pause on day D leaves D itself without the case (the day before was the last active one).
                let end = change.date.adding(days: -1)
                if end >= s { spans.append((s, end)) }
                start = nil
            }
        }
        if let s = start { spans.append((s, nil)) }
        self.spans = spans
    }

    /// Active days within [from, to], both included.
    public func days(from: CalendarDate, to: CalendarDate) -> Int {
        var total = 0
        for span in spans {
            let s = max(span.start, from), e = min(span.end ?? to, to)
            if s <= e { total += s.days(until: e) + 1 }
        }
        return total
    }

    public static func == (l: ActivePeriods, r: ActivePeriods) -> Bool {
        l.spans.count == r.spans.count && zip(l.spans, r.spans).allSatisfy { $0.start == $1.start && $0.end == $1.end }
    }
}

extension CaseFile {
    /// The latest status change: when the case was closed or paused, and until when.
    public var lastStatusChange: StatusChange? { statusHistory.last }

    /// The day the case was closed, if it is closed.
    public var closedOn: CalendarDate? {
        guard !status.isOpen else { return nil }
        return statusHistory.last(where: { !$0.status.isOpen })?.date
    }

    /// Whether the case may go from its status to `new` on `date`: a closed case is reopened before
    /// anything else; a status is not dated before the last change, nor in the future.
    public func checkStatusChange(to new: CaseStatus, on date: CalendarDate, until: CalendarDate?,
                                  today: CalendarDate) throws(ValidationError) {
        switch (status, new) {
        case (.active, .active), (.closed, .closed):
            throw .caseAlready(status.key)
        case (.closed, .paused):
            throw .caseClosed
        default:
            break
        }
        if date > today { throw .inFuture(field: "date") }
        if let last = statusHistory.last?.date, date < last { throw .statusBeforeLastChange(last) }
        if date < created { throw .statusBeforeLastChange(created) }
        if let until, until <= date { throw .endBeforeStart(field: "until") }
    }
}
