import ArgumentParser
import Foundation
import PlanCore
import CaseRecords

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create citizens from a CSV file, all or nothing.",
        discussion: """
        The header row names the columns, in Danish or English: navn/name (required), cpr (cpr-nummer, cpr-nr.), \
        målgruppe/target_group, koordinator/plankoordinator/coordinator, sagsbehandler/caseworker (the coordinator \
        when they are in the team, by login or full name), telefon/tlf./phone, e-mail/email, adresse/address, \
        postnr./postcode and by/town (added to the address), oprettet dato/created (when the case was opened). \
        Any other column is left out, and the summary names it; with --strict it refuses the file. \
        The file may be what Excel writes: UTF-8 with or without BOM, UTF-16, or Windows-1252 \
        (the summary says which was read); separated by ',', ';' or tab, or as a 'sep=;' first line says. \
        target_group takes the keys (aktivitetsparat, ressourceforloeb, jobafklaring, sygedagpenge, ung, familie, \
        ledighedsydelse, andet) or the Danish names. If any row has a problem, nothing is imported and every \
        problem is listed by row and column.
        """)

    @OptionGroup var store: StoreOptionGroup

    @Argument(help: "The CSV file, as Excel saves it.")
    var file: String

    @Flag(help: "Refuse a file with a column the import does not read, instead of leaving the column out.")
    var strict = false

    func run() throws(CLIError) {
        if SafeText.containsControl(file) {
            throw .usage("the file's path holds a control character; name it without", da: "filens sti indeholder et kontroltegn; angiv den uden")
        }
        // A read-only user is refused before the file is read: the answer must not tell which CPR
        // numbers the folder holds.
        let s = try store.open(create: true)
        guard !s.isReadOnly else { throw .problems("this data folder is open read-only; nothing can be imported",
                                                      da: "datamappen er kun åbnet til læsning; intet kan importeres") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw .usage("cannot read \(file): \((error as NSError).localizedDescription)",
                         da: "kan ikke læse \(file): \((error as NSError).localizedDescription)")
        }
        let (text, encoding) = TextEncodingDetection.decode(data)
        let table: CSVTable
        do { table = try CSVTable(parsing: text) } catch {
            switch error {
            case .empty: throw .problems("\(file) is empty", da: "\(file) er tom")
            case let .unterminatedQuote(row):
                throw .problems("\(file): row \(row): a quoted field is never closed",
                                da: "\(file): række \(row): et felt i anførselstegn lukkes aldrig")
            }
        }
        let outcome = try withStore { () throws(StoreError) in
            try s.importCitizens(from: table, detail: "import " + PathName.lastComponent(of: file), strict: strict)
        }
        let words = CLIStrings.of(try store.language())
        let separator = table.separator == "\t" ? words.separatorTab : "'\(table.separator)'"
        var summary = words.imported(outcome.files.count, encoding.rawValue, separator) + "\n"
        // What was left out is said on the same output, so a script's log keeps it with the count.
        if !outcome.ignoredColumns.isEmpty {
            summary += words.note + words.ignoredColumns(outcome.ignoredColumns.map { SafeText.neutralized($0) }) + "\n"
        }
        if !outcome.caseworkersOutsideTeam.isEmpty {
            summary += words.note + words.caseworkersOutsideTeam(outcome.caseworkersOutsideTeam.map { SafeText.neutralized($0) }, s.actor.user) + "\n"
        }
        if outcome.maskedCPRs > 0 { summary += words.note + words.maskedCPRs(outcome.maskedCPRs) + "\n" }
        TextOutput.write(summary)
    }
}
