/// A team shares one data folder through one service account; each person comes in over OpenSSH
/// with their own key, and the `authorized_keys` line of that key forces `enplan session` with their
/// name and role (the gitolite pattern). This keeps the users catalogue (`users.json` in the data
/// folder: who, full name and phone for the printed plan, role, key) and the lines of
/// `authorized_keys` that enplan owns; every other line of that file is left as it is.
public struct TeamMember: Codable, Equatable, Sendable {
    public var name: String
    public var fullName: String
    public var phone: String
    public var role: StoreActor.Role
    /// The public key as in a .pub file: type and base64, without its comment.
    public var key: String
    /// SHA256:… as `ssh-keygen -l` prints it.
    public var fingerprint: String

    public init(name: String, fullName: String, phone: String, role: StoreActor.Role, key: String, fingerprint: String) {
        self.name = name
        self.fullName = fullName
        self.phone = phone
        self.role = role
        self.key = key
        self.fingerprint = fingerprint
    }

    /// Names go into a forced command line and an audit folder: letters, digits, '.', '_' and '-'.
    public static func isValidLogin(_ name: String) -> Bool {
        (1...32).contains(name.utf8.count) && name.first != "-" && name.first != "."
            && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }

    /// Why a plan may not be handed to `name`, or nil when it may: in a team (members listed), plans go
    /// only to its coordinators; alone, to any valid login.
    public static func handOverRefusal(to name: String, team: [TeamMember]) -> Refusal? {
        guard isValidLogin(name) else { return .notAUserName(name) }
        guard !team.isEmpty else { return nil }
        guard let member = team.first(where: { $0.name == name }) else { return .notInTeam(name) }
        return member.role == .coordinator ? nil : .supervisorCannotCoordinate(name)
    }
}
