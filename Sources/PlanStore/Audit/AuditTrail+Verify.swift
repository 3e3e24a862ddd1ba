#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

/// Reading the trail back: the entries about one citizen, and the check of every line, the chain,
/// the months and the purge markers.
extension AuditTrail {
    /// Every entry about `citizen`, oldest first, from every user's segments.
    public func entries(about citizen: CitizenID) throws(StoreError) -> [AuditEntry] {
        var found: [AuditEntry] = []
        for segment in try segments() {
            for (_, text) in try AuditTrail.contents(of: segment.path).lines {
                if let entry = AuditTrail.entry(ofLine: text), entry.citizen == citizen.rawValue {
                    found.append(entry)
                }
            }
        }
        return found.sorted { ($0.time, $0.user, $0.seq) < ($1.time, $1.user, $1.seq) }
    }

    /// Checks every line's MAC, the chain between lines and segments, the sequence, the time order,
    /// that each entry's user is the segment's user, and that no month is missing between a user's
    /// first and last segment.
    public func verify() throws(StoreError) -> AuditVerification {
        var result = AuditVerification()
        var byUser: [String: [Segment]] = [:]
        for s in try segments() { byUser[s.user, default: []].append(s) }
        if key == nil && !byUser.isEmpty {
            result.problems.append(AuditProblem(file: "enplan.key", .auditKeyUnreadable))
        }
        for user in try FileSystem.list(folder).sorted() where !user.hasPrefix(".") {
            guard AuditTrail.isRealFolder(folder + "/" + user) else {
                result.problems.append(AuditProblem(file: "audit/" + user, .auditFolderNotReal))
                continue
            }
            // A user whose every month was purged still has the marker of what those months proved.
            if byUser[user] == nil, FileSystem.exists(folder + "/" + user + "/" + PurgeMarker.fileName) { byUser[user] = [] }
        }
        for (user, segments) in byUser.sorted(by: { $0.key < $1.key }) {
            var prev = AuditTrail.genesis
            var seq = 0
            var lastTime = ""
            var ordered = segments.sorted { $0.name < $1.name }
            if let purged = try purgeMarker(userFolder: folder + "/" + user) {
                if purged.valid {
                    let m = purged.marker
                    (prev, seq) = (m.prev, m.seq)
                    // Segments a purge marked but did not get to remove are deleted by the next purge.
                    ordered = ordered.filter { String($0.name.dropLast(6)) >= m.before }
                    result.notes.append(IntegrityFinding(file: "audit/\(user)", .auditPurged(before: m.before, time: m.time, by: m.user)))
                    for (citizen, revision) in m.covered ?? [:] { result.covered[citizen] = max(result.covered[citizen] ?? 0, revision) }
                    result.deleted.formUnion(m.deleted ?? [])
                } else {
                    result.problems.append(AuditProblem(file: "audit/\(user)/\(PurgeMarker.fileName)", .purgeMarkerForged))
                }
            }
            result.problems += missingMonths(user: user, ordered.map(\.name))
            for segment in ordered {
                let display = "audit/" + segment.user + "/" + segment.name
                let (lines, endsTorn) = try AuditTrail.contents(of: segment.path)
                for (number, text) in lines {
                    func problem(_ kind: IntegrityFinding.Kind) { result.problems.append(AuditProblem(file: display, line: number, kind)) }
                    guard let parsed = AuditTrail.parse(line: text, key: key) else {
                        if number == lines.count && !text.isEmpty && endsTorn {
                            continue // a torn last line was never written
                        }
                        problem(.notAnAuditLine)
                        continue
                    }
                    result.entries += 1
                    let entry = parsed.entry
                    // No line without a valid MAC is trusted, whatever its date: anyone can compute an
                    // unkeyed hash chain.
                    let trusted = parsed.keyed && (key == nil || parsed.computed == parsed.mac)
                    if !parsed.keyed {
                        problem(.unkeyedLine)
                    } else if !trusted {
                        problem(.auditLineChanged)
                    }
                    if entry.prev != prev {
                        problem(.auditChainBroken)
                    }
                    if entry.seq != seq &+ 1 {
                        problem(.auditSequenceJump(from: seq, to: entry.seq))
                    }
                    if entry.time < lastTime {
                        problem(.auditTimeGoesBack(from: lastTime, to: entry.time))
                    }
                    if AuditTrail.folderName(for: entry.user) != segment.user {
                        problem(.auditEntryOfAnotherUser(entry: entry.user, segment: segment.user))
                    }
                    defer { (prev, seq, lastTime) = (parsed.mac, entry.seq, entry.time) }
                    // What an untrusted line says is never counted: not a change, a deletion or a view.
                    guard trusted else { continue }
                    if entry.action == .auditRepair {
                        result.notes.append(IntegrityFinding(file: display, line: number,
                                                            .auditRepaired(time: entry.time, by: entry.user, detail: entry.detail ?? "")))
                    }
                    if entry.action == .delete, let citizen = entry.citizen { result.deleted.insert(citizen) }
                    if let citizen = entry.citizen, let after = entry.revisionAfter, entry.action.changesPlan {
                        result.changes[citizen, default: []].append(WrittenRevision(revision: after, sha256: entry.sha256))
                        if (result.revisions[citizen]?.revisionAfter ?? 0) < after { result.revisions[citizen] = entry }
                    } else if let citizen = entry.citizen, let before = entry.revisionBefore, before > 0 {
                        result.seenOnDisk[citizen] = max(result.seenOnDisk[citizen] ?? 0, before)
                    }
                }
            }
        }
        return result
    }

    /// Months with no segment between a user's first and last: a segment that was removed.
    func missingMonths(user: String, _ names: [String]) -> [AuditProblem] {
        let months = names.compactMap { name -> Int? in
            let parts = name.dropLast(6).split(separator: "-")
            guard name.hasSuffix(".jsonl"), parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
                  (1...12).contains(m), (1900...9999).contains(y) else { return nil }
            return y * 12 + (m - 1)
        }
        guard let first = months.min(), let last = months.max() else { return [] }
        let present = Set(months)
        return (first...last).filter { !present.contains($0) }.map { month in
            AuditProblem(file: "audit/" + user, .auditMonthMissing(String(format: "%04d-%02d", month / 12, month % 12 + 1)))
        }
    }

    struct Segment {
        var user: String
        var name: String
        var path: String
    }

    /// Whether a trail folder holds anything a key made: a segment or a purge marker of any user.
    static func holdsEntries(_ folder: String) -> Bool {
        for user in (try? FileSystem.list(folder)) ?? [] where !user.hasPrefix(".") {
            let names = (try? FileSystem.list(folder + "/" + user)) ?? []
            if names.contains(where: { $0.hasSuffix(".jsonl") || $0 == PurgeMarker.fileName }) { return true }
        }
        return false
    }

    /// A folder of its own, not a link to one elsewhere.
    static func isRealFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Every user's segments; a user entry that is a link (or no folder) is never followed.
    func segments() throws(StoreError) -> [Segment] {
        var result: [Segment] = []
        for user in try FileSystem.list(folder).sorted() where !user.hasPrefix(".") && AuditTrail.isRealFolder(folder + "/" + user) {
            let userFolder = folder + "/" + user
            for name in try FileSystem.list(userFolder).sorted() where name.hasSuffix(".jsonl") {
                result.append(Segment(user: user, name: name, path: userFolder + "/" + name))
            }
        }
        return result
    }

    /// A segment's numbered lines, and whether its last line was cut short (no final newline).
    /// The segment's lines, numbered from 1, as slices of the one buffer read (a month of a large
    /// caseload is tens of megabytes: no second copy of it as strings).
    static func contents(of path: String) throws(StoreError) -> (lines: [(Int, Data)], endsTorn: Bool) {
        guard let data = try FileSystem.read(path), !data.isEmpty else { return ([], false) }
        var parts = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if parts.last?.isEmpty == true { parts.removeLast() }
        return (parts.enumerated().map { ($0.offset + 1, $0.element) }, data.last != 0x0A)
    }
}
