import ArgumentParser
import EnplanApp
import Foundation
import PlanCore
import PlanStore

/// What a team member's `authorized_keys` line forces: the interface as NAME with ROLE. The key
/// decides who the person is and what they may do; what the client asks for (SSH_ORIGINAL_COMMAND)
/// may choose only the language and the theme.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "The interactive screen for a team member who came in over ssh (forced by authorized_keys).",
        discussion: """
        Written into the service account's authorized_keys by 'enplan users add'. A supervisor's session is \
        read-only: the store is opened read-only and no key that changes data is registered. The client may \
        add only --lang da|en and --theme default|light|high-contrast|monochrome, e.g. ssh -t enplan@server -- --lang en.
        """)

    @OptionGroup var store: StoreOptionGroup

    @Option(help: "The team member's login, as in users.json.")
    var user: String

    @Option(help: "coordinator or supervisor.")
    var role: String

    @Option(name: .customLong("key-fingerprint"), help: "The fingerprint of the key the person came in with.")
    var keyFingerprint: String?

    static let themes = ["default", "light", "high-contrast", "monochrome"]

    func run() throws(CLIError) {
        let environment = ProcessInfo.processInfo.environment
        guard Team.validName(user) else {
            throw .usage("--user: '\(user)' is not a team member's login", da: "--user: '\(user)' er ikke et teammedlems login")
        }
        let role = try UsersCommand.role(self.role)
        let (language, theme, ignored) = SessionCommand.clientChoices(environment["SSH_ORIGINAL_COMMAND"], environment: environment)
        let actor = StoreActor(user: user, uid: getuid(), role: role, sshConnection: environment["SSH_CONNECTION"],
                               keyFingerprint: keyFingerprint)
        let s = try store.open(readOnly: role == .supervisor, actor: actor, progressWriting: nil)
        let asked = ignored.joined(separator: " ")
        let notes = ignored.isEmpty ? [] : [language == .da
            ? "ignorerede, hvad ssh-klienten bad om: \(asked) (kun --lang og --theme kan vælges)"
            : "ignored what the ssh client asked for: \(asked) (only --lang and --theme may be chosen)"]
        try TUICommand.runInterface(s, language: language, theme: theme, environment: environment, notes: notes)
    }

    /// The language and theme the client asked for, and every other word, which is ignored.
    static func clientChoices(_ command: String?, environment: [String: String]) -> (Language, String?, [String]) {
        var language = Language(environment: environment)
        var theme: String?
        var ignored: [String] = []
        let words = (command ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var i = 0
        while i < words.count {
            let word = words[i]
            let value = i + 1 < words.count ? words[i + 1] : ""
            if word == "--lang", let chosen = Language(rawValue: value.lowercased()) {
                language = chosen
                i += 2
            } else if word == "--theme", themes.contains(value) {
                theme = value
                i += 2
            } else {
                ignored.append(SafeText.neutralized(word))
                i += 1
            }
        }
        return (language, theme, ignored)
    }
}
