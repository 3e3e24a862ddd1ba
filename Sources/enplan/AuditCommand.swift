import ArgumentParser
import EnplanApp
import PlanCore
import CaseRecords

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit trail: who viewed and changed which plan, when.",
        subcommands: [Verify.self, Show.self, Repair.self, Anchor.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify the keyed chain and that every plan revision on disk was audited.")

        @OptionGroup var store: StoreOptionGroup

        func run() throws(CLIError) {
            let language = try store.language(), words = CLIStrings.of(language)
            let s = try store.open(readOnly: true)
            var v = try withStore { () throws(StoreError) in try s.verifyAudit() }
            v.problems += try Backend.anchorFindings(s)
            for p in v.problems { TextOutput.write(language.describe(p) + "\n") }
            for note in v.notes { TextOutput.write(words.note + language.describe(note) + "\n") }
            guard v.problems.isEmpty else { throw .problems("the audit trail has \(v.problems.count) " + (v.problems.count == 1 ? "problem" : "problems"),
                                                           da: "revisionssporet har \(v.problems.count) " + (v.problems.count == 1 ? "problem" : "problemer")) }
            TextOutput.write(words.auditVerified(v.entries) + "\n")
        }
    }

    struct Anchor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep the head of a database's audit chain outside it, keyed by this account (sessions do it on exit).",
            discussion: """
            The anchors are in $XDG_DATA_HOME/enplan/anchors (else ~/.local/share/enplan/anchors), with their own key. \
            'audit verify' compares every anchored row with the database, so a rewrite of the chain inside the \
            database is found even when every hash after it was recomputed. A data folder needs none: its chain \
            is keyed by enplan.key.
            """)

        @OptionGroup var store: StoreOptionGroup

        func run() throws(CLIError) {
            let s = try store.open(readOnly: true)
            let da = try store.language() == .da
            guard let head = try Backend.anchor(s) else {
                TextOutput.write((da ? "en datamappes spor er nøglet med enplan.key; intet at forankre" : "a data folder's trail is keyed by enplan.key; nothing to anchor") + "\n")
                return
            }
            TextOutput.write((da ? "revisionssporet er forankret ved række \(head.seq)" : "the audit trail is anchored at row \(head.seq)") + "\n")
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
        static let configuration = CommandConfiguration(
            abstract: "Print who changed and who viewed that citizen, when.",
            discussion: """
            --for-citizen writes a letter to the citizen instead (md, or html to print from a browser): who in the \
            municipality read, changed, printed or handed over their case, when and what they did, by full name \
            and role, in the citizen's language. It is recorded in the audit trail as an export.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, excel, md, html }

        @OptionGroup var store: StoreOptionGroup

        @Argument(help: "The citizen: an id, a name or a CPR number.")
        var id: String

        @Option(help: "table, csv, json or excel; with --for-citizen, md (the default) or html.")
        var format: Format?

        @Flag(name: .customLong("for-citizen"), help: "A letter to the citizen about who looked at their case.")
        var forCitizen = false

        func run() throws(CLIError) {
            if forCitizen { return try writeLetter() }
            guard let format = OutputFormat(rawValue: (format ?? .table).rawValue) else {
                throw .usage("--format md and html are letters to the citizen: add --for-citizen",
                             da: "--format md og html er breve til borgeren: tilføj --for-citizen")
            }
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

        /// The letter to the citizen: its opening is an export in the trail, and so on the letter itself.
        private func writeLetter() throws(CLIError) {
            let letterFormat: PlanLetter.Format
            switch format ?? .md {
            case .md: letterFormat = .markdown
            case .html: letterFormat = .html
            default: throw .usage("--for-citizen writes md or html", da: "--for-citizen skriver md eller html")
            }
            let s = try store.open()
            let citizenID = try CitizenLookup.resolve(id, in: s, language: try store.language())
            try Show.writeAccessLetter(of: citizenID, from: s, format: letterFormat, detail: "letter to the citizen: who worked on the case")
        }

        /// The letter on standard output; reading the plan for it is audited as an export, so the
        /// letter names its own printing.
        static func writeAccessLetter(of id: CitizenID, from s: MaintenanceStore, format: PlanLetter.Format,
                                      detail: String) throws(CLIError) {
            let (file, entries, team) = try withStore { () throws(StoreError) in
                let file = try s.open(id, purpose: .export, detail: detail)
                return (file, try s.auditEntries(about: id), try s.teamMembers())
            }
            let letter = AccessLetter(file: file, entries: entries, contacts: CoordinatorContact.byLogin(team), today: s.today,
                                      format: format)
            TextOutput.write(letter.render())
        }
    }
}
