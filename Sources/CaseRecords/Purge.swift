import PlanCore

/// What a purge would delete, as of today and the folder's retention settings.
public struct PurgePlan: Sendable {
    public struct Case: Sendable, Equatable {
        public var id: CitizenID
        public var closedOn: CalendarDate

        public init(id: CitizenID, closedOn: CalendarDate) {
            self.id = id
            self.closedOn = closedOn
        }
    }
    /// Cases closed on or before this day are past retention.
    public var closedOnOrBefore: CalendarDate
    public var cases: [Case]
    /// Audit segments before this month (yyyy-mm) are past retention.
    public var auditBefore: String
    public var auditSegments: [String]

    public init(closedOnOrBefore: CalendarDate, cases: [Case], auditBefore: String, auditSegments: [String]) {
        self.closedOnOrBefore = closedOnOrBefore
        self.cases = cases
        self.auditBefore = auditBefore
        self.auditSegments = auditSegments
    }
}

extension PurgePlan {
    /// Whether a case of the plan may still go as it is now: closed on the same day as when the plan
    /// was made, and that day past retention (one reopened meanwhile is left alone).
    public func stillDue(_ item: Case, as file: CaseFile) -> Bool {
        file.closedOn == item.closedOn && file.closedOn.map { $0 <= closedOnOrBefore } == true
    }

    /// The audit line of a deleted case: its id and dates, no personal data.
    public static func auditDetail(of file: CaseFile, closedOn: CalendarDate, retentionYears: Int) -> String {
        "purged after retention: created \(file.created.iso), closed \(closedOn.iso), retention \(retentionYears) years"
    }
}

/// What a purge deleted.
public struct PurgeResult: Sendable {
    public var deletedCases: [CitizenID] = []
    /// Cases whose status changed since the list was made: left alone.
    public var skipped: [CitizenID] = []
    public var deletedSegments: [String] = []

    public init() {}
}
