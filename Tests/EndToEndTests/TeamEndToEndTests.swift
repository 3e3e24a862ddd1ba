import Foundation
import Testing
import TestSupport

/// A team as a municipality deploys it: one service account owns the data folder; people come in
/// over a real OpenSSH server with their own keys, and the key decides who they are and what they
/// may do. Runs where root can make the account and start sshd (CI sets ENPLAN_TEAM_TESTS=1 and
/// installs openssh-server; there a missing piece fails the test instead of passing over it).
@Suite(.serialized, .enabled(if: SSHServer.unavailableReason == nil || ProcessInfo.processInfo.environment["ENPLAN_TEAM_TESTS"] == "1"))
struct TeamEndToEndTests {
    let tmp = TemporaryFolder("enplan-team")

    struct Team {
        let server: SSHServer
        let mette: String
        let leder: String
        var data: String { server.home + "/data" }
        var enplan: String { Tmux.quote(Binaries.path("enplan")) }

        func run(_ args: String) throws -> CommandResult {
            try server.asAccount(enplan + " " + args + " --data " + Tmux.quote(data) + " --today 2026-11-23")
        }
    }

    func team() throws -> Team {
        if let reason = SSHServer.unavailableReason { throw SSHError(message: reason) }
        chmod(tmp.path, 0o755)
        let server = try SSHServer(folder: tmp.path)
        let team = Team(server: server, mette: try server.makeKey("mette"), leder: try server.makeKey("leder"))
        let demo = try team.run("demo --citizens 12")
        #expect(demo.status == 0, "\(demo.stderr)")
        let addCoordinator = try team.run("users add mette --role coordinator --key \(Tmux.quote(team.mette + ".pub")) "
                                          + "--full-name 'Mette Hansen' --phone '+45 12 34 56 78'")
        #expect(addCoordinator.status == 0, "\(addCoordinator.stderr)")
        let addSupervisor = try team.run("users add leder --role supervisor --key \(Tmux.quote(team.leder + ".pub"))")
        #expect(addSupervisor.status == 0, "\(addSupervisor.stderr)")
        return team
    }

    @Test func aCoordinatorSavesOverSSHAndIsAuditedByTheirKey() throws {
        let team = try team()
        let keys = try String(contentsOfFile: team.server.home + "/.ssh/authorized_keys", encoding: .utf8)
        #expect(keys.contains("--user mette --role coordinator") && keys.contains("restrict,pty"))
        let tmux = try Tmux(team.server.ssh(key: team.mette, remote: "--lang en"), width: 100, height: 30)
        try tmux.wait(for: "My citizens (mette)", timeout: 20)
        try tmux.send("Enter")
        try tmux.wait(for: "rev.")
        try tmux.send("a")
        try tmux.wait(for: "What do you want to add?")
        try tmux.send("Enter")
        try tmux.type("Mål over ssh 学")
        try tmux.send("C-s")
        try tmux.wait(for: "Saved (revision")
        try tmux.send("q")
        try tmux.wait(for: "My citizens (mette)")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        let list = try team.run("list --format csv")
        let id = try #require(list.stdout.split(separator: "\n").dropFirst().first { $0.contains(",mette,") }?.split(separator: ",").first)
        let show = try team.run("show \(id) --format json")
        #expect(show.stdout.contains("Mål over ssh 学"), "\(show.stdout.prefix(400))\(show.stderr)")
        let audit = try team.run("audit show \(id) --format json")
        #expect(audit.stdout.contains("\"user\" : \"mette\"") && audit.stdout.contains("\"action\" : \"update\""), "\(audit.stdout)")
        #expect(audit.stdout.contains("\"key\" : \"SHA256:"), "the key's fingerprint is in the entry")
        #expect(audit.stdout.contains("\"ssh\" : \"127.0.0.1 "), "SSH_CONNECTION is in the entry")
        let verify = try team.run("audit verify")
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func aSupervisorChangesNothingWhateverKeysTheySend() throws {
        let team = try team()
        let before = try team.run("list --format json").stdout
        let tmux = try Tmux(team.server.ssh(key: team.leder, remote: "--lang en"), width: 100, height: 30)
        try tmux.wait(for: "READ-ONLY", timeout: 20)
        // A supervisor starts on the team overview: one row per coordinator and the totals.
        let overview = try tmux.wait(for: "Total")
        #expect(overview.contains("[Coordinators]") && overview.contains("mette"), "\(overview)")
        try tmux.send("h")
        try tmux.wait(for: "Read-only access")
        try tmux.send("Tab")
        try tmux.wait(for: "[Target groups]")
        try tmux.send("Escape")
        try tmux.wait(for: "All citizens")
        try tmux.send("n")
        try tmux.wait(for: "Read-only access")
        try tmux.send("Enter")
        try tmux.wait(for: "rev.")
        // Every key that changes data; the last one's refusal is what stays on screen.
        for key in ["C-s", "Enter", "e", "d", "x", "X", "m", "p", "c", "o", "r", "s", "h", "a"] {
            try tmux.send(key)
        }
        let screen = try tmux.wait(for: "Read-only access")
        #expect(!screen.contains("What do you want to add?") && !screen.contains("┌─ Goal"), "\(screen)")
        try tmux.send("q")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        let after = try team.run("list --format json").stdout
        #expect(after == before, "nothing changed")
        let segments = try FileManager.default.contentsOfDirectory(atPath: team.data + "/audit/leder")
        #expect(!segments.isEmpty, "the supervisor's views are audited under their name")
    }

    @Test func aCommandAskedForOverSSHRunsEnplanNotTheCommand() throws {
        let team = try team()
        for key in [team.mette, team.leder] {
            let r = try Binaries.runShell(team.server.ssh(key: key, tty: false, remote: "cat /etc/passwd"))
            #expect(!r.stdout.contains("root:x:0:0"), "\(r.stdout)")
            #expect(r.stderr.contains("needs a terminal") || r.stdout.contains("needs a terminal"), "\(r.stdout)\(r.stderr)")
        }
    }

    /// Found by an attacker: `w` wrote wherever the person typed, so a coordinator (and a "read-only"
    /// supervisor) could write an ssh key line into the service account's `~/.ssh/authorized_keys2`.
    @Test func printingInASessionWritesNothingOnTheServerAndTheLetterComesOverSSH() throws {
        let team = try team()
        let list = try team.run("list --format csv")
        let id = String(try #require(list.stdout.split(separator: "\n").dropFirst().first { $0.contains(",mette,") }?
            .split(separator: ",").first))
        let planted = team.server.home + "/.ssh/authorized_keys2"
        let before = try FileManager.default.contentsOfDirectory(atPath: team.server.home).sorted()
        for (key, start) in [(team.mette, "My citizens (mette)"), (team.leder, "[Coordinators]")] {
            let tmux = try Tmux(team.server.ssh(key: key, remote: "--lang en"), width: 120, height: 30)
            try tmux.wait(for: start, timeout: 20)
            if key == team.leder {
                try tmux.send("Escape")
                try tmux.wait(for: "All citizens")
            }
            try tmux.send("/")
            try tmux.type(id)
            try tmux.send("Enter")
            try tmux.send("Enter")
            try tmux.wait(for: "rev.")
            try tmux.send("w")
            let screen = try tmux.wait(for: "letter \(id) --format html")
            #expect(screen.contains("nothing is written on the server"), "\(screen)")
            #expect(!screen.contains("┌─ Print"), "no path is asked for: \(screen)")
            // Whatever is typed now goes nowhere near a file.
            try tmux.type("~/.ssh/authorized_keys2")
            try tmux.send("Enter")
            try tmux.send("C-c")
            try tmux.send("C-c")
            try tmux.wait(for: "[exit 0]")
        }
        #expect(!FileManager.default.fileExists(atPath: planted))
        #expect(try FileManager.default.contentsOfDirectory(atPath: team.server.home).sorted() == before)
        // The one way a letter leaves the server: printed to the person's own terminal, audited.
        let letter = try Binaries.runShell(team.server.ssh(key: team.mette, tty: false, remote: "letter \(id) --format html"))
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.hasPrefix("<!DOCTYPE html>") && letter.stdout.contains("</html>"), "\(letter.stdout.prefix(300))")
        let markdown = try Binaries.runShell(team.server.ssh(key: team.leder, tty: false, remote: "letter \(id) --format md --lang da"))
        #expect(markdown.status == 0 && markdown.stdout.hasPrefix("# "), "\(markdown.stdout.prefix(300))\(markdown.stderr)")
        // The letter telling the citizen who worked on the case (issue 25): even a read-only supervisor may print it.
        let access = try Binaries.runShell(team.server.ssh(key: team.leder, tty: false, remote: "letter \(id) --for-citizen --format md --lang da"))
        #expect(access.status == 0 && access.stdout.hasPrefix("# Hvem har arbejdet med din sag"), "\(access.stdout.prefix(300))\(access.stderr)")
        #expect(access.stdout.contains("(leder) udskrev din plan"), "the supervisor's own printing is in it:\n\(access.stdout)")
        let audit = try team.run("audit show \(id) --format json")
        #expect(audit.stdout.contains("\"detail\" : \"letter over ssh (html)\""), "\(audit.stdout)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]])
        let exports = entries.filter { $0["action"] as? String == "export" }
        #expect(exports.map { $0["user"] as? String } == ["mette", "leder", "leder"], "\(exports)")
        // Anything else asked for is refused in words, and nothing runs.
        for asked in ["id", "letter \(id) --format json", "letter ../../etc/passwd", "letter", "--theme x", "--for-citizen"] {
            let r = try Binaries.runShell(team.server.ssh(key: team.mette, tty: false, remote: asked))
            #expect(r.status == 2 && r.stderr.contains("cannot be asked for over ssh"), "\(asked): \(r.status) \(r.stdout)\(r.stderr)")
            #expect(!r.stdout.contains("uid="))
        }
    }

    @Test func aLocalUserWhoIsNotTheServiceAccountCannotReadTheData() throws {
        let team = try team()
        let r = try Binaries.runShell("su -s /bin/sh nobody -c " + Tmux.quote("ls " + team.data + "; cat " + team.data + "/enplan.key"))
        #expect(r.status != 0)
        #expect(r.stderr.contains("Permission denied"), "\(r.stdout)\(r.stderr)")
        #expect(!r.stdout.contains("citizens"))
        // enplan itself tells them so in words, not that the folder does not exist.
        let asNobody = try Binaries.runShell("su -s /bin/sh nobody -c " + Tmux.quote(team.enplan + " list --data " + Tmux.quote(team.data)))
        #expect(asNobody.status == 3 && asNobody.stderr.contains("you have no access to it (permission denied)"),
                "\(asNobody.stderr)")
    }

    @Test func aReadOnlyCopyShowsNoOneUnlessItsViewsAreAuditedElsewhere() throws {
        let team = try team()
        // A copy the service account can read but not write (as a backup or a read-only mount).
        let copy = tmp.child("copy")
        let cp = try Binaries.runShell("cp -a \(Tmux.quote(team.data)) \(Tmux.quote(copy)) && chown -R root:root \(Tmux.quote(copy)) "
                                       + "&& chmod -R a+rX,go-w \(Tmux.quote(copy))")
        #expect(cp.status == 0, "\(cp.stderr)")
        let command = "su -s /bin/sh \(team.server.account) -c " + Tmux.quote(team.enplan + " --data " + Tmux.quote(copy) + " --lang en")
        let refused = try Tmux(command, width: 100, height: 30)
        try refused.wait(for: "No one is shown: the audit trail cannot be written", timeout: 20)
        let screen = try refused.screen()
        #expect(!screen.contains("Mette") && !screen.contains("▶"), "\(screen)")
        try refused.send("q")
        try refused.wait(for: "[exit 0]")
        let elsewhere = team.server.home + "/audit-of-copy"
        let browsing = try Tmux("su -s /bin/sh \(team.server.account) -c "
                                + Tmux.quote(team.enplan + " --data " + Tmux.quote(copy) + " --audit-dir " + elsewhere + " --lang en"),
                                width: 100, height: 30)
        try browsing.wait(for: "[Coordinators]", timeout: 20)
        try browsing.send("q")
        try browsing.wait(for: "All citizens")
        try browsing.send("q")
        try browsing.wait(for: "[exit 0]")
        #expect(FileManager.default.fileExists(atPath: elsewhere + "/" + team.server.account), "the views were audited there")
    }
}
