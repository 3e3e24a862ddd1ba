import ArgumentParser
import EnplanApp
import PlanCore
import CaseRecords

/// Applies one status change and says what it did.
private func changeStatus(_ store: StoreOptionGroup, id text: String, to status: CaseStatus, date: String?,
                          until: String?, note: String?) throws(CLIError) {
    let s = try store.open()
    let id = try CitizenLookup.resolve(text, in: s, language: try store.language())
    let day = try parseDate(date, option: "--date") ?? s.today
    let resume = try parseDate(until, option: "--until")
    let change = StatusChange(date: day, status: status, note: note ?? "", until: resume)
    let saved = try withStore { () throws(StoreError) in try s.apply(.status(change), to: id, expecting: nil) }
    let language = try store.language()
    let word = language == .da ? language.strings.caseStatuses[status.key] ?? status.key : status.key
    Console.standardOutput(CLIStrings.of(language).statusChanged(id.rawValue, word, day.iso, resume?.iso)
                           + " (revision \(saved.revision))\n")
}

struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a citizen's case, with a reason; its history stays.",
        discussion: "Reasons: " + ClosureReason.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @OptionGroup var store: StoreOptionGroup
    @Argument(help: "The citizen: an id, a name or a CPR number.") var id: String
    @Option(help: "Why: job, education, moved, other-municipality, deceased or other.") var reason: String
    @Option(help: "The day it was closed (22.11.2026 or 2026-11-22); default today.") var date: String?
    @Option(help: "A note for the record.") var note: String?

    func run() throws(CLIError) {
        guard let r = ClosureReason(parsing: reason) else {
            let reasons = ClosureReason.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("--reason: '\(reason)' is not a reason; use one of: " + reasons,
                         da: "--reason: '\(reason)' er ikke en afslutningsgrund; brug en af: " + reasons)
        }
        try changeStatus(store, id: id, to: .closed(r), date: date, until: nil, note: note)
    }
}

struct PauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Pause a citizen's case: no follow-ups or meetings are due while it rests.")

    @OptionGroup var store: StoreOptionGroup
    @Argument(help: "The citizen: an id, a name or a CPR number.") var id: String
    @Option(help: "The day it is expected to resume (22.11.2026 or 2026-11-22).") var until: String?
    @Option(help: "The day it was paused (22.11.2026 or 2026-11-22); default today.") var date: String?
    @Option(help: "Why (for the record).") var note: String?

    func run() throws(CLIError) {
        try changeStatus(store, id: id, to: .paused, date: date, until: until, note: note)
    }
}

struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Make a paused or closed case active again.")

    @OptionGroup var store: StoreOptionGroup
    @Argument(help: "The citizen: an id, a name or a CPR number.") var id: String
    @Option(help: "The day (22.11.2026 or 2026-11-22); default today.") var date: String?
    @Option(help: "A note for the record.") var note: String?

    func run() throws(CLIError) {
        try changeStatus(store, id: id, to: .active, date: date, until: nil, note: note)
    }
}

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Hand citizens, or a coordinator's whole active caseload, to another coordinator.",
        discussion: "Each hand-over is audited per citizen and noted in the plan's revisions.")

    @OptionGroup var store: StoreOptionGroup
    @Argument(help: "Citizens: ids, names or CPR numbers (or use --from).") var ids: [String] = []
    @Option(help: ArgumentHelp("Hand over this coordinator's whole active and paused caseload.", valueName: "USER"))
    var from: String?
    @Option(help: ArgumentHelp("The coordinator who takes over.", valueName: "USER")) var to: String

    func validate() throws {
        if ids.isEmpty == (from == nil) {
            throw ValidationError("give either citizen ids or --from USER")
        }
    }

    func run() throws(CLIError) {
        let s = try store.open()
        var citizens: [CitizenID] = []
        for text in ids { citizens.append(try CitizenLookup.resolve(text, in: s, language: try store.language())) }
        let results = try withStore { () throws(StoreError) in
            if let from {
                citizens = try s.caseload(for: .handOver(from: from)).citizens.filter { $0.coordinator == from && $0.status.isOpen }
                    .map(\.id).sorted()
            }
            return try s.assign(citizens, to: to)
        }
        let language = try store.language(), words = CLIStrings.of(language)
        var failed = 0
        for (id, result) in results {
            switch result {
            case .success: Console.standardOutput(words.handedTo(id.rawValue, to) + "\n")
            case let .failure(error):
                failed += 1
                Console.standardError("enplan: " + words.notHandedOver(id.rawValue, language.describe(error)))
            }
        }
        if results.isEmpty { Console.standardOutput(words.nothingToHandOver(from ?? "") + "\n") }
        if failed > 0 { throw .problems(words.someNotHandedOver(failed, results.count)) }
    }
}
