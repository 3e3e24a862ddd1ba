import PlanCore
import PlanStore
import TerminalKit

/// The whole UI state: a value. Keys become actions, `App.update` changes the state, views draw it.
public struct AppState {
    public enum Screen {
        case dashboard
        case plan(PlanScreenState)
        case timeline(TimelineState)
    }

    public var language: Language
    public var strings: Strings { language.strings }
    public var readOnly: Bool
    public var screen: Screen = .dashboard
    public var dashboard: DashboardState
    public var showingHelp = false
    /// The new-citizen form, when open (over the dashboard).
    public var newCitizen: NewCitizenEditor?
    /// One line of feedback at the bottom (errors, confirmations); cleared by the next key.
    public var message: Message?
    public var quit = false
    public var size: Size
    /// The progression scale, for drawing trends.
    public var instrumentScale: ClosedRange<Int> = Instrument.standard.scale.range

    public struct Message: Equatable {
        public var text: String
        public var isError: Bool
    }

    public init(language: Language, readOnly: Bool, user: String, today: CalendarDate, size: Size) {
        self.language = language
        self.readOnly = readOnly
        self.size = size
        dashboard = DashboardState(user: user, today: today, scope: readOnly ? .all : .mine)
    }
}

