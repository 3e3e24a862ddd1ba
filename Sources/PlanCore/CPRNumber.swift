/// A Danish civil registration number, DDMMYY-SSSS, used for identification only.
///
/// The modulus-11 check is deliberately not applied: since 2007 numbers are issued that fail it.
/// The date part must be a real day; the century follows from the 7th digit as the CPR office
/// defines it.
public struct CPRNumber: Hashable, Sendable, Codable {
    /// Ten digits, no dash.
    public let digits: String

    public init(_ text: String) throws(ValidationError) {
        var digits: [UInt8] = []
        digits.reserveCapacity(10)
        for b in text.utf8 where b != UInt8(ascii: "-") && b != UInt8(ascii: " ") && b != 0x09 {
            guard b >= 0x30 && b <= 0x39, digits.count < 10 else { throw .invalidCPR(text, reason: .format) }
            digits.append(b)
        }
        guard digits.count == 10 else { throw .invalidCPR(text, reason: .format) }
        guard CPRNumber.birthDate(of: digits) != nil else { throw .invalidCPR(text, reason: .noSuchBirthDate) }
        self.digits = String(decoding: digits, as: UTF8.self)
    }

    /// For ten digits already validated once (the store's index): nil if they are not.
    public init?(validDigits: String) {
        let bytes = Array(validDigits.utf8)
        guard bytes.count == 10, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              CPRNumber.birthDate(of: bytes) != nil else { return nil }
        digits = validDigits
    }

    private static func birthDate(of d: [UInt8]) -> CalendarDate? {
        func n(_ i: Int, _ count: Int) -> Int { (i..<(i + count)).reduce(0) { $0 * 10 + Int(d[$1] - 0x30) } }
        guard let year = year(twoDigit: n(4, 2), seventhDigit: n(6, 1)) else { return nil }
        return CalendarDate(year: year, month: n(2, 2), day: n(0, 2))
    }

    /// The birth date the number encodes.
    public var birthDate: CalendarDate? { CPRNumber.birthDate(of: Array(digits.utf8)) }

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

    /// Text that was meant as a CPR number but is not one, for a message: the digits after the
    /// sixth are hidden, since a mistyped number is still mostly someone's number.
    public static func maskedForMessages(_ text: String) -> String {
        var seen = 0
        return SafeText.neutralized(String(text.map { ch -> Character in
            guard ch.isASCII, ch.isNumber else { return ch }
            seen += 1
            return seen > 6 ? "X" : ch
        }))
    }

    /// Runs of text shaped like a CPR number (six digits, an optional dash or space, four digits)
    /// masked as DDMMYY-XXXX: for search texts written to the audit trail.
    public static func maskingNumbers(in text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if let end = cprShapedRun(chars, from: i) {
                out += String(chars[i..<(i + 6)]) + "-XXXX"
                i = end
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    private static func cprShapedRun(_ c: [Character], from i: Int) -> Int? {
        func digit(_ k: Int) -> Bool { k < c.count && c[k].isASCII && c[k].isNumber }
        guard (i == 0 || !digit(i - 1)), (0..<6).allSatisfy({ digit(i + $0) }) else { return nil }
        var j = i + 6
        if j < c.count, c[j] == "-" || c[j] == " " { j += 1 }
        guard (0..<4).allSatisfy({ digit(j + $0) }), !digit(j + 4) else { return nil }
        return j + 4
    }

    /// DDMMYY-XXXX: what every screen and listing shows.
    /// Whether a text is a number as `masked` writes it (DDMMYY-XXXX, any case): a list written
    /// without revealing, which names a birth date and no person.
    public static func isMasked(_ text: String) -> Bool {
        let t = Array(text.trimmingSpaces.uppercased())
        return t.count == 11 && t[6] == "-" && t[..<6].allSatisfy(\.isASCIIDigit) && t[7...].allSatisfy { $0 == "X" }
    }

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
