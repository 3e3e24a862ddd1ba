import CaseRecords
import PlanCore

/// The part of a summary row read one row at a time, as the index keeps it: the CPR digest, the
/// overall goal, the goal titles and the contact history, escaped and tab-separated, in memory or
/// where it lies in the index file (decoded only when asked).
enum IndexTail: SummaryDetails {
    case text(String)
    /// Where the CPR digest and the fields from the overall goal to the line's end lie in the file.
    case file(IndexFile, TailPlace)

    var text: String {
        switch self {
        case let .text(t): return t
        case let .file(file, place):
            let digest = Int(place.digestStart)..<Int(place.digestStart) + Int(place.digestLength)
            let rest = Int(place.restStart)..<Int(place.restStart) + Int(place.restLength)
            return String(decoding: file.bytes(digest) + [0x09] + file.bytes(rest), as: UTF8.self)
        }
    }

    /// The tail of a case file's row.
    init(_ file: CaseFile, cprDigest: String?) {
        self = .text(IndexTail.text(cprDigest: cprDigest, overallGoal: file.overallGoal, goalTitles: HeldDetails.goalTitles(of: file),
                                    contactText: ContactHistoryCodec.encode(file.contactHistory)))
    }

    /// The tail of any summary, for a row the index writes.
    static func text(of summary: CitizenSummary) -> String {
        if let tail = summary.details as? IndexTail { return tail.text }
        let history = summary.details.contactHistory(created: summary.created)
        return text(cprDigest: summary.cprDigest, overallGoal: summary.overallGoal, goalTitles: summary.goalTitles,
                    contactText: history.map(ContactHistoryCodec.encode) ?? "")
    }

    static func text(cprDigest: String?, overallGoal: String, goalTitles: [String], contactText: String) -> String {
        [SummaryText.escape(cprDigest ?? ""), SummaryText.escape(overallGoal),
         goalTitles.map(SummaryText.escape).joined(separator: "\u{1F}"), contactText].joined(separator: "\t")
    }

    private func field(_ n: Int) -> Substring.UTF8View {
        let fields = text.utf8.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
        return n < fields.count ? Substring(fields[n]).utf8 : Substring().utf8
    }

    var cprDigest: String? {
        let digest = SummaryText.unescape(field(0))
        return digest.isEmpty ? nil : digest
    }

    var overallGoal: String { SummaryText.unescape(field(1)) }

    var goalTitles: [String] {
        let titles = field(2)
        guard !titles.isEmpty else { return [] }
        return titles.split(separator: 0x1F, omittingEmptySubsequences: false).map { SummaryText.unescape($0) }
    }

    /// Decoded on each call; a text the index checked but cannot decode counts as none. The history
    /// is the last field (it holds no tab): read from the end, without splitting or copying the rest.
    func contactHistory(created: CalendarDate) -> ContactHistory? {
        switch self {
        case let .text(t):
            let bytes = Array(t.utf8)
            return ContactHistoryCodec.decode(bytes[(bytes.lastIndex(of: 0x09).map { $0 + 1 } ?? 0)...], created: created)
        case let .file(file, place):
            let rest = file.bytes(Int(place.restStart)..<Int(place.restStart) + Int(place.restLength))
            return ContactHistoryCodec.decode(rest[(rest.lastIndex(of: 0x09).map { $0 + 1 } ?? rest.startIndex)...], created: created)
        }
    }

    func contactAnchors() -> (benefitStart: CalendarDate?, firstAbsenceDay: CalendarDate?) {
        switch self {
        case let .text(t): return ContactHistoryCodec.anchors(ending: Array(t.utf8.suffix(32))[...])
        case let .file(file, place):
            let end = Int(place.restStart) + Int(place.restLength)
            return ContactHistoryCodec.anchors(ending: file.bytes(max(Int(place.restStart), end - 32)..<end)[...])
        }
    }
}

/// Offsets into an index file in 32 bits: sixteen bytes a citizen rather than thirty-two. An index
/// too large for them (over 4 GiB) keeps its tails as text.
struct TailPlace: Sendable {
    let digestStart: UInt32
    let restStart: UInt32
    let restLength: UInt32
    let digestLength: UInt16

    init?(digest: Range<Int>, rest: Range<Int>) {
        guard let d = UInt32(exactly: digest.lowerBound), let dl = UInt16(exactly: digest.count),
              let r = UInt32(exactly: rest.lowerBound), let rl = UInt32(exactly: rest.count) else { return nil }
        (digestStart, digestLength, restStart, restLength) = (d, dl, r, rl)
    }
}
