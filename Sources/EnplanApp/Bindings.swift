import PlanCore
import TerminalKit

/// The key bindings of every screen: one table each drives dispatch, the footer and the help screen.
public struct Bindings {
    public let dashboard: KeyMap<AppAction>
    public let plan: KeyMap<AppAction>
    public let timeline: KeyMap<AppAction>
    public let global: KeyMap<AppAction>

    public init(language: Language, readOnly: Bool) {
        let s = language.strings
        let movement: [KeyBinding<AppAction>] = [
            KeyBinding([.up, .character("k")], .moveUp, help: s.keyMove + " ↑"),
            KeyBinding([.down, .character("j")], .moveDown, help: s.keyMove + " ↓", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: s.keyPage),
            KeyBinding([.pageDown, .character(" ")], .pageDown, help: s.keyPageDown),
            KeyBinding([.character("g"), .home], .top, help: s.keyTop),
            KeyBinding([.character("G"), .end], .bottom, help: s.keyBottom),
        ]
        // Help and quit first: the footer is cut at narrow widths, and these a newcomer needs most.
        dashboard = KeyMap([
            KeyBinding([.character("?")], .toggleHelp, help: s.keyHelp, inFooter: true),
            KeyBinding([.character("q")], .quit, help: s.keyQuit, inFooter: true),
            KeyBinding([.enter], .open, help: s.keyOpen, inFooter: true),
            KeyBinding([.character("/")], .startSearch, help: s.keySearch, inFooter: true),
            KeyBinding([.character("n")], .newCitizen, help: s.keyNew, inFooter: true, changesData: true),
            KeyBinding([.character("t")], .openTimeline, help: s.keyTimeline),
            KeyBinding([.character("s")], .cycleSort, help: s.keySort, inFooter: true),
            KeyBinding([.character("v")], .toggleScope, help: s.keyScope, inFooter: true),
            KeyBinding([.character("o")], .toggleOverdue, help: s.keyOverdue, inFooter: true),
            KeyBinding([.character("i")], .toggleDetail, help: s.keyDetail),
            KeyBinding([.escape], .clearSearch, help: s.keyClearSearch),
        ] + movement, readOnly: readOnly)
        let e = s.editor
        plan = KeyMap([
            KeyBinding([.character("?")], .toggleHelp, help: s.keyHelp, inFooter: true),
            KeyBinding([.character("q"), .escape], .back, help: s.keyBack, inFooter: true),
            KeyBinding([.tab], .nextTab, help: e.keySection, inFooter: true),
            KeyBinding([.backTab], .previousTab, help: e.keySection),
            KeyBinding([.character("1")], .showTab(0), help: PlanSection.employment.name(language)),
            KeyBinding([.character("2")], .showTab(1), help: PlanSection.social.name(language)),
            KeyBinding([.character("3")], .showTab(2), help: PlanSection.family.name(language)),
            KeyBinding([.character("4")], .showTab(3), help: PlanSection.mentor.name(language)),
            KeyBinding([.character("5")], .showTab(4), help: e.citizenTab),
            KeyBinding([.character("a")], .add, help: e.keyAdd, inFooter: true, changesData: true),
            KeyBinding([.character("e"), .enter], .edit, help: e.keyEdit, inFooter: true, changesData: true),
            KeyBinding([.character("d")], .delete, help: e.keyDelete, inFooter: true, changesData: true),
            KeyBinding([.character("x")], .markAchieved, help: e.keyAchieved, changesData: true),
            KeyBinding([.character("X")], .markDropped, help: e.keyDropped, changesData: true),
            KeyBinding([.character("m")], .recordMeeting, help: e.keyMeeting, inFooter: true, changesData: true),
            KeyBinding([.character("p")], .recordMeasurement, help: e.keyMeasurement, inFooter: true, changesData: true),
            KeyBinding([.character("t")], .openTimeline, help: s.keyTimeline, inFooter: true),
            KeyBinding([.character("c")], .editConsent, help: e.keyConsent, changesData: true),
            KeyBinding([.character("o")], .editOwnWords, help: e.keyOwnWords, changesData: true),
            KeyBinding([.character("r")], .addRevision, help: e.keyRevision, changesData: true),
            KeyBinding([.character("w")], .print, help: e.keyPrint, inFooter: true),
            KeyBinding([.character("C")], .revealCPR, help: s.keyRevealCPR),
        ] + movement, readOnly: readOnly)
        let t = s.timeline
        timeline = KeyMap([
            KeyBinding([.character("?")], .toggleHelp, help: s.keyHelp, inFooter: true),
            KeyBinding([.character("q"), .escape], .back, help: s.keyBack, inFooter: true),
            KeyBinding([.enter], .open, help: t.keyOpenItem, inFooter: true),
            KeyBinding([.character("s")], .filterSection, help: t.keyFilterSection, inFooter: true),
            KeyBinding([.character("f")], .filterKind, help: t.keyFilterKind, inFooter: true),
            KeyBinding([.character("c")], .nextSeries, help: t.keyChart, inFooter: true),
            KeyBinding([.character("d")], .goToDate, help: t.keyGoToDate, inFooter: true),
        ] + movement, readOnly: readOnly)
        global = KeyMap([
            KeyBinding([.control("c")], .forceQuit, help: s.keyForceQuit),
        ])
    }
}
