/// Text that came from outside (an import, a file on disk) must never drive the terminal it is
/// printed to: control characters (C0, DEL, C1) are refused where text is entered and neutralised
/// wherever it is printed, and bidirectional overrides are shown as visible marks.
public enum SafeText {
    /// What a spreadsheet takes as the start of a formula (a minus before a digit too): enplan's
    /// spreadsheet writes such a cell after an apostrophe, and its import reads it back without one.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// True for a C0 control (except tab and newline where a field allows lines), DEL or a C1 control.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
    }

    /// The explicit bidirectional embeddings, overrides and isolates: invisible, but they reorder
    /// what follows them (a name could make "exe.txt" look like "txt.exe").
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether `text` holds a control character; `allowingLines` permits newline and tab.
    public static func containsControl(_ text: String, allowingLines: Bool = false) -> Bool {
        text.unicodeScalars.contains { s in
            isControl(s) && !(allowingLines && (s == "\n" || s == "\t"))
        }
    }

    /// A byte scan (everything printed passes here, a whole caseload at a time): false only when
    /// there is no C0 (but allowed newlines), DEL, C1 or bidi control in the text.
    public static func mayNeedNeutralizing(_ text: String, keepingLines: Bool) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b < 0x20 && !(keepingLines && b == 0x0A) { return true }
            if b == 0x7F { return true }
            if previous == 0xC2 && (0x80...0x9F).contains(b) { return true }      // C1 controls
            if previous == 0x80 || previous == 0x81, b >= 0xA6 && b <= 0xAE { return true } // U+202A-E, U+2066-9 (and a few neighbours)
            previous = b
        }
        return false
    }

    /// The text with every control character replaced by U+FFFD and every bidi control by a visible
    /// mark such as ⟨U+202E⟩. `keepingLines` keeps newlines (a multi-line field printed as lines).
    public static func neutralized(_ text: String, keepingLines: Bool = false) -> String {
        guard mayNeedNeutralizing(text, keepingLines: keepingLines) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if keepingLines && s == "\n" {
                out.append(s)
            } else if isControl(s) {
                out.append("\u{FFFD}")
            } else if isBidiControl(s) {
                out.append(contentsOf: "⟨U+\(String(s.value, radix: 16, uppercase: true))⟩".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
