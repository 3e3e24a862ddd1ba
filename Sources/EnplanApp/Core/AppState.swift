import PlanCore
import CaseRecords
import TerminalKit

/// The whole UI state: a value. Actions change it through `update`, views draw it.
public struct AppState {
    public enum Screen {
        case dashboard
        case plan(PlanState)
        case timeline(TimelineState)
        case team(TeamState)
    }

    public var language: Language
    public var strings: Strings { language.strings }
    public var readOnly: Bool
    public var screen: Screen = .dashboard
    public var dashboard: DashboardState
    /// Layers over the screen, bottom first: the last one gets each key first.
    public var overlays = OverlayStack()
    /// One line of feedback at the bottom (errors, confirmations); cleared by the next key.
    public var message: Message?
    public var quit = false
    public var size: Size
    /// The municipality's catalogues (offers, instrument, departments, assessment areas).
    public var catalogues: Catalogues
    /// The progression scale, for drawing trends.
    public var instrumentScale: ClosedRange<Int> { catalogues.instrument.scale.range }
    /// A command that waits for everyone's rows (read when a command needs them, not before the first key).
    var awaitingRows: Command?
    /// The team overview a plan was opened from: `q` in the plan goes back to it.
    var teamBehindPlan: TeamState?

    public struct Message: Equatable {
        public var text: String
        public var isError: Bool

        public init(_ text: String, isError: Bool) {
            self.text = text
            self.isError = isError
        }
    }

    public init(language: Language, environment env: Environment, size: Size) {
        self.language = language
        readOnly = env.readOnly
        self.size = size
        catalogues = env.catalogues
        dashboard = DashboardState(user: env.user, today: env.today, scope: env.readOnly ? .all : .mine)
    }

    public var topOverlay: Overlay? { overlays.top }

    /// The plan on screen, if the plan screen is showing.
    public var plan: PlanState? {
        get {
            if case let .plan(p) = screen { return p }
            return nil
        }
        set {
            if let newValue, case .plan = screen { screen = .plan(newValue) }
        }
    }

    /// The timeline on screen, if it is showing.
    public var timeline: TimelineState? {
        get {
            if case let .timeline(t) = screen { return t }
            return nil
        }
        set {
            if let newValue, case .timeline = screen { screen = .timeline(newValue) }
        }
    }

    mutating func say(_ text: String, isError: Bool = false) {
        message = Message(text, isError: isError)
    }

    mutating func sayError(_ error: StoreError) {
        message = Message(language.describe(error), isError: true)
    }
}

extension AppState {
    /// The new-citizen form, when it is the top layer.
    public var newCitizenForm: NewCitizenForm? {
        if case let .newCitizen(f)? = topOverlay { return f }
        return nil
    }

    /// The plan form, when it is the top layer.
    public var planForm: PlanForm? {
        if case let .form(f)? = topOverlay { return f }
        return nil
    }

    /// The measurement form, when it is the top layer.
    public var measurementForm: MeasurementForm? {
        if case let .measurement(m)? = topOverlay { return m }
        return nil
    }

    /// The question asked, when it is the top layer.
    public var question: Question? {
        if case let .question(q)? = topOverlay { return q }
        return nil
    }
}
