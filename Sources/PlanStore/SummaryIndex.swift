import Foundation
import PlanCore

/// The derived caseload index on disk (`index/summaries.tsv`). Never trusted over the documents: each
/// entry carries the stamp (inode, size, mtime) of the document it was made from, and an entry whose
/// stamp no longer matches is rebuilt from the document.
///
/// One tab-separated line per citizen rather than JSON: the file is derived, and parsing 10,000 lines
/// of bytes takes a few milliseconds where decoding the same as JSON took a quarter of a second.
struct SummaryIndex {
    static let header = "enplan-index\t5"

    struct Entry {
        var stamp: FileSystem.Stamp
        var summary: CitizenSummary
    }

    var entries: [Entry]

    /// The stored index, or nil when it is missing, damaged or of another format (then it is rebuilt).
    static func load(from path: String) -> SummaryIndex? {
        guard let data = try? FileSystem.read(path) else { return nil }
        return decode(data)
    }

    func write(to path: String, mode: mode_t) throws(StoreError) {
        try FileSystem.replaceDurably(path, with: encode(), mode: mode)
    }

    // MARK: - Format

    private enum Field: Int, CaseIterable {
        case id, inode, size, mtime, revision, name, cprMasked, cprDigest, targetGroup, coordinator, status, consent, nextFollowUp,
             created, updated, lastMeasurement, trend, activeGoals, mentorEnd, overallGoal, goalTitles, contact
    }

    func encode() -> Data {
        var out = SummaryIndex.header + "\n"
        out.reserveCapacity(entries.count * 300)
        for e in entries {
            let s = e.summary
            var fields = [String](repeating: "", count: Field.allCases.count)
            fields[Field.id.rawValue] = s.id.rawValue
            fields[Field.inode.rawValue] = String(e.stamp.inode)
            fields[Field.size.rawValue] = String(e.stamp.size)
            fields[Field.mtime.rawValue] = String(e.stamp.modifiedNanoseconds)
            fields[Field.revision.rawValue] = String(s.revision)
            fields[Field.name.rawValue] = s.name
            fields[Field.cprMasked.rawValue] = s.cprMasked ?? ""
            fields[Field.cprDigest.rawValue] = s.cprDigest ?? ""
            fields[Field.targetGroup.rawValue] = s.targetGroup.rawValue
            fields[Field.coordinator.rawValue] = s.coordinator
            fields[Field.status.rawValue] = s.status.key
            fields[Field.consent.rawValue] = s.consent.rawValue
            fields[Field.nextFollowUp.rawValue] = s.nextFollowUp?.iso ?? ""
            fields[Field.created.rawValue] = s.created.iso
            fields[Field.updated.rawValue] = s.updated.iso
            fields[Field.lastMeasurement.rawValue] = s.lastMeasurement?.iso ?? ""
            fields[Field.trend.rawValue] = s.trend.map(SummaryIndex.threeDecimals).joined(separator: ",")
            fields[Field.activeGoals.rawValue] = s.activeGoals.map(String.init).joined(separator: ",")
            fields[Field.mentorEnd.rawValue] = s.mentorPeriodEnd?.iso ?? ""
            fields[Field.overallGoal.rawValue] = s.overallGoal
            fields[Field.goalTitles.rawValue] = s.goalTitles.joined(separator: "\u{1F}")
            fields[Field.contact.rawValue] = s.contactText
            out += fields.map(SummaryIndex.escape).joined(separator: "\t")
            out += "\n"
        }
        return Data(out.utf8)
    }

    /// "%.3f" without Foundation's formatter, which cost 0.1 s over a 10,000-citizen index.
    static func threeDecimals(_ value: Double) -> String {
        // A document may hold any number; one that would not fit is written as nothing useful, never a trap.
        guard value.isFinite, abs(value) < 1e12 else { return "0.000" }
        let thousandths = Int((abs(value) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return (value < 0 && thousandths > 0 ? "-" : "") + String(thousandths / 1000) + "."
            + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    static func decode(_ data: Data) -> SummaryIndex? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> SummaryIndex? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = LineScanner(bytes)
            guard let first = lines.next(), String(decoding: first, as: UTF8.self) == header else { return nil }
            var entries: [Entry] = []
            entries.reserveCapacity(bytes.count / 300)
            var fields = [Bytes](repeating: Bytes(base: bytes, bounds: 0..<0), count: Field.allCases.count)
            while let line = lines.next() {
                guard !line.isEmpty else { continue }
                guard split(line, into: &fields), let entry = entry(fields) else { return nil }
                entries.append(entry)
            }
            return SummaryIndex(entries: entries)
        }
    }

    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// Splits a line at tabs into exactly as many fields as the format has.
    private static func split(_ line: Bytes, into fields: inout [Bytes]) -> Bool {
        var start = line.startIndex
        var n = 0
        for i in line.indices where line[i] == 0x09 {
            guard n < fields.count - 1 else { return false }
            fields[n] = line[start..<i]
            n += 1
            start = i + 1
        }
        guard n == fields.count - 1 else { return false }
        fields[n] = line[start..<line.endIndex]
        return true
    }

    private static func entry(_ raw: [Bytes]) -> Entry? {
        func text(_ f: Field) -> String { unescape(raw[f.rawValue]) }
        func int(_ f: Field) -> Int64? { parseInt(raw[f.rawValue]) }
        func date(_ f: Field) -> CalendarDate? { parseDate(raw[f.rawValue]) }
        let idText = text(.id)
        // Any damage means "rebuild": negative sizes or inodes are refused here, never converted.
        guard CitizenID.isValid(idText), let id = try? CitizenID(idText), let inode = int(.inode).flatMap(UInt64.init(exactly:)),
              let size = int(.size), size >= 0, let mtime = int(.mtime), let revision = int(.revision), revision >= 0,
              let group = TargetGroup(rawValue: text(.targetGroup)), let status = CaseStatus(key: text(.status)),
              let consent = Consent.State(rawValue: text(.consent)), let created = date(.created),
              let updated = date(.updated) else { return nil }
        let masked = text(.cprMasked), digest = text(.cprDigest)
        var trend: [Double] = []
        var goals: [Int] = []
        var titles: [String] = []
        for part in pieces(raw[Field.trend.rawValue], 0x2C) {
            guard let v = Double(String(decoding: part, as: UTF8.self)), v.isFinite, abs(v) < 1e9 else { return nil }
            trend.append(v)
        }
        for part in pieces(raw[Field.activeGoals.rawValue], 0x2C) {
            guard let v = parseInt(part), (0...100_000).contains(v) else { return nil }
            goals.append(Int(v))
        }
        for part in pieces(raw[Field.goalTitles.rawValue], 0x1F) { titles.append(unescape(part)) }
        let contact = raw[Field.contact.rawValue]
        guard ContactHistoryCodec.looksValid(contact) else { return nil }
        let summary = CitizenSummary(
            id: id, name: text(.name), cprMasked: masked.isEmpty ? nil : masked, cprDigest: digest.isEmpty ? nil : digest,
            targetGroup: group, coordinator: text(.coordinator), status: status,
            consent: consent, nextFollowUp: date(.nextFollowUp), created: created, updated: updated,
            lastMeasurement: date(.lastMeasurement), trend: trend, activeGoals: goals, mentorPeriodEnd: date(.mentorEnd),
            overallGoal: text(.overallGoal), goalTitles: titles, revision: Int(revision),
            contactText: String(decoding: contact, as: UTF8.self))
        return Entry(stamp: FileSystem.Stamp(inode: inode, size: size, modifiedNanoseconds: mtime), summary: summary)
    }

    /// Non-empty runs between separators.
    private static func pieces(_ field: Bytes, _ separator: UInt8) -> [Bytes] {
        guard !field.isEmpty else { return [] }
        var result: [Bytes] = []
        var start = field.startIndex
        for i in field.indices where field[i] == separator {
            result.append(field[start..<i])
            start = i + 1
        }
        result.append(field[start..<field.endIndex])
        return result
    }

    private struct LineScanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Bytes? {
            guard position < bytes.count else { return nil }
            var end = position
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            defer { position = end + 1 }
            return bytes[position..<end]
        }
    }

    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x5C || $0 == 0x0D }) else { return s }
        var out = ""
        for ch in s {
            switch ch {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out
    }

    static func unescape<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        guard bytes.contains(0x5C) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for b in bytes {
            if escaped {
                switch b {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(b)
                }
                escaped = false
            } else if b == 0x5C {
                escaped = true
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A decimal integer, or nil for anything else: no sign without digits, and nothing that would
    /// not fit (a damaged index must never trap; it is rebuilt instead).
    static func parseInt<C: Collection>(_ bytes: C) -> Int64? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 20 else { return nil }
        var value: Int64 = 0
        var negative = false
        var digits = 0
        for (i, b) in bytes.enumerated() {
            if i == 0 && b == UInt8(ascii: "-") { negative = true; continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(b - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    /// YYYY-MM-DD without going through String.
    static func parseDate(_ bytes: Bytes) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        let s = bytes.startIndex
        guard bytes[s + 4] == 0x2D, bytes[s + 7] == 0x2D, let y = parseInt(bytes[s..<(s + 4)]),
              let m = parseInt(bytes[(s + 5)..<(s + 7)]), let d = parseInt(bytes[(s + 8)..<(s + 10)]) else { return nil }
        return CalendarDate(year: Int(y), month: Int(m), day: Int(d))
    }
}
