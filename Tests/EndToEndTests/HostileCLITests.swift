import Foundation
import PlanCore
import Testing
import TestSupport

/// The command line tried as an attacker would: names that try to drive the terminal, a full disk,
/// a damaged or forged audit trail.
@Suite struct HostileCLITests {
    let tmp = TemporaryFolder("enplan-hostile")
    var data: String { tmp.child("data") }

    func enplan(_ args: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data, "--today", "2026-11-23"], environment: environment)
    }

    /// A document as an older enplan (or a hand edit) could have left it: a name full of escapes.
    func plantHostileName() throws -> String {
        let r = try enplan(["demo", "--citizens", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/citizens").filter { $0.hasSuffix(".json") }.sorted().first)
        let path = data + "/citizens/" + name
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let hostile = #"Evil\u001b]0;owned\u0007\u001b]52;c;cGF5bG9hZA==\u0007\u001b[2J\r\u0000\u202eexe.txt"#
        let range = try #require(text.range(of: #""name" : "[^"]*""#, options: .regularExpression))
        text.replaceSubrange(range, with: "\"name\" : \"\(hostile)\"")
        // As an editor saves (a new file renamed over the old), which every listing notices.
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return String(name.dropLast(5))
    }

    @Test func listAndShowNeverPrintControlCharactersFromData() throws {
        let id = try plantHostileName()
        var outputs: [String: String] = [:]
        for format in ["table", "csv", "json"] { outputs["list " + format] = try enplan(["list", "--format", format]).stdout }
        for format in ["text", "md", "json"] { outputs["show " + format] = try enplan(["show", id, "--format", format]).stdout }
        for (what, out) in outputs {
            #expect(out.contains("Evil"), "\(what) lists the citizen")
            for bad in [0x1B, 0x07, 0x0D, 0x00] as [UInt8] {
                #expect(!out.utf8.contains(bad), "\(what) printed byte \(bad)")
            }
            #expect(!out.unicodeScalars.contains { $0.value == 0x202E }, "\(what) printed a raw bidi override")
        }
        #expect(outputs["list table"]?.contains("⟨U+202E⟩") == true, "the override is shown as a visible mark")
    }

    @Test func importRefusesControlCharactersNamingRowAndColumn() throws {
        let csv = tmp.child("evil.csv")
        try "name,phone\nÅse,12345678\n\"Bo\u{1B}[2J\",87654321\n".write(toFile: csv, atomically: false, encoding: .utf8)
        let r = try enplan(["import", csv])
        #expect(r.status == 1)
        #expect(r.stderr.contains("row 3, column 'name'") && r.stderr.contains("control character"), "\(r.stderr)")
        #expect(!r.stderr.utf8.contains(0x1B))
    }

    @Test func aFullDiskOnANewFolderLeavesNothingThatBlocksARetry() throws {
        // A file size limit of zero: every write fails (EFBIG), as on a full disk.
        for command in [["demo", "--citizens", "5"], ["import", "/dev/null"]] {
            let shell = "ulimit -f 0; exec " + ([Binaries.path("enplan")] + command + ["--data", data]).map(Tmux.quote).joined(separator: " ")
            let failed = try Binaries.runShell(shell)
            #expect(failed.status != 0)
            #expect(!failed.stderr.contains("system error"), "\(failed.stderr)")
            #expect(!FileManager.default.fileExists(atPath: data), "a failed first write leaves no folder: \(failed.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.contains("creating") }.isEmpty)
        }
        let retry = try enplan(["demo", "--citizens", "5"])
        #expect(retry.status == 0, "\(retry.stderr)")
    }

    @Test func outputToAFullDiskIsAnErrorInWordsNotACrash() throws {
        #expect(try enplan(["demo", "--citizens", "5"]).status == 0)
        // /dev/full fails every write with ENOSPC, as a full disk does.
        let shell = "exec " + [Binaries.path("enplan"), "list", "--data", data].map(Tmux.quote).joined(separator: " ") + " > /dev/full"
        let r = try Binaries.runShell(shell)
        #expect(r.status == 1 && !r.killedBySignal, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("could not write the output: the disk is full"), "\(r.stderr)")
    }

    @Test func aHalfBuiltFolderOfAKilledEnplanIsRemovedAndTheFolderMade() throws {
        let leftover = tmp.path + "/.data.creating-999999-abcdef"
        try FileManager.default.createDirectory(atPath: leftover + "/citizens", withIntermediateDirectories: true)
        #expect(try enplan(["demo", "--citizens", "2"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func aReadOnlyUserIsRefusedAnImportBeforeTheFileIsRead() throws {
        #expect(try enplan(["demo", "--citizens", "2"]).status == 0)
        chmod(data + "/citizens", 0o500)
        defer { chmod(data + "/citizens", 0o700) }
        guard getuid() != 0 else { return }   // root writes anywhere: the folder mode proves nothing then
        let r = try enplan(["import", tmp.child("does-not-exist.csv")])
        #expect(r.status == 1 && r.stderr.contains("read-only"), "\(r.stderr)")
    }

    @Test func aGarbageLineAtTheEndOfTheTrailIsRepairedKeepingTheEvidence() throws {
        #expect(try enplan(["demo", "--citizens", "3"]).status == 0)
        let user = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/audit").first)
        let folder = data + "/audit/" + user
        let segment = folder + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first))
        let handle = try #require(FileHandle(forWritingAtPath: segment))
        handle.seekToEndOfFile()
        handle.write(Data("this is not an audit line\n".utf8))
        try handle.close()
        let blocked = try enplan(["list"])
        #expect(blocked.status != 0 && blocked.stderr.contains("enplan audit repair"), "\(blocked.stderr)")
        let repair = try enplan(["audit", "repair"])
        #expect(repair.status == 0, "\(repair.stderr)")
        #expect(try enplan(["list"]).status == 0)
        let evidence = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".damaged-") }
        #expect(evidence.count == 1)
        let kept = try String(contentsOfFile: folder + "/" + evidence[0], encoding: .utf8)
        #expect(kept.contains("this is not an audit line"))
        let verify = try enplan(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("repaired on"), "verify keeps saying a repair happened: \(verify.stdout)")
    }

    @Test func withoutTheKeyTheTrailCannotBeForgedShortenedOrRemoved() throws {
        #expect(try enplan(["demo", "--citizens", "3"]).status == 0)
        // Someone who can read the trail but not the key writes a segment in Jonas' name…
        let user = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/audit").first)
        let folder = data + "/audit/" + user
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        let lines = try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n")
        let forged = lines[0].replacingOccurrences(of: "\"user\":\"\(user)\"", with: "\"user\":\"jonas\"")
        try FileManager.default.createDirectory(atPath: data + "/audit/jonas", withIntermediateDirectories: false)
        try (forged + "\n").write(toFile: data + "/audit/jonas/" + name, atomically: false, encoding: .utf8)
        var verify = try enplan(["audit", "verify"])
        #expect(verify.status == 1 && verify.stdout.contains("audit/jonas"), "\(verify.stdout)")
        try FileManager.default.removeItem(atPath: data + "/audit/jonas")
        // …or drops the lines of the creations and recomputes an unkeyed chain…
        try (lines.dropFirst().joined(separator: "\n") + "\n").write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
        verify = try enplan(["audit", "verify"])
        #expect(verify.status == 1, "\(verify.stdout)")
        // …or removes the whole segment: every revision on disk is then unaudited.
        try FileManager.default.removeItem(atPath: folder + "/" + name)
        verify = try enplan(["audit", "verify"])
        #expect(verify.status == 1 && verify.stdout.contains("audit trail records no change"), "\(verify.stdout)")
        let check = try enplan(["check"])
        #expect(check.status == 1 && check.stdout.contains("audit lines or a segment were removed"), "\(check.stdout)")
    }

    @Test func aSymlinkOrAForeignFolderInTheTrailIsRefusedAndNothingOutsideIsTouched() throws {
        #expect(try enplan(["demo", "--citizens", "2"]).status == 0)
        let victim = tmp.child("victim.txt")
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        chmod(victim, 0o644)
        // Pre-create another user's audit folder with their segment linked to the victim's file.
        let month = AuditMonth.current()
        try FileManager.default.createDirectory(atPath: data + "/audit/jonas", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: data + "/audit/jonas/\(month).jsonl", withDestinationPath: victim)
        let r = try enplan(["list", "--as", "jonas"])
        #expect(r.status != 0 && r.stderr.contains("symbolic link"), "\(r.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        var info = stat()
        stat(victim, &info)
        #expect(info.st_mode & 0o777 == 0o644, "not re-permissioned")
    }

    /// Found by an attacker: two scores of 2^62 made every caseload view die with SIGILL (the
    /// average overflowed), Int.min crashed the letter, and a revision of Int.max crashed a save.
    @Test func aPlantedDocumentWithExtremeNumbersCrashesNothing() throws {
        #expect(try enplan(["demo", "--citizens", "12"]).status == 0)
        let folder = data + "/citizens/"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        var planted: [String] = []
        for (name, number) in zip(names.filter({ (try? String(contentsOfFile: folder + $0, encoding: .utf8))?.contains("\"scores\" : {\n") == true }),
                                  ["4611686018427387904", "-9223372036854775808"]) {
            var text = try String(contentsOfFile: folder + name, encoding: .utf8)
            for pattern in [#"("scores" : \{[^}]*)"#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
                    let range = try #require(Range(match.range, in: text))
                    text.replaceSubrange(range, with: text[range].replacingOccurrences(of: #" : -?\d+"#, with: " : " + number,
                                                                                       options: .regularExpression))
                }
            }
            text = text.replacingOccurrences(of: #""(currentLevel|expectedLevel)" : \d+"#,
                                             with: "\"$1\" : " + number, options: .regularExpression)
            try text.write(toFile: folder + name, atomically: true, encoding: .utf8)
            planted.append(String(name.dropLast(5)))
        }
        #expect(planted.count == 2)
        for args in [["list"], ["list", "--format", "json"], ["report", "caseload"], ["report", "compliance", "--by", "target-group"],
                     ["report", "compliance"]] + planted.flatMap({ id in ["text", "md", "html", "json"].map { ["show", id, "--format", $0] } }) {
            let r = try enplan(args)
            #expect(r.status == 0, "\(args): \(r.status) \(r.stderr)")
        }
        let check = try enplan(["check"])
        #expect(check.status == 1 && check.stdout.contains(planted[0]) && check.stdout.contains("4611686018427387904"),
                "\(check.status) \(check.stdout)\(check.stderr)")
        // Counters that only ever grow by one at a save: one that would overflow at the next save makes
        // the document damaged, named by list and check, never a trap; the rest of the caseload works.
        let counted = try #require(names.last)
        var text = try String(contentsOfFile: folder + counted, encoding: .utf8)
        text = text.replacingOccurrences(of: #""revision" : \d+"#, with: "\"revision\" : 9223372036854775807", options: .regularExpression)
        try text.write(toFile: folder + counted, atomically: true, encoding: .utf8)
        let list = try enplan(["list", "--format", "csv"])
        #expect(list.status == 1 && list.stderr.contains("revision 9223372036854775807 is impossible")
                && list.stdout.split(separator: "\n").count == names.count, "\(list.status) \(list.stdout)\(list.stderr)")
        let close = try enplan(["close", String(counted.dropLast(5)), "--reason", "job", "--as", "mette"])
        #expect(close.status == 1 && close.stderr.contains("is impossible"), "refused in words: \(close.status) \(close.stderr)")
        // The screen: the caseload, both plans, their timelines and the print form.
        let tmux = try Tmux(Tmux.quote(Binaries.path("enplan")) + " --data " + Tmux.quote(data) + " --today 2026-11-23 --read-only --lang en",
                            width: 120, height: 40)
        try tmux.wait(for: "[Coordinators]")
        try tmux.send("Escape")
        try tmux.wait(for: "All citizens")
        for id in planted {
            try tmux.send("/")
            try tmux.type(id)
            try tmux.send("Enter")
            try tmux.send("Enter")
            try tmux.wait(for: "rev.")
            try tmux.send("t")
            try tmux.wait(for: "Timeline")
            try tmux.send("q")
            try tmux.wait(for: "rev.")
            try tmux.send("q")
            try tmux.wait(for: "All citizens")
            try tmux.send("Escape")
        }
        try tmux.send("q")
        try tmux.wait(for: "[exit 0]")
    }

    /// Found by an attacker: a newline in `--data` given to `users add` split the `authorized_keys` line,
    /// leaving a second line with the person's key and no forced command.
    @Test func aControlCharacterInAnyPathIsRefusedBeforeAnythingRuns() throws {
        let keys = tmp.child("authorized_keys")
        let key = tmp.child("eve.pub")
        try "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl eve@laptop\n"
            .write(toFile: key, atomically: false, encoding: .utf8)
        for args in [["users", "add", "eve", "--role", "coordinator", "--key", key, "--authorized-keys", keys, "--data", data + "\nssh-ed25519 AAAA x"],
                     ["list", "--data", data + "\u{1B}[2J"], ["list", "--data=" + data + "\t"], ["check", "--data", data, "--audit-dir", tmp.child("a\nb")],
                     ["users", "add", "eve", "--role", "coordinator", "--key", key + "\n", "--data", data],
                     ["import", tmp.child("x\n.csv"), "--data", data]] {
            let r = try Binaries.run("enplan", args)
            #expect(r.status == 2 && r.stderr.contains("control character"), "\(args): \(r.status) \(r.stderr)")
        }
        let fromEnvironment = try Binaries.run("enplan", ["list"], environment: ["ENPLAN_DATA": data + "\n"])
        #expect(fromEnvironment.status == 2 && fromEnvironment.stderr.contains("ENPLAN_DATA"), "\(fromEnvironment.stderr)")
        #expect(!FileManager.default.fileExists(atPath: keys), "no authorized_keys line was written")
    }

    /// Found by an attacker: `--audit-dir` on a live, writable folder logged its views outside its trail.
    @Test func anAuditFolderElsewhereIsOnlyForACopyThatCannotBeWritten() throws {
        #expect(try enplan(["demo", "--citizens", "2"]).status == 0)
        let r = try enplan(["list", "--audit-dir", tmp.child("elsewhere")])
        #expect(r.status == 1 && r.stderr.contains("--audit-dir is only for a copy this account cannot write"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: tmp.child("elsewhere/\(NSUserName())")), "no view was logged there")
    }

    /// Found trying it as a new user: `--data d` crashed (Foundation's path functions trap on a
    /// one-letter last component), before anything was written or said.
    @Test(arguments: ["d", "d/", "./e", "æ", "a/b/c"])
    func aShortRelativeDataFolderIsCreatedAndUsed(folder: String) throws {
        let work = tmp.child("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        for args in [["demo", "--citizens", "2"], ["list"], ["check"]] {
            let r = try Binaries.run("enplan", args + ["--data", folder], currentDirectory: work)
            #expect(!r.killedBySignal && r.status == 0, "\(args) --data \(folder): \(r.stderr)")
        }
        let listed = try FileManager.default.contentsOfDirectory(atPath: work + "/" + folder + "/citizens")
        #expect(listed.filter { $0.hasSuffix(".json") }.count == 2)
        try FileManager.default.removeItem(atPath: work)
    }
}

enum AuditMonth {
    static func current() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return String(format: "%04d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1)
    }
}
