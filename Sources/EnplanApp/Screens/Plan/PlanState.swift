import PlanCore

/// The tabs of the plan screen: the four sections, what concerns the whole plan, and the joint
/// assessment the plan is built on.
public enum PlanTab: Int, CaseIterable, Sendable {
    case employment, social, family, mentor, citizen, assessment

    public init(_ section: PlanSection) { self = PlanTab(rawValue: section.order) ?? .employment }

    public var section: PlanSection? { PlanSection.allCases.first { $0.order == rawValue } }
}

/// One citizen's plan on screen: the document as last read or saved, and where the user is in it.
/// Forms and questions over it are overlays.
public struct PlanState {
    public var file: CaseFile
    public var tab: PlanTab = .employment
    /// The selected line, counted among the lines that can be selected.
    public var selected = 0
    /// The first body line shown.
    public var offset = 0
    public var revealCPR = false
    /// Which joint assessment tab 6 shows, oldest first; nil: the latest.
    public var assessmentIndex: Int?
    /// Something was saved: the dashboard row is updated when the user goes back.
    public var savedSomething = false
    /// The plan before each change this person saved since opening it, the latest last, with the
    /// revision that change made: `u` puts the latest back while no one else has saved since.
    public var undoable: [(before: CaseFile, made: Int)] = []

    public init(file: CaseFile) {
        self.file = file
    }
}

extension PlanState {
    /// The assessment tab 6 shows: the chosen one, else the latest.
    public var shownAssessment: Assessment? {
        let all = file.assessmentsByDate
        guard let index = assessmentIndex, all.indices.contains(index) else { return all.last }
        return all[index]
    }
}
