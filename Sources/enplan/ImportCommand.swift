import ArgumentParser
import Foundation
import PlanCore
import PlanStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create citizens from a CSV file, all or nothing.",
        discussion: """
        The header row names the columns: name (required), cpr, target_group, coordinator, phone, email.
        target_group takes the keys (aktivitetsparat, ressourceforloeb, jobafklaring, sygedagpenge, ung, familie,
        ledighedsydelse, andet) or the Danish names. If any row has a problem, nothing is imported and every
        problem is listed by row and column.
        """)

    @OptionGroup var store: StoreOptionGroup

    @Argument(help: "The CSV file (UTF-8; ',' or ';' separated).")
    var file: String

    func run() throws(CLIError) {
        // A read-only user is refused before the file is read: the answer must not tell which CPR
        // numbers the folder holds.
        let s = try store.open(create: true)
        guard !s.isReadOnly else { throw .problems("this data folder is open read-only; nothing can be imported") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw .usage("cannot read \(file): \((error as NSError).localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .problems("\(file) is not UTF-8 text; save it as 'CSV UTF-8' and try again")
        }
        let table: CSVTable
        do { table = try CSVTable(parsing: text) } catch {
            switch error {
            case .empty: throw .problems("\(file) is empty")
            case let .unterminatedQuote(row): throw .problems("\(file): row \(row): a quoted field is never closed")
            }
        }
        try withStore { () throws(StoreError) in
            let count = try s.importCitizens(from: table, detail: "import " + (file as NSString).lastPathComponent)
            TextOutput.write("imported \(count) " + (count == 1 ? "citizen" : "citizens") + "\n")
        }
    }
}
