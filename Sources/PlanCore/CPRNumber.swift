/// A Danish civil registration number, DDMMYY-SSSS, used for identification only.
///
/// The modulus-11 check is deliberately not applied: since 2007 numbers are issued that fail it.
/// The date part must be a real day; the century follows from the 7th digit as the CPR office
/// defines it.
public struct CPRNumber: Hashable, Sendable, Codable {
    /// Ten digits, no dash.
    public let digits: String

    public init(_ text: String) throws(ValidationError) {
        let compact = text.trimmingSpaces.filter { $0 != "-" && $0 != " " }
        guard compact.count == 10, compact.allSatisfy(\.isASCIIDigit) else {
            throw .invalidCPR(text, reason: .format)
        }
        let chars = Array(compact)
        func number(_ range: Range<Int>) -> Int { Int(String(chars[range])) ?? -1 }
        let day = number(0..<2), month = number(2..<4), yy = number(4..<6), seventh = number(6..<7)
        guard let year = CPRNumber.year(twoDigit: yy, seventhDigit: seventh),
              CalendarDate(year: year, month: month, day: day) != nil else {
            throw .invalidCPR(text, reason: .noSuchBirthDate)
        }
        self.digits = compact
    }

    /// The birth date the number encodes.
    public var birthDate: CalendarDate? {
        let chars = Array(digits)
        guard let d = Int(String(chars[0..<2])), let m = Int(String(chars[2..<4])),
              let yy = Int(String(chars[4..<6])), let s = Int(String(chars[6..<7])),
              let y = CPRNumber.year(twoDigit: yy, seventhDigit: s) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func year(twoDigit yy: Int, seventhDigit s: Int) -> Int? {
        switch s {
        case 0...3: return 1900 + yy
        case 4, 9: return yy <= 36 ? 2000 + yy : 1900 + yy
        case 5...8: return yy <= 57 ? 2000 + yy : 1800 + yy
        default: return nil
        }
    }

    /// DDMMYY-SSSS: only for an explicit, audited reveal.
    public var formatted: String {
        String(digits.prefix(6)) + "-" + String(digits.suffix(4))
    }

    /// DDMMYY-XXXX: what every screen and listing shows.
    public var masked: String {
        String(digits.prefix(6)) + "-XXXX"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CPRNumber(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted)
    }
}

extension CPRNumber: CustomStringConvertible {
    /// Masked on purpose, so that string interpolation and logging never leak the number.
    public var description: String { masked }
}
