import ArgumentParser

/// ArgumentParser reads a subcommand's options only after the subcommand's name, but people (and
/// CONTRACT.md) write them first too: `enplan --data DIR list`. Options that every command takes are
/// moved from before the command path to just after it; anything else is left where it was, so
/// `--help` and `--version` keep their meaning and a mistake is still reported by the parser.
enum ArgumentOrder {
    /// Options of the shared option group that take a value.
    static let shared: Set<String> = ["--data", "--as", "--today", "--audit-dir", "--lang"]

    static func normalized(_ arguments: [String], root: ParsableCommand.Type) -> [String] {
        var leading: [String] = []
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            let name = String(word.prefix { $0 != "=" })
            guard shared.contains(name) else { break }
            if word.contains("=") {
                leading.append(word)
                i += 1
            } else {
                guard i + 1 < arguments.count else { break }
                leading += [word, arguments[i + 1]]
                i += 2
            }
        }
        guard !leading.isEmpty else { return arguments }
        var command = root
        var end = i
        while end < arguments.count,
              let sub = command.configuration.subcommands.first(where: { commandName($0) == arguments[end] }) {
            command = sub
            end += 1
        }
        // No command named: the default command (the TUI) takes them where they are.
        guard end > i else { return arguments }
        return Array(arguments[i..<end]) + leading + Array(arguments[end...])
    }

    static func commandName(_ command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }
}
