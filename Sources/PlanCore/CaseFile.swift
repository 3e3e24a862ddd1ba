/// Everything kept about one citizen: who they are and their one plan with its whole history.
/// The store keeps one document of this per citizen.
public struct CaseFile: Equatable, Sendable, Codable {
    /// The document format this code writes. Older formats are read and upgraded; newer are refused.
    public static let currentFormatVersion = 4

    public var formatVersion: Int
    /// Increases by one on every save; a save based on an older revision is a conflict.
    public var revision: Int
    public var citizen: Citizen
    public var status: CaseStatus
    public var statusHistory: [StatusChange]
    public var consent: Consent
    public var consentHistory: [Consent]
    /// "Hvad er vigtigt for mig": the citizen's own goals, in their own words.
    public var ownWords: String
    /// The overall goal, always job- or education-directed.
    public var overallGoal: String
    public var sections: Sections
    public var mentorAgreement: MentorAgreement?
    public var network: [NetworkMember]
    public var meetings: [Meeting]
    public var measurements: [Measurement]
    /// Joint assessments (format 2).
    @OrEmpty public var assessments: [Assessment]
    /// Case notes (format 3): what was learnt by phone, e-mail, in conversation or from a partner.
    @OrEmpty public var notes: [CaseNote]
    /// Decisions on efforts (format 4), oldest first.
    @OrEmpty public var decisions: [Decision]
    public var revisions: [PlanRevision]
    /// The next follow-up agreed with the citizen.
    public var nextFollowUp: CalendarDate?
    public var created: CalendarDate
    public var updated: CalendarDate
    public var updatedBy: String
    /// A counter for item ids, so ids stay unique within the document even after deletions.
    public var nextItemNumber: Int

    public init(citizen: Citizen, created: CalendarDate, createdBy: String) {
        formatVersion = CaseFile.currentFormatVersion
        revision = 0
        self.citizen = citizen
        status = .active
        statusHistory = [StatusChange(date: created, status: .active)]
        consent = Consent()
        consentHistory = []
        ownWords = ""
        overallGoal = ""
        sections = Sections()
        mentorAgreement = nil
        network = []
        meetings = []
        measurements = []
        assessments = []
        notes = []
        decisions = []
        revisions = []
        nextFollowUp = nil
        self.created = created
        updated = created
        updatedBy = createdBy
        nextItemNumber = 1
    }

    /// What a revision or an item counter can be: each save adds one, so a value outside this was not
    /// written by enplan (and would overflow at the next save).
    public static let possibleCounts = 0...Int(Int32.max)

    /// A new item id, unique within this document: "g12", "e3", "m40".
    public mutating func makeItemID(prefix: String) -> ItemID {
        defer { nextItemNumber += 1 }
        return prefix + String(nextItemNumber)
    }

    public var id: CitizenID { citizen.id }

    /// Records a consent change and keeps the previous one in the history.
    public mutating func record(consent new: Consent) {
        consentHistory.append(new)
        consent = new
    }

    /// Sets the status without the checks of a `PlanChange.status` (the demo's made-up history).
    public mutating func change(status new: CaseStatus, on date: CalendarDate, note: String = "", until: CalendarDate? = nil) {
        status = new
        statusHistory.append(StatusChange(date: date, status: new, note: note, until: until))
    }

    /// The latest measurement first-to-last, by date.
    public var measurementsByDate: [Measurement] { measurements.sorted { $0.date < $1.date } }

    public var lastMeasurement: Measurement? { measurementsByDate.last }

    /// Each indicator's latest score, from whichever measurement last scored it: an indicator skipped
    /// last time keeps the score it had before, as the timeline shows it.
    public var latestScores: [String: Int] {
        var latest: [String: Int] = [:]
        for m in measurementsByDate {
            for (key, score) in m.scores { latest[key] = score }
        }
        return latest
    }

    /// Active goals per section, in section order.
    public var activeGoalCounts: [PlanSection: Int] {
        Dictionary(uniqueKeysWithValues: PlanSection.allCases.map { ($0, sections[$0].activeGoalCount) })
    }

    /// Finds a goal in any section.
    public func goal(_ id: ItemID) -> (PlanSection, Goal)? {
        for section in PlanSection.allCases {
            if let g = sections[section].goals.first(where: { $0.id == id }) { return (section, g) }
        }
        return nil
    }
}

/// The four sections, addressable by `PlanSection`, encoded with stable keys.
public struct Sections: Equatable, Sendable, Codable {
    public var employment = SectionPlan()
    public var social = SectionPlan()
    public var family = SectionPlan()
    public var mentor = SectionPlan()

    public init() {}

    public subscript(section: PlanSection) -> SectionPlan {
        get {
            switch section {
            case .employment: return employment
            case .social: return social
            case .family: return family
            case .mentor: return mentor
            }
        }
        set {
            switch section {
            case .employment: employment = newValue
            case .social: social = newValue
            case .family: family = newValue
            case .mentor: mentor = newValue
            }
        }
    }
}
