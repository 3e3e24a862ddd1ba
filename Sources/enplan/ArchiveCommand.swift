import ArgumentParser
import EnplanApp

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Check the archive packages purge wrote before deleting.",
        subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a package (or a folder of packages): every file is there, none was added, and each matches its SHA-256.",
            discussion: """
            Exit 0 when every package is whole, 1 with one line per problem. Without DIR, the data folder's \
            archive (archive_dir, default archive/) is checked; with it, no data folder is needed: a package is \
            checked years later wherever it was moved. The format is in docs/ARCHIVE.md; 'sha256sum -c SHA256SUMS' \
            inside a package checks the same without enplan.
            """)

        @Argument(help: ArgumentHelp("A package folder, or the folder that holds packages.", valueName: "DIR"), completion: .directory)
        var directory: String?

        @OptionGroup var store: StoreOptionGroup

        func run() throws(CLIError) {
            let language = try store.language(), words = CLIStrings.of(language)
            let folder = if let directory { directory } else { try dataFolderArchive() }
            let (findings, packages) = Backend.verifyArchive(folder)
            for finding in findings { TextOutput.write(language.describe(finding) + "\n") }
            guard findings.isEmpty else {
                throw .problems("the archive has \(findings.count) " + (findings.count == 1 ? "problem" : "problems"),
                                da: "arkivet har \(findings.count) " + (findings.count == 1 ? "problem" : "problemer"))
            }
            TextOutput.write(words.archiveVerified(packages) + "\n")
        }

        private func dataFolderArchive() throws(CLIError) -> String {
            let data = store.folder()
            guard !Backend.isDatabase(data) else {
                throw .usage("a database keeps no archive folder: name the folder purge wrote to (its --archive)",
                             da: "en database har ingen arkivmappe: angiv den mappe, purge skrev i (dens --archive)")
            }
            let settings = try store.open(readOnly: true).settings
            return Backend.archiveFolder(ofDataFolder: data, settings: settings)
        }
    }
}
