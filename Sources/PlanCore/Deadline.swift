/// A day by which something is due for a citizen: a follow-up agreed with them, the first meeting or
/// the next meeting their contact course requires, the end of a mentor period, a progression
/// measurement. Each says the rule it comes from and, where the rule is law, where in the law.
public struct Deadline: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case followUp = "follow-up"
        case firstMeeting = "first-meeting"
        case contactCourse = "contact-course"
        case mentorPeriodEnds = "mentor-period-ends"
        case measurement
        /// An effort with a start guarantee, asked for and not begun (serviceloven § 101, stk. 2).
        case treatmentStart = "treatment-start"
    }

    public var date: CalendarDate
    public var citizen: CitizenID
    public var name: String
    public var coordinator: String
    public var kind: Kind
    /// The rule in the catalogue's words; empty where the date was agreed with the citizen.
    public var rule: String
    /// Where the rule is in the law; nil for an agreement or local practice.
    public var source: LegalSource?

    public init(date: CalendarDate, citizen: CitizenID, name: String, coordinator: String, kind: Kind, rule: String,
                source: LegalSource?) {
        self.date = date
        self.citizen = citizen
        self.name = name
        self.coordinator = coordinator
        self.kind = kind
        self.rule = rule
        self.source = source
    }

    public func isOverdue(on today: CalendarDate) -> Bool { date < today }
}

/// What one citizen's case holds that deadlines are computed from: little enough to be kept in the
/// caseload's index, so every deadline of a caseload is found without reading a document.
public struct DeadlineFacts: Sendable {
    public var id: CitizenID
    public var name: String
    public var coordinator: String
    public var targetGroup: TargetGroup
    public var status: CaseStatus
    public var nextFollowUp: CalendarDate?
    public var history: ContactHistory
    public var lastMeasurement: CalendarDate?
    public var mentorPeriodEnd: CalendarDate?

    public init(id: CitizenID, name: String, coordinator: String, targetGroup: TargetGroup, status: CaseStatus,
                nextFollowUp: CalendarDate?, history: ContactHistory, lastMeasurement: CalendarDate?, mentorPeriodEnd: CalendarDate?) {
        self.id = id
        self.name = name
        self.coordinator = coordinator
        self.targetGroup = targetGroup
        self.status = status
        self.nextFollowUp = nextFollowUp
        self.history = history
        self.lastMeasurement = lastMeasurement
        self.mentorPeriodEnd = mentorPeriodEnd
    }
}

public enum Deadlines {
    /// Every deadline of an active case on `today`; a paused or closed case has none. The contact course's next
    /// meeting falls one rule interval (`months` divided by `meetings`) after the last counted meeting
    /// (or the plan's start), and a first meeting the rule wants within some weeks is due that many
    /// weeks after the plan's start until one is held.
    public static func of(_ f: DeadlineFacts, catalogues: Catalogues, today: CalendarDate) -> [Deadline] {
        guard f.status.isActive else { return [] }
        func deadline(_ date: CalendarDate, _ kind: Deadline.Kind, _ rule: String, _ source: LegalSource?) -> Deadline {
            Deadline(date: date, citizen: f.id, name: f.name, coordinator: f.coordinator, kind: kind, rule: rule, source: source)
        }
        var found: [Deadline] = []
        if let next = f.nextFollowUp { found.append(deadline(next, .followUp, "", nil)) }
        if let rule = ContactRule.inForce(for: f.targetGroup, on: today, in: catalogues.contactRules), rule.meetings > 0, rule.months > 0 {
            let counted = Set(rule.counts)
            let anchor = f.history.start(for: rule)
            let held = f.history.held.filter { counted.contains($0.kind) && $0.date >= anchor }.map(\.date)
            if let weeks = rule.firstWithinWeeks, (0..<520).contains(weeks), held.isEmpty {
                found.append(deadline(anchor.adding(days: weeks * 7), .firstMeeting, rule.source, rule.citation))
            }
            let interval = Int(Double(rule.months) * 30.4375 / Double(rule.meetings))
            let next = (held.max() ?? anchor).adding(days: interval)
            // After a first-months rule's window, the follow-up is agreed with the citizen, not required.
            if (1..<3_650).contains(interval), rule.windowEnd(from: anchor).map({ next < $0 }) ?? true {
                found.append(deadline(next, .contactCourse, rule.source, rule.citation))
            }
        }
        // A period that has ended is history, not a deadline missed.
        if let end = f.mentorPeriodEnd, end >= today {
            let mentor = catalogues.legalBasis("LAB § 167", on: end)
            found.append(deadline(end, .mentorPeriodEnds, mentor?.description ?? "", mentor?.source))
        }
        // A guarantee counts from the request, under the basis in force that day; a catalogue may say anything.
        for asked in f.history.requested {
            guard let basis = catalogues.legalBasis(asked.legalBasis, on: asked.day), let days = basis.startWithinDays,
                  (0..<3_650).contains(days) else { continue }
            found.append(deadline(asked.day.adding(days: days), .treatmentStart,
                                  "\(asked.title): \(basis.reference), \(basis.description)", basis.source))
        }
        let measured = (f.lastMeasurement ?? f.history.created).adding(months: MeasurementState.intervalMonths)
        found.append(deadline(measured, .measurement, "", nil))
        return found
    }

    /// Overdue first (the oldest first), then by date; a day's deadlines by name and kind.
    public static func sorted(_ deadlines: [Deadline]) -> [Deadline] {
        NameOrder.sorted(deadlines, first: \.date, name: { $0.name + "\u{0}" + String(Deadline.Kind.allCases.firstIndex(of: $0.kind) ?? 0) })
    }
}
