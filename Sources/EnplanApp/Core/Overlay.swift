import PlanCore
import TerminalKit

/// A layer over the screen. The top layer gets each key first and says whether it used it; one it
/// did not use goes to the screen below (gitui's popup stack).
public enum Overlay {
    case help(offset: Int)
    /// The dashboard's search line, filtering as it is typed.
    case search(TextField)
    case newCitizen(NewCitizenForm)
    case form(PlanForm)
    case measurement(MeasurementForm)
    case question(Question)
    /// The timeline's "go to date" line.
    case dateField(TextField)
    /// Hand a coordinator's caseload to a colleague.
    case handOver(HandOverForm)
    /// The dashboard's deadlines (D).
    case deadlines(DeadlineList)

    /// Whether closing this layer would throw away something the user typed.
    var hasUnsavedInput: Bool {
        switch self {
        case let .newCitizen(f): return f.form.changed
        case let .form(f): return f.form.changed && !f.isPrint
        case let .measurement(m): return m.changed
        case let .handOver(f): return f.form.changed
        case .help, .search, .question, .dateField, .deadlines: return false
        }
    }

    /// The keys that work while this layer is on top.
    func keyMap(_ bindings: Bindings) -> KeyMap<Command> {
        switch self {
        case .help: return bindings.help
        case .search: return bindings.search
        case .newCitizen, .form, .handOver: return bindings.form
        case .measurement: return bindings.measurement
        case .question: return bindings.question
        case .dateField: return bindings.dateField
        case .deadlines: return bindings.deadlines
        }
    }
}

/// A question with buttons over the screen; `selected` is the highlighted button.
public struct Question {
    public enum Kind {
        /// `a` where more than one kind of item can be added.
        case add([PlanForm.Kind])
        case delete(PlanCore.PlanItem, title: String)
        /// Someone else saved in between: apply the user's change to their version, or drop it.
        case conflict(PlanCore.PlanChange, by: String, revision: Int)
        /// Ctrl-C while a form holds typed text.
        case quit
        /// Esc in a form with typed text; the form is the layer below.
        case discard
        /// A meeting's FSIII result says "afsluttes": close the case now?
        case closeCase
        /// `x` or `X` on an item that ended (achieved, dropped, stopped): make it active again?
        case reopenItem(PlanCore.PlanChange, title: String)
    }

    public var kind: Kind
    public var selected: Int

    init(_ kind: Kind, selected: Int = 0) {
        self.kind = kind
        self.selected = selected
    }

    var buttonCount: Int {
        if case let .add(kinds) = kind { return kinds.count }
        return 2
    }
}
