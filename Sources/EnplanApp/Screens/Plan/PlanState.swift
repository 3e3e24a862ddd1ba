import PlanCore

/// The tabs of the plan screen: the four sections, then what concerns the whole plan.
public enum PlanTab: Int, CaseIterable, Sendable {
    case employment, social, family, mentor, citizen

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
    /// Something was saved: the dashboard row is updated when the user goes back.
    public var savedSomething = false

    public init(file: CaseFile) {
        self.file = file
    }
}
