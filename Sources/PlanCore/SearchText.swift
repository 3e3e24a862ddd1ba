/// How a person finds a citizen by what they type (in the dashboard's search and on the command
/// line alike): words, each found in the name or the id, without regard to case or diacritics.
public enum SearchText {
    /// Lower-case, without diacritics for the common Danish and Latin letters, so "soren" finds "Søren",
    /// and without zero-width joiners and non-joiners.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.value {
            case 0xE6: out.append(contentsOf: "ae".unicodeScalars)
            case 0x300...0x36F: continue
            // Joiners are not drawn (TerminalKit's Buffer), so a name is found as it is read and typed.
            case 0x200C, 0x200D: continue
            default:
                if let base = latinBase[scalar.value] { out.append(base) } else { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Base letters of precomposed Latin letters with a diacritic (é -> e, ø -> o, å -> a).
    static let latinBase: [UInt32: Unicode.Scalar] = {
        var map: [UInt32: Unicode.Scalar] = [:]
        let groups: [(ClosedRange<UInt32>, Unicode.Scalar)] = [
            (0xE0...0xE5, "a"), (0xE7...0xE7, "c"), (0xE8...0xEB, "e"), (0xEC...0xEF, "i"), (0xF1...0xF1, "n"),
            (0xF2...0xF6, "o"), (0xF8...0xF8, "o"), (0xF9...0xFC, "u"), (0xFD...0xFF, "y"), (0x107...0x10D, "c"),
            (0x11B...0x11B, "e"), (0x11F...0x11F, "g"), (0x131...0x131, "i"), (0x142...0x142, "l"),
            (0x144...0x148, "n"), (0x15B...0x161, "s"), (0x17A...0x17E, "z"),
        ]
        for (range, base) in groups {
            for v in range { map[v] = base }
        }
        return map
    }()

    /// The words of a search, folded.
    public static func words(_ text: String) -> [String] { fold(text).split(separator: " ").map(String.init) }

    /// What a search is matched against: the folded name and the id.
    public static func key(name: String, id: CitizenID) -> String { fold(name) + "\u{0}" + id.rawValue }

    /// Whether every word is in the key.
    public static func matches(_ words: [String], key: String) -> Bool { words.allSatisfy { key.contains($0) } }
}
