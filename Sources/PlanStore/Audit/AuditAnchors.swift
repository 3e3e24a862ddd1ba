#if canImport(Glibc)
import Glibc
#endif
import CaseRecords
import Foundation
import PlanCore

/// The heads of a database's audit chain, kept outside the database by the service account and keyed
/// with a secret of its own (`anchor.key`, 0600, beside them). Whoever rewrites the chain inside the
/// database, even a superuser who recomputes every hash after it, no longer meets an anchored hash.
public struct AuditAnchors {
    /// `$XDG_DATA_HOME/enplan/anchors` of the service account, or a folder given.
    let folder: String

    public init(folder: String) { self.folder = folder }

    /// The anchors folder of the account running enplan.
    public static func ofAccount(environment: [String: String] = ProcessInfo.processInfo.environment) -> AuditAnchors {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return AuditAnchors(folder: data + "/enplan/anchors")
    }

    private func file(_ identity: String) -> String { folder + "/" + identity + ".tsv" }

    /// Adds the head to the anchors of its store, unless an anchor that far is there already.
    /// - Returns: whether a new anchor was written.
    @discardableResult
    public func anchor(_ head: AuditHead) throws(StoreError) -> Bool {
        // The identity names a file here: a UUID, nothing else.
        guard !head.identity.isEmpty, head.identity.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || $0 == 0x2D }) else {
            throw .database(DatabaseProblem(state: "", message: "the database names itself '\(SafeText.neutralized(head.identity))', which is no UUID"))
        }
        // The folders up to it that are missing, made private, outermost first.
        var missing: [String] = []
        var path = folder
        while !path.isEmpty, path != "/", !FileSystem.exists(path) {
            missing.append(path)
            path = PathName.parent(of: path)
        }
        for path in missing.reversed() { _ = try FileSystem.makeFolder(path, mode: 0o700) }
        guard let key = try StoreKey.load(folder + "/anchor.key", create: true) else { return false }
        let (anchors, _) = try read(head.identity, key: key)
        if let last = anchors.last, last.seq >= head.seq { return false }
        let existing = try FileSystem.read(file(head.identity)) ?? Data()
        let body = "\(head.seq)\t\(head.hash)\t\(AuditTrail.timestamp(Date()))"
        let line = body + "\t" + key.mac(Data(body.utf8)) + "\n"
        try FileSystem.replaceDurably(file(head.identity), with: existing + Data(line.utf8), mode: 0o600)
        return true
    }

    /// What the anchors say about a store's chain: an anchored row whose hash is another now, or
    /// that is gone; an anchor line not written with the key.
    public func findings(for identity: String, hashAt: (Int) throws(StoreError) -> String?) throws(StoreError) -> [IntegrityFinding] {
        guard let key = try StoreKey.load(folder + "/anchor.key", create: false) else { return [] }
        let (anchors, forged) = try read(identity, key: key)
        let shown = "anchors/" + identity + ".tsv"
        var found = forged.map { IntegrityFinding(file: shown, line: $0, .auditLineChanged) }
        for anchor in anchors where try hashAt(anchor.seq) != anchor.hash {
            found.append(IntegrityFinding(file: "enplan.audit", line: anchor.seq, .auditChainBroken))
        }
        return found
    }

    private func read(_ identity: String, key: StoreKey) throws(StoreError) -> (anchors: [(seq: Int, hash: String)], forged: [Int]) {
        guard let data = try FileSystem.read(file(identity)) else { return ([], []) }
        var anchors: [(seq: Int, hash: String)] = [], forged: [Int] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let seq = Int(fields[0]),
                  key.mac(Data(fields[0...2].joined(separator: "\t").utf8)) == fields[3] else {
                forged.append(number + 1)
                continue
            }
            anchors.append((seq, String(fields[1])))
        }
        return (anchors, forged)
    }
}
