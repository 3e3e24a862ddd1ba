import PlanCore

/// What only one row at a time needs of a summary (the detail pane, a report, a CPR check): read
/// from where the store keeps it when asked, so a caseload of 50,000 holds little per citizen.
package protocol SummaryDetails: Sendable {
    /// The store's keyed digest of the CPR number; nil where it has none.
    var cprDigest: String? { get }
    var overallGoal: String { get }
    var goalTitles: [String] { get }
    /// The status changes and held meetings; nil when what is kept cannot be read.
    func contactHistory(created: CalendarDate) -> ContactHistory?
    /// The benefit's start and the first day of absence alone, for a list that shows them (the index
    /// answers without decoding every meeting).
    func contactAnchors() -> (benefitStart: CalendarDate?, firstAbsenceDay: CalendarDate?)
}

extension SummaryDetails {
    package func contactAnchors() -> (benefitStart: CalendarDate?, firstAbsenceDay: CalendarDate?) {
        let history = contactHistory(created: CalendarDate(daysSinceEpoch: 0))
        return (history?.benefitStart, history?.firstAbsenceDay)
    }
}

/// Details held as values: a summary made from a case file in memory.
package struct HeldDetails: SummaryDetails {
    package let cprDigest: String?
    package let overallGoal: String
    package let goalTitles: [String]
    let history: ContactHistory

    package init(_ file: CaseFile, cprDigest: String?) {
        self.cprDigest = cprDigest
        overallGoal = file.overallGoal
        goalTitles = HeldDetails.goalTitles(of: file)
        history = file.contactHistory
    }

    package func contactHistory(created: CalendarDate) -> ContactHistory? { history }

    /// The active goals' titles the detail pane shows: at most six, each at most 80 characters, led
    /// by its section's letter.
    package static func goalTitles(of file: CaseFile) -> [String] {
        PlanSection.allCases.flatMap { s in
            file.sections[s].goals.filter { $0.status == .active }.map { "\(s.letter) \($0.title)" }
        }.prefix(6).map { String($0.prefix(80)) }
    }
}
