/// Sorting names as a Danish reader expects: case-insensitive, with æ, ø and å right after z (mapped
/// to "z" and a character above every letter), and before names in other scripts.
public enum NameOrder {
    public static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
            case 0x00...0x7F: out.append(scalar)
            case 0xE6, 0xC6, 0xE4, 0xC4: out.append(contentsOf: "z\u{7F}1".unicodeScalars) // æ Æ ä Ä
            case 0xF8, 0xD8, 0xF6, 0xD6: out.append(contentsOf: "z\u{7F}2".unicodeScalars) // ø Ø ö Ö
            case 0xE5, 0xC5: out.append(contentsOf: "z\u{7F}3".unicodeScalars)             // å Å
            default: out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    public static func areInOrder(_ a: String, _ b: String) -> Bool { key(a) < key(b) }

    /// The key as bytes: comparing these is much cheaper than comparing Strings, which normalise
    /// Unicode on every comparison, and gives the same order for the keys `key` makes.
    public static func byteKey(_ name: String) -> [UInt8] { Array(key(name).utf8) }

    /// Sorts by name in Danish order, computing each key once.
    public static func sorted<T>(_ items: [T], name: (T) -> String, then tieBreak: (T, T) -> Bool) -> [T] {
        let keys = items.map { byteKey(name($0)) }
        return items.indices.sorted { a, b in
            let order = compare(keys[a], keys[b])
            return order != 0 ? order < 0 : tieBreak(items[a], items[b])
        }.map { items[$0] }
    }

    private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                for i in 0..<min(pa.count, pb.count) where pa[i] != pb[i] {
                    return Int(pa[i]) - Int(pb[i])
                }
                return pa.count - pb.count
            }
        }
    }
}
