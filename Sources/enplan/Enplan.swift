import ArgumentParser

struct Enplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enplan",
        abstract: "One citizen, one plan: the plan coordinator's tool.",
        discussion: """
        Exit codes: 0 success, 1 problems found or refused, 2 usage error, 3 the data folder cannot be used.

        Data folder: --data DIR, else $ENPLAN_DATA, else $XDG_DATA_HOME/enplan, else ~/.local/share/enplan.
        """,
        version: "0.1.0",
        subcommands: [TUICommand.self, DemoCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self,
                      CheckCommand.self, AuditCommand.self, ReportCommand.self, CloseCommand.self, PauseCommand.self,
                      ReopenCommand.self, AssignCommand.self, NoteCommand.self, DecideCommand.self, PurgeCommand.self, ArchiveCommand.self, UsersCommand.self, SessionCommand.self,
                      InitCommand.self],
        defaultSubcommand: TUICommand.self)
}
