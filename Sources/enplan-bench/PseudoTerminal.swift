#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A program running on a pseudo-terminal, for measuring what a user's terminal would receive.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    private(set) var received = Data()
    /// When the last byte arrived.
    private(set) var lastArrival = 0.0

    init(_ path: String, _ arguments: [String], width: Int, height: Int, environment: [String: String]) throws {
        // Linux's pseudo-terminal multiplexer: unlock the slave and ask its number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        // TIOCSPTLCK and TIOCGPTN are _IOW/_IOR macros that do not import; these are their values on Linux.
        let setLock: UInt = 0x4004_5431, getNumber: UInt = 0x8004_5430
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw BenchError(description: "no pseudo-terminal")
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = "/dev/pts/\(number)"
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session, so that opening the slave makes it the controlling terminal.
        let spawnSetsid: Int16 = 0x80 // POSIX_SPAWN_SETSID in glibc, which Swift's Glibc module does not export
        posix_spawnattr_setflags(&attributes, spawnSetsid)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw BenchError(description: "cannot start \(path): error \(rc)") }
        pid = child
    }

    /// Reads until `done` holds for everything received so far, or the timeout passes.
    @discardableResult
    func read(until done: (Data) -> Bool, timeout: Double) -> Bool {
        let deadline = Clock.now() + timeout
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Clock.now() < deadline {
            if done(received) { return true }
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 20) > 0 else { continue }
            let n = Glibc.read(master, &buffer, buffer.count)
            if n <= 0 { return done(received) }
            received.append(contentsOf: buffer[0..<n])
            lastArrival = Clock.now()
        }
        return done(received)
    }

    /// Reads whatever arrives until the output has been quiet for `quiet` seconds.
    func drain(quiet: Double = 0.05) {
        var last = received.count
        var quietSince = Clock.now()
        _ = read(until: { data in
            if data.count != last {
                last = data.count
                quietSince = Clock.now()
            }
            return Clock.now() - quietSince >= quiet
        }, timeout: 5)
    }

    func clear() { received.removeAll(keepingCapacity: true) }

    /// Sends keys and waits until the screen settles: seconds to the last byte, and the bytes sent.
    /// ncurses sends only what changed (the "1" of "1/834" becomes "2"), so there is no text to wait for.
    func keystroke(_ keys: String) -> (seconds: Double, bytes: Int) {
        clear()
        let sent = Clock.now()
        send(keys)
        drain()
        return (lastArrival - sent, received.count)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// The program's peak resident memory so far (VmHWM), read while it runs.
    func peakMemoryKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// Waits for the program to end; returns its peak memory in KiB.
    func wait() -> Int {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        close(master)
        return usage.ru_maxrss
    }
}

extension Data {
    func contains(_ text: String) -> Bool { range(of: Data(text.utf8)) != nil }
}
