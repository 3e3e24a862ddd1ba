/// A day in the calendar, without time or time zone: the unit every plan date is kept in.
///
/// Plans speak of days ("follow-up on 22 November"), never instants, so a date type that cannot
/// drift across time zones avoids a whole class of off-by-one bugs.
public struct CalendarDate: Hashable, Comparable, Sendable {
    // Four bytes, not three words: a caseload of 50,000 keeps five dates per citizen in memory.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Creates a date, or nil when the day does not exist (31 April, 29 February 2027).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        storedYear = Int16(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month)
        storedDay = UInt8(truncatingIfNeeded: day)
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days: exact for every proleptic Gregorian date.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        // Days far outside the years 1-9999 are clamped there: the stored year is 16 bits.
        storedYear = Int16(clamping: yoe + era * 400 + (m <= 2 ? 1 : 0))
        storedMonth = UInt8(truncatingIfNeeded: m)
        storedDay = UInt8(truncatingIfNeeded: d)
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Adds calendar months, clamping the day to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        let d = min(day, CalendarDate.daysIn(month: m, year: y))
        return CalendarDate(year: y, month: m, day: d) ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Monday = 1 ... Sunday = 7 (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (daysSinceEpoch + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601: 2026-11-22.
    public var iso: String {
        text(year, 4, month, 2, day, 2, separator: 0x2D)
    }

    /// Danish short form: 22.11.2026.
    public var danish: String {
        text(day, 2, month, 2, year, 4, separator: 0x2E)
    }

    /// Three zero-padded numbers between two separators, written straight into a small string: a
    /// list of 200,000 dates makes no heap allocation for them. A year outside 0-9999 (a date made
    /// from an absurd day count) is written in full, as before.
    private func text(_ a: Int, _ aWidth: Int, _ b: Int, _ bWidth: Int, _ c: Int, _ cWidth: Int, separator: UInt8) -> String {
        guard (0...9999).contains(year) else {
            func pad(_ value: Int, _ width: Int) -> String {
                let s = String(value)
                return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
            }
            let dash = String(UnicodeScalar(separator))
            return pad(a, aWidth) + dash + pad(b, bWidth) + dash + pad(c, cWidth)
        }
        let count = aWidth + bWidth + cWidth + 2
        return String(unsafeUninitializedCapacity: count) { out in
            func put(_ value: Int, _ width: Int, at start: Int) {
                var v = value
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    out[i] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
                    v /= 10
                }
            }
            put(a, aWidth, at: 0)
            out[aWidth] = separator
            put(b, bWidth, at: aWidth + 1)
            out[aWidth + bWidth + 1] = separator
            put(c, cWidth, at: aWidth + bWidth + 2)
            return count
        }
    }
}

extension CalendarDate: CustomStringConvertible {
    public var description: String { iso }
}

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension CalendarDate {
    /// Strict ISO form only, as scripts, CSV and files use: 2026-11-22.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// What a person types: 2026-11-22, 22-11-2026, 22.11.2026, 22.11.26, 22/11/2026 or 22-11-26.
    /// Two-digit years mean 2000-2069 or 1970-1999, as a Danish caseworker would read them.
    public static func parse(typed text: String) throws(DateInputError) -> CalendarDate {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw .empty }
        if let iso = CalendarDate(iso: trimmed) { return iso }
        let separators: Set<Character> = ["-", ".", "/"]
        let parts = trimmed.split(whereSeparator: { separators.contains($0) })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            throw .unrecognised(trimmed)
        }
        if parts[0].count == 4 {
            // 2026.11.22 and similar: year first.
            guard let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
                throw .unrecognised(trimmed)
            }
            guard let date = CalendarDate(year: y, month: m, day: d) else { throw .noSuchDay(trimmed) }
            return date
        }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]) else {
            throw .unrecognised(trimmed)
        }
        if parts[2].count == 2 { y += y < 70 ? 2000 : 1900 }
        guard let date = CalendarDate(year: y, month: m, day: d) else { throw .noSuchDay(trimmed) }
        return date
    }
}

/// Why a typed date was not accepted, in words a user can act on.
public enum DateInputError: Error, Equatable, Sendable {
    case empty
    case unrecognised(String)
    case noSuchDay(String)
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Without leading and trailing whitespace.
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
