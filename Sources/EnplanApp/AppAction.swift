/// What a key (or the terminal) asks the app to do.
public enum AppAction: Equatable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open
    case back
    case quit
    case forceQuit
    case toggleHelp
    case startSearch
    case clearSearch
    case cycleSort
    case toggleScope
    case toggleOverdue
    case toggleDetail
    case revealCPR
    case newCitizen
    // Plan screen
    case nextTab, previousTab
    case showTab(Int)
    case add, edit, delete
    case markAchieved, markDropped
    case recordMeeting, editConsent, editOwnWords, addRevision, print
    case recordMeasurement
    // Timeline
    case openTimeline
    case filterSection, filterKind, nextSeries, goToDate
}
