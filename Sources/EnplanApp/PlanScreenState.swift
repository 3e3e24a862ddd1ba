import PlanCore

/// The tabs of the plan screen: the four sections, then what concerns the whole plan.
public enum PlanTab: Int, CaseIterable, Sendable {
    case employment, social, family, mentor, citizen

    public init(_ section: PlanSection) { self = PlanTab(rawValue: section.order) ?? .employment }

    public var section: PlanSection? { PlanSection.allCases.first { $0.order == rawValue } }
}

/// One citizen's plan on screen: the document as last read or saved, where the user is in it, and
/// the form or question open over it.
public struct PlanScreenState {
    public var file: CaseFile
    public var tab: PlanTab = .employment
    /// The selected line, counted among the lines that can be selected.
    public var selected = 0
    /// The first body line shown.
    public var offset = 0
    public var revealCPR = false
    public var editor: PlanEditor?
    public var measurement: MeasurementEditor?
    public var dialog: PlanDialog?
    /// Something was saved: the dashboard reloads when the user goes back.
    public var savedSomething = false

    public init(file: CaseFile) {
        self.file = file
    }
}

/// A question over the plan screen; `selected` is the highlighted button.
public enum PlanDialog {
    case add([PlanEditor.Kind], selected: Int)
    case delete(PlanItem, title: String, selected: Int)
    /// Someone else saved in between: apply the user's change to their version, or drop it.
    case conflict(PlanChange, by: String, revision: Int, selected: Int)

    var selected: Int {
        switch self {
        case let .add(_, s), let .delete(_, _, s), let .conflict(_, _, _, s): return s
        }
    }

    var buttonCount: Int {
        if case let .add(kinds, _) = self { return kinds.count }
        return 2
    }

    func selecting(_ index: Int) -> PlanDialog {
        switch self {
        case let .add(kinds, _): return .add(kinds, selected: index)
        case let .delete(item, title, _): return .delete(item, title: title, selected: index)
        case let .conflict(change, by, revision, _): return .conflict(change, by: by, revision: revision, selected: index)
        }
    }
}
