import CaseRecords
import PlanCore

/// The compact text form of a case's contact history in the caseload index: status changes, a `|`,
/// then the held meetings, days counted since 1970 (the index is derived; compact beats readable
/// here): `20098active,20240paused>20301|20122f,20150c` (a meeting kind by its first letter).
///
/// The dashboard and `list` never need it, so the index keeps the text and decodes it only when a
/// report or the team overview asks: parsing every meeting of 10,000 citizens at start-up cost more
/// than a fifth of the first frame.
enum ContactHistoryCodec {
    static let kindLetter: [MeetingKind: UInt8] = [.conversation: 0x63, .followUp: 0x66, .networkMeeting: 0x6E, .jointAssessment: 0x6A]
    static let kindByLetter: [UInt8: MeetingKind] = Dictionary(uniqueKeysWithValues: kindLetter.map { ($0.value, $0.key) })
    static let statusByKey: [[UInt8]: CaseStatus] = {
        var table: [[UInt8]: CaseStatus] = [Array("active".utf8): .active, Array("paused".utf8): .paused]
        for reason in ClosureReason.allCases { table[Array(CaseStatus.closed(reason).key.utf8)] = .closed(reason) }
        return table
    }()

    static func encode(_ history: ContactHistory) -> String {
        let statuses = history.statusChanges.map {
            String($0.date.daysSinceEpoch) + $0.status.key + ($0.until.map { ">" + String($0.daysSinceEpoch) } ?? "")
        }
        let held = history.held.map { String($0.date.daysSinceEpoch) + String(UnicodeScalar(kindLetter[$0.kind] ?? 0x63)) }
        // The days a rule may count from, after a second bar only when one is recorded: `b` the benefit's
        // start, `a` the first day of absence (an index written before them has one bar).
        let anchors = (history.benefitStart.map { "b" + String($0.daysSinceEpoch) } ?? "")
            + (history.firstAbsenceDay.map { "a" + String($0.daysSinceEpoch) } ?? "")
        // Efforts asked for and not begun, only where there are any, before the anchors (which end the
        // text, where `anchors(ending:)` reads them): `t<day>:<basis>:<title>`, the texts in hex.
        let requested = history.requested.map { "t\($0.day.daysSinceEpoch):" + Digest.hex($0.legalBasis.utf8) + ":" + Digest.hex(String($0.title.prefix(80)).utf8) }
        let text = statuses.joined(separator: ",") + "|" + held.joined(separator: ",")
        if !requested.isEmpty { return text + "|" + requested.joined(separator: ",") + "|" + anchors }
        return text + (anchors.isEmpty ? "" : "|" + anchors)
    }

    /// The text of `Digest.hex`, or nil for anything it does not write.
    private static func unhex(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        func nibble(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard let high = nibble(bytes[i]), let low = nibble(bytes[i + 1]) else { return nil }
            out.append(high << 4 | low)
            i += 2
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func requests(_ bytes: ArraySlice<UInt8>) -> [ContactHistory.RequestedEffort]? {
        var found: [ContactHistory.RequestedEffort] = []
        for part in bytes.split(separator: 0x2C) {
            let pieces = part.split(separator: 0x3A, omittingEmptySubsequences: false)
            guard pieces.count == 3, pieces[0].first == 0x74, let (day, rest) = leadingDay(pieces[0].dropFirst()), rest.isEmpty,
                  let basis = unhex(pieces[1]), let title = unhex(pieces[2]) else { return nil }
            found.append(.init(day: day, legalBasis: basis, title: title))
        }
        return found
    }

    /// Whether the text is made only of what `encode` writes: checked when the index is read (a byte
    /// scan), so a damaged line means a rebuild there and then; `decode` does the rest when asked.
    static func looksValid<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var bars = 0
        for b in bytes {
            switch b {
            case 0x30...0x39, 0x61...0x7A, 0x2C, 0x2D, 0x3A, 0x3E: continue
            case 0x7C: bars += 1
            default: return false
            }
        }
        return (1...3).contains(bars)
    }

    /// The history, or nil when the text is damaged.
    static func decode(_ text: String, created: CalendarDate) -> ContactHistory? {
        decode(Array(text.utf8)[...], created: created)
    }

    static func decode(_ text: ArraySlice<UInt8>, created: CalendarDate) -> ContactHistory? {
        var bytes = Array(text)
        guard let bar = bytes.firstIndex(of: 0x7C) else { return nil }
        var benefitStart: CalendarDate?, firstAbsence: CalendarDate?
        var requested: [ContactHistory.RequestedEffort] = []
        if let second = bytes[(bar + 1)...].firstIndex(of: 0x7C) {
            // Anchors after the last bar; with a third bar, what was asked for between the second and it.
            let third = bytes[(second + 1)...].firstIndex(of: 0x7C)
            guard let anchors = anchorDays(bytes[((third ?? second) + 1)...]) else { return nil }
            if let third {
                guard let asked = requests(bytes[(second + 1)..<third]) else { return nil }
                requested = asked
            }
            (benefitStart, firstAbsence) = anchors
            bytes = Array(bytes[..<second])
        }
        var changes: [StatusChange] = []
        for part in bytes[..<bar].split(separator: 0x2C) {
            guard let (date, rest) = leadingDay(part) else { return nil }
            let until = rest.firstIndex(of: 0x3E)
            guard let status = statusByKey[Array(rest[..<(until ?? rest.endIndex)])] else { return nil }
            var end: CalendarDate?
            if let until {
                guard let (d, tail) = leadingDay(rest[(until + 1)...]), tail.isEmpty else { return nil }
                end = d
            }
            changes.append(StatusChange(date: date, status: status, until: end))
        }
        var held: [ContactHistory.HeldMeeting] = []
        for part in bytes[(bar + 1)...].split(separator: 0x2C) {
            guard let (date, rest) = leadingDay(part), rest.count == 1, let kind = kindByLetter[rest[rest.startIndex]] else { return nil }
            held.append(.init(date: date, kind: kind))
        }
        return ContactHistory(created: created, statusChanges: changes, held: held, benefitStart: benefitStart,
                              firstAbsenceDay: firstAbsence, requested: requested)
    }

    /// The anchors without decoding the meetings, from the text's last bytes alone (they end it;
    /// `ending` holds at least its last 32): after its last bar, when that is not the first. Listing
    /// 200,000 rows reads a few bytes of each.
    static func anchors(ending bytes: ArraySlice<UInt8>) -> (benefitStart: CalendarDate?, firstAbsenceDay: CalendarDate?) {
        // After a first bar come the meetings, which begin with a digit: no anchors there.
        guard let bar = bytes.lastIndex(of: 0x7C), !bytes[bar...].contains(0x09) else { return (nil, nil) }
        return anchorDays(bytes[(bar + 1)...]) ?? (nil, nil)
    }

    /// `b<days>` and `a<days>` in any order; nil when anything else is there.
    private static func anchorDays(_ bytes: ArraySlice<UInt8>) -> (CalendarDate?, CalendarDate?)? {
        var benefitStart: CalendarDate?, firstAbsence: CalendarDate?
        var rest = bytes
        while let tag = rest.first {
            guard let (day, tail) = leadingDay(rest.dropFirst()) else { return nil }
            switch tag {
            case 0x62: benefitStart = day
            case 0x61: firstAbsence = day
            default: return nil
            }
            rest = tail
        }
        return (benefitStart, firstAbsence)
    }

    /// A day written as days since 1970 at the start of `bytes`, and what follows it.
    private static func leadingDay(_ bytes: ArraySlice<UInt8>) -> (CalendarDate, ArraySlice<UInt8>)? {
        var end = bytes.startIndex
        while end < bytes.endIndex, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
        // Years 1900-2200 only: a damaged number is refused, never turned into a date that traps.
        guard end > bytes.startIndex, let days = SummaryText.parseInt(bytes[bytes.startIndex..<end]),
              (-25_567...84_000).contains(days) else { return nil }
        return (CalendarDate(daysSinceEpoch: Int(days)), bytes[end...])
    }
}
