import ArgumentParser
import Foundation
import PlanCore
import CaseRecords

/// `enplan decide`: a decision on an effort from the command line, as D records one in the plan.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record a decision (afgørelse) on an effort: granted, refused, changed or stopped, with reasons.",
        discussion: """
        Outcomes: \(DecisionOutcome.allCases.map(\.rawValue).joined(separator: ", ")). A refused effort leaves the \
        plan (only a planned effort can be refused; one under way is stopped); a stopped effort ends on the \
        decision's date. The legal basis is the effort's own unless --legal-basis names another from the \
        catalogue. A decision is never edited or deleted: a new one corrects it. It is a timeline event, is \
        in 'show', and the letter to the citizen lists it with its reasons and how to complain. '--reason -' \
        reads the reasons from standard input.
        """)

    @OptionGroup var store: StoreOptionGroup
    @Argument(help: "The citizen: an id, a name or a CPR number.") var id: String
    @Option(help: ArgumentHelp("The effort: its id (as 'show --format json' gives it) or its title.", valueName: "EFFORT")) var effort: String
    @Option(help: "granted, refused, changed or stopped.") var outcome: String
    @Option(help: "Why, in words the citizen can follow; '-' reads them from standard input.") var reason: String
    @Option(help: "The day of the decision (22.11.2026 or 2026-11-22); default today.") var date: String?
    @Option(name: .customLong("legal-basis"), help: ArgumentHelp("The reference in the legal basis catalogue (\"LAB § 91\"); default the effort's.",
                                                                 valueName: "REF")) var legalBasis: String?

    func run() throws(CLIError) {
        guard let decided = DecisionOutcome(rawValue: outcome.lowercased()) else {
            let outcomes = DecisionOutcome.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("--outcome: '\(outcome)' is not a decision; use one of: " + outcomes,
                         da: "--outcome: '\(outcome)' er ikke en afgørelse; brug en af: " + outcomes)
        }
        let reasons = Console.text(reason).trimmingCharacters(in: .whitespacesAndNewlines)
        let s = try store.open()
        let language = try store.language()
        let citizen = try CitizenLookup.resolve(id, in: s, language: language)
        let file = try withStore { () throws(StoreError) in try s.open(citizen) }
        let chosen = try Self.effort(effort, in: file)
        let basis = legalBasis ?? chosen.legalBasis
        if let legalBasis, !s.catalogues.legalBases.contains(where: { $0.reference == legalBasis }) {
            throw .usage("--legal-basis: '\(legalBasis)' is not in the legal basis catalogue",
                         da: "--legal-basis: '\(legalBasis)' findes ikke i kataloget over lovgrundlag")
        }
        let day = try parseDate(date, option: "--date") ?? s.today
        let decision = Decision(effort: chosen.id, outcome: decided, date: day, legalBasis: basis, reasons: reasons)
        let saved = try withStore { () throws(StoreError) in try s.apply(.decision(decision), to: citizen, expecting: file.revision) }
        Console.standardOutput(CLIStrings.of(language).decisionAdded(citizen.rawValue, saved.newestDecision?.id ?? "",
                                                                     chosen.title) + " (revision \(saved.revision))\n")
    }

    /// The effort named by id, else by its title (letter case aside) when one effort has it.
    static func effort(_ named: String, in file: CaseFile) throws(CLIError) -> Effort {
        let all = PlanSection.allCases.flatMap { file.sections[$0].efforts }
        if let byID = all.first(where: { $0.id == named }) { return byID }
        let byTitle = all.filter { $0.title.lowercased() == named.lowercased() }
        guard byTitle.count == 1, let only = byTitle.first else {
            let known = all.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
            if byTitle.count > 1 {
                throw .usage("--effort: \(byTitle.count) efforts are called '\(named)'; name one by id: " + known,
                             da: "--effort: \(byTitle.count) indsatser hedder '\(named)'; angiv en med id: " + known)
            }
            throw .usage("--effort: the plan has no effort '\(named)'; it has: " + (known.isEmpty ? "none" : known),
                         da: "--effort: planen har ingen indsats '\(named)'; den har: " + (known.isEmpty ? "ingen" : known))
        }
        return only
    }
}
