import Foundation
import CaseRecords
import PlanCore

/// The derived caseload index on disk (`index/summaries.tsv`). Never trusted over the documents: each
/// entry carries the stamp (inode, size, mtime) of the document it was made from, and an entry whose
/// stamp no longer matches is rebuilt from the document.
///
/// One tab-separated line per citizen rather than JSON: the file is derived, and parsing 10,000 lines
/// of bytes takes a few milliseconds where decoding the same as JSON took a quarter of a second.
///
/// The header also records the stamp of the `citizens/` folder the index was checked against. Every
/// write enplan makes renames a document into that folder (or removes one), which moves the folder's
/// own mtime; while folder and stamp agree, the index is trusted with one stat instead of one per
/// document. A document changed in place by something else is found by `check`, and by opening it.
struct SummaryIndex {
    static let magic = "enplan-index\t7"

    struct Entry {
        var stamp: FileSystem.Stamp
        var summary: CitizenSummary
    }

    var entries: [Entry]
    /// Documents that could not be read when the index was built, so a trusted index still lists them.
    var damaged: [DamagedDocument] = []
    /// The `citizens/` folder as it was when every entry was checked; nil: check every document.
    var folder: FileSystem.Stamp?
    /// Entries in list order: by coordinator, then Danish name order, then id; each coordinator's
    /// rows are then one run of lines, which the header names, so a coordinator's own caseload can be
    /// read without the rest.
    var inListOrder = false
    /// Where each coordinator's rows are, in bytes from the first row (read from the header).
    var groups: [String: Range<Int>] = [:]
    /// Set when only this coordinator's rows were read.
    var partial: String?

    /// The stored index, or nil when it is missing, damaged or of another format (then it is rebuilt).
    static func load(from path: String, onlyCoordinator: String? = nil) -> SummaryIndex? {
        guard let file = IndexFile(path: path) else { return nil }
        return decode(file, onlyCoordinator: onlyCoordinator)
    }

    /// The folder stamp from the header alone: a look at the first line before parsing the rest.
    static func folderStamp(at path: String) -> FileSystem.Stamp? {
        guard let head = FileSystem.readPrefix(path, count: 96) else { return nil }
        let line = head.prefix { $0 != 0x0A }
        let parts = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard parts.count == 5, String(decoding: parts[0], as: UTF8.self) + "\t" + String(decoding: parts[1], as: UTF8.self) == magic,
              let inode = SummaryText.parseInt(parts[2]).flatMap(UInt64.init(exactly:)), let mtime = SummaryText.parseInt(parts[3]), inode != 0 || mtime != 0
        else { return nil }
        return FileSystem.Stamp(inode: inode, size: 0, modifiedNanoseconds: mtime)
    }

    func write(to path: String, mode: mode_t) throws(StoreError) {
        try FileSystem.replaceDurably(path, with: encodedParts(), mode: mode)
    }

    /// Writes rows encoded beforehand (`encodedRows`) under this index's header.
    func write(_ rows: EncodedRows, to path: String, mode: mode_t) throws(StoreError) {
        try FileSystem.replaceDurably(path, with: [header(rows.runs), rows.body], mode: mode)
    }

    // MARK: - Format

    enum Field: Int, CaseIterable {
        case id, inode, size, mtime, revision, name, cprMasked, cprDigest, targetGroup, coordinator, status, consent, nextFollowUp,
             created, updated, lastMeasurement, trend, activeGoals, mentorEnd, overallGoal, goalTitles, contact
    }

    func encode() -> Data { encodedParts().reduce(Data(), +) }

    /// The header and the rows as two buffers: written one after the other, the rows of 50,000
    /// citizens are never copied into a second buffer of their size.
    func encodedParts() -> [Data] {
        let rows = encodedRows()
        return [header(rows.runs), rows.body]
    }

    /// The rows, and where each coordinator's run of them is: all of the file but its header, which
    /// holds the folder's stamp and so can be written last.
    struct EncodedRows: Sendable {
        var body: Data
        var runs: [(String, Range<Int>)]
    }

    func encodedRows() -> EncodedRows {
        var body = Data()
        body.reserveCapacity(entries.count * 480)
        var runs: [(String, Range<Int>)] = []
        for e in entries {
            let start = body.count
            body.append(contentsOf: (SummaryIndex.line(e) + "\n").utf8)
            if inListOrder, let last = runs.last, last.0 == e.summary.coordinator {
                runs[runs.count - 1].1 = last.1.lowerBound..<body.count
            } else {
                runs.append((e.summary.coordinator, start..<body.count))
            }
        }
        return EncodedRows(body: body, runs: runs)
    }

    func header(_ runs: [(String, Range<Int>)]) -> Data {
        var out = SummaryIndex.magic + "\t" + String(folder?.inode ?? 0) + "\t" + String(folder?.modifiedNanoseconds ?? 0)
            + "\t" + (inListOrder ? "list" : "-") + "\n"
        for d in damaged { out += ["!", d.id, d.path, d.reason].map(SummaryText.escape).joined(separator: "\t") + "\n" }
        if inListOrder {
            for (coordinator, range) in runs { out += "@\t" + SummaryText.escape(coordinator) + "\t\(range.lowerBound)\t\(range.upperBound)\n" }
        }
        return Data(out.utf8)
    }

    /// One entry as its tab-separated line (without the newline).
    static func line(_ e: Entry) -> String {
        let s = e.summary
        var fields = [String](repeating: "", count: Field.allCases.count)
        fields[Field.id.rawValue] = s.id.rawValue
        fields[Field.inode.rawValue] = String(e.stamp.inode)
        fields[Field.size.rawValue] = String(e.stamp.size)
        fields[Field.mtime.rawValue] = String(e.stamp.modifiedNanoseconds)
        fields[Field.revision.rawValue] = String(s.revision)
        fields[Field.name.rawValue] = s.name
        fields[Field.cprMasked.rawValue] = s.cprMasked ?? ""
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
        // The tail (digest, overall goal, goal titles, contact history) is kept escaped, as written.
        let tail = IndexTail.text(of: s).split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
        var out = fields.prefix(Field.cprDigest.rawValue).map(SummaryText.escape).joined(separator: "\t")
        out += "\t" + (tail.first.map(String.init) ?? "") + "\t"
        out += fields[(Field.cprDigest.rawValue + 1)..<Field.overallGoal.rawValue].map(SummaryText.escape).joined(separator: "\t")
        out += "\t" + tail.dropFirst().joined(separator: "\t")
        return out
    }

    /// One entry from its line, or nil when the line is damaged.
    static func entry(line: some Collection<UInt8>) -> Entry? {
        let bytes = Array(line)
        return bytes.withUnsafeBufferPointer { buffer in
            var fields = [Bytes](repeating: Bytes(base: buffer, bounds: 0..<0), count: Field.allCases.count)
            guard split(buffer[...], into: &fields) else { return nil }
            return entry(fields)
        }
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

    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// Splits a line at tabs into exactly as many fields as the format has.
    static func split(_ line: Bytes, into fields: inout [Bytes]) -> Bool {
        guard let base = line.base.baseAddress else { return fields.count == 1 }
        var start = line.startIndex
        var n = 0
        // memchr for each tab: the loop over 50,000 lines of twenty fields is the index's hot path.
        while let found = memchr(base + start, 0x09, line.endIndex - start) {
            let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard n < fields.count - 1 else { return false }
            fields[n] = line.base[start..<i]
            n += 1
            start = i + 1
        }
        guard n == fields.count - 1 else { return false }
        fields[n] = line.base[start..<line.endIndex]
        return true
    }

    static func entry(_ raw: [Bytes], file: IndexFile? = nil, bufferOffset: Int = 0) -> Entry? {
        func text(_ f: Field) -> String { SummaryText.unescape(raw[f.rawValue]) }
        func int(_ f: Field) -> Int64? { SummaryText.parseInt(raw[f.rawValue]) }
        func date(_ f: Field) -> CalendarDate? { parseDate(raw[f.rawValue]) }
        let idText = text(.id)
        // Any damage means "rebuild": negative sizes or inodes are refused here, never converted.
        guard let id = try? CitizenID(idText), let inode = int(.inode).flatMap(UInt64.init(exactly:)),
              let size = int(.size), size >= 0, let mtime = int(.mtime), let revision = int(.revision), revision >= 0,
              let group = TargetGroup(rawValue: text(.targetGroup)), let status = CaseStatus(key: text(.status)),
              let consent = Consent.State(rawValue: text(.consent)), let created = date(.created),
              let updated = date(.updated) else { return nil }
        let masked = text(.cprMasked)
        var trend: [Double] = []
        var goals: [Int] = []
        let trendRead = eachPiece(raw[Field.trend.rawValue], 0x2C) { part in
            guard let v = parseDecimal(part) else { return false }
            trend.append(v)
            return true
        }
        let goalsRead = eachPiece(raw[Field.activeGoals.rawValue], 0x2C) { part in
            guard let v = SummaryText.parseInt(part), (0...100_000).contains(v) else { return false }
            goals.append(Int(v))
            return true
        }
        guard trendRead, goalsRead else { return nil }
        let contact = raw[Field.contact.rawValue]
        guard ContactHistoryCodec.looksValid(contact) else { return nil }
        // The tail stays escaped: the digest, then everything from the overall goal to the line's end;
        // read from a file, it stays there.
        let digest = raw[Field.cprDigest.rawValue], rest = raw[Field.overallGoal.rawValue].startIndex..<contact.endIndex
        let tail: IndexTail
        if let file, let place = TailPlace(digest: (bufferOffset + digest.startIndex)..<(bufferOffset + digest.endIndex),
                                           rest: (bufferOffset + rest.lowerBound)..<(bufferOffset + rest.upperBound)) {
            tail = .file(file, place)
        } else {
            var text = [UInt8]()
            text.reserveCapacity(digest.count + 1 + rest.count)
            text += digest
            text.append(0x09)
            text += contact.base[rest]
            tail = .text(String(decoding: text, as: UTF8.self))
        }
        let summary = CitizenSummary(
            id: id, name: text(.name), cprMasked: masked.isEmpty ? nil : masked,
            targetGroup: group, coordinator: text(.coordinator), status: status,
            consent: consent, nextFollowUp: date(.nextFollowUp), created: created, updated: updated,
            lastMeasurement: date(.lastMeasurement), trend: trend, activeGoals: goals, mentorPeriodEnd: date(.mentorEnd),
            revision: Int(revision), details: tail)
        return Entry(stamp: FileSystem.Stamp(inode: inode, size: size, modifiedNanoseconds: mtime), summary: summary)
    }

    /// Calls `body` with each run between separators (none for an empty field) until it returns false;
    /// whether it never did. No array of the runs: this is the index's hot path.
    static func eachPiece(_ field: Bytes, _ separator: UInt8, _ body: (Bytes) -> Bool) -> Bool {
        guard !field.isEmpty else { return true }
        var start = field.startIndex
        for i in field.indices where field[i] == separator {
            guard body(field[start..<i]) else { return false }
            start = i + 1
        }
        return body(field[start..<field.endIndex])
    }


    /// A number as the index writes it ("4.250", "-0.500"), without going through String and strtod;
    /// anything else in that field is parsed the slow way, and refused when it is not a finite number
    /// of sane size.
    static func parseDecimal(_ bytes: Bytes) -> Double? {
        // Slices of the one buffer, no array of parts: this runs for every measurement of every row.
        if let dot = bytes.firstIndex(of: 0x2E), dot > bytes.startIndex, bytes.distance(from: dot, to: bytes.endIndex) == 4,
           case let fraction = bytes[bytes.index(after: dot)...], fraction.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           let whole = SummaryText.parseInt(bytes[..<dot]), abs(whole) < 1_000_000_000, let thousandths = SummaryText.parseInt(fraction) {
            let negative = bytes.first == UInt8(ascii: "-")
            return Double(whole) + (negative ? -1 : 1) * Double(thousandths) / 1000
        }
        guard let v = Double(String(decoding: bytes, as: UTF8.self)), v.isFinite, abs(v) < 1e9 else { return nil }
        return v
    }

    /// YYYY-MM-DD without going through String.
    static func parseDate(_ bytes: Bytes) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        let s = bytes.startIndex
        guard bytes[s + 4] == 0x2D, bytes[s + 7] == 0x2D, let y = SummaryText.parseInt(bytes[s..<(s + 4)]),
              let m = SummaryText.parseInt(bytes[(s + 5)..<(s + 7)]), let d = SummaryText.parseInt(bytes[(s + 8)..<(s + 10)]) else { return nil }
        return CalendarDate(year: Int(y), month: Int(m), day: Int(d))
    }
}
