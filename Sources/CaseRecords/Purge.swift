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

    /// The audit line of a deleted case: its id, dates and where it was archived; no personal data.
    public static func auditDetail(of file: CaseFile, closedOn: CalendarDate, retentionYears: Int, archivedIn package: String?) -> String {
        "purged after retention: created \(file.created.iso), closed \(closedOn.iso), retention \(retentionYears) years; "
            + (package.map { "archived in \($0)" } ?? "not archived (purge_without_archive is set)")
    }

    /// Writes a package for every case still due before anything is deleted: a package that cannot be
    /// written or does not read back whole stops the purge, and nothing is deleted.
    /// - Parameter read: the case as it is now; nil when it is gone.
    public func archive(into archive: CaseArchive, by actor: StoreActor,
                        reading read: (CitizenID) throws(StoreError) -> CaseFile?,
                        auditEntries: (CitizenID) throws(StoreError) -> [AuditEntry]) throws(StoreError) -> [CitizenID: ArchivedCase] {
        var archived: [CitizenID: ArchivedCase] = [:]
        for item in cases {
            guard let file = try read(item.id), stillDue(item, as: file) else { continue }
            let package = try ArchivePackage(of: file, closedOn: item.closedOn, audit: try auditEntries(item.id),
                                             parts: archive.parts)
            archived[item.id] = ArchivedCase(package: try archive.keep(package, by: actor), revision: file.revision)
        }
        return archived
    }

    /// Whether a case may be deleted now: still due, and archived as it is now (a change after its
    /// package was written would be lost), unless the folder purges without archiving.
    /// - Returns: the package to name in the audit line, nil when there is none to name.
    public func deletion(of item: Case, as file: CaseFile, archived: [CitizenID: ArchivedCase]?) -> Deletion {
        guard stillDue(item, as: file) else { return .leaveAlone }
        guard let archived else { return .delete(package: nil) }
        guard let kept = archived[item.id], kept.revision == file.revision else { return .leaveAlone }
        return .delete(package: kept.package)
    }

    public enum Deletion: Equatable {
        case delete(package: String?)
        case leaveAlone
    }
}

/// Where a case's package went, and which revision it holds.
public struct ArchivedCase: Sendable, Equatable {
    public var package: String
    public var revision: Int

    public init(package: String, revision: Int) {
        self.package = package
        self.revision = revision
    }
}

/// What a purge deleted.
public struct PurgeResult: Sendable {
    public var deletedCases: [CitizenID] = []
    /// Cases whose status changed since the list was made: left alone.
    public var skipped: [CitizenID] = []
    public var deletedSegments: [String] = []
    /// The package each deleted case was archived in.
    public var packages: [CitizenID: String] = [:]

    public init() {}
}
