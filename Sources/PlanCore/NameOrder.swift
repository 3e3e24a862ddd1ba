/// Sorting names as a Danish reader expects: case-insensitive, with æ, ø and å right after z (mapped
/// to "z" and a character above every letter), and before names in other scripts.
public enum NameOrder {
    public static func key(_ name: String) -> String { String(decoding: byteKey(name), as: UTF8.self) }

    public static func areInOrder(_ a: String, _ b: String) -> Bool { key(a) < key(b) }

    /// The key as bytes: comparing these is much cheaper than comparing Strings, which normalise
    /// Unicode on every comparison. Built straight from UTF-8: ASCII and the Danish letters need no
    /// String at all; other letters are lower-cased one scalar at a time.
    public static func byteKey(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count + 4)
        for scalar in name.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A: out.append(UInt8(v + 32))
            case 0x00...0x7F: out.append(UInt8(v))
            case 0xE6, 0xC6, 0xE4, 0xC4: out += [0x7A, 0x7F, 0x31] // æ Æ ä Ä: after z
            case 0xF8, 0xD8, 0xF6, 0xD6: out += [0x7A, 0x7F, 0x32] // ø Ø ö Ö
            case 0xE5, 0xC5: out += [0x7A, 0x7F, 0x33]             // å Å
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { out += Array(String(lower).utf8) }
            }
        }
        return out
    }

    /// Sorts by name in Danish order, computing each key once.
    public static func sorted<T>(_ items: [T], name: (T) -> String, then tieBreak: (T, T) -> Bool) -> [T] {
        let keys = items.map { byteKey(name($0)) }
        return items.indices.sorted { a, b in
            let order = compare(keys[a], keys[b])
            return order != 0 ? order < 0 : tieBreak(items[a], items[b])
        }.map { items[$0] }
    }

    /// Sorts by `first`, then by name in Danish order, computing each name's key once (a key built
    /// in every comparison made the team overview's sort most of a report's time).
    public static func sorted<T, K: Comparable>(_ items: [T], first: (T) -> K, name: (T) -> String) -> [T] {
        let keys = items.map { (first($0), byteKey(name($0))) }
        return items.indices.sorted { a, b in
            if keys[a].0 != keys[b].0 { return keys[a].0 < keys[b].0 }
            return compare(keys[a].1, keys[b].1) < 0
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
