/// The compact text a citizen's summary is kept in (the index's lines, the tail of a summary): fields
/// separated by tabs, each escaped so that no field holds a tab, a line break or a lone backslash.
enum SummaryText {
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x5C || $0 == 0x0D }) else { return s }
        var out = ""
        for ch in s {
            switch ch {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out
    }

    static func unescape<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        guard bytes.contains(0x5C) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for b in bytes {
            if escaped {
                switch b {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(b)
                }
                escaped = false
            } else if b == 0x5C {
                escaped = true
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A decimal integer, or nil for anything else: no sign without digits, and nothing that would
    /// not fit (a damaged index must never trap; it is rebuilt instead).
    static func parseInt<C: Collection>(_ bytes: C) -> Int64? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 20 else { return nil }
        var value: Int64 = 0
        var negative = false
        var digits = 0
        for (i, b) in bytes.enumerated() {
            if i == 0 && b == UInt8(ascii: "-") { negative = true; continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(b - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }
}
