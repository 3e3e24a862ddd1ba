import ArgumentParser
import CCrashGuard
import EnplanApp
import Foundation
import PlanCore
import CaseRecords

/// What a team member's `authorized_keys` line forces: the interface as NAME with ROLE. The key
/// decides who the person is and what they may do; what the client asks for (SSH_ORIGINAL_COMMAND)
/// may choose only the language and the theme, or ask for one letter printed to their own terminal.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "The interactive screen for a team member who came in over ssh (forced by authorized_keys).",
        discussion: """
        Written into the service account's authorized_keys by 'enplan users add'. A supervisor's session is \
        read-only: the store is opened read-only and no key that changes data is registered. The client may \
        add only --lang da|en and --theme default|light|high-contrast|monochrome, e.g. ssh -t enplan@server -- --lang en, \
        or ask for a letter, which is printed to their own terminal and audited as an export: \
        ssh enplan@server letter ID --format html > plan.html. Nothing is ever written to a path the person names.
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
        // From the first moment: a trap ends the session; it never hands the person's terminal to the
        // runtime's interactive debugger, nor leaves a core file holding the folder's key.
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
        enplan_crash_guard_install(TUICommand.crashNote(Language(environment: environment)) + "\n")
        guard TeamMember.isValidLogin(user) else {
            throw .usage("--user: '\(user)' is not a team member's login", da: "--user: '\(user)' er ikke et teammedlems login")
        }
        let role = try UsersCommand.role(self.role)
        let asked = try SessionCommand.clientRequest(environment["SSH_ORIGINAL_COMMAND"], environment: environment)
        let actor = StoreActor(user: user, uid: getuid(), role: role, sshConnection: environment["SSH_CONNECTION"],
                               keyFingerprint: keyFingerprint)
        let s = try store.open(readOnly: role == .supervisor, session: true, actor: actor, progressWriting: nil)
        switch asked {
        case let .letter(id, format, _, forCitizen: true):
            try AuditCommand.Show.writeAccessLetter(of: id, from: s, format: format == .html ? .html : .markdown,
                                                    detail: "letter to the citizen over ssh: who worked on the case (\(format.rawValue))")
        case let .letter(id, format, language, forCitizen: false):
            try ShowCommand.writeLetter(of: id, from: s, format: format, revealCPR: false, language: language,
                                        detail: "letter over ssh (\(format.rawValue))")
        case let .screen(language, theme):
            try TUICommand.runInterface(s, language: language, theme: theme, environment: environment,
                                        sessionLogin: SessionCommand.login(environment: environment))
        }
    }

    /// What the person's ssh client may ask for: the screen (with a language and theme), or one letter
    /// printed to their own terminal. Anything else is refused in words, never run.
    enum ClientRequest: Equatable {
        case screen(Language, theme: String?)
        /// `forCitizen`: the letter saying who worked on the case, not the plan.
        case letter(CitizenID, ShowCommand.Format, Language, forCitizen: Bool)
    }

    static func clientRequest(_ command: String?, environment: [String: String]) throws(CLIError) -> ClientRequest {
        var words = (command ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var language = Language(environment: environment)
        var theme: String?
        var format = ShowCommand.Format.html
        let letter = words.first == "letter"
        var id: CitizenID?
        var forCitizen = false
        if letter { words.removeFirst() }
        var i = 0
        while i < words.count {
            let word = words[i]
            let value = i + 1 < words.count ? words[i + 1] : ""
            if word == "--lang", let chosen = Language(rawValue: value.lowercased()) {
                language = chosen
                i += 2
            } else if word == "--theme", !letter, themes.contains(value) {
                theme = value
                i += 2
            } else if word == "--format", letter, let chosen = ShowCommand.Format(rawValue: value), chosen == .md || chosen == .html {
                format = chosen
                i += 2
            } else if word == "--for-citizen", letter {
                forCitizen = true
                i += 1
            } else if letter, id == nil, let citizen = try? CitizenID(word) {
                id = citizen
                i += 1
            } else {
                throw refusal(SafeText.neutralized(word), language: language)
            }
        }
        if letter {
            guard let id else { throw refusal("letter", language: language) }
            return .letter(id, format, language, forCitizen: forCitizen)
        }
        return .screen(language, theme: theme)
    }

    private static func refusal(_ word: String, language: Language) -> CLIError {
        .usage("'\(word)' cannot be asked for over ssh: only 'letter ID [--format md|html] [--for-citizen]' (a letter printed here), "
               + "--lang da|en and --theme NAME; the interactive screen needs a terminal (ssh -t)",
               da: "'\(word)' kan ikke bestilles over ssh: kun 'letter ID [--format md|html] [--for-citizen]' (et brev skrevet her), "
               + "--lang da|en og --theme NAVN; den interaktive skærm kræver en terminal (ssh -t)")
    }

    /// How the person reached this account (`ssh [-p PORT] account@host`), for the command that fetches
    /// a letter; nil outside ssh.
    static func login(environment: [String: String]) -> String? {
        guard let connection = environment["SSH_CONNECTION"] else { return nil }
        let parts = connection.split(separator: " ")
        let port = parts.count == 4 && parts[3] != "22" ? "-p \(parts[3]) " : ""
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count) == 0 ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "server"
        let account = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "enplan"
        return "ssh \(port)\(account)@\(host)"
    }
}
