#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

/// Audit months past their retention are deleted on purpose, and the trail must still prove that
/// nothing else went missing. Before a user's old segments are removed, a marker beside them
/// (`audit/<user>/purged.json`, MAC'd under the folder's key) records the month they ended before and
/// the MAC and sequence number of the last removed line: the chain of the months kept goes on from
/// there, so removing one more month by hand still breaks it. It also keeps what the removed lines
/// proved: per citizen, the revision up to which they covered it, and the cases they deleted, so
/// every revision on disk is still accounted for, whatever date a document says.
struct PurgeMarker: Codable, Equatable {
    /// Segments before this month (yyyy-mm) were purged.
    var before: String
    var prev: String
    var seq: Int
    var time: String
    var user: String
    /// Per citizen id, the highest revision the purged lines wrote (nil in markers before 2026-12).
    var covered: [String: Int]?
    /// The ids of cases the purged lines deleted.
    var deleted: [String]?
    var mac: String

    static let fileName = "purged.json"

    func body() -> Data {
        var text = "purge|\(before)|\(prev)|\(seq)|\(time)|\(user)"
        if let covered { text += "|covered:" + covered.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }
        if let deleted { text += "|deleted:" + deleted.sorted().joined(separator: ",") }
        return Data(text.utf8)
    }
}

extension AuditTrail {
    /// Month name (yyyy-mm) of the segments a purge keeps: everything before it is older than `months`.
    static func retentionStart(today: CalendarDate, months: Int) -> String {
        let start = today.adding(months: -max(0, min(months, 12_000)))
        return String(format: "%04d-%02d", start.year, start.month)
    }

    /// The segments older than `before`, per user.
    func segments(before month: String) throws(StoreError) -> [Segment] {
        try segments().filter { String($0.name.dropLast(6)) < month }
    }

    /// The marker of a user's purged months, if there is one; `valid` is false when its MAC does not
    /// match (written or changed without the key).
    func purgeMarker(userFolder: String) throws(StoreError) -> (marker: PurgeMarker, valid: Bool)? {
        guard let data = try FileSystem.read(userFolder + "/" + PurgeMarker.fileName) else { return nil }
        guard let marker = try? JSONDecoder().decode(PurgeMarker.self, from: data) else {
            return (PurgeMarker(before: "", prev: AuditTrail.genesis, seq: 0, time: "", user: "", mac: ""), false)
        }
        return (marker, key.map { $0.mac(marker.body()) == marker.mac } ?? false)
    }

    /// Removes every segment before `month`, writing each user's marker first. Returns the segments removed.
    @discardableResult
    func purge(before month: String, by actor: StoreActor, now: Date = Date()) throws(StoreError) -> [String] {
        guard let key else { throw .refused(.auditKeyMissing(forPurge: true)) }
        var byUser: [String: [Segment]] = [:]
        for s in try segments(before: month) { byUser[s.user, default: []].append(s) }
        var removed: [String] = []
        for (user, old) in byUser.sorted(by: { $0.key < $1.key }) {
            let userFolder = folder + "/" + user
            guard let newest = old.max(by: { $0.name < $1.name }) else { continue }
            let fd = open(newest.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { throw FileSystem.errno("read the audit trail", newest.path) }
            let last = try AuditTrail.lastLine(fd: fd, path: newest.path, repairTornTail: false)
            close(fd)
            var prev = AuditTrail.genesis, seq = 0
            let earlier = try purgeMarker(userFolder: userFolder)
            var covered = earlier?.valid == true ? earlier?.marker.covered ?? [:] : [:]
            var deleted = Set(earlier?.valid == true ? earlier?.marker.deleted ?? [] : [])
            for s in old {
                for (_, text) in try AuditTrail.contents(of: s.path).lines {
                    guard let parsed = AuditTrail.parse(line: text, key: key), parsed.keyed, parsed.computed == parsed.mac,
                          let citizen = parsed.entry.citizen else { continue }
                    if parsed.entry.action == .delete { deleted.insert(citizen) }
                    if parsed.entry.action.changesPlan, let after = parsed.entry.revisionAfter {
                        covered[citizen] = max(covered[citizen] ?? 0, after)
                    }
                }
            }
            if let last {
                guard let parsed = AuditTrail.parse(line: last, key: key) else {
                    throw .refused(.auditTailDamaged(path: newest.path))
                }
                (prev, seq) = (parsed.mac, parsed.entry.seq)
            } else if let earlier, earlier.valid {
                (prev, seq) = (earlier.marker.prev, earlier.marker.seq)
            }
            var marker = PurgeMarker(before: month, prev: prev, seq: seq, time: AuditTrail.timestamp(now), user: actor.user,
                                     covered: covered, deleted: deleted.sorted(), mac: "")
            marker.mac = key.mac(marker.body())
            try FileSystem.replaceDurably(userFolder + "/" + PurgeMarker.fileName, with: DocumentCodec.encode(marker),
                                          mode: modes.file)
            for s in old.sorted(by: { $0.name < $1.name }) {
                guard unlink(s.path) == 0 || errno == ENOENT else { throw FileSystem.errno("delete", s.path) }
                removed.append("audit/\(user)/\(s.name)")
            }
            try FileSystem.syncFolder(userFolder)
        }
        return removed
    }
}
