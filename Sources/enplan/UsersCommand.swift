import ArgumentParser
import EnplanApp
import Foundation
import PlanCore
import CaseRecords

/// The team: run as the service account, these keep users.json and the service account's
/// authorized_keys lines, one per person, each forcing `enplan session` with their name and role.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "The team: who may come in over ssh, with which key and role.",
        subcommands: [Add.self, List.self, Remove.self, SetRole.self])

    struct Target: ParsableArguments {
        @Option(name: .customLong("authorized-keys"), help: ArgumentHelp(
            "The service account's authorized_keys file (default ~/.ssh/authorized_keys).", valueName: "FILE"))
        var authorizedKeys: String?

        func path() -> String {
            if let authorizedKeys { return authorizedKeys }
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            return home + "/.ssh/authorized_keys"
        }
    }

    static func enplanPath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static func role(_ text: String) throws(CLIError) -> StoreActor.Role {
        guard let role = StoreActor.Role(rawValue: text) else {
            throw .usage("--role: use coordinator or supervisor, not '\(text)'", da: "--role: brug coordinator eller supervisor, ikke '\(text)'")
        }
        return role
    }

    static func notAMember(_ name: String) -> CLIError {
        .usage("\(name) is not a member; 'enplan users list'", da: "\(name) er ikke med i teamet; se 'enplan users list'")
    }

    static func save(_ members: [TeamMember], _ s: MaintenanceStore, _ target: Target) throws(CLIError) {
        try withStore { () throws(StoreError) in try s.saveTeam(members, authorizedKeys: target.path(), enplan: enplanPath()) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person with their public key.")
        @OptionGroup var store: StoreOptionGroup
        @OptionGroup var target: Target
        @Argument(help: "Their login: a-z, 0-9, '.', '_' and '-'.") var name: String
        @Option(help: "coordinator or supervisor.") var role: String
        @Option(help: ArgumentHelp("Their public key file.", valueName: "FILE.pub")) var key: String
        @Option(name: .customLong("full-name"), help: "The name a citizen sees on the printed plan.") var fullName = ""
        @Option(help: "The number a citizen can call.") var phone = ""

        func run() throws(CLIError) {
            guard TeamMember.isValidLogin(name) else {
                throw .usage("'\(name)' is not a valid login: use a-z, 0-9, '.', '_' and '-'",
                             da: "'\(name)' er ikke et gyldigt login: brug a-z, 0-9, '.', '_' og '-'")
            }
            let role = try UsersCommand.role(self.role)
            guard let text = try? String(contentsOfFile: key, encoding: .utf8), let (publicKey, fingerprint) = Backend.publicKey(from: text) else {
                throw .usage("\(key) is not a public ssh key file (one line: type, key, comment)",
                             da: "\(key) er ikke en offentlig ssh-nøglefil (én linje: type, nøgle, kommentar)")
            }
            let member = TeamMember(name: name, fullName: fullName.trimmingSpaces, phone: phone.trimmingSpaces, role: role,
                                    key: publicKey, fingerprint: fingerprint)
            for (field, value) in [("--full-name", member.fullName), ("--phone", member.phone)] where SafeText.containsControl(value) {
                throw .usage("\(field) holds a control character", da: "\(field) indeholder et kontroltegn")
            }
            guard Citizen.isPhoneNumber(member.phone) else {
                throw .usage("--phone: '\(member.phone)' is not a phone number; write 8 digits, optionally with +45 and spaces",
                             da: "--phone: '\(member.phone)' er ikke et telefonnummer; skriv 8 cifre, evt. med +45 og mellemrum")
            }
            let s = try store.open(create: true)
            var members = try withStore { () throws(StoreError) in try s.teamMembers() }
            if let other = members.first(where: { $0.fingerprint == fingerprint }) {
                throw .problems("this key already belongs to \(other.name): one key, one person",
                                da: "denne nøgle tilhører allerede \(other.name): én nøgle, én person")
            }
            if let i = members.firstIndex(where: { $0.name == name }) {
                // Someone in the catalogue without a key (the demo's coordinators) gets one; a key is never replaced.
                guard members[i].key.isEmpty else {
                    throw .problems("\(name) is already a member; use set-role or remove",
                                    da: "\(name) er allerede med i teamet; brug set-role eller remove")
                }
                members[i] = TeamMember(name: name, fullName: member.fullName.isEmpty ? members[i].fullName : member.fullName,
                                        phone: member.phone.isEmpty ? members[i].phone : member.phone, role: role,
                                        key: publicKey, fingerprint: fingerprint)
            } else {
                members.append(member)
            }
            try UsersCommand.save(members, s, target)
            TextOutput.write(CLIStrings.of(try store.language()).userAdded(name, role.rawValue, fingerprint) + "\n")
            if Backend.isDatabase(store.folder()) {
                // The service account reaches the database as each person through peer authentication.
                let account = StoreActor.current(role: .coordinator).user
                let line = "enplan \(account) \(name)"
                TextOutput.write((try store.language() == .da
                    ? "databaserollen \(name) er i gruppen enplan_\(role.rawValue); tilføj i pg_ident.conf: \(line)"
                    : "the database role \(name) is in the group enplan_\(role.rawValue); add to pg_ident.conf: \(line)") + "\n")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the team.")
        @OptionGroup var store: StoreOptionGroup
        @Option(help: "Output format: table, csv, json or excel.") var format: OutputFormat = .table

        func run() throws(CLIError) {
            let s = try store.open(readOnly: true)
            let members = try withStore { () throws(StoreError) in try s.teamMembers() }
            if format == .json {
                TextOutput.write(try TextOutput.json(members))
                return
            }
            let header = ["name", "full_name", "phone", "role", "key_fingerprint"]
            let rows = members.map { [$0.name, $0.fullName, $0.phone, $0.role.rawValue, $0.fingerprint] }
            TextOutput.write(format, header: header, rows: rows, tableHeader: CLIStrings.of(try store.language()).usersHeader)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a person: their key no longer gets in.")
        @OptionGroup var store: StoreOptionGroup
        @OptionGroup var target: Target
        @Argument(help: "Their login.") var name: String

        func run() throws(CLIError) {
            let s = try store.open()
            var members = try withStore { () throws(StoreError) in try s.teamMembers() }
            guard members.contains(where: { $0.name == name }) else { throw UsersCommand.notAMember(name) }
            members.removeAll { $0.name == name }
            try UsersCommand.save(members, s, target)
            TextOutput.write(CLIStrings.of(try store.language()).userRemoved(name) + "\n")
        }
    }

    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Change a person's role.")
        @OptionGroup var store: StoreOptionGroup
        @OptionGroup var target: Target
        @Argument(help: "Their login.") var name: String
        @Argument(help: "coordinator or supervisor.") var role: String

        func run() throws(CLIError) {
            let role = try UsersCommand.role(self.role)
            let s = try store.open()
            var members = try withStore { () throws(StoreError) in try s.teamMembers() }
            guard let i = members.firstIndex(where: { $0.name == name }) else { throw UsersCommand.notAMember(name) }
            members[i].role = role
            try UsersCommand.save(members, s, target)
            TextOutput.write(CLIStrings.of(try store.language()).userRole(name, role.rawValue) + "\n")
        }
    }
}
