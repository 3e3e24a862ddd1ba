import Foundation

/// A real OpenSSH server on 127.0.0.1 with a throw-away host key, and a real service account for it,
/// for the team tests. Needs root (to make the account and run sshd); everything is removed at the end.
public final class SSHServer {
    public let account: String
    public let home: String
    public let port: Int
    public let folder: String

    /// Whether this machine can run the test: root, sshd, ssh, ssh-keygen and useradd.
    public static var unavailableReason: String? {
        if getuid() != 0 { return "the team tests make a service account and run sshd, which needs root" }
        for tool in ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen", "/usr/sbin/useradd", "/usr/bin/su"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            return "\(tool) is missing (openssh-server, openssh-client, passwd)"
        }
        return nil
    }

    public init(folder: String) throws {
        self.folder = folder
        var generator = SystemRandomNumberGenerator()
        account = "enplan-t" + String(UInt32.random(in: 0...UInt32.max, using: &generator) % 1_000_000)
        home = "/home/" + account
        try SSHServer.sh("useradd --create-home --shell /bin/sh \(account) && usermod -p '*' \(account)")
        try SSHServer.sh("mkdir -p /run/sshd && chmod 755 /run/sshd")
        try SSHServer.sh("ssh-keygen -q -t ed25519 -N '' -f \(folder)/hostkey")
        var chosen: Int?
        for _ in 0..<10 {
            let port = Int.random(in: 20_000...60_000, using: &generator)
            let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder)/hostkey
            PidFile \(folder)/sshd.pid
            AuthorizedKeysFile .ssh/authorized_keys
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PermitRootLogin no
            AllowUsers \(account)
            StrictModes yes
            """
            try config.write(toFile: folder + "/sshd_config", atomically: false, encoding: .utf8)
            // sshd puts itself in the background (not a Foundation Process: its monitor thread would
            // wait on the long-lived server and never see any other child end).
            let r = try Binaries.runShell("/usr/sbin/sshd -f \(folder)/sshd_config")
            for _ in 0..<20 where r.status == 0 && !SSHServer.listening(port) { usleep(50_000) }
            if r.status == 0 && SSHServer.listening(port) {
                chosen = port
                break
            }
            SSHServer.stop(pidFile: folder + "/sshd.pid")
        }
        guard let chosen else { throw SSHError(message: "sshd did not start") }
        port = chosen
    }

    static func stop(pidFile: String) {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
        kill(pid, SIGTERM)
        unlink(pidFile)
    }

    deinit {
        SSHServer.stop(pidFile: folder + "/sshd.pid")
        _ = try? SSHServer.sh("pkill -KILL -u \(account) || true; userdel --remove \(account) 2>/dev/null || true")
    }

    /// Runs a shell command as the service account, in its home.
    @discardableResult
    public func asAccount(_ command: String) throws -> CommandResult {
        try Binaries.runShell("su -s /bin/sh \(account) -c " + Tmux.quote("cd && " + command))
    }

    /// An ssh command line to this server with a key, for tmux or a shell.
    public func ssh(key: String, tty: Bool = true, remote: String = "") -> String {
        "ssh " + (tty ? "-tt " : "-T ") + "-i \(Tmux.quote(key)) -p \(port) -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
            + "-o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR \(account)@127.0.0.1"
            + (remote.isEmpty ? "" : " -- " + Tmux.quote(remote))
    }

    /// A new key pair in `folder`, readable by the service account (as a .pub handed to an admin).
    public func makeKey(_ name: String) throws -> String {
        let path = folder + "/" + name
        try SSHServer.sh("ssh-keygen -q -t ed25519 -N '' -C \(name)@laptop -f \(Tmux.quote(path)) && chmod 644 \(Tmux.quote(path)).pub")
        return path
    }

    static func listening(_ port: Int) -> Bool {
        let hex = String(port, radix: 16, uppercase: true)
        let table = (try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)) ?? ""
        return table.split(separator: "\n").contains { $0.contains(":" + String(repeating: "0", count: 4 - hex.count) + hex + " ") && $0.contains(" 0A ") }
    }

    @discardableResult
    static func sh(_ command: String) throws -> CommandResult {
        let r = try Binaries.runShell(command)
        guard r.status == 0 else { throw SSHError(message: "\(command): \(r.stderr)") }
        return r
    }
}

public struct SSHError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
