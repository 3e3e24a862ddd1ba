#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import EnplanApp
import PlanCore
import CaseRecords

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete cases closed longer ago than the retention setting, and audit months past theirs.",
        discussion: """
        The periods are caseRetentionYears and auditRetentionMonths in enplan.json. Before anything is deleted, \
        each case is written to an archive package (its document, timeline and audit lines, with a manifest of \
        SHA-256 checksums; see docs/ARCHIVE.md) in archive_dir (default archive/ in the data folder) and read \
        back; a package that cannot be written or checked stops the purge with nothing deleted. Each deleted \
        case leaves an audit entry with its id, dates and package only; 'audit verify' knows the purged months \
        were removed on purpose. Deleting without an archive happens only where enplan.json sets \
        purge_without_archive.
        """)

    @OptionGroup var store: StoreOptionGroup

    @Flag(name: .customLong("dry-run"), help: "Only list what would be deleted.")
    var dryRun = false

    @Flag(help: "Do not ask before deleting.")
    var yes = false

    @Option(help: ArgumentHelp("Archive each case into this folder before deleting it (instead of archive_dir; a database needs it).",
                               valueName: "DIR"), completion: .directory)
    var archive: String?

    func run() throws(CLIError) {
        let words = CLIStrings.of(try store.language())
        let s = try store.open(readOnly: dryRun)
        let plan = try withStore { () throws(StoreError) in try s.purgePlan() }
        let archive = Backend.archive(archive, data: store.folder(), settings: s.settings)
        var text = (archive.map { words.purgeArchive($0.place) } ?? words.purgeWithoutArchive) + "\n"
        text += words.purgeCases(plan.closedOnOrBefore.iso, s.settings.caseRetentionYears, plan.cases.count) + "\n"
        for c in plan.cases { text += "  \(c.id)  \(words.purgeClosed) \(c.closedOn.iso)\n" }
        text += words.purgeMonths("\(plan.auditBefore)", s.settings.auditRetentionMonths, plan.auditSegments.count) + "\n"
        for segment in plan.auditSegments { text += "  \(segment)\n" }
        Console.standardOutput(text)
        guard !dryRun, !(plan.cases.isEmpty && plan.auditSegments.isEmpty) else {
            if !dryRun { Console.standardOutput(words.nothingToDelete + "\n") }
            return
        }
        if !yes {
            guard isatty(0) == 1 else {
                throw .usage("purge deletes for good: run it at a terminal to be asked, or add --yes",
                            da: "purge sletter for altid: kør den i en terminal for at blive spurgt, eller tilføj --yes")
            }
            Console.standardOutput(words.confirmPurge)
            guard let answer = readLine()?.trimmingSpaces.lowercased(), words.yesWords.contains(answer) else {
                Console.standardOutput(words.nothingDeleted + "\n")
                return
            }
        }
        let result = try withStore { () throws(StoreError) in try s.purge(plan, archive: archive) }
        for id in result.skipped { Console.standardError("enplan: " + words.leftAlone(id.rawValue)) }
        if let archive, !result.packages.isEmpty {
            Console.standardOutput(words.archivedIn(result.packages.count, archive.place) + "\n")
        }
        Console.standardOutput(words.deleted(result.deletedCases.count, result.deletedSegments.count) + "\n")
    }
}
