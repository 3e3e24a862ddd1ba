import PlanCore

/// What the caseload views need of one citizen, derived from the document and kept in the index so
/// that listing 10,000 citizens never decodes 10,000 documents.
public struct CitizenSummary: Codable, Equatable, Sendable {
    public var id: CitizenID
    public var name: String
    public var cpr: CPRNumber?
    public var targetGroup: TargetGroup
    public var coordinator: String
    public var status: CaseStatus
    public var consent: Consent.State
    public var nextFollowUp: CalendarDate?
    public var created: CalendarDate
    public var updated: CalendarDate
    public var lastMeasurement: CalendarDate?
    /// Average scores of the latest measurements, oldest first (at most `trendLength`).
    public var trend: [Double]
    /// Active goals per section: employment, social, family, mentor.
    public var activeGoals: [Int]
    public var mentorPeriodEnd: CalendarDate?
    /// The overall goal and the active goals' titles, for the dashboard's detail pane.
    public var overallGoal: String
    public var goalTitles: [String]
    public var revision: Int

    public static let trendLength = 12

    public init(_ file: CaseFile) {
        id = file.id
        name = file.citizen.name
        cpr = file.citizen.cpr
        targetGroup = file.citizen.targetGroup
        coordinator = file.citizen.coordinator
        status = file.status
        consent = file.consent.state
        nextFollowUp = file.nextFollowUp
        created = file.created
        updated = file.updated
        let measurements = file.measurementsByDate
        lastMeasurement = measurements.last?.date
        trend = measurements.suffix(CitizenSummary.trendLength).compactMap(\.average)
        activeGoals = PlanSection.allCases.map { file.sections[$0].activeGoalCount }
        mentorPeriodEnd = file.mentorAgreement?.periods.map(\.end).max()
        overallGoal = file.overallGoal
        goalTitles = PlanSection.allCases.flatMap { s in
            file.sections[s].goals.filter { $0.status == .active }.map { "\(s.letter) \($0.title)" }
        }.prefix(6).map { String($0.prefix(80)) }
        revision = file.revision
    }

    public func followUpState(today: CalendarDate) -> FollowUpState {
        FollowUpState(next: status.isOpen ? nextFollowUp : nil, today: today)
    }

    public func measurementState(today: CalendarDate) -> MeasurementState {
        MeasurementState(last: lastMeasurement, planStart: created, today: today)
    }

    public func mentorPeriodState(today: CalendarDate) -> MentorPeriodState {
        MentorPeriodState(lastEnd: mentorPeriodEnd, today: today)
    }
}

/// A document that could not be read; the rest of the caseload works without it.
public struct DamagedDocument: Equatable, Sendable {
    public var id: String
    public var path: String
    public var reason: String
}

/// The caseload as the store sees it: readable citizens and the documents it could not read.
public struct Caseload: Sendable {
    public var citizens: [CitizenSummary]
    public var damaged: [DamagedDocument]
}
