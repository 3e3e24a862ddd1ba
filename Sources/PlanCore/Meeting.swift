public enum MeetingKind: String, CaseIterable, Codable, Sendable {
    case conversation      // samtale
    case followUp = "follow-up"          // opfølgning
    case networkMeeting = "network-meeting" // netværksmøde
    case jointAssessment = "joint-assessment" // fælles udredning
}

public enum MeetingOutcome: String, CaseIterable, Codable, Sendable {
    case planned, held, cancelled
    case noShow = "no-show"
}

/// KL's FSIII follow-up result.
public enum FollowUpResult: String, CaseIterable, Codable, Sendable {
    case continued
    case changedWithinScope = "changed-within-scope"
    case closed
    case reassessment
}

public struct Meeting: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var date: CalendarDate
    public var kind: MeetingKind
    public var participants: [String]
    public var outcome: MeetingOutcome
    public var summary: String
    public var followUpResult: FollowUpResult?
    /// The next follow-up agreed at this meeting.
    public var nextFollowUp: CalendarDate?

    public init(id: ItemID, date: CalendarDate, kind: MeetingKind, participants: [String] = [],
                outcome: MeetingOutcome, summary: String = "", followUpResult: FollowUpResult? = nil,
                nextFollowUp: CalendarDate? = nil) {
        self.id = id
        self.date = date
        self.kind = kind
        self.participants = participants
        self.outcome = outcome
        self.summary = summary
        self.followUpResult = followUpResult
        self.nextFollowUp = nextFollowUp
    }
}

/// A change to the plan, made together with the citizen: who, when, what, why.
public struct PlanRevision: Equatable, Sendable, Codable {
    public var date: CalendarDate
    public var author: String
    public var summary: String
    public var reason: String
    public var withCitizen: Bool

    public init(date: CalendarDate, author: String, summary: String, reason: String = "", withCitizen: Bool = true) {
        self.date = date
        self.author = author
        self.summary = summary
        self.reason = reason
        self.withCitizen = withCitizen
    }
}
