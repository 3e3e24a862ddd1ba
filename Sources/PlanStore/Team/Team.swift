#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

public enum Team {
    static let keyTypes: Set<String> = ["ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
                                        "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
                                        "sk-ecdsa-sha2-nistp256@openssh.com"]

    /// The key of a .pub file ("type base64 [comment]") and its fingerprint, or nil when it is not one.
    public static func parsePublicKey(_ text: String) -> (key: String, fingerprint: String)? {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingSpaces.isEmpty }
        guard lines.count == 1, let line = lines.first else { return nil }
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, keyTypes.contains(String(parts[0])),
              let blob = Data(base64Encoded: String(parts[1])), blob.count > 4 else { return nil }
        // The blob starts with its own type, length-prefixed: it must agree with the line's.
        let length = blob.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        guard length == parts[0].utf8.count, blob.count >= 4 + length,
              String(decoding: blob.dropFirst(4).prefix(length), as: UTF8.self) == parts[0] else { return nil }
        let digest = Digest.sha256(blob).base64EncodedString().replacingOccurrences(of: "=", with: "")
        return (parts[0] + " " + parts[1], "SHA256:" + digest)
    }

    /// The marker that ends every line enplan owns in authorized_keys.
    static func marker(_ name: String) -> String { "enplan:" + name }

    /// The forced line for a member: their name and role decide everything; the client may choose
    /// only the language and theme (read from SSH_ORIGINAL_COMMAND by `enplan session`).
    public static func authorizedKeysLine(_ member: TeamMember, enplan: String, data: String) -> String {
        let command = [enplan, "session", "--data", data, "--user", member.name, "--role", member.role.rawValue,
                       "--key-fingerprint", member.fingerprint].map(shellQuoted).joined(separator: " ")
        return "command=\"\(command.replacingOccurrences(of: "\"", with: "\\\""))\",restrict,pty \(member.key) \(marker(member.name))"
    }

    static func shellQuoted(_ word: String) -> String {
        guard word.contains(where: { !$0.isLetter && !$0.isNumber && !"/._-:+=@".contains($0) }) else { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Rewrites the lines enplan owns in `path`, atomically, leaving every other line as it is.
    public static func writeAuthorizedKeys(_ members: [TeamMember], to path: String, enplan: String, data: String) throws(StoreError) {
        // One line per key: a newline in a path would start a line of its own, with no forced command.
        for word in [enplan, data, path] + members.flatMap({ [$0.key, $0.fingerprint] }) where SafeText.containsControl(word) {
            throw .refused(.pathWithControlCharacter(word))
        }
        let existing = try FileSystem.read(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        lines.removeAll { line in line.split(separator: " ").last.map { $0.hasPrefix("enplan:") } == true }
        // A member without a key (the demo's coordinators, someone who works at the server) has no ssh line.
        lines += members.filter { !$0.key.isEmpty }.sorted { $0.name < $1.name }.map { authorizedKeysLine($0, enplan: enplan, data: data) }
        let folder = PathName.parent(of: path)
        _ = try FileSystem.makeFolder(folder, mode: 0o700)
        try FileSystem.replaceDurably(path, with: Data((lines.joined(separator: "\n") + "\n").utf8), mode: 0o600)
    }
}

extension CaseStore {
    public func teamMembers() throws(StoreError) -> [TeamMember] {
        guard let data = try FileSystem.read(layout.users) else { return [] }
        do { return try JSONDecoder().decode([TeamMember].self, from: data) } catch {
            throw .folderUnusable(path: layout.users, .usersDamaged(reason: DocumentCodec.describe(error)))
        }
    }

    /// Writes the users catalogue, then the authorized_keys lines from it.
    public func saveTeam(_ members: [TeamMember], authorizedKeys: String, enplan: String) throws(StoreError) {
        guard !isReadOnly else { throw .readOnly }
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        try writeUsers(members)
        // The forced command runs from the service account's home: the data folder's path must be absolute.
        let data = URL(fileURLWithPath: layout.root).standardizedFileURL.path
        try Team.writeAuthorizedKeys(members, to: authorizedKeys, enplan: enplan, data: data)
    }

    /// Writes the users catalogue alone: people with a name and a number to call, and no ssh key
    /// (the demo's coordinators).
    public func saveUsers(_ members: [TeamMember]) throws(StoreError) {
        guard !isReadOnly else { throw .readOnly }
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        try writeUsers(members)
    }

    private func writeUsers(_ members: [TeamMember]) throws(StoreError) {
        try FileSystem.replaceDurably(layout.users, with: DocumentCodec.encode(members.sorted { $0.name < $1.name }),
                                      mode: modes.file)
    }

    /// The member with this login, for the printed plan's name and number to call.
    public func member(_ name: String) -> TeamMember? { (try? teamMembers())?.first { $0.name == name } }
}
