#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PlanCore

/// The append-only, tamper-evident audit trail: one JSON line per event, in segments per user and
/// month (`audit/<user>/<yyyy-mm>.jsonl`). Each line's hash is SHA-256(previous hash + the line's
/// canonical bytes), chained across a user's segments.
///
/// Per-user segments are what let a read-only supervisor log their own views: the `audit` folder is
/// group-writable with the sticky bit, so each user can create and append to their own segment but
/// cannot touch anyone else's, nor any plan.
public struct AuditTrail: Sendable {
    public static let genesis = String(repeating: "0", count: 64)

    let folder: String
    let modes: FileSystem.Modes

    init(folder: String, modes: FileSystem.Modes) {
        self.folder = folder
        self.modes = modes
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
        let userFolder = folder + "/" + AuditTrail.folderName(for: actor.user)
        try FileSystem.makeFolder(userFolder, mode: modes.folder)
        let segment = userFolder + "/" + AuditTrail.segmentName(for: now) + ".jsonl"
        let fd = open(segment, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, modes.file)
        guard fd >= 0 else { throw FileSystem.errno("open the audit trail", segment) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystem.errno("lock the audit trail", segment) }
        }
        defer { flock(fd, LOCK_UN) }
        fchmod(fd, modes.file)

        var last = try AuditTrail.lastLine(fd: fd, path: segment)
        if last == nil {
            last = try previousSegmentTail(in: userFolder, before: segment)
        }
        var seq = 0
        var prev = AuditTrail.genesis
        if let last {
            guard let parsed = AuditTrail.parse(line: last) else {
                throw .io(operation: "append to the audit trail (its last line is damaged; run 'enplan audit verify')",
                          path: segment, code: EINVAL)
            }
            seq = parsed.entry.seq
            prev = parsed.hash
        }
        var written: [AuditEntry] = []
        var bytes = Data()
        let time = AuditTrail.timestamp(now)
        for event in events {
            seq += 1
            let entry = AuditEntry(seq: seq, time: time, user: actor.user, uid: actor.uid, role: actor.role,
                                   action: event.action, citizen: event.citizen?.rawValue,
                                   revisionBefore: event.revisionBefore, revisionAfter: event.revisionAfter,
                                   query: event.query, detail: event.detail, ssh: actor.sshConnection, prev: prev)
            let line = try AuditTrail.line(for: entry)
            prev = AuditTrail.hash(ofLine: line)
            bytes.append(line)
            bytes.append(0x0A)
            written.append(entry)
        }
        try FileSystem.writeAll(fd, bytes, path: segment)
        guard fsync(fd) == 0 else { throw FileSystem.errno("flush the audit trail", segment) }
        return written
    }

    // MARK: - Reading and verifying

    /// Every entry about `citizen`, oldest first, from every user's segments.
    public func entries(about citizen: CitizenID) throws(StoreError) -> [AuditEntry] {
        var found: [AuditEntry] = []
        for segment in try segments() {
            for (_, text) in try AuditTrail.contents(of: segment.path).lines {
                if let parsed = AuditTrail.parse(line: Data(text.utf8)), parsed.entry.citizen == citizen.rawValue {
                    found.append(parsed.entry)
                }
            }
        }
        return found.sorted { ($0.time, $0.user, $0.seq) < ($1.time, $1.user, $1.seq) }
    }

    /// Checks every line's hash and the chain between lines and segments.
    public func verify() throws(StoreError) -> (entries: Int, problems: [AuditProblem]) {
        var problems: [AuditProblem] = []
        var count = 0
        var byUser: [String: [Segment]] = [:]
        for s in try segments() { byUser[s.user, default: []].append(s) }
        for (_, segments) in byUser.sorted(by: { $0.key < $1.key }) {
            var prev = AuditTrail.genesis
            var seq = 0
            for segment in segments.sorted(by: { $0.name < $1.name }) {
                let display = "audit/" + segment.user + "/" + segment.name
                let (lines, endsTorn) = try AuditTrail.contents(of: segment.path)
                for (number, text) in lines {
                    guard let parsed = AuditTrail.parse(line: Data(text.utf8)) else {
                        if number == lines.count && !text.isEmpty && endsTorn {
                            continue // a torn last line was never written
                        }
                        problems.append(AuditProblem(file: display, line: number, message: "not a valid audit line"))
                        continue
                    }
                    count += 1
                    if parsed.entry.prev != prev {
                        problems.append(AuditProblem(file: display, line: number,
                            message: "the chain is broken: a line before it was removed, reordered or changed"))
                    }
                    if parsed.computed != parsed.hash {
                        problems.append(AuditProblem(file: display, line: number,
                            message: "the line was changed after it was written (hash mismatch)"))
                    }
                    if parsed.entry.seq != seq + 1 {
                        problems.append(AuditProblem(file: display, line: number,
                            message: "sequence jumps from \(seq) to \(parsed.entry.seq): lines are missing"))
                    }
                    prev = parsed.hash
                    seq = parsed.entry.seq
                }
            }
        }
        return (count, problems)
    }

    struct Segment {
        var user: String
        var name: String
        var path: String
    }

    func segments() throws(StoreError) -> [Segment] {
        var result: [Segment] = []
        for user in try FileSystem.list(folder).sorted() where !user.hasPrefix(".") {
            let userFolder = folder + "/" + user
            for name in try FileSystem.list(userFolder).sorted() where name.hasSuffix(".jsonl") {
                result.append(Segment(user: user, name: name, path: userFolder + "/" + name))
            }
        }
        return result
    }

    /// A segment's numbered lines, and whether its last line was cut short (no final newline).
    static func contents(of path: String) throws(StoreError) -> (lines: [(Int, String)], endsTorn: Bool) {
        guard let data = try FileSystem.read(path), !data.isEmpty else { return ([], false) }
        var parts = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if parts.last?.isEmpty == true { parts.removeLast() }
        return (parts.enumerated().map { ($0.offset + 1, String(decoding: $0.element, as: UTF8.self)) }, data.last != 0x0A)
    }

    private func previousSegmentTail(in userFolder: String, before segment: String) throws(StoreError) -> Data? {
        let current = (segment as NSString).lastPathComponent
        let earlier = try FileSystem.list(userFolder).filter { $0.hasSuffix(".jsonl") && $0 < current }.sorted()
        guard let latest = earlier.last else { return nil }
        let path = userFolder + "/" + latest
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.errno("read the audit trail", path) }
        defer { close(fd) }
        return try AuditTrail.lastLine(fd: fd, path: path, repairTornTail: false)
    }

    // MARK: - Line format

    /// The line as written: the entry's canonical JSON with `"hash"` added as the last key. Hashing the
    /// exact bytes (not a re-encoding) makes verification independent of encoder details.
    static func line(for entry: AuditEntry) throws(StoreError) -> Data {
        let body = try canonical(entry)
        let hash = digest(prev: entry.prev, body: body)
        var line = body.dropLast()
        line.append(contentsOf: Array(",\"hash\":\"\(hash)\"}".utf8))
        return Data(line)
    }

    static func canonical(_ entry: AuditEntry) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(entry) } catch {
            throw .io(operation: "encode an audit entry", path: "audit", code: EINVAL)
        }
    }

    static func digest(prev: String, body: Data) -> String {
        Digest.sha256Hex(Data(prev.utf8), body)
    }

    static func hash(ofLine line: Data) -> String {
        String(decoding: line.suffix(66).prefix(64), as: UTF8.self)
    }

    struct Parsed {
        var entry: AuditEntry
        var hash: String
        var computed: String
    }

    static let hashSuffixLength = ",\"hash\":\"".utf8.count + 64 + 2

    static func parse(line: Data) -> Parsed? {
        let bytes = [UInt8](line)
        guard bytes.count > hashSuffixLength, bytes.last == UInt8(ascii: "}") else { return nil }
        let split = bytes.count - hashSuffixLength
        let suffix = String(decoding: bytes[split...], as: UTF8.self)
        guard suffix.hasPrefix(",\"hash\":\"") else { return nil }
        let hash = String(suffix.dropFirst(9).prefix(64))
        var body = Array(bytes[..<split])
        body.append(UInt8(ascii: "}"))
        guard let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(body)) else { return nil }
        return Parsed(entry: entry, hash: hash, computed: digest(prev: entry.prev, body: Data(body)))
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
        let whole = Int(interval.rounded(.down))
        let ms = Int(((interval - Double(whole)) * 1000).rounded(.down))
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let secs = whole - days * 86_400
        let d = CalendarDate(daysSinceEpoch: days)
        return (d.year, d.month, d.day, secs / 3600, secs % 3600 / 60, secs % 60, ms)
    }
}
