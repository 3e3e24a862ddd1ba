import TerminalKit

/// The key bindings of every screen: one table each drives dispatch, the footer and the help screen.
public struct Bindings {
    public let dashboard: KeyMap<AppAction>
    public let plan: KeyMap<AppAction>
    public let global: KeyMap<AppAction>

    public init(strings s: Strings, readOnly: Bool) {
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
            KeyBinding([.character("s")], .cycleSort, help: s.keySort, inFooter: true),
            KeyBinding([.character("v")], .toggleScope, help: s.keyScope, inFooter: true),
            KeyBinding([.character("o")], .toggleOverdue, help: s.keyOverdue, inFooter: true),
            KeyBinding([.character("i")], .toggleDetail, help: s.keyDetail),
            KeyBinding([.escape], .clearSearch, help: s.keyClearSearch),
        ] + movement, readOnly: readOnly)
        plan = KeyMap([
            KeyBinding([.character("c")], .revealCPR, help: s.keyRevealCPR, inFooter: true),
            KeyBinding([.character("?")], .toggleHelp, help: s.keyHelp, inFooter: true),
            KeyBinding([.character("q"), .escape], .back, help: s.keyBack, inFooter: true),
        ] + movement, readOnly: readOnly)
        global = KeyMap([
            KeyBinding([.control("c")], .forceQuit, help: s.keyForceQuit),
        ])
    }
}
