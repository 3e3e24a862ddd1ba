import ArgumentParser
import EnplanApp
import PlanCore
import CaseRecords

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit trail: who viewed and changed which plan, when.",
        subcommands: [Verify.self, Show.self, Repair.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify the keyed chain and that every plan revision on disk was audited.")

        @OptionGroup var store: StoreOptionGroup

        func run() throws(CLIError) {
            let language = try store.language(), words = CLIStrings.of(language)
            let s = try store.open(readOnly: true)
            let v = try withStore { () throws(StoreError) in try s.verifyAudit() }
            for p in v.problems { TextOutput.write(language.describe(p) + "\n") }
            for note in v.notes { TextOutput.write(words.note + language.describe(note) + "\n") }
            guard v.problems.isEmpty else { throw .problems("the audit trail has \(v.problems.count) " + (v.problems.count == 1 ? "problem" : "problems"),
                                                           da: "revisionssporet har \(v.problems.count) " + (v.problems.count == 1 ? "problem" : "problemer")) }
            TextOutput.write(words.auditVerified(v.entries) + "\n")
        }
    }

    struct Repair: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a damaged tail of the audit trail aside (kept as evidence) so work can go on.")

        @OptionGroup var store: StoreOptionGroup

        func run() throws(CLIError) {
            let s = try store.open()
            let done = try withStore { () throws(StoreError) in try s.repairAudit() }
            for line in done { TextOutput.write(line + "\n") }
            let words = CLIStrings.of(try store.language())
            TextOutput.write((done.isEmpty ? words.nothingToRepair : words.repaired) + "\n")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print who changed and who viewed that citizen, when.")

        @OptionGroup var store: StoreOptionGroup

        @Argument(help: "The citizen's id.")
        var id: String

        @Option(help: "Output format: table, csv, json or excel.")
        var format: OutputFormat = .table

        func run() throws(CLIError) {
            let s = try store.open(readOnly: true)
            let citizenID = try CitizenLookup.resolve(id, in: s, language: try store.language())
            let entries = try withStore { () throws(StoreError) in try s.auditEntries(about: citizenID) }
            if format == .json {
                TextOutput.write(try TextOutput.json(entries))
                return
            }
            let words = CLIStrings.of(try store.language())
            let header = ["time", "user", "role", "action", "revision", "detail"]
            let rows = entries.map { e in
                [e.time, e.user, e.role.rawValue, e.action.rawValue,
                 [e.revisionBefore, e.revisionAfter].compactMap { $0.map(String.init) }.joined(separator: "→"),
                 e.query.map { (format == .table ? words.searched : "search: ") + $0 } ?? e.detail ?? ""]
            }
            TextOutput.write(format, header: header, rows: rows, tableHeader: words.auditHeader)
        }
    }
}
