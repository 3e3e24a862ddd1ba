/// How many meetings ordinary rules would require for a target group: `meetings` per `months`,
/// and optionally a first meeting within `firstWithinWeeks` of the start.
public struct ContactRule: Equatable, Sendable, Codable {
    public var targetGroup: TargetGroup
    public var meetings: Int
    public var months: Int
    public var firstWithinWeeks: Int?
    public var source: String

    public init(targetGroup: TargetGroup, meetings: Int, months: Int, firstWithinWeeks: Int? = nil, source: String) {
        self.targetGroup = targetGroup
        self.meetings = meetings
        self.months = months
        self.firstWithinWeeks = firstWithinWeeks
        self.source = source
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

/// One citizen's line in the compliance report.
public struct ComplianceLine: Equatable, Sendable {
    public var citizenID: CitizenID
    public var name: String
    public var coordinator: String
    public var targetGroup: TargetGroup
    public var held: Int
    public var required: Int

    public var difference: Int { held - required }
}

public struct ComplianceTotals: Equatable, Sendable {
    public var citizens: Int
    public var held: Int
    public var required: Int

    /// Held as a share of required; 1.0 when nothing was required.
    public var ratio: Double { required == 0 ? 1 : Double(held) / Double(required) }
}

public enum Compliance {
    /// Meetings held per citizen in [from, to] against the rule for their target group. Only the days the
    /// case was open within the window count towards what is required.
    public static func line(for file: CaseFile, rules: [ContactRule], from: CalendarDate, to: CalendarDate) -> ComplianceLine {
        let held = file.meetings.filter { $0.outcome == .held && from <= $0.date && $0.date <= to }.count
        let start = max(from, file.created)
        var end = to
        if case .closed = file.status, let closedOn = file.statusHistory.last(where: { !$0.status.isOpen })?.date {
            end = min(end, closedOn)
        }
        let days = start <= end ? start.days(until: end) + 1 : 0
        let rule = rules.first { $0.targetGroup == file.citizen.targetGroup }
        return ComplianceLine(citizenID: file.id, name: file.citizen.name, coordinator: file.citizen.coordinator,
                              targetGroup: file.citizen.targetGroup, held: held,
                              required: rule?.required(overDays: days) ?? 0)
    }

    public static func totals<S: Sequence>(_ lines: S) -> ComplianceTotals where S.Element == ComplianceLine {
        var t = ComplianceTotals(citizens: 0, held: 0, required: 0)
        for l in lines {
            t.citizens += 1
            t.held += l.held
            t.required += l.required
        }
        return t
    }
}
