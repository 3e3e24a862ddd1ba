import Foundation
import Testing
import TestSupport

/// The throw-away PostgreSQL cluster of this test run, where there is one.
enum TestServer {
    static let connection = ProcessInfo.processInfo.environment["ENPLAN_TEST_POSTGRES"]
}

/// The command line on a PostgreSQL database (the cluster `scripts/test` starts): the same commands,
/// words and exit codes as on a folder.
@Suite(.enabled(if: TestServer.connection != nil, "no PostgreSQL server: scripts/test starts one where the postgresql package is installed"))
struct DatabaseCLITests {
    /// A database of its own, as a `--data` URI; dropped by `drop`.
    final class Database {
        let name: String
        let uri: String
        private let admin: String

        init() throws {
            let server = try #require(TestServer.connection)
            let settings = Dictionary(uniqueKeysWithValues: server.split(separator: " ").compactMap { pair -> (String, String)? in
                let parts = pair.split(separator: "=", maxSplits: 1)
                return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
            })
            name = "enplan_cli_" + String(UInt64.random(in: 0..<1_000_000_000_000), radix: 36)
            admin = server
            uri = "postgresql:///\(name)?host=\(settings["host"] ?? "")&user=\(settings["user"] ?? "")"
            let made = try Binaries.runShell("psql '\(server)' -qc 'CREATE DATABASE \(name)'")
            #expect(made.status == 0, "\(made.stderr)")
        }

        deinit { _ = try? Binaries.runShell("psql '\(admin)' -qc 'DROP DATABASE IF EXISTS \(name) WITH (FORCE)'") }
    }

    func enplan(_ database: Database, _ args: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", database.uri, "--today", "2026-11-23"], environment: environment)
    }

    @Test func aCoordinatorsCommandsWorkOnADatabaseAsOnAFolder() throws {
        let db = try Database()
        let before = try enplan(db, ["list"])
        #expect(before.status == 3 && before.stderr.contains("run 'enplan init --data \(db.uri)' first"), "\(before.stderr)")
        let first = try enplan(db, ["init"])
        #expect(first.status == 0 && first.stdout.contains("version 0 → "), "\(first.stdout)\(first.stderr)")
        #expect(try enplan(db, ["init"]).stdout.contains("nothing to do"))
        #expect(try enplan(db, ["demo", "--citizens", "20"]).status == 0)
        let again = try enplan(db, ["demo", "--citizens", "20", "--lang", "da"])
        #expect(again.status == 1 && again.stderr.contains("databasen rummer allerede 20 planer"), "\(again.stderr)")
        let list = try enplan(db, ["list", "--all", "--format", "csv"])
        let rows = list.stdout.split(separator: "\n")
        #expect(list.status == 0 && rows.count == 21 && rows[0].hasPrefix("id,name,"), "\(list.stdout)")
        let id = String(try #require(rows.dropFirst().first).split(separator: ",")[0])
        #expect(try enplan(db, ["close", id, "--reason", "job"]).status == 0)
        let trail = try enplan(db, ["audit", "show", id])
        #expect(trail.stdout.contains("status closed:job from 2026-11-23"), "\(trail.stdout)")
        let show = try enplan(db, ["show", id, "--format", "json"])
        #expect(show.status == 0 && show.stdout.contains("\"revision\" : 2"), "\(show.stdout.prefix(300))")
        #expect(try enplan(db, ["check"]).status == 0)
        #expect(try enplan(db, ["audit", "verify"]).status == 0)
        let acting = try enplan(db, ["list", "--as", "mette"])
        #expect(acting.status == 2 && acting.stderr.contains("not on a database"))
    }

    @Test func aServerThatIsNotThereIsSaidInWordsWithExitCodeThree() throws {
        let gone = try Binaries.run("enplan", ["list", "--data", "postgresql:///enplan?host=/nonexistent-enplan&user=x"])
        #expect(gone.status == 3 && gone.stderr.contains("cannot be reached"), "\(gone.stderr)")
        let danish = try Binaries.run("enplan", ["list", "--lang", "da", "--data", "postgresql://x:hemmeligt@/enplan?host=/nonexistent-enplan"])
        #expect(danish.status == 3 && danish.stderr.contains("kan ikke nås") && !danish.stderr.contains("hemmeligt"), "\(danish.stderr)")
    }

    /// The TUI in tmux on a database with a demo of twelve, all of them listed; the account folder its
    /// session anchors the audit chain in as it ends (the test's, not the account's).
    func everyoneOnTheDashboard() throws -> (Database, TemporaryFolder, Tmux) {
        let db = try Database()
        #expect(try enplan(db, ["init"]).status == 0)
        #expect(try enplan(db, ["demo", "--citizens", "12"]).status == 0)
        let account = TemporaryFolder("enplan-tui-account")
        let tmux = try Tmux(Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(db.uri) + " --today 2026-11-23 --lang en",
                            environment: ["XDG_DATA_HOME": account.path])
        do {
            // Nobody of the demo's is the OS user's own: `v` lists everyone (one of the twelve is closed).
            try tmux.wait(for: "You are not plan coordinator for any citizen")
            try tmux.send("v")
            try tmux.wait(for: "11 total")
        } catch {
            // The session anchors into the account folder as it ends: ended before the folder goes.
            try? tmux.send("q")
            _ = try? tmux.wait(for: "[exit 0]")
            throw error
        }
        return (db, account, tmux)
    }

    /// The TUI on a database in a real terminal: the dashboard lists the demo, a citizen typed in the
    /// new-citizen form is in the database at once, and a plan opens.
    @Test func theTerminalUIWorksOnADatabase() throws {
        let (db, account, tmux) = try everyoneOnTheDashboard()
        defer { withExtendedLifetime(account) {} }
        try tmux.send("n")
        try tmux.wait(for: "New citizen")
        try tmux.type("Åse Ærø 王芳")
        try tmux.send("C-s")
        try tmux.wait(for: "Åse Ærø 王芳 was created")
        try tmux.wait(for: "My citizens (")
        try tmux.send("Enter")
        try tmux.wait(for: "1 Employment")
        try tmux.send("q")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        let anchors = (try? FileManager.default.contentsOfDirectory(atPath: account.path + "/enplan/anchors")) ?? []
        #expect(anchors.contains { $0.hasSuffix(".tsv") } && anchors.contains("anchor.key"), "the session anchored the chain as it ended: \(anchors)")
        let list = try enplan(db, ["list", "--all", "--format", "csv"])
        #expect(list.stdout.split(separator: "\n").count == 14 && list.stdout.contains("Åse Ærø 王芳,"), "\(list.stdout)")
    }

    /// Issue 27: the server drops the screen's connection (here it ends it, as a restart would) while
    /// a goal is being typed. The save says the database cannot be reached and keeps the form; the
    /// next Ctrl-S connects again and saves, as the same person.
    @Test func aDroppedConnectionKeepsTheFormAndTheNextSaveGoesThrough() throws {
        let (db, account, tmux) = try everyoneOnTheDashboard()
        defer { withExtendedLifetime(account) {} }
        try tmux.send("Enter")
        try tmux.wait(for: "1 Employment")
        try tmux.send("a")
        try tmux.send("Enter")
        try tmux.wait(for: "Goal")
        try tmux.type("Cykle til arbejde")
        let server = try #require(TestServer.connection)
        let ended = try Binaries.runShell("psql '\(server)' -qAtc \"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          + "WHERE datname = '\(db.name)' AND pid <> pg_backend_pid()\"")
        #expect(ended.status == 0 && ended.stdout.trimmingCharacters(in: .whitespacesAndNewlines) != "0", "\(ended.stdout)\(ended.stderr)")
        try tmux.send("C-s")
        let failed = try tmux.wait(for: "cannot be reached")
        #expect(failed.contains("Cykle til arbejde"), "the form keeps what was typed:\n\(failed)")
        try tmux.send("C-s")
        try tmux.wait(for: "Saved (revision")
        try tmux.wait(for: "Cykle til arbejde")
        try tmux.send("q")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
        let verified = try enplan(db, ["audit", "verify"])
        #expect(verified.status == 0, "the chain is whole across the new connection: \(verified.stdout)\(verified.stderr)")
    }

    /// A colleague closes a case from the command line while the dashboard is open: it leaves the
    /// list within a second, without a key press (LISTEN/NOTIFY, ids only).
    @Test func aColleaguesCloseShowsOnAnOpenDashboardWithoutAKey() throws {
        let (db, account, tmux) = try everyoneOnTheDashboard()
        // Kept until the session has ended: it anchors into this folder as it ends.
        defer { withExtendedLifetime(account) {} }
        let open = try enplan(db, ["list", "--format", "csv"]).stdout.split(separator: "\n").dropFirst()
        let id = String(try #require(open.first).split(separator: ",")[0])
        let start = Date()
        #expect(try enplan(db, ["close", id, "--reason", "job"]).status == 0)
        try tmux.wait(for: "10 total", timeout: 5)
        #expect(Date().timeIntervalSince(start) < 2, "shown \(Date().timeIntervalSince(start)) s after the close")
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    /// `users add` on a database makes the person a database role in their group, writes their
    /// forced ssh line with the database as --data, and says what pg_ident.conf needs.
    @Test func aPersonAddedToTheTeamIsADatabaseRoleInTheirGroup() throws {
        let db = try Database()
        #expect(try enplan(db, ["init"]).status == 0)
        let tmp = TemporaryFolder("enplan-dbusers")
        let key = tmp.child("lise")
        #expect(try Binaries.runShell("ssh-keygen -q -t ed25519 -N '' -C lise -f '\(key)'").status == 0)
        let login = "lise_" + String(UInt64.random(in: 0..<1_000_000_000), radix: 36)
        let keys = tmp.child("authorized_keys")
        let added = try enplan(db, ["users", "add", login, "--role", "supervisor", "--key", key + ".pub", "--full-name", "Lise Holm",
                                    "--authorized-keys", keys])
        #expect(added.status == 0 && added.stdout.contains("add to pg_ident.conf: enplan "), "\(added.stdout)\(added.stderr)")
        let server = try #require(TestServer.connection)
        defer { _ = try? Binaries.runShell("psql '\(server)' -qc 'DROP ROLE IF EXISTS \(login)'") }
        let groups = try Binaries.runShell("""
            psql '\(server)' -Atc "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member \
            JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = '\(login)'"
            """)
        #expect(groups.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "enplan_supervisor", "\(groups.stdout)\(groups.stderr)")
        let line = try String(contentsOfFile: keys, encoding: .utf8)
        #expect(line.contains("session --data") && line.contains(db.name) && line.contains("--role supervisor"), "\(line)")
        #expect(try enplan(db, ["users", "set-role", login, "coordinator", "--authorized-keys", keys]).status == 0)
        let now = try Binaries.runShell("""
            psql '\(server)' -Atc "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member \
            JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = '\(login)'"
            """)
        #expect(now.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "enplan_coordinator", "\(now.stdout)")
    }

    /// A superuser rewrites a row and recomputes every hash after it: the chain inside the database
    /// verifies, but the head anchored outside it does not.
    @Test func aRecomputedChainIsFoundByTheAnchorOutsideTheDatabase() throws {
        let db = try Database()
        let tmp = TemporaryFolder("enplan-anchor")
        let account = ["XDG_DATA_HOME": tmp.child("share")]
        #expect(try enplan(db, ["init"]).status == 0)
        #expect(try enplan(db, ["demo", "--citizens", "5"]).status == 0)
        let anchored = try enplan(db, ["audit", "anchor"], environment: account)
        #expect(anchored.status == 0 && anchored.stdout.contains("anchored at row"), "\(anchored.stdout)\(anchored.stderr)")
        let server = try #require(TestServer.connection).replacingOccurrences(of: "dbname=postgres", with: "dbname=\(db.name)")
        let rewrite = try Binaries.runShell("""
            psql '\(server)' -v ON_ERROR_STOP=1 -q <<'SQL'
            ALTER TABLE enplan.audit DISABLE TRIGGER audit_no_change;
            UPDATE enplan.audit SET person = 'someone else' WHERE seq = 2;
            DO $$ DECLARE r enplan.audit; previous text; BEGIN
                SELECT hash INTO previous FROM enplan.audit WHERE seq = 1;
                FOR r IN SELECT * FROM enplan.audit WHERE seq >= 2 ORDER BY seq LOOP
                    r.prev := previous; r.hash := enplan.audit_hash(r);
                    UPDATE enplan.audit SET prev = r.prev, hash = r.hash WHERE seq = r.seq;
                    previous := r.hash;
                END LOOP;
                UPDATE enplan.audit_head SET hash = previous;
            END $$;
            ALTER TABLE enplan.audit ENABLE TRIGGER audit_no_change;
            SQL
            """)
        #expect(rewrite.status == 0, "\(rewrite.stderr)")
        let elsewhere = try enplan(db, ["audit", "verify"], environment: ["XDG_DATA_HOME": tmp.child("other")])
        #expect(elsewhere.status == 0, "without the anchor the recomputed chain holds together: \(elsewhere.stdout)")
        let verify = try enplan(db, ["audit", "verify"], environment: account)
        #expect(verify.status == 1 && verify.stdout.contains("enplan.audit:"), "\(verify.stdout)\(verify.stderr)")
    }
}
