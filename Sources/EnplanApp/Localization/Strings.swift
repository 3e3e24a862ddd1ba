import PlanCore

/// Every string the UI and printouts show, in one catalogue. A memberwise struct, so the compiler
/// refuses a language that lacks a string.
public struct Strings: Sendable {
    // General
    public var appName: String
    public var yes: String
    public var no: String
    public var none: String
    public var readOnlyBadge: String
    public var readOnlyRefusal: String

    // Citizen and plan
    public var citizen: String
    public var cpr: String
    public var targetGroup: String
    public var coordinator: String
    public var status: String
    public var consent: String
    public var consentScope: String
    public var nextFollowUp: String
    public var ownWords: String
    public var overallGoal: String
    public var goals: String
    public var subGoals: String
    public var efforts: String
    public var responsible: String
    public var legalBasis: String
    public var provider: String
    public var notes: String
    public var mentorAgreement: String
    public var mentor: String
    public var purpose: String
    public var tasks: String
    public var hoursPerWeek: String
    public var periods: String
    public var network: String
    public var meetings: String
    public var measurements: String
    public var revisions: String
    public var created: String
    public var printTitle: String
    public var printFooter: String

    // Enumerations
    public var consentStates: [Consent.State: String]
    /// Short words for the dashboard's consent column.
    public var consentShort: [Consent.State: String]
    public var goalStatuses: [GoalStatus: String]
    public var effortStatuses: [EffortStatus: String]
    public var meetingKinds: [MeetingKind: String]
    public var meetingOutcomes: [MeetingOutcome: String]
    public var followUpResults: [FollowUpResult: String]
    public var caseStatuses: [String: String]

    // Dashboard
    public var dashboardTitle: String
    public var myCaseload: String
    public var allCaseloads: String
    public var columnName: String
    public var columnCPR: String
    public var columnGroup: String
    public var columnConsent: String
    public var columnFollowUp: String
    public var columnTrend: String
    public var columnGoals: String
    public var columnStatus: String
    public var overdue: String
    public var dueThisWeek: String
    public var total: String
    public var sortedBy: String
    public var sortKeys: [String]
    public var filter: String
    public var onlyOverdue: String
    public var caseloadUnreadable: String
    public var emptyCaseloadTitle: String
    public var emptyCaseloadMine: String
    public var emptyCaseloadAll: String
    public var noMatches: String
    public var damagedDocuments: String
    public var overdueDays: String   // "%d d over"
    public var overdueShort: String  // "+%d d"
    public var today: String
    public var inDays: String        // "om %d d"
    public var notScheduled: String
    public var measurementOverdue: String
    public var mentorEnding: String
    public var auditUnwritable: String   // "%@" the reason
    public var terminalTooSmall: String

    // New citizen
    public var newCitizenTitle: String
    public var fieldName: String
    public var fieldCPR: String
    public var fieldTargetGroup: String
    public var fieldPhone: String
    public var fieldEmail: String
    public var nameRequired: String
    public var cprInvalid: String
    public var cprDuplicate: String      // "%@" the other citizen's name
    public var nameDuplicate: String
    public var citizenCreated: String    // "%@" name
    public var discardTitle: String
    public var discardQuestion: String
    public var discard: String
    public var keepEditing: String

    // Help and keys
    public var helpTitle: String
    public var helpClose: String
    public var keyQuit: String
    public var keyHelp: String
    public var keyMove: String
    public var keySearch: String
    public var keySort: String
    public var keyOverdue: String
    public var keyScope: String
    public var keyOpen: String
    public var keyNew: String
    public var keyTimeline: String
    public var keyPage: String
    public var keyPageDown: String
    public var keyTop: String
    public var keyBottom: String
    public var keyDetail: String
    public var keyRevealCPR: String
    public var keyBack: String
    public var keyForceQuit: String
    public var keyClearSearch: String

    /// The plan screen and its forms.
    /// What the symbols on screen mean: `?` shows it under the keys.
    public var legendTitle: String
    public var legend: [(keys: String, help: String)]

    public var editor: EditorStrings
    /// The timeline, charts and the measurement form.
    public var timeline: TimelineStrings
}
