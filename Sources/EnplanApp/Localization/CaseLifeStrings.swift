import PlanCore

/// The strings of a case's life (status, hand-over) and of the team overview. Memberwise, so the
/// compiler refuses a language that lacks one.
public struct CaseLifeStrings: Sendable {
    // Status
    public var statusLine: String           // "Status"
    public var pausedUntil: String          // "pause til %@"
    public var since: String                // "siden %@"
    public var titleStatus: String
    public var fieldNewStatus: String
    public var fieldReason: String
    public var fieldDate: String
    public var fieldUntil: String
    public var fieldNote: String
    public var actionClose: String
    public var actionPause: String
    public var actionReopen: String
    public var reasons: [ClosureReason: String]
    public var keyStatus: String
    public var statusSaved: String          // "Sagen er nu: %@"
    public var closeCaseTitle: String
    public var closeCaseQuestion: String
    public var closeCaseButton: String
    public var keepOpenButton: String
    public var dateBeforeLastChange: String // "status last changed %@; …"
    public var dateInFuture: String
    public var untilNotAfterDate: String

    // Hand-over
    public var keyHandOver: String
    public var titleHandOver: String        // "Overdrag %@"
    public var titleHandOverCaseload: String // "Overdrag %2$d sager fra %1$@" (from whom, how many)
    public var fieldTo: String
    public var noOneToHandTo: String
    /// Said while everyone's rows are read for a command that needs them (`v`, the team overview's `Enter`).
    public var readingEveryone: String
    public var handedOver: String           // "%d borger(e) overdraget til %@"
    public var handOverFailed: String       // "%d kunne ikke overdrages: %@"
    public var citizenOne: String
    public var citizenMany: String

    // Dashboard
    public var keyShowClosed: String
    public var showingClosed: String
    public var keyTeam: String

    // Team overview
    public var teamTitle: String
    public var tabCoordinators: String
    public var tabTargetGroups: String
    public var period: String               // "Møder %@ – %@"
    public var columnCoordinator: String
    public var columnActive: String
    public var columnOverdue: String
    public var columnDueThisWeek: String
    public var columnMeasurementsDue: String
    public var columnWithoutConsent: String
    public var columnMentorEnding: String
    public var columnProgression: String
    public var columnCompliance: String
    /// The share of the citizens whose own contact course is met.
    public var columnMet: String
    public var columnTargetGroup: String
    public var columnCitizens: String
    public var columnHeld: String
    public var columnRequired: String
    public var columnFirstContact: String
    public var columnName: String
    public var total: String
    public var below: String
    public var firstContactMissed: String
    public var firstContactMet: String
    public var firstContactPending: String
    /// The help's heading over what the coordinators' columns count.
    public var columnsHelpTitle: String
    /// What each coordinators' column after the name counts, in the order of the columns.
    public var columnMeanings: [String]
    public var noCoordinators: String
    public var keyOpenCaseload: String
    public var keySortColumn: String
    public var keyTab: String
    public var keyDrill: String
    public var drillTitle: String           // "%@: borgere"
    public var sortedBy: String

    /// The coordinators' columns of the team overview, in order.
    public var coordinatorColumns: [String] {
        [columnCoordinator, columnActive, columnOverdue, columnDueThisWeek, columnMeasurementsDue,
         columnWithoutConsent, columnMentorEnding, columnProgression, columnMet, columnCompliance]
    }

    /// What each coordinators' column after the name counts, for the help.
    public var coordinatorColumnHelp: [(keys: String, help: String)] {
        zip(coordinatorColumns.dropFirst(), columnMeanings).map { (keys: $0, help: $1) }
    }

    public static let danish = CaseLifeStrings(
        statusLine: "Status", pausedUntil: "pause til %@", since: "siden %@", titleStatus: "Sagens status",
        fieldNewStatus: "Ny status", fieldReason: "Årsag", fieldDate: "Dato", fieldUntil: "Genoptages ca.",
        fieldNote: "Note", actionClose: "Afslut sagen", actionPause: "Sæt på pause", actionReopen: "Genoptag (aktiv)",
        reasons: [.job: "job", .education: "uddannelse", .moved: "fraflyttet", .otherMunicipality: "anden kommune",
                  .deceased: "død", .other: "andet"],
        keyStatus: "afslut / pause / genoptag", statusSaved: "Sagen er nu: %@",
        closeCaseTitle: "Afslut sagen?", closeCaseQuestion: "Opfølgningen siger \"afsluttes\". Vil du afslutte sagen nu?",
        closeCaseButton: "Afslut sagen", keepOpenButton: "Ikke nu",
        dateBeforeLastChange: "sagens status blev sidst ændret %@; vælg den dag eller senere",
        dateInFuture: "den dag er ikke kommet endnu", untilNotAfterDate: "skal ligge efter datoen",
        keyHandOver: "overdrag", titleHandOver: "Overdrag %@ til en kollega", titleHandOverCaseload: "Overdrag %2$d sager fra %1$@",
        fieldTo: "Til", noOneToHandTo: "Der er ingen anden plankoordinator at overdrage til",
        readingEveryone: "Henter alle borgere …",
        handedOver: "%@ overdraget til %@", handOverFailed: "%d kunne ikke overdrages: %@",
        citizenOne: "borger", citizenMany: "borgere",
        keyShowClosed: "vis afsluttede", showingClosed: "med afsluttede", keyTeam: "team",
        teamTitle: "Team", tabCoordinators: "Plankoordinatorer", tabTargetGroups: "Målgrupper", period: "Møder %@ – %@",
        columnCoordinator: "Plankoordinator", columnActive: "Aktive", columnOverdue: "Overskr.", columnDueThisWeek: "Uge",
        columnMeasurementsDue: "Måling", columnWithoutConsent: "Samtykke", columnMentorEnding: "Mentor",
        columnProgression: "Progression", columnCompliance: "Møder", columnMet: "Opfyldt", columnTargetGroup: "Målgruppe",
        columnCitizens: "Borgere", columnHeld: "Holdt", columnRequired: "Krævet", columnFirstContact: "1. kontakt",
        columnName: "Navn", total: "I alt", below: "under", firstContactMissed: "for sent", firstContactMet: "til tiden",
        firstContactPending: "afventer", columnsHelpTitle: "Kolonner",
        columnMeanings: ["aktive sager (ikke på pause eller afsluttet)", "sager med opfølgningen overskredet",
                         "opfølgning i dag eller inden for 7 dage",
                         "progressionsmåling ældre end \(MeasurementState.intervalMonths) måneder",
                         "borgere uden givet samtykke", "mentorforløb der slutter inden for \(MentorPeriodState.warningDays) dage",
                         "borgernes egen gennemsnitlige progression (ikke sagsbehandlerens vurdering), måling for måling, seneste til højre",
                         "borgere hvis eget kontaktforløb er opfyldt, i procent: det loven spørger om for hver person",
                         "samtaler holdt ud af krævet i perioden (frikommuneforsøgets gennemsnit); \"under\" når færre er holdt"],
        noCoordinators: "Ingen sager endnu",
        keyOpenCaseload: "åbn sager", keySortColumn: "sortér", keyTab: "plankoordinatorer/målgrupper",
        keyDrill: "borgere i gruppen", drillTitle: "%@: borgere", sortedBy: "sorteret efter")

    public static let english = CaseLifeStrings(
        statusLine: "Status", pausedUntil: "paused until %@", since: "since %@", titleStatus: "Case status",
        fieldNewStatus: "New status", fieldReason: "Reason", fieldDate: "Date", fieldUntil: "Resumes about",
        fieldNote: "Note", actionClose: "Close the case", actionPause: "Pause", actionReopen: "Reopen (active)",
        reasons: [.job: "job", .education: "education", .moved: "moved", .otherMunicipality: "other municipality",
                  .deceased: "deceased", .other: "other"],
        keyStatus: "close / pause / reopen", statusSaved: "The case is now: %@",
        closeCaseTitle: "Close the case?", closeCaseQuestion: "The follow-up result is \"closed\". Close the case now?",
        closeCaseButton: "Close the case", keepOpenButton: "Not now",
        dateBeforeLastChange: "the status last changed on %@; choose that day or later",
        dateInFuture: "that day has not come yet", untilNotAfterDate: "must be after the date",
        keyHandOver: "hand over", titleHandOver: "Hand %@ over to a colleague", titleHandOverCaseload: "Hand over %2$d cases from %1$@",
        fieldTo: "To", noOneToHandTo: "There is no other coordinator to hand over to",
        readingEveryone: "Reading everyone's citizens …",
        handedOver: "%@ handed over to %@", handOverFailed: "%d could not be handed over: %@",
        citizenOne: "citizen", citizenMany: "citizens",
        keyShowClosed: "show closed", showingClosed: "with closed", keyTeam: "team",
        teamTitle: "Team", tabCoordinators: "Coordinators", tabTargetGroups: "Target groups", period: "Meetings %@ – %@",
        columnCoordinator: "Coordinator", columnActive: "Active", columnOverdue: "Overdue", columnDueThisWeek: "Week",
        columnMeasurementsDue: "Measure", columnWithoutConsent: "Consent", columnMentorEnding: "Mentor",
        columnProgression: "Progression", columnCompliance: "Meetings", columnMet: "Met", columnTargetGroup: "Target group",
        columnCitizens: "Citizens", columnHeld: "Held", columnRequired: "Required", columnFirstContact: "1st contact",
        columnName: "Name", total: "Total", below: "below", firstContactMissed: "late", firstContactMet: "on time",
        firstContactPending: "pending", columnsHelpTitle: "Columns",
        columnMeanings: ["active cases (not paused or closed)", "cases whose follow-up is overdue",
                         "follow-up today or within 7 days",
                         "progression measured longer than \(MeasurementState.intervalMonths) months ago",
                         "citizens without consent given", "mentor periods ending within \(MentorPeriodState.warningDays) days",
                         "the citizens' own average progression (not the caseworker's view), measurement by measurement, latest on the right",
                         "citizens whose own contact course is met, in per cent: what the law asks of each person",
                         "meetings held of those required in the period (the experiment's group average); \"below\" when fewer were held"],
        noCoordinators: "No cases yet",
        keyOpenCaseload: "open caseload", keySortColumn: "sort", keyTab: "coordinators/target groups",
        keyDrill: "citizens of the group", drillTitle: "%@: citizens", sortedBy: "sorted by")
}

extension Language {
    public var caseLife: CaseLifeStrings { self == .da ? .danish : .english }

    /// "pause til 15.01.2027" for a pause with an expected resume day, else nil.
    func pausedUntil(_ change: StatusChange?) -> String? {
        change?.until.map { String(format: caseLife.pausedUntil, date($0)) }
    }
}
