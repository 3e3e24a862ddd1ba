#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

/// The append-only, tamper-evident audit trail: one JSON line per event, in segments per user and
/// month (`audit/<user>/<yyyy-mm>.jsonl`). Each line ends in a MAC: HMAC-SHA256 under the folder's
/// key of the previous line's MAC and the line's canonical bytes, chained across a user's segments.
/// Someone who can read the trail but not the key can neither alter nor remove a line and recompute
/// the chain, nor write a line in someone else's name.
///
/// Lines written before the folder had a key end in an unkeyed SHA-256 `hash`; they are accepted only
/// when dated before the key was made.
public struct AuditTrail: Sendable {
    public static let genesis = String(repeating: "0", count: 64)

    let folder: String
    let modes: FileSystem.Modes
    let key: StoreKey?

    init(folder: String, modes: FileSystem.Modes, key: StoreKey?) {
        self.folder = folder
        self.modes = modes
        self.key = key
    }

    /// Appends one entry and flushes it to disk before returning: the entry is written before the
    /// change it describes, so a change is never on disk without its audit line.
    @discardableResult
    public func append(_ event: AuditEvent, by actor: StoreActor, now: Date = Date()) throws(StoreError) -> AuditEntry {
        let entries = try append([event], by: actor, now: now)
        guard let entry = entries.first else {
            throw .io(operation: "append to the audit trail", path: folder, code: EINVAL)
        }
        return entry
    }

    /// Appends several entries with one flush: for bulk operations such as an import.
    @discardableResult
    public func append(_ events: [AuditEvent], by actor: StoreActor, now: Date = Date()) throws(StoreError) -> [AuditEntry] {
        guard !events.isEmpty else { return [] }
        guard let key else {
            throw .refused(.auditKeyUnreadable)
        }
        let segment = try openSegment(for: actor.user, now: now)
        defer { close(segment.fd) }
        while flock(segment.fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystem.errno("lock the audit trail", segment.path) }
        }
        defer { flock(segment.fd, LOCK_UN) }

        var last = try AuditTrail.lastLine(fd: segment.fd, path: segment.path)
        if last == nil {
            last = try previousSegmentTail(in: segment.userFolder, before: segment.path)
        }
        var seq = 0
        var prev = AuditTrail.genesis
        if let last {
            guard let parsed = AuditTrail.parse(line: last, key: key), parsed.entry.seq >= 0, parsed.entry.seq < Int.max / 2 else {
                throw .refused(.auditTailDamaged(path: segment.path))
            }
            seq = parsed.entry.seq
            prev = parsed.mac
        } else if let purged = try purgeMarker(userFolder: segment.userFolder), purged.valid {
            // Every earlier month was purged: the chain goes on from the last line removed.
            (seq, prev) = (purged.marker.seq, purged.marker.prev)
        }
        var written: [AuditEntry] = []
        var bytes = Data()
        let time = AuditTrail.timestamp(now)
        for event in events {
            seq += 1
            let entry = AuditEntry(seq: seq, time: time, user: actor.user, uid: actor.uid, role: actor.role,
                                   action: event.action, citizen: event.citizen?.rawValue,
                                   revisionBefore: event.revisionBefore, revisionAfter: event.revisionAfter,
                                   query: event.query, detail: event.detail, ssh: actor.sshConnection,
                                   key: actor.keyFingerprint, sha256: event.sha256, prev: prev)
            let line = try AuditTrail.line(for: entry, key: key)
            prev = AuditTrail.mac(ofLine: line)
            bytes.append(line)
            bytes.append(0x0A)
            written.append(entry)
        }
        try FileSystem.writeAll(segment.fd, bytes, path: segment.path)
        guard fsync(segment.fd) == 0 else { throw FileSystem.errno("flush the audit trail", segment.path) }
        return written
    }

    struct OpenSegment {
        var fd: Int32
        var path: String
        var userFolder: String
    }

    /// The user's segment for this month, opened for appending. Never through a symbolic link, and
    /// only a folder and a file that this account owns: a folder or file planted by anyone else is
    /// refused, and nothing outside the trail is ever touched.
    func openSegment(for user: String, now: Date) throws(StoreError) -> OpenSegment {
        try AuditTrail.requireOwnFolder(folder)
        let userFolder = folder + "/" + AuditTrail.folderName(for: user)
        _ = try FileSystem.makeFolder(userFolder, mode: modes.folder)
        try AuditTrail.requireOwnFolder(userFolder)
        let path = userFolder + "/" + AuditTrail.segmentName(for: now) + ".jsonl"
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, modes.file)
        guard fd >= 0 else {
            if errno == ELOOP { throw .oddFile(path: path, kind: .symbolicLink) }
            throw FileSystem.errno("open the audit trail", path)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw FileSystem.errno("open the audit trail", path)
        }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(), info.st_nlink == 1 else {
            close(fd)
            throw .refused(.auditSegmentNotOurs(path: path))
        }
        fchmod(fd, modes.file)
        return OpenSegment(fd: fd, path: path, userFolder: userFolder)
    }

    static func requireOwnFolder(_ path: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw FileSystem.errno("open the audit trail folder", path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .oddFile(path: path, kind: StoreError.OddKind(mode: info.st_mode)) }
        guard info.st_uid == geteuid() else {
            throw .refused(.auditFolderOfAnotherAccount(path: path, uid: UInt32(info.st_uid)))
        }
    }

    private func previousSegmentTail(in userFolder: String, before segment: String) throws(StoreError) -> Data? {
        let current = PathName.lastComponent(of: segment)
        let earlier = try FileSystem.list(userFolder).filter { $0.hasSuffix(".jsonl") && $0 < current }.sorted()
        guard let latest = earlier.last else { return nil }
        let path = userFolder + "/" + latest
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.errno("read the audit trail", path) }
        defer { close(fd) }
        return try AuditTrail.lastLine(fd: fd, path: path, repairTornTail: false)
    }

    // MARK: - Repair

    /// Moves the damaged lines of each user's newest segment aside (into a file beside it, kept as
    /// evidence; a valid line after a damaged one stays where it is), and records the repair as a new
    /// entry that continues the chain, so work can go on and `verify` keeps saying that a repair
    /// happened. Returns what was done, one line per segment.
    public func repair(by actor: StoreActor, now: Date = Date()) throws(StoreError) -> [String] {
        guard let key else { throw .refused(.auditKeyMissing(forPurge: false)) }
        var byUser: [String: [Segment]] = [:]
        for s in try segments() { byUser[s.user, default: []].append(s) }
        var done: [String] = []
        for (_, segments) in byUser.sorted(by: { $0.key < $1.key }) {
            guard let newest = segments.max(by: { $0.name < $1.name }) else { continue }
            let (lines, _) = try AuditTrail.contents(of: newest.path)
            let damaged = lines.filter { _, text in
                guard let parsed = AuditTrail.parse(line: text, key: key) else { return true }
                return !parsed.keyed || parsed.computed != parsed.mac
            }
            guard let first = damaged.first?.0 else { continue }
            let moved = Set(damaged.map(\.0))
            let good = lines.filter { !moved.contains($0.0) }
            // Byte for byte as they were: the damaged lines are evidence.
            let kept = Data(good.map(\.1).joined(separator: [0x0A])) + (good.isEmpty ? Data() : Data([0x0A]))
            let tail = Data(damaged.map(\.1).joined(separator: [0x0A])) + Data([0x0A])
            let evidence = newest.path + ".damaged-" + AuditTrail.timestamp(now).replacingOccurrences(of: ":", with: "")
            try FileSystem.writeNew(evidence, tail, mode: modes.file)
            try FileSystem.replaceDurably(newest.path, with: kept, mode: modes.file)
            let display = "audit/" + newest.user + "/" + newest.name
            let message = "\(damaged.count) damaged line(s) from line \(first) of \(display) moved to "
                + PathName.lastComponent(of: evidence)
            // The repair entry goes into the repaired user's own chain when it is the acting user's;
            // otherwise into the acting user's, naming the segment.
            try append(AuditEvent(.auditRepair, detail: message), by: actor, now: now)
            done.append(message)
        }
        return done
    }

    // MARK: - Line format

    /// The line as written: the entry's canonical JSON with `"mac"` added as the last key. The MAC is
    /// over the exact bytes (not a re-encoding), so verification is independent of encoder details.
    static func line(for entry: AuditEntry, key: StoreKey) throws(StoreError) -> Data {
        let body = try canonical(entry)
        let mac = key.mac(Data(entry.prev.utf8), body)
        var line = body.dropLast()
        line.append(contentsOf: Array(",\"mac\":\"\(mac)\"}".utf8))
        return Data(line)
    }

    static func canonical(_ entry: AuditEntry) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(entry) } catch {
            throw .io(operation: "encode an audit entry", path: "audit", code: EINVAL)
        }
    }

    static func mac(ofLine line: Data) -> String {
        String(decoding: line.suffix(66).prefix(64), as: UTF8.self)
    }

    struct Parsed {
        var entry: AuditEntry
        /// The MAC (or, for lines from before the key, the unkeyed hash) the line carries.
        var mac: String
        /// What it should be; for keyed lines only when the key is at hand.
        var computed: String
        var keyed: Bool
    }

    static let macSuffix = Array(",\"mac\":\"".utf8)
    static let hashSuffix = Array(",\"hash\":\"".utf8)

    /// The entry of a line, whatever its MAC: for listing, never for trusting.
    static func entry(ofLine line: Data) -> AuditEntry? { split(line)?.entry }

    static func split(_ line: Data) -> (entry: AuditEntry, body: Data, mac: String, keyed: Bool)? {
        let bytes = [UInt8](line)
        for (suffix, keyed) in [(macSuffix, true), (hashSuffix, false)] {
            let length = suffix.count + 64 + 2
            guard bytes.count > length, bytes.last == UInt8(ascii: "}"), bytes[bytes.count - 2] == UInt8(ascii: "\"") else { continue }
            let split = bytes.count - length
            guard Array(bytes[split..<(split + suffix.count)]) == suffix else { continue }
            let mac = String(decoding: bytes[(split + suffix.count)..<(bytes.count - 2)], as: UTF8.self)
            guard mac.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
            var body = Array(bytes[..<split])
            body.append(UInt8(ascii: "}"))
            guard let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(body)) else { return nil }
            return (entry, Data(body), mac, keyed)
        }
        return nil
    }

    static func parse(line: Data, key: StoreKey?) -> Parsed? {
        guard let (entry, body, mac, keyed) = split(line) else { return nil }
        let computed = keyed ? (key?.mac(Data(entry.prev.utf8), body) ?? "") : Digest.sha256Hex(Data(entry.prev.utf8), body)
        return Parsed(entry: entry, mac: mac, computed: computed, keyed: keyed)
    }

    /// The last complete line of an open segment. A torn tail (a write cut short) is cut off when
    /// `repairTornTail`, since it was never written as far as anyone can tell.
    static func lastLine(fd: Int32, path: String, repairTornTail: Bool = true) throws(StoreError) -> Data? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystem.errno("read the audit trail", path) }
        var size = Int(info.st_size)
        guard size > 0 else { return nil }
        let chunk = 16_384
        let start = max(0, size - chunk)
        var buffer = [UInt8](repeating: 0, count: size - start)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
        guard n == buffer.count else { throw FileSystem.errno("read the audit trail", path) }
        if buffer.last != 0x0A {
            let cut = buffer.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            if repairTornTail {
                guard ftruncate(fd, off_t(start + cut)) == 0 else { throw FileSystem.errno("repair the audit trail", path) }
            }
            buffer.removeSubrange(cut...)
            size = start + cut
            if buffer.isEmpty { return start == 0 ? nil : try lastLineSlow(fd: fd, end: size, path: path) }
        }
        buffer.removeLast()
        if let nl = buffer.lastIndex(of: 0x0A) {
            return Data(buffer[(nl + 1)...])
        }
        return start == 0 ? Data(buffer) : try lastLineSlow(fd: fd, end: size, path: path)
    }

    /// For lines longer than the fast path's chunk: read the whole prefix.
    private static func lastLineSlow(fd: Int32, end: Int, path: String) throws(StoreError) -> Data? {
        var buffer = [UInt8](repeating: 0, count: end)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n == end else { throw FileSystem.errno("read the audit trail", path) }
        if buffer.last == 0x0A { buffer.removeLast() }
        guard !buffer.isEmpty else { return nil }
        let from = buffer.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return Data(buffer[from...])
    }

    // MARK: - Names

    /// A user name made safe as a folder name: letters, digits, '.', '_' and '-' kept, anything else
    /// hex-escaped, so two different users never share a segment.
    static func folderName(for user: String) -> String {
        var out = ""
        for b in user.utf8 {
            let c = Character(Unicode.Scalar(b))
            if (c.isASCII && (c.isLetter || c.isNumber)) || c == "_" || c == "-" || (c == "." && !out.isEmpty) {
                out.append(c)
            } else {
                out += String(format: "%%%02X", b)
            }
        }
        return out.isEmpty ? "%00" : out
    }

    static func segmentName(for date: Date) -> String {
        let t = utc(date)
        return String(format: "%04d-%02d", t.year, t.month)
    }

    static func timestamp(_ date: Date) -> String {
        let t = utc(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.year, t.month, t.day, t.hour, t.minute,
                      t.second, t.millisecond)
    }

    static func utc(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite, abs(interval) < 1e12 else { return (1970, 1, 1, 0, 0, 0, 0) }
        let whole = Int(interval.rounded(.down))
        let ms = Int(((interval - Double(whole)) * 1000).rounded(.down))
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let secs = whole - days * 86_400
        let d = CalendarDate(daysSinceEpoch: days)
        return (d.year, d.month, d.day, secs / 3600, secs % 3600 / 60, secs % 60, ms)
    }
}
