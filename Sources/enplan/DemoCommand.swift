import ArgumentParser
import Foundation
import PlanCore
import CaseRecords

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a realistic demo caseload into the data folder (made-up people).",
        discussion: "Refuses a non-empty folder; --force replaces an earlier demo folder, never real plans.")

    @OptionGroup var store: StoreOptionGroup

    // Unconditional, so that `--citizens -5` is read as a number and refused in words (not taken for an option).
    @Option(parsing: .unconditional, help: "How many citizens (1 to 1000000).")
    var citizens = 40

    @Option(parsing: .unconditional, help: "How many coordinators (1 to 100).")
    var coordinators = 3

    @Option(help: "The same seed (and day) gives the same caseload.")
    var seed: UInt64 = 2016

    @Flag(help: "Replace an earlier demo folder.")
    var force = false

    /// In `run`, not `validate`: ArgumentParser would wrap the error and say it in English only.
    func checkCounts() throws(CLIError) {
        guard citizens >= 1, citizens <= 1_000_000 else {
            throw .usage("--citizens must be a positive number of citizens, at most 1000000 (not \(citizens))",
                                 da: "--citizens skal være et positivt antal borgere, højst 1000000 (ikke \(citizens))")
        }
        guard coordinators >= 1, coordinators <= 100 else {
            throw .usage("--coordinators must be a positive number, at most 100 (not \(coordinators))",
                                 da: "--coordinators skal være et positivt tal, højst 100 (ikke \(coordinators))")
        }
    }

    func run() throws(CLIError) {
        try checkCounts()
        let folder = store.folder()
        try DemoCommand.prepare(folder: folder, force: force)
        let s = try store.open(create: true, initialSettings: StoreSettings(allowActingAs: true, demo: true),
                               progressWriting: \.progressWritingDemo)
        let demo = DemoCaseload(citizens: citizens, coordinators: coordinators, seed: seed, today: s.today)
        let written = try withStore { () throws(StoreError) in
            try s.writeDemo(demo, detail: "enplan demo --seed \(seed)")
        }
        let words = CLIStrings.of(try store.language())
        TextOutput.write(words.wroteDemo(written, demo.coordinators.joined(separator: ", "), folder) + "\n")
    }

    /// Makes sure the folder is empty, or an earlier demo that --force may replace.
    static func prepare(folder: String, force: Bool) throws(CLIError) {
        // A database is checked by the store itself: a demo goes only into one without plans.
        guard !Backend.isDatabase(folder) else { return }
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder), !entries.isEmpty else { return }
        let settingsPath = Backend.settingsFile(of: folder)
        let isDemo = (try? JSONDecoder().decode(StoreSettings.self, from: Data(contentsOf: URL(fileURLWithPath: settingsPath))))?.demo == true
        // A demo that failed before any citizen was written (a full disk): finish it.
        let documents = (try? manager.contentsOfDirectory(atPath: Backend.citizenFolder(of: folder))) ?? []
        if isDemo && !documents.contains(where: { $0.hasSuffix(".json") && !$0.hasPrefix(".") }) { return }
        guard force else {
            throw .problems("\(folder) is not empty; choose another folder with --data"
                            + (isDemo ? ", or replace this demo with --force" : ""),
                            da: "\(folder) er ikke tom; vælg en anden mappe med --data" + (isDemo ? ", eller erstat denne demo med --force" : ""))
        }
        guard isDemo else {
            throw .problems("\(folder) holds real plans or other files; enplan never replaces them, even with --force",
                            da: "\(folder) rummer rigtige planer eller andre filer; enplan erstatter dem aldrig, heller ikke med --force")
        }
        do {
            for entry in entries { try manager.removeItem(atPath: folder + "/" + entry) }
        } catch {
            throw .problems("could not clear the earlier demo in \(folder): \(error.localizedDescription)",
                            da: "kunne ikke rydde den tidligere demo i \(folder): \(error.localizedDescription)")
        }
    }
}
