import ArgumentParser
import CaseRecords

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every document, the index, the catalogues, the audit chain and the permissions.",
        discussion: """
        Exit 0 when everything is intact; 1 with one line per problem. Lines starting 'warning:' \
        (consent that does not cover the efforts, a legal reference without a source) need a \
        coordinator's attention but are no damage.
        """)

    @OptionGroup var store: StoreOptionGroup

    func run() throws(CLIError) {
        let language = try store.language(), words = CLIStrings.of(language)
        let s = try store.open(readOnly: true)
        let report = try withStore { () throws(StoreError) in try s.check() }
        for note in report.notes { Console.standardError(words.note + language.describe(note)) }
        for warning in report.warnings { TextOutput.write(words.warning + language.describe(warning, s.catalogues) + "\n") }
        for problem in report.problems { TextOutput.write(language.describe(problem) + "\n") }
        let summary = words.checked(report.documents, report.auditEntries)
        guard report.problems.isEmpty else {
            throw .problems(summary + words.problems(report.problems.count))
        }
        TextOutput.write(summary + words.intact + "\n")
    }
}
