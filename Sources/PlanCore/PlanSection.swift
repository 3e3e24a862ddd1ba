/// The four sections of the one plan.
public enum PlanSection: String, CaseIterable, Codable, Sendable, Comparable {
    case employment, social, family, mentor

    public var danishName: String {
        switch self {
        case .employment: return "Beskæftigelse"
        case .social: return "Socialt"
        case .family: return "Familie"
        case .mentor: return "Mentor"
        }
    }

    public var englishName: String {
        switch self {
        case .employment: return "Employment"
        case .social: return "Social"
        case .family: return "Family"
        case .mentor: return "Mentor"
        }
    }

    /// One letter for dense columns: E S F M.
    public var letter: Character {
        switch self {
        case .employment: return "E"
        case .social: return "S"
        case .family: return "F"
        case .mentor: return "M"
        }
    }

    /// Position in the plan: employment first, mentor last.
    public var order: Int {
        switch self {
        case .employment: return 0
        case .social: return 1
        case .family: return 2
        case .mentor: return 3
        }
    }

    public static func < (l: PlanSection, r: PlanSection) -> Bool { l.order < r.order }
}

public enum GoalStatus: String, CaseIterable, Codable, Sendable {
    case active, achieved, dropped
}

public struct SubGoal: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var title: String
    public var status: GoalStatus
    public var created: CalendarDate
    /// When the status last changed (achieved or dropped).
    public var statusDate: CalendarDate?

    public init(id: ItemID, title: String, status: GoalStatus = .active, created: CalendarDate,
                statusDate: CalendarDate? = nil) {
        self.id = id
        self.title = title
        self.status = status
        self.created = created
        self.statusDate = statusDate
    }
}

public struct Goal: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var title: String
    public var status: GoalStatus
    public var created: CalendarDate
    public var statusDate: CalendarDate?
    public var subGoals: [SubGoal]
    /// Optional per-goal progress: where the citizen is now and where they expect to be (same scale
    /// as the instrument).
    public var currentLevel: Int?
    public var expectedLevel: Int?
    public var note: String
    /// The finding of the joint assessment the goal grew out of, if any.
    public var origin: GoalOrigin?

    public init(id: ItemID, title: String, status: GoalStatus = .active, created: CalendarDate,
                statusDate: CalendarDate? = nil, subGoals: [SubGoal] = [], currentLevel: Int? = nil,
                expectedLevel: Int? = nil, note: String = "", origin: GoalOrigin? = nil) {
        self.origin = origin
        self.id = id
        self.title = title
        self.status = status
        self.created = created
        self.statusDate = statusDate
        self.subGoals = subGoals
        self.currentLevel = currentLevel
        self.expectedLevel = expectedLevel
        self.note = note
    }
}

public enum EffortStatus: String, CaseIterable, Codable, Sendable {
    case planned, active, ended, cancelled
}

/// An effort (indsats), ideally an offer from the municipality's catalogue.
public struct Effort: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var title: String
    /// The catalogue offer it was chosen from, if any.
    public var offerID: String?
    public var provider: String
    public var responsible: String
    public var legalBasis: String
    public var start: CalendarDate
    public var end: CalendarDate?
    public var status: EffortStatus
    /// The goals this effort serves.
    public var goalIDs: [ItemID]
    /// The department that delivers it (a key of the department catalogue); nil: its offer's or its
    /// section's.
    public var department: String?
    /// The day the citizen asked for it, where a guarantee counts from the request (treatment for
    /// drug use begins within 14 days of it: serviceloven § 101, stk. 2); nil: not recorded.
    public var requested: CalendarDate?

    public init(id: ItemID, title: String, offerID: String? = nil, provider: String = "", responsible: String = "",
                legalBasis: String = "", start: CalendarDate, end: CalendarDate? = nil,
                status: EffortStatus = .active, goalIDs: [ItemID] = [], department: String? = nil, requested: CalendarDate? = nil) {
        self.requested = requested
        self.department = department
        self.id = id
        self.title = title
        self.offerID = offerID
        self.provider = provider
        self.responsible = responsible
        self.legalBasis = legalBasis
        self.start = start
        self.end = end
        self.status = status
        self.goalIDs = goalIDs
    }
}

/// One of the four sections of a plan.
public struct SectionPlan: Equatable, Sendable, Codable {
    public var goals: [Goal]
    public var efforts: [Effort]
    /// The caseworker responsible for this area.
    public var responsible: String
    public var notes: String

    public init(goals: [Goal] = [], efforts: [Effort] = [], responsible: String = "", notes: String = "") {
        self.goals = goals
        self.efforts = efforts
        self.responsible = responsible
        self.notes = notes
    }

    public var activeGoalCount: Int { goals.filter { $0.status == .active }.count }
}
