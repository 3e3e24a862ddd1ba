/// What a key asks for: the actions of the binding table. A key map turns a key into a command; the
/// layer on top (an overlay, else the screen) carries it out.
public enum Command: Equatable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open
    case showDeadlines
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
    case recordMeeting, addNote, decide, editConsent, editOwnWords, addRevision, print, undo
    case recordMeasurement
    case changeStatus, handOver
    case olderAssessment, newerAssessment, goalFromFinding
    // Dashboard and team overview
    case toggleClosed, openTeam, nextColumn, previousColumn
    // Timeline
    case openTimeline
    case filterSection, filterKind, nextSeries, goToDate
    // Overlays: forms, questions, the search and date lines. Their widgets handle these keys; the
    // commands name them for the footer and the help.
    case nextField, previousField, save, cancel, clearLine, chooseOption, typeToChoose
    case score, stepScore, clearScore
    case nextButton, confirm
    case scrollUp, scrollDown
}
