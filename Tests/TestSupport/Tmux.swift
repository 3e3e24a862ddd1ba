import CSpawn
import Foundation

/// A real terminal for end-to-end tests: a private tmux server running one program. Assertions poll
/// the screen until they hold or time out; nothing sleeps and hopes.
public final class Tmux {
    public let socket: String
    public let session = "t"

    public struct Timeout: Error, CustomStringConvertible {
        public var waitingFor: String
        public var screen: String
        public var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    /// Starts `command` (a shell command line) in a detached window of the given size.
    public init(_ command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "enplan-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let env = environment.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        // The program's exit status is printed and the pane kept, so tests can read both, for as long
        // as the test process lives. A watchdog in the pane ends the server when the test process
        // ends, even without this object's deinit (a runner that exits, a test that never returned),
        // and with it a program still running there: a test run leaves no process behind.
        // (Started in a subshell that returns at once, so it is no child of the pane's shell, whose
        // first child is the program under test.)
        let watchdog = "( (while \(Tmux.alive(getpid())); do sleep 0.5; done; tmux -L \(socket) kill-server) >/dev/null 2>&1 & );"
        let line = "\(watchdog) env TERM=xterm-256color LANG=C.UTF-8 \(env) \(command); echo \"[exit $?]\"; "
            + "while \(Tmux.alive(getpid())); do sleep 0.5; done"
        // (env applies the assignments in order, so a TERM in `environment` wins over the default.)
        // The server this starts lives on: it must not inherit a pipe we would wait on.
        try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), line], output: false)
    }

    deinit { _ = try? run(["kill-server"], output: false) }

    /// A shell test that holds while the process lives (a zombie no one reaped counts as gone).
    public static func alive(_ pid: pid_t) -> String { "ps -o stat= -p \(pid) 2>/dev/null | grep -q '^[^Z]'" }

    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs tmux with posix_spawn and waitpid. Not Foundation's Process: the tmux server daemon
    /// inherits the descriptor Process watches for termination, and the wait would never end.
    @discardableResult
    func run(_ arguments: [String], output: Bool = true) throws -> String {
        let outPath = NSTemporaryDirectory() + "enplan-tmux-\(getpid())-\(UUID().uuidString)"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Tests run in parallel: without this, the tmux server daemon would inherit other tests' pipes
        // and keep them open, and those tests would wait for end-of-file forever.
        enplan_spawn_close_from(&actions, 3)
        let argv = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The server and every program in its panes start with the signals a terminal sends unblocked.
        _ = enplan_spawnattr_default_signals(&attributes)
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard rc == 0 else { throw Timeout(waitingFor: "tmux to start (error \(rc); is tmux installed?)", screen: "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard output else { return "" }
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Keys by tmux name: "Enter", "Escape", "Down", "C-c", "q".
    public func send(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Literal text, UTF-8 included.
    public func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

    public func screen() throws -> String { try run(["capture-pane", "-p", "-t", session]) }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// A tmux format of the pane, e.g. "#{alternate_on}" (1 while a full-screen program holds it).
    public func format(_ format: String) throws -> String {
        try run(["display", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program running in the pane's shell.
    public func panePID() throws -> Int32? { Int32(try run(["display", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) }

    /// The pid of the program the pane's shell is running (the shell's first child).
    public func programPID() throws -> Int32? {
        guard let shell = try panePID(),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// Waits until the screen satisfies `condition`; returns the screen.
    @discardableResult
    public func wait(for description: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Timeout(waitingFor: description, screen: last)
    }

    @discardableResult
    public func wait(for text: String, timeout: Double = 10) throws -> String {
        try wait(for: "'\(text)'", timeout: timeout) { $0.contains(text) }
    }
}
