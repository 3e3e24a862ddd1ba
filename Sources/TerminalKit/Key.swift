/// A key the user pressed, as every screen sees it, independent of the terminal backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl plus a letter, e.g. `.control("s")` for Ctrl-S.
    case control(Character)
    case function(Int)

    /// How help screens and footers write the key.
    public var label: String {
        switch self {
        case let .character(c): return c == " " ? "Space" : String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case let .control(c): return "Ctrl-" + String(c).uppercased()
        case let .function(n): return "F\(n)"
        }
    }
}

/// What a terminal reports: a key, a new size, or that it went away (a dropped ssh connection).
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case closed
}
