import PlanCore

/// What the caseload views need of one citizen, derived from the document and kept in the index so
/// that listing 10,000 citizens never decodes 10,000 documents. An immutable class: lists of 10,000 are
/// filtered and sorted often, and copying a reference is far cheaper than copying seventeen fields.
public final class CitizenSummary: Sendable {
    public let id: CitizenID
    public let name: String
    /// DDMMYY-XXXX: the index never holds a whole CPR number.
    public let cprMasked: String?
    public let targetGroup: TargetGroup
    public let coordinator: String
    public let status: CaseStatus
    public let consent: Consent.State
    public let nextFollowUp: CalendarDate?
    public let created: CalendarDate
    public let updated: CalendarDate
    public let lastMeasurement: CalendarDate?
    /// The citizen's own average scores of their latest measurements, oldest first (at most `trendLength`).
    public let trend: [Double]
    /// Active goals per section, 16 bits each (an array of four would cost eighty bytes a citizen).
    private let goalCounts: UInt64
    public let mentorPeriodEnd: CalendarDate?
    public let revision: Int
    /// What only one row at a time needs (the detail pane, a report, an import's CPR check), kept as
    /// the index holds it: the CPR digest, the overall goal, the goal titles and the contact history,
    /// escaped and tab-separated, decoded when asked for. One string instead of a dozen per citizen
    /// is most of what lets 50,000 citizens fit in a small process; read from the index, it stays in
    /// the file until asked for.
    package let details: any SummaryDetails

    public static let trendLength = 12

    package init(id: CitizenID, name: String, cprMasked: String?, targetGroup: TargetGroup, coordinator: String, status: CaseStatus,
         consent: Consent.State, nextFollowUp: CalendarDate?, created: CalendarDate, updated: CalendarDate,
         lastMeasurement: CalendarDate?, trend: [Double], activeGoals: [Int], mentorPeriodEnd: CalendarDate?,
         revision: Int, details: any SummaryDetails) {
        self.id = id
        self.name = name
        self.cprMasked = cprMasked
        self.targetGroup = targetGroup
        self.coordinator = coordinator
        self.status = status
        self.consent = consent
        self.nextFollowUp = nextFollowUp
        self.created = created
        self.updated = updated
        self.lastMeasurement = lastMeasurement
        self.trend = trend
        goalCounts = activeGoals.prefix(4).enumerated().reduce(0) { packed, item in
            packed | UInt64(UInt16(clamping: item.element)) << (16 * UInt64(item.offset))
        }
        self.mentorPeriodEnd = mentorPeriodEnd
        self.revision = revision
        self.details = details
    }

    /// What list order sorts by in Danish name order (then the id): the coordinator, then the name.
    /// The index keeps its rows in this order, and `list` prints them so.
    public var listOrderName: String { coordinator + "\u{0}" + name }

    /// Active goals per section: employment, social, family, mentor.
    public var activeGoals: [Int] { (0..<4).map { Int((goalCounts >> (16 * UInt64($0))) & 0xFFFF) } }

    /// A keyed digest of the CPR number (under the store's key), to find a second citizen with the
    /// same number without keeping the number; nil where no key was at hand.
    public var cprDigest: String? { details.cprDigest }

    /// The overall goal, for the dashboard's detail pane.
    public var overallGoal: String { details.overallGoal }

    /// The active goals' titles (at most six), for the dashboard's detail pane.
    public var goalTitles: [String] { details.goalTitles }

    /// The summary of a case file; `cprDigest` is the store's keyed digest of the CPR number, where it has one.
    /// - Parameter instrument: says which scores are the citizen's own: the trend is theirs alone.
    public convenience init(_ file: CaseFile, instrument: Instrument, cprDigest: String? = nil) {
        self.init(file, instrument: instrument, details: HeldDetails(file, cprDigest: cprDigest))
    }

    /// The summary of a case file with its details as the store keeps them.
    package convenience init(_ file: CaseFile, instrument: Instrument, details: any SummaryDetails) {
        let measurements = file.measurementsByDate
        // The citizen's own scores: BIP asked the caseworker apart, and their belief is never averaged in.
        let own = instrument.keys(of: .citizen)
        self.init(
            id: file.id, name: file.citizen.name, cprMasked: file.citizen.cpr?.masked, targetGroup: file.citizen.targetGroup,
            coordinator: file.citizen.coordinator, status: file.status, consent: file.consent.state,
            nextFollowUp: file.nextFollowUp, created: file.created, updated: file.updated,
            lastMeasurement: measurements.last?.date,
            trend: Array(measurements.compactMap { $0.average(of: own) }.suffix(CitizenSummary.trendLength)),
            activeGoals: PlanSection.allCases.map { file.sections[$0].activeGoalCount },
            mentorPeriodEnd: file.mentorAgreement?.periods.map(\.end).max(),
            revision: file.revision,
            details: details)
    }

    /// What the contact rules and the team overview need: status changes and held meetings. Read
    /// from where the store keeps them on each call; what cannot be read counts as none.
    public var contactHistory: ContactHistory {
        details.contactHistory(created: created) ?? ContactHistory(created: created, statusChanges: [], held: [])
    }

    /// When a paused or closed case was paused (until when) or closed; nil for an active case.
    public var lastStatusChange: StatusChange? { status == .active ? nil : contactHistory.statusChanges.last }

    /// The citizen's line in the compliance report for [from, to].
    public func compliance(rules: [ContactRule], from: CalendarDate, to: CalendarDate) -> ComplianceLine {
        Compliance.line(id: id, name: name, coordinator: coordinator, targetGroup: targetGroup, history: contactHistory,
                        rules: rules, from: from, to: to)
    }

    /// A paused or closed case has no follow-up due.
    public func followUpState(today: CalendarDate) -> FollowUpState {
        FollowUpState(next: status.isActive ? nextFollowUp : nil, today: today)
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
    public let id: String
    public let path: String
    public let reason: String

    public init(id: String, path: String, reason: String) {
        self.id = id
        self.path = path
        self.reason = reason
    }
}

/// The caseload as the store sees it: readable citizens and the documents it could not read.
public struct Caseload: Sendable {
    public let citizens: [CitizenSummary]
    public let damaged: [DamagedDocument]
    /// `citizens` are in list order (coordinator, then Danish name order, then id): `list` prints
    /// them as they are.
    public let inListOrder: Bool
    /// Set when only this coordinator's citizens were read (everyone's follow in a second read when a command needs them).
    public let onlyCoordinator: String?

    public init(citizens: [CitizenSummary], damaged: [DamagedDocument], inListOrder: Bool = false,
                onlyCoordinator: String? = nil) {
        self.citizens = citizens
        self.damaged = damaged
        self.inListOrder = inListOrder
        self.onlyCoordinator = onlyCoordinator
    }
}

extension CitizenSummary {
    /// The citizen's deadlines, from what the index keeps (no document is read).
    public func deadlines(_ catalogues: Catalogues, today: CalendarDate) -> [Deadline] {
        Deadlines.of(DeadlineFacts(id: id, name: name, coordinator: coordinator, targetGroup: targetGroup, status: status,
                                   nextFollowUp: nextFollowUp, history: contactHistory, lastMeasurement: lastMeasurement,
                                   mentorPeriodEnd: mentorPeriodEnd), catalogues: catalogues, today: today)
    }
}

extension Sequence where Element == CitizenSummary {
    /// Every deadline of these citizens up to `horizon` (overdue ones always), overdue first.
    public func deadlines(_ catalogues: Catalogues, today: CalendarDate, until horizon: CalendarDate) -> [Deadline] {
        Deadlines.sorted(flatMap { $0.deadlines(catalogues, today: today) }.filter { $0.date <= horizon })
    }
}

extension CitizenSummary {
    /// The benefit's start and the first day of absence, where recorded.
    public var contactAnchors: (benefitStart: CalendarDate?, firstAbsenceDay: CalendarDate?) { details.contactAnchors() }
}
