/// A citizen's stable id. Safe as a file name, never derived from the CPR number.
public struct CitizenID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) throws(ValidationError) {
        guard CitizenID.isValid(rawValue) else { throw .invalidIdentifier(rawValue) }
        self.rawValue = rawValue
    }

    /// Ids are a-z, 0-9 and '-', 1-40 long, not starting with '-' or '.': safe in any path.
    public static func isValid(_ text: String) -> Bool {
        guard (1...40).contains(text.utf8.count), text.utf8.first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b == 0x2d
        }
    }

    /// A fresh random id such as "b-7k2m9q4x".
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> CitizenID {
        CitizenID(unchecked: "b-" + randomToken(length: 8, using: &generator))
    }

    init(unchecked: String) { rawValue = unchecked }

    public var description: String { rawValue }
    public static func < (l: CitizenID, r: CitizenID) -> Bool { l.rawValue < r.rawValue }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard CitizenID.isValid(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid citizen id '\(text)'")
        }
        rawValue = text
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Lower-case letters and digits without look-alikes (no l, o, 0, 1), so ids can be read aloud.
let tokenAlphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

public func randomToken<G: RandomNumberGenerator>(length: Int, using generator: inout G) -> String {
    String((0..<length).map { _ in tokenAlphabet[Int(generator.next() % UInt64(tokenAlphabet.count))] })
}

/// The id of an item inside one plan (goal, effort, meeting...): unique within the document.
public typealias ItemID = String

/// SplitMix64: small, fast, and the same sequence for the same seed on every platform,
/// which the demo caseload and property tests rely on.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
