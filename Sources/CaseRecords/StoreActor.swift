#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Who is using the store: recorded in every audit entry.
public struct StoreActor: Equatable, Sendable {
    public enum Role: String, Sendable, Codable { case coordinator, supervisor }

    public var user: String
    public var uid: UInt32
    public var role: Role
    /// `SSH_CONNECTION` when the session came in over ssh.
    public var sshConnection: String?
    /// The fingerprint of the ssh key the person came in with (a team's `enplan session`).
    public var keyFingerprint: String?

    public init(user: String, uid: UInt32, role: Role, sshConnection: String? = nil, keyFingerprint: String? = nil) {
        self.user = user
        self.uid = uid
        self.role = role
        self.sshConnection = sshConnection
        self.keyFingerprint = keyFingerprint
    }

    /// The OS user running this process.
    public static func current(role: Role, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreActor {
        let uid = getuid()
        var name = environment["USER"] ?? ""
        if let pw = getpwuid(uid), let n = pw.pointee.pw_name {
            name = String(cString: n)
        }
        if name.isEmpty { name = "uid\(uid)" }
        return StoreActor(user: name, uid: uid, role: role, sshConnection: environment["SSH_CONNECTION"])
    }
}
