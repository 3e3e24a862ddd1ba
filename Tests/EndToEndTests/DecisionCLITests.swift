import Foundation
import Testing
import TestSupport

/// `enplan decide` (issue 25, item 1) through the real binary: recorded, shown, audited, in the letter
/// with how to complain, and refused in words.
@Suite struct DecisionCLITests {
    let tmp = TemporaryFolder("enplan-decide")
    var data: String { tmp.child("data") }

    func enplan(_ args: [String], input: String? = nil) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data, "--today", "2026-11-23"], input: input)
    }

    /// A demo citizen with at least one effort, and that effort's id, title and status.
    func citizenWithAnEffort() throws -> (id: String, effort: [String: Any]) {
        #expect(try enplan(["demo", "--citizens", "12", "--as", "mette"]).status == 0)
        let list = try enplan(["list", "--coordinator", "mette", "--format", "csv"]).stdout
        for line in list.split(separator: "\n").dropFirst() {
            let id = String(line.split(separator: ",")[0])
            let object = try JSONSerialization.jsonObject(with: Data(try enplan(["show", id, "--format", "json"]).stdout.utf8)) as? [String: Any]
            let sections = object?["sections"] as? [String: [String: Any]] ?? [:]
            let efforts = sections.values.flatMap { $0["efforts"] as? [[String: Any]] ?? [] }
            if let effort = efforts.first(where: { $0["status"] as? String == "active" && !($0["legalBasis"] as? String ?? "").isEmpty }) {
                return (id, effort)
            }
        }
        Issue.record("the demo has no active effort with a legal basis")
        throw CancellationError()
    }

    @Test func aStopIsRecordedShownAuditedAndInTheLetterWithHowToComplain() throws {
        let (id, effort) = try citizenWithAnEffort()
        let effortID = try #require(effort["id"] as? String), title = try #require(effort["title"] as? String)
        let r = try enplan(["decide", id, "--effort", effortID, "--outcome", "stopped", "--reason", "-", "--date", "20.11.2026", "--as", "mette"],
                           input: "Du er startet i job.\r\nIndsatsen er ikke længere nødvendig.\r\n")
        #expect(r.status == 0 && r.stdout.contains("decision d") && r.stdout.contains(title), "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try enplan(["show", id, "--format", "json"]).stdout.utf8))
            as? [String: Any])
        let decision = try #require((object["decisions"] as? [[String: Any]])?.last)
        #expect(decision["outcome"] as? String == "stopped" && decision["date"] as? String == "2026-11-20")
        #expect(decision["reasons"] as? String == "Du er startet i job.\nIndsatsen er ikke længere nødvendig.")
        #expect(decision["legalBasis"] as? String == effort["legalBasis"] as? String, "the effort's own legal basis by default")
        let sections = object["sections"] as? [String: [String: Any]] ?? [:]
        let stopped = sections.values.flatMap { $0["efforts"] as? [[String: Any]] ?? [] }.first { $0["id"] as? String == effortID }
        #expect(stopped?["status"] as? String == "cancelled" && stopped?["end"] as? String == "2026-11-20")
        #expect(try enplan(["show", id]).stdout.contains("Indsatsen er ikke længere nødvendig."))
        let audit = try enplan(["audit", "show", id]).stdout
        #expect(audit.contains("decision on effort \(effortID): stopped") && !audit.contains("startet i job"), "the trail names the decision, never its reasons")
        let letter = try enplan(["show", id, "--format", "md"]).stdout
        #expect(letter.contains("Begrundelse: Du er startet i job. Indsatsen er ikke længere nødvendig."), "\(letter)")
        #expect(letter.contains("## Sådan klager du") || letter.contains("## How to complain"))
    }

    @Test func aWrongOutcomeAnUnknownEffortAndARunningRefusalAreRefusedInWordsAndNothingIsWritten() throws {
        let (id, effort) = try citizenWithAnEffort()
        let effortID = try #require(effort["id"] as? String)
        let before = try enplan(["show", id, "--format", "json"]).stdout
        let outcome = try enplan(["decide", id, "--effort", effortID, "--outcome", "maybe", "--reason", "x", "--lang", "da"])
        #expect(outcome.status == 2 && outcome.stderr.contains("brug en af: granted, refused, changed, stopped"), "\(outcome.stderr)")
        let unknown = try enplan(["decide", id, "--effort", "no such effort", "--outcome", "granted", "--reason", "x"])
        #expect(unknown.status == 2 && unknown.stderr.contains("has no effort 'no such effort'") && unknown.stderr.contains(effortID))
        let running = try enplan(["decide", id, "--effort", effortID, "--outcome", "refused", "--reason", "x"])
        #expect(running.status == 1 && running.stderr.contains("has begun: use stopped, not refused"), "\(running.stderr)")
        let basis = try enplan(["decide", id, "--effort", effortID, "--outcome", "granted", "--reason", "x", "--legal-basis", "LAB § 999"])
        #expect(basis.status == 2 && basis.stderr.contains("not in the legal basis catalogue"))
        let empty = try enplan(["decide", id, "--effort", effortID, "--outcome", "granted", "--reason", "  "])
        #expect(empty.status == 1 && empty.stderr.contains("required"), "\(empty.stderr)")
        #expect(try enplan(["show", id, "--format", "json"]).stdout == before, "nothing was written")
    }

    @Test func showJSONCarriesTheConsentInFull() throws {
        #expect(try enplan(["demo", "--citizens", "6"]).status == 0)
        let id = try #require(try enplan(["list", "--format", "csv"]).stdout.split(separator: "\n").dropFirst().first
            .map { String($0.split(separator: ",")[0]) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try enplan(["show", id, "--format", "json"]).stdout.utf8))
            as? [String: Any])
        let consent = try #require(object["consent"] as? [String: Any])
        for key in ["replaces", "informedOfWithdrawal", "custodyHolders", "purpose", "documentReference", "jointCustody"] {
            #expect(consent[key] != nil, "consent.\(key) in show --format json")
        }
        #expect(object["decisions"] is [Any] && object["notes"] is [Any])
    }
}
