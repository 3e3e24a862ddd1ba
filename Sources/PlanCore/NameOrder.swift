/// Sorting names as a Danish reader expects: case-insensitive, with æ, ø and å after z.
public enum NameOrder {
    public static func key(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for ch in name.lowercased() {
            switch ch {
            case "æ", "ä": out += "z\u{1}"
            case "ø", "ö": out += "z\u{2}"
            case "å": out += "z\u{3}"
            default: out.append(ch)
            }
        }
        return out
    }

    public static func areInOrder(_ a: String, _ b: String) -> Bool { key(a) < key(b) }
}
