#if canImport(Glibc)
import Glibc
#endif
import CCrashGuard
import CNcursesw
import TerminalKit

/// The one place that talks to ncursesw. Everything it draws comes as a `Buffer`; it sends ncurses only
/// the cells that changed since the last frame, and ncurses sends the terminal only what differs, which
/// keeps a supervisor's slow ssh link quiet.
public final class NcursesTerminal: Terminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)
        case cannotMoveCursor(String)

        public var description: String {
            switch self {
            case .notATerminal:
                return "the interactive screen needs a terminal; use 'enplan list' or 'enplan show' in scripts"
            case let .unknownTerminal(term):
                return "this terminal type (TERM=\(term)) is unknown here; try TERM=xterm-256color enplan"
            case let .cannotMoveCursor(term):
                return "this terminal (TERM=\(term)) cannot move the cursor, so the interactive screen cannot be drawn; "
                    + "use 'enplan list' and 'enplan show ID', or a terminal that can (e.g. TERM=xterm-256color enplan)"
            }
        }
    }

    public private(set) var size: Size
    public let colors: Int
    public let supportsUnicode: Bool
    /// Set when TERM was unknown and xterm-256color was used instead: worth telling the user.
    public let substitutedTerminal: String?
    private var previous: Buffer?
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int16 = 1
    private let maxPairs: Int16
    private var screen: OpaquePointer?
    private let window: UnsafeMutablePointer<WINDOW>
    private var cursorVisible = false
    private var ended = false

    private struct PairKey: Hashable {
        var foreground: Int
        var background: Int
    }

    /// - Parameter crashNote: said on standard error if the process traps while it owns the terminal,
    ///   after the terminal is given back (never an interactive debugger).
    public init(environment: [String: String], crashNote: String) throws(StartError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        // Before curses changes the terminal's modes, so a crash puts these back.
        enplan_crash_guard_install(crashNote + "\n")
        // æøå and every other script need a UTF-8 locale; an ssh session without LANG has none.
        setlocale(LC_ALL, "")
        if enplan_locale_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
        supportsUnicode = enplan_locale_is_utf8() != 0
        // Exported LINES/COLUMNS would freeze the size and break resizing; use_env(FALSE) would be
        // worse (terminfo's fixed 80x24). Forget them, so ncurses asks the OS for the window size.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        use_tioctl(true)
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        let output = fdopen(1, "w"), input = fdopen(0, "r")
        let term = environment["TERM"] ?? ""
        var screen = newterm(nil, output, input)
        var substituted: String?
        if screen == nil {
            screen = newterm("xterm-256color", output, input)
            substituted = term
        }
        guard let screen, let window = enplan_stdscr() else { throw .unknownTerminal(term) }
        guard enplan_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw .cannotMoveCursor(term)
        }
        self.screen = screen
        self.window = window
        substitutedTerminal = substituted
        let capabilities = ["rmcup", "cnorm", "sgr0"]
        let restore = capabilities.compactMap { name in name.withCString { enplan_terminfo_string($0).map { String(cString: $0) } } }.joined()
        enplan_crash_guard_set_restore(restore + "\r\n")
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        var colorCount = 0
        if environment["NO_COLOR"].map({ !$0.isEmpty }) != true, has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(enplan_colors())
        }
        colors = colorCount >= 256 ? 256 : colorCount >= 16 ? 16 : colorCount >= 8 ? 8 : 0
        maxPairs = Int16(min(Int(enplan_color_pairs()), Int(Int16.max)) - 1)
        size = Size(width: Int(enplan_cols()), height: Int(enplan_lines()))
    }

    /// Gives the terminal back as it was. Safe to call more than once, and from every exit path.
    public func end() {
        guard !ended else { return }
        ended = true
        curs_set(1)
        endwin()
        enplan_crash_guard_set_restore(nil)
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { end() }

    // MARK: - Input

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var ch: wint_t = 0
        let rc = enplan_get_wch(window, &ch)
        if rc == enplan_err() {
            if inputClosed() { return .closed }
            return missedResize()
        }
        if rc == enplan_key_code_yes() {
            return functionKey(Int32(ch))
        }
        return .key(character(UInt32(ch)))
    }

    /// A SIGWINCH that arrives at the wrong moment can be lost; checking the real size whenever input is
    /// idle makes sure a resized window is always redrawn.
    private func missedResize() -> TerminalEvent? {
        var rows: Int32 = 0, cols: Int32 = 0
        guard enplan_window_size(&rows, &cols) != 0,
              Int(rows) != size.height || Int(cols) != size.width else { return nil }
        resizeterm(rows, cols)
        size = Size(width: Int(cols), height: Int(rows))
        previous = nil
        return .resize(size)
    }

    /// A dropped connection makes reads fail at once instead of timing out.
    private func inputClosed() -> Bool {
        var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 0) >= 0 else { return true }
        return fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case enplan_key_up(): return .key(.up)
        case enplan_key_down(): return .key(.down)
        case enplan_key_left(): return .key(.left)
        case enplan_key_right(): return .key(.right)
        case enplan_key_home(): return .key(.home)
        case enplan_key_end(): return .key(.end)
        case enplan_key_ppage(): return .key(.pageUp)
        case enplan_key_npage(): return .key(.pageDown)
        case enplan_key_backspace(): return .key(.backspace)
        case enplan_key_dc(): return .key(.delete)
        case enplan_key_enter(): return .key(.enter)
        case enplan_key_btab(): return .key(.backTab)
        case enplan_key_resize():
            size = Size(width: Int(enplan_cols()), height: Int(enplan_lines()))
            previous = nil
            return .resize(size)
        default:
            for n in 1...12 where code == enplan_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    private func character(_ value: UInt32) -> Key {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
        default: return .character(Character(Unicode.Scalar(value) ?? "?"))
        }
    }

    // MARK: - Output

    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        let full = previous?.size != buffer.size
        if full { werase(window) }
        var wide = [wchar_t](repeating: 0, count: 16)
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if !full, let old = previous, old[x, y] == cell { continue }
                let attrs = attributes(cell.style.attributes)
                let pair = colorPair(cell.style)
                var count = 0
                for scalar in displayable(cell.text).unicodeScalars where count < wide.count - 1 {
                    wide[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                if count == 0 {
                    wide[0] = 32
                    count = 1
                }
                wide[count] = 0
                // Writing the bottom-right cell returns ERR after scrolling is refused: ignore it.
                if enplan_put_cell(window, Int32(y), Int32(x), wide, attrs, pair) == enplan_err() && count > 1 {
                    _ = enplan_put_text(window, Int32(y), Int32(x), wide, Int32(count), attrs, pair)
                }
            }
        }
        previous = buffer
        if let cursor {
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Without a UTF-8 locale, anything beyond ASCII would arrive as garbage: show '?' instead.
    private func displayable(_ text: String) -> String {
        guard !supportsUnicode, text.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return text }
        return "?"
    }

    private func attributes(_ a: Attributes) -> attr_t {
        var value = enplan_a_normal()
        if a.contains(.bold) { value |= enplan_a_bold() }
        if a.contains(.reverse) { value |= enplan_a_reverse() }
        if a.contains(.underline) { value |= enplan_a_underline() }
        if a.contains(.dim) { value |= enplan_a_dim() }
        return value
    }

    /// Colour pairs are made when first needed and kept.
    private func colorPair(_ style: Style) -> Int16 {
        guard colors > 0 else { return 0 }
        let key = PairKey(foreground: style.foreground.index(forTerminalColors: colors),
                          background: style.background.index(forTerminalColors: colors))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair <= maxPairs else { return 0 }
        let pair = nextPair
        init_pair(pair, Int16(key.foreground), Int16(key.background))
        pairs[key] = pair
        nextPair += 1
        return pair
    }
}
