import Foundation
import PlanCore

/// Paths a person gives on the command line. A control character in one is refused before anything
/// runs: a newline in `--data` given to `users add` once split the `authorized_keys` line in two,
/// leaving an unrestricted key line.
enum PathArguments {
    static let options = ["--data", "--audit-dir", "--key", "--authorized-keys"]

    /// The first path option (or ENPLAN_DATA) that holds a control character, as a usage error.
    static func refuseControlCharacters(in arguments: [String], environment: [String: String]) throws(CLIError) {
        var named: [(String, String)] = environment["ENPLAN_DATA"].map { [("ENPLAN_DATA", $0)] } ?? []
        for (i, word) in arguments.enumerated() {
            for option in options {
                if word == option, i + 1 < arguments.count { named.append((option, arguments[i + 1])) }
                if word.hasPrefix(option + "=") { named.append((option, String(word.dropFirst(option.count + 1)))) }
            }
        }
        for (option, value) in named where SafeText.containsControl(value) {
            throw .usage("\(option): the path holds a control character (a newline, a tab, an escape); name it without",
                         da: "\(option): stien indeholder et kontroltegn (linjeskift, tabulator, escape); angiv den uden")
        }
    }
}
