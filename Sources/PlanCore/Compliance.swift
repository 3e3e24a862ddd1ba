/// How many meetings ordinary rules would require for a target group: `meetings` per `months`,
/// and optionally a first meeting within `firstWithinWeeks` of the start.
public struct ContactRule: Equatable, Sendable, Codable, DatedEntry {
    public var targetGroup: TargetGroup
    public var meetings: Int
    public var months: Int
    public var firstWithinWeeks: Int?
    /// Which held meetings count; nil means `ContactRule.defaultCountedKinds`.
    public var countedKinds: [MeetingKind]?
    /// The rule in words.
    public var source: String
    /// Where it is in the law; nil for local practice.
    public var citation: LegalSource?
    /// The first day the rule applies; nil: since before any case enplan holds.
    public var validFrom: CalendarDate?
    /// The last day it applies; nil while it is in force. Next year's act is a new rule for the same
    /// target group from its first day, and this one ends the day before.
    public var validTo: CalendarDate?
    /// A rule of the case's first months only ("at least four follow-ups in the first half year"):
    /// nothing is required after this many months from its anchor; nil: throughout.
    public var windowMonths: Int?
    /// What the window and the first meeting count from; nil: the plan's start.
    public var anchor: Anchor?
    /// The share of the target group that must meet the rule (0.75: "mindst 75 pct."); nil: every person.
    public var groupShare: Double?

    public enum Anchor: String, Codable, Sendable {
        case planStart = "plan-start"
        case benefitStart = "benefit-start"
        case firstAbsenceDay = "first-absence-day"
    }

    /// Meetings with the citizen: a conversation or a follow-up. A joint assessment or a network
    /// meeting is work about the citizen, often without them, and counts only where a rule says so.
    public static let defaultCountedKinds: [MeetingKind] = [.conversation, .followUp]

    public init(targetGroup: TargetGroup, meetings: Int, months: Int, firstWithinWeeks: Int? = nil,
                countedKinds: [MeetingKind]? = nil, source: String, citation: LegalSource? = nil,
                validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil, windowMonths: Int? = nil, anchor: Anchor? = nil,
                groupShare: Double? = nil) {
        self.groupShare = groupShare
        self.citation = citation
        self.windowMonths = windowMonths
        self.anchor = anchor
        self.validFrom = validFrom
        self.validTo = validTo
        self.targetGroup = targetGroup
        self.meetings = meetings
        self.months = months
        self.firstWithinWeeks = firstWithinWeeks
        self.countedKinds = countedKinds
        self.source = source
    }

    public var counts: [MeetingKind] { countedKinds ?? ContactRule.defaultCountedKinds }

    /// The first day after a first-months rule's window that begins at `anchor`; nil for a rule of
    /// every month.
    public func windowEnd(from anchor: CalendarDate) -> CalendarDate? {
        windowMonths.map { anchor.adding(months: min(max(0, $0), 1_200)) }
    }

    /// The rule for `group` in force on `day`.
    public static func inForce(for group: TargetGroup, on day: CalendarDate, in rules: [ContactRule]) -> ContactRule? {
        rules.first { $0.targetGroup == group && $0.isInForce(on: day) }
    }

    /// Meetings required over `days` days: the rule's rate, rounded to the nearest whole meeting.
    public func required(overDays days: Int) -> Int {
        guard months > 0, meetings > 0, days > 0 else { return 0 }
        let periodDays = Double(months) * 30.4375
        let required = (Double(meetings) * Double(days) / periodDays).rounded(.toNearestOrAwayFromZero)
        // A rule file may say anything: an absurd rate is capped, never a trap.
        return required.isFinite ? Int(min(required, 1_000_000)) : 0
    }
}

/// What the contact rules look at in one case: when it began, when it was open, and the meetings
/// held. Small enough to keep in the caseload index, so reports need not read every document.
public struct ContactHistory: Equatable, Sendable {
    public struct HeldMeeting: Equatable, Sendable {
        public var date: CalendarDate
        public var kind: MeetingKind

        public init(date: CalendarDate, kind: MeetingKind) {
            self.date = date
            self.kind = kind
        }
    }

    public var created: CalendarDate
    /// Status changes in order (notes left out).
    public var statusChanges: [StatusChange]
    public var held: [HeldMeeting]
    /// The days a rule may count from instead of the plan's start, where they are recorded.
    public var benefitStart: CalendarDate?
    public var firstAbsenceDay: CalendarDate?
    /// Efforts the citizen asked for that have not begun: a guarantee may count from the request.
    public var requested: [RequestedEffort]

    /// An effort asked for and planned, not yet begun: the day of the request and the legal basis.
    public struct RequestedEffort: Equatable, Sendable {
        public var day: CalendarDate
        public var legalBasis: String
        public var title: String

        public init(day: CalendarDate, legalBasis: String, title: String) {
            self.day = day
            self.legalBasis = legalBasis
            self.title = title
        }
    }

    public init(created: CalendarDate, statusChanges: [StatusChange], held: [HeldMeeting],
                benefitStart: CalendarDate? = nil, firstAbsenceDay: CalendarDate? = nil, requested: [RequestedEffort] = []) {
        self.requested = requested
        self.created = created
        self.statusChanges = statusChanges
        self.held = held
        self.benefitStart = benefitStart
        self.firstAbsenceDay = firstAbsenceDay
    }

    /// The day `rule` counts its window and first meeting from: its anchor where recorded, else the
    /// plan's start.
    public func start(for rule: ContactRule?) -> CalendarDate {
        switch rule?.anchor ?? .planStart {
        case .planStart: return created
        case .benefitStart: return benefitStart ?? created
        case .firstAbsenceDay: return firstAbsenceDay ?? created
        }
    }
}

extension CaseFile {
    public var contactHistory: ContactHistory {
        ContactHistory(created: created,
                       statusChanges: statusHistory.map { StatusChange(date: $0.date, status: $0.status, until: $0.until) },
                       held: meetings.filter { $0.outcome == .held }.map { .init(date: $0.date, kind: $0.kind) },
                       benefitStart: citizen.benefitStart, firstAbsenceDay: citizen.firstAbsenceDay,
                       requested: PlanSection.allCases.flatMap { s in
                           sections[s].efforts.compactMap { e in
                               e.status == .planned ? e.requested.map { .init(day: $0, legalBasis: e.legalBasis, title: e.title) } : nil
                           }
                       })
    }
}

/// Whether the first meeting came within the weeks a rule allows.
public enum FirstContact: Equatable, Sendable {
    /// The rule has none, or the case began before the period.
    case notApplicable
    case met(onDay: CalendarDate)
    /// The deadline passed without a counted meeting (or the first came late).
    case missed(due: CalendarDate)
    /// Not yet due.
    case pending(due: CalendarDate)
}

/// Whether a citizen's contact course is met: the law asks it of each person.
public enum CourseStatus: String, Sendable, CaseIterable {
    case met
    /// The window is over short of meetings.
    case missed
    /// Short of meetings, but the window is not over yet.
    case pending
}

/// One citizen's line in the compliance report.
public struct ComplianceLine: Equatable, Sendable {
    public var citizenID: CitizenID
    public var name: String
    public var coordinator: String
    public var targetGroup: TargetGroup
    public var held: Int
    public var required: Int
    public var firstContact: FirstContact
    /// The days the line answers for: the report's period, or a first-months rule's own window from its anchor.
    public var window: ClosedRange<CalendarDate>

    public var difference: Int { held - required }

    public func status(today: CalendarDate) -> CourseStatus {
        held >= required ? .met : window.upperBound < today ? .missed : .pending
    }
}

public struct ComplianceTotals: Equatable, Sendable {
    public var citizens: Int
    public var held: Int
    public var required: Int
    public var firstContactMet = 0
    public var firstContactMissed = 0
    /// Citizens whose course is met, missed or pending (`CourseStatus`): the per-person answer, where
    /// held against required is the experiment's group average.
    public var met = 0
    public var missed = 0
    public var pending = 0

    public init(citizens: Int, held: Int, required: Int) {
        self.citizens = citizens
        self.held = held
        self.required = required
    }

    /// Held as a share of required; 1.0 when nothing was required.
    public var ratio: Double { required == 0 ? 1 : Double(held) / Double(required) }

    /// Whether fewer meetings were held than the rules require.
    public var isBelowRequired: Bool { held < required }

    /// The share of the citizens whose course is met; 1.0 for none.
    public var metShare: Double { citizens <= 0 ? 1 : Double(met) / Double(citizens) }

    /// The share met of the citizens whose course is decided (met, or its window over); nil while none is.
    public var decidedMetShare: Double? { met + missed <= 0 ? nil : Double(met) / Double(met + missed) }

    /// Whether at least `share` of the decided citizens met their course (a rule of a share of the
    /// group, `ContactRule.groupShare`); nil while no one's course is decided.
    public func meets(share: Double) -> Bool? { decidedMetShare.map { $0 >= share - 1e-9 } }

    /// Adds a citizen's line, or with `sign` -1 takes it away, its status as of `today`.
    public mutating func add(_ line: ComplianceLine, today: CalendarDate, sign: Int = 1) {
        citizens += sign
        held += sign * line.held
        required += sign * line.required
        switch line.firstContact {
        case .met: firstContactMet += sign
        case .missed: firstContactMissed += sign
        case .pending, .notApplicable: break
        }
        switch line.status(today: today) {
        case .met: met += sign
        case .missed: missed += sign
        case .pending: pending += sign
        }
    }

    /// Adds the totals of other citizens.
    public mutating func add(_ other: ComplianceTotals) {
        citizens += other.citizens
        held += other.held
        required += other.required
        firstContactMet += other.firstContactMet
        firstContactMissed += other.firstContactMissed
        met += other.met
        missed += other.missed
        pending += other.pending
    }
}

public enum Compliance {
    /// Meetings held per citizen in [from, to] against the rule for their target group. Only the days the
    /// case was active (open and not paused) within the window count towards what is required, and only
    /// the meeting kinds the rule counts are held meetings.
    public static func line(for file: CaseFile, rules: [ContactRule], from: CalendarDate, to: CalendarDate) -> ComplianceLine {
        line(id: file.id, name: file.citizen.name, coordinator: file.citizen.coordinator,
             targetGroup: file.citizen.targetGroup, history: file.contactHistory, rules: rules, from: from, to: to)
    }

    public static func line(id: CitizenID, name: String, coordinator: String, targetGroup: TargetGroup,
                            history: ContactHistory, rules: [ContactRule], from: CalendarDate, to: CalendarDate) -> ComplianceLine {
        // Each day under the rule in force that day: a rule that changes within the window requires
        // at its old rate up to the change and at its new rate after it, and a meeting counts if the
        // rule of its own day counts its kind.
        let own = rules.filter { $0.targetGroup == targetGroup }
        let ruleIndex = own.firstIndex { $0.isInForce(on: history.created) } ?? (own.isEmpty ? nil : 0)
        let rule = ruleIndex.map { own[$0] }
        // Each rule's kinds as a set once, not once per meeting: this runs for every citizen of a report.
        let kinds = own.map { Set($0.counts) }
        let usual = ruleIndex.map { kinds[$0] } ?? Set(ContactRule.defaultCountedKinds)
        func counts(_ day: CalendarDate) -> Set<MeetingKind> {
            own.count <= 1 ? usual : own.firstIndex(where: { $0.isInForce(on: day) }).map { kinds[$0] } ?? usual
        }
        let meetings = history.held.filter { counts($0.date).contains($0.kind) }
        let held = meetings.filter { from <= $0.date && $0.date <= to }.count
        let active = ActivePeriods(history: history.statusChanges, created: history.created)
        // The window cut where a rule begins or ends; each piece under the rule in force on its first
        // day (where two overlap, the first in the file wins).
        var cuts = Set([from])
        for r in own {
            if let a = r.validFrom, from < a, a <= to { cuts.insert(a) }
            if let b = r.validTo, from <= b, b < to { cuts.insert(b.adding(days: 1)) }
        }
        let starts = cuts.sorted()
        var required = 0
        for (i, start) in starts.enumerated() where start <= to {
            let end = i + 1 < starts.count ? starts[i + 1].adding(days: -1) : to
            if let r = ContactRule.inForce(for: targetGroup, on: start, in: own) {
                // A rule of the first months counts only the days inside them.
                let anchor = history.start(for: r)
                let last = r.windowEnd(from: anchor)?.adding(days: -1) ?? end
                // A window counts from its anchor, even where the plan began later (a sick leave's first day).
                let first = r.windowMonths == nil ? start : max(start, anchor)
                required += r.required(overDays: windowDays(active, r.windowMonths != nil, from: first, to: min(end, last)))
            }
        }
        // The citizen's window: the period, or the first-months rule in force at its end from its anchor.
        var window = from...max(from, to)
        if let r = ContactRule.inForce(for: targetGroup, on: to, in: own), let end = r.windowEnd(from: history.start(for: r)) {
            let start = history.start(for: r)
            window = start...max(start, end.adding(days: -1))
        }
        var first = FirstContact.notApplicable
        let anchor = history.start(for: rule)
        if let weeks = rule?.firstWithinWeeks, weeks >= 0, weeks < 10_000, from <= anchor, anchor <= to {
            let due = anchor.adding(days: weeks * 7)
            if let firstMeeting = meetings.map(\.date).filter({ $0 >= anchor }).min(), firstMeeting <= min(due, to) {
                first = .met(onDay: firstMeeting)
            } else {
                first = to < due ? .pending(due: due) : .missed(due: due)
            }
        }
        return ComplianceLine(citizenID: id, name: name, coordinator: coordinator, targetGroup: targetGroup, held: held,
                              required: required, firstContact: first, window: window)
    }

    /// The days of [from, to] a rule counts: the case's active days, and for a rule of the first
    /// months also the days before the plan began (a sick leave runs before the plan is made).
    static func windowDays(_ active: ActivePeriods, _ windowed: Bool, from: CalendarDate, to: CalendarDate) -> Int {
        guard from <= to else { return 0 }
        guard windowed, let planStart = active.spans.first?.start, from < planStart else { return active.days(from: from, to: to) }
        let before = from.days(until: min(to, planStart.adding(days: -1))) + 1
        return max(0, before) + active.days(from: planStart, to: to)
    }

    /// The totals of `lines`, each citizen's status as of `today`.
    public static func totals<S: Sequence>(_ lines: S, today: CalendarDate) -> ComplianceTotals where S.Element == ComplianceLine {
        var t = ComplianceTotals(citizens: 0, held: 0, required: 0)
        for l in lines { t.add(l, today: today) }
        return t
    }

    /// The default period of a report: the year up to and including `end`.
    public static func defaultStart(end: CalendarDate) -> CalendarDate { end.adding(months: -12).adding(days: 1) }
}
