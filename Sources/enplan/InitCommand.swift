import ArgumentParser
import EnplanApp

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Make the data ready: a database gets enplan's schema or its upgrade; a folder is created.",
        discussion: """
        With --data postgresql://…, postgres://… or service=NAME: creates enplan's tables, functions and audit rules in \
        the database, or applies the migrations it lacks, in one transaction. A second run has nothing to do.
        """)

    @OptionGroup var store: StoreOptionGroup

    func run() throws(CLIError) {
        let (from, to) = try Backend.initialize(store)
        let da = try store.language() == .da
        let place = Backend.shownPlace(store.folder())
        if from == to {
            Console.standardOutput((da ? "\(place) er klar (version \(to)); intet at gøre" : "\(place) is ready (version \(to)); nothing to do") + "\n")
        } else {
            Console.standardOutput((da ? "\(place) er klar: version \(from) → \(to)" : "\(place) is ready: version \(from) → \(to)") + "\n")
        }
    }
}
