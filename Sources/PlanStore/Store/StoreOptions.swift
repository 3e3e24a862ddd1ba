import Foundation
import CaseRecords
import PlanCore

/// How a store is opened.
public struct StoreOptions: Sendable {
    /// Open nothing for writing but the audit trail: the supervisor's mode.
    public var readOnly: Bool
    /// Create and initialise the folder when it does not exist.
    public var createIfMissing: Bool
    /// The day the store writes as "today" in documents.
    public var today: CalendarDate
    /// Settings for a new folder.
    public var initialSettings: StoreSettings
    /// Fault injection for crash tests: the process kills itself with SIGKILL just before the Nth durable
    /// step of a multi-file operation. Never set in normal use.
    public var crashBeforeStep: Int?
    /// `--as NAME`: act as another user, only where the folder's settings allow it (demo and tests).
    public var actingAs: String?
    /// `--audit-dir`: write the audit trail here instead of the data folder's `audit/`.
    public var auditFolder: String?
    /// A team member's session over ssh (`enplan session`): nothing is ever written to a path the
    /// person names; a letter leaves the server only as the output of `letter ID`.
    public var isSession = false
    /// How long the `citizens/` folder must have been still before the index trusts its stamp (see
    /// `SummaryIndex`): longer than the file system clock's tick. Tests set 0 to exercise the trust.
    public var indexSettleNanoseconds: Int64 = 2_000_000_000

    public init(readOnly: Bool = false, createIfMissing: Bool = false, today: CalendarDate,
                initialSettings: StoreSettings = StoreSettings(), crashBeforeStep: Int? = nil, actingAs: String? = nil,
                auditFolder: String? = nil) {
        self.auditFolder = auditFolder
        self.readOnly = readOnly
        self.createIfMissing = createIfMissing
        self.today = today
        self.initialSettings = initialSettings
        self.crashBeforeStep = crashBeforeStep
        self.actingAs = actingAs
    }
}

extension CalendarDate {
    /// Today in the local time zone of this machine.
    public static func today(now: Date = Date()) -> CalendarDate {
        let seconds = Int(now.timeIntervalSince1970) + TimeZone.current.secondsFromGMT(for: now)
        return CalendarDate(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
