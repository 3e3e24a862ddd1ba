import PlanCore
import TerminalKit

/// The key bindings of every screen and every overlay: one table each drives dispatch, the footer
/// and the help screen, so `?` always shows the keys that work right now.
public struct Bindings {
    public let dashboard: KeyMap<Command>
    public let plan: KeyMap<Command>
    public let timeline: KeyMap<Command>
    public let team: KeyMap<Command>
    public let global: KeyMap<Command>
    public let form: KeyMap<Command>
    public let measurement: KeyMap<Command>
    public let question: KeyMap<Command>
    public let search: KeyMap<Command>
    public let dateField: KeyMap<Command>
    public let help: KeyMap<Command>
    public let deadlines: KeyMap<Command>

    public init(language: Language, readOnly: Bool, scale: ClosedRange<Int>) {
        let s = language.strings, k = language.keys, l = language.caseLife
        let movement: [KeyBinding<Command>] = [
            KeyBinding([.up, .character("k")], .moveUp, help: s.keyMove + " ↑"),
            KeyBinding([.down, .character("j")], .moveDown, help: s.keyMove + " ↓", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: s.keyPage),
            KeyBinding([.pageDown, .character(" ")], .pageDown, help: s.keyPageDown),
            KeyBinding([.character("g"), .home], .top, help: s.keyTop),
            KeyBinding([.character("G"), .end], .bottom, help: s.keyBottom),
        ]
        // Help and quit first: the footer is cut at narrow widths, and these a newcomer needs most.
        dashboard = KeyMap([
            KeyBinding([.character("?"), .function(1)], .toggleHelp, help: s.keyHelp, inFooter: true, label: "?"),
            KeyBinding([.character("q")], .quit, help: s.keyQuit, inFooter: true),
            KeyBinding([.enter], .open, help: s.keyOpen, inFooter: true),
            KeyBinding([.character("/")], .startSearch, help: s.keySearch, inFooter: true),
            KeyBinding([.character("n")], .newCitizen, help: s.keyNew, inFooter: true, changesData: true),
            KeyBinding([.character("t")], .openTimeline, help: s.keyTimeline),
            KeyBinding([.character("s")], .cycleSort, help: s.keySort, inFooter: true),
            KeyBinding([.character("v")], .toggleScope, help: s.keyScope, inFooter: true),
            KeyBinding([.character("o")], .toggleOverdue, help: s.keyOverdue, inFooter: true),
            KeyBinding([.character("i")], .toggleDetail, help: s.keyDetail),
            KeyBinding([.character("c")], .toggleClosed, help: l.keyShowClosed),
            KeyBinding([.character("T")], .openTeam, help: l.keyTeam, inFooter: true),
            KeyBinding([.character("D")], .showDeadlines, help: language.deadlines.keyDeadlines),
            KeyBinding([.escape], .clearSearch, help: s.keyClearSearch),
        ] + movement, readOnly: readOnly)
        let e = s.editor
        plan = KeyMap([
            KeyBinding([.character("?"), .function(1)], .toggleHelp, help: s.keyHelp, inFooter: true, label: "?"),
            KeyBinding([.character("q"), .escape], .back, help: s.keyBack, inFooter: true),
            KeyBinding([.tab], .nextTab, help: e.keySection, inFooter: true),
            KeyBinding([.backTab], .previousTab, help: e.keySection),
            KeyBinding([.character("1")], .showTab(0), help: PlanSection.employment.name(language)),
            KeyBinding([.character("2")], .showTab(1), help: PlanSection.social.name(language)),
            KeyBinding([.character("3")], .showTab(2), help: PlanSection.family.name(language)),
            KeyBinding([.character("4")], .showTab(3), help: PlanSection.mentor.name(language)),
            KeyBinding([.character("5")], .showTab(4), help: e.citizenTab),
            KeyBinding([.character("6")], .showTab(5), help: language.assessment.tab),
            KeyBinding([.character("[")], .olderAssessment, help: language.assessment.keyOlder),
            KeyBinding([.character("]")], .newerAssessment, help: language.assessment.keyNewer),
            KeyBinding([.character("M")], .goalFromFinding, help: language.assessment.keyGoalFromFinding, changesData: true),
            KeyBinding([.character("a")], .add, help: e.keyAdd, inFooter: true, changesData: true),
            KeyBinding([.character("e"), .enter], .edit, help: e.keyEdit, inFooter: true, changesData: true),
            KeyBinding([.character("d")], .delete, help: e.keyDelete, inFooter: true, changesData: true),
            KeyBinding([.character("u")], .undo, help: e.keyUndo, changesData: true),
            KeyBinding([.character("x")], .markAchieved, help: e.keyAchieved, changesData: true),
            KeyBinding([.character("X")], .markDropped, help: e.keyDropped, changesData: true),
            KeyBinding([.character("m")], .recordMeeting, help: e.keyMeeting, inFooter: true, changesData: true),
            KeyBinding([.character("n")], .addNote, help: language.notes.keyNote, changesData: true),
            KeyBinding([.character("D")], .decide, help: language.decisions.keyDecide, changesData: true),
            KeyBinding([.character("p")], .recordMeasurement, help: e.keyMeasurement, inFooter: true, changesData: true),
            KeyBinding([.character("t")], .openTimeline, help: s.keyTimeline, inFooter: true),
            KeyBinding([.character("c")], .editConsent, help: e.keyConsent, changesData: true),
            KeyBinding([.character("o")], .editOwnWords, help: e.keyOwnWords, changesData: true),
            KeyBinding([.character("r")], .addRevision, help: e.keyRevision, changesData: true),
            KeyBinding([.character("w")], .print, help: e.keyPrint, inFooter: true),
            KeyBinding([.character("C")], .revealCPR, help: s.keyRevealCPR),
            KeyBinding([.character("s")], .changeStatus, help: l.keyStatus, changesData: true),
            KeyBinding([.character("h")], .handOver, help: l.keyHandOver, changesData: true),
        ] + movement, readOnly: readOnly)
        team = KeyMap([
            KeyBinding([.character("?"), .function(1)], .toggleHelp, help: s.keyHelp, inFooter: true, label: "?"),
            KeyBinding([.character("q"), .escape], .back, help: s.keyBack, inFooter: true),
            KeyBinding([.enter], .open, help: l.keyOpenCaseload + " / " + l.keyDrill, inFooter: true),
            KeyBinding([.tab, .backTab], .nextTab, help: l.keyTab, inFooter: true),
            KeyBinding([.character("s"), .right], .nextColumn, help: l.keySortColumn, inFooter: true, label: "s →"),
            KeyBinding([.character("S"), .left], .previousColumn, help: l.keySortColumn + " ←", label: "S ←"),
            KeyBinding([.character("h")], .handOver, help: l.keyHandOver, changesData: true),
        ] + movement, readOnly: readOnly)
        let t = s.timeline
        timeline = KeyMap([
            KeyBinding([.character("?"), .function(1)], .toggleHelp, help: s.keyHelp, inFooter: true, label: "?"),
            KeyBinding([.character("q"), .escape], .back, help: s.keyBack, inFooter: true),
            KeyBinding([.enter], .open, help: t.keyOpenItem, inFooter: true),
            KeyBinding([.character("s")], .filterSection, help: t.keyFilterSection, inFooter: true),
            KeyBinding([.character("f")], .filterKind, help: t.keyFilterKind, inFooter: true),
            KeyBinding([.character("c")], .nextSeries, help: t.keyChart, inFooter: true),
            KeyBinding([.character("d")], .goToDate, help: t.keyGoToDate, inFooter: true),
            KeyBinding([.character("/")], .startSearch, help: language.notes.keySearchTimeline, inFooter: true),
        ] + movement, readOnly: readOnly)
        global = KeyMap([
            KeyBinding([.control("c")], .forceQuit, help: s.keyForceQuit),
        ])
        // In a form `?` is text: F1 shows the form's keys.
        form = KeyMap([
            KeyBinding([.function(1)], .toggleHelp, help: s.keyHelp, inFooter: true),
            KeyBinding([.tab], .nextField, help: k.nextField, inFooter: true),
            KeyBinding([.backTab], .previousField, help: k.previousField),
            KeyBinding([.control("s")], .save, help: k.save, inFooter: true),
            KeyBinding([.escape], .cancel, help: k.cancel, inFooter: true),
            KeyBinding([.left, .right, .up, .down], .chooseOption, help: k.chooseOption, label: "←→↑↓"),
            KeyBinding([], .typeToChoose, help: k.typeToChoose, label: "a-z"),
            KeyBinding([.control("u")], .clearLine, help: k.clearLine),
        ])
        measurement = KeyMap([
            KeyBinding([.function(1), .character("?")], .toggleHelp, help: s.keyHelp, inFooter: true, label: "?"),
            KeyBinding([.up, .down], .moveDown, help: k.moveIndicator, inFooter: true, label: "↑↓"),
            KeyBinding([], .score, help: k.score, inFooter: true,
                       label: "\(scale.lowerBound)-\(scale.upperBound)"),
            KeyBinding([.left, .right], .stepScore, help: k.stepScore, inFooter: true, label: "←→"),
            KeyBinding([.character("0"), .backspace], .clearScore, help: k.clearScore),
            KeyBinding([.tab], .nextField, help: k.nextField),
            KeyBinding([.control("s")], .save, help: k.save, inFooter: true),
            KeyBinding([.escape], .cancel, help: k.cancel, inFooter: true),
        ])
        question = KeyMap([
            KeyBinding([.left, .right, .tab], .nextButton, help: k.nextButton, inFooter: true, label: "←→"),
            KeyBinding([.enter], .confirm, help: k.confirm, inFooter: true),
            KeyBinding([.escape, .character("q")], .cancel, help: k.close, inFooter: true),
            KeyBinding([.function(1), .character("?")], .toggleHelp, help: s.keyHelp),
        ])
        search = KeyMap([
            KeyBinding([.enter], .confirm, help: k.searchConfirm, inFooter: true),
            KeyBinding([.escape], .cancel, help: k.searchCancel, inFooter: true),
            KeyBinding([.up, .down, .pageUp, .pageDown], .moveDown, help: s.keyMove, inFooter: true, label: "↑↓"),
            KeyBinding([.function(1)], .toggleHelp, help: s.keyHelp),
        ])
        dateField = KeyMap([
            KeyBinding([.enter], .confirm, help: k.dateConfirm, inFooter: true),
            KeyBinding([.escape], .cancel, help: k.cancel, inFooter: true),
            KeyBinding([.function(1)], .toggleHelp, help: s.keyHelp),
        ])
        deadlines = KeyMap([
            KeyBinding([.enter], .open, help: s.keyOpen, inFooter: true),
            KeyBinding([.escape, .character("q"), .character("D")], .back, help: k.close, inFooter: true),
            KeyBinding([.character("?"), .function(1)], .toggleHelp, help: s.keyHelp, inFooter: true, label: "?"),
        ] + movement)
        help = KeyMap([
            KeyBinding([.character("?"), .escape, .character("q"), .function(1)], .toggleHelp, help: k.close, inFooter: true),
            KeyBinding([.up, .character("k")], .scrollUp, help: k.scroll + " ↑", inFooter: true),
            KeyBinding([.down, .character("j")], .scrollDown, help: k.scroll + " ↓", inFooter: true),
            KeyBinding([.pageUp], .pageUp, help: s.keyPage),
            KeyBinding([.pageDown, .character(" ")], .pageDown, help: s.keyPageDown),
        ])
    }
}
