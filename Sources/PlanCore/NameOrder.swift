/// Sorting names as a Danish reader expects: case-insensitive, with æ, ø and å after z (mapped to
/// private-use characters, which sort after every letter).
public enum NameOrder {
    public static func key(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for ch in name.lowercased() {
            switch ch {
            case "æ", "ä": out += "\u{F0001}"
            case "ø", "ö": out += "\u{F0002}"
            case "å": out += "\u{F0003}"
            default: out.append(ch)
            }
        }
        return out
    }

    public static func areInOrder(_ a: String, _ b: String) -> Bool { key(a) < key(b) }
}
