/// Terminal column widths of text, exactly as the terminal counts them: glibc's `wcwidth` in a UTF-8
/// locale, which ncursesw and tmux use. Non-spacing marks take 0 columns, spacing marks (Tamil and
/// Devanagari vowel signs) 1, East Asian wide characters and most emoji 2.
///
/// Our own table (generated from `wcwidth` by scripts/generate-width-table, and compared with it for
/// every code point by a test) rather than calling `wcwidth`, which depends on the process's locale.
/// A terminal places text scalar by scalar: each scalar with a width starts a cell and the zero-width
/// ones after it join that cell, so a grapheme like "கா" takes two cells. Truncation still never cuts
/// inside a grapheme.
public enum DisplayWidth {
    /// Columns one Unicode scalar takes on its own: 0 for controls (never drawn) and zero-width
    /// marks, 1 for what `wcwidth` refuses (drawn as a replacement character), else 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        if v < 0x300 { return 1 }
        if contains(zeroWidthRanges, v) { return 0 }
        return contains(wideRanges, v) ? 2 : 1
    }

    /// True for a scalar the terminal cannot draw (unassigned, a noncharacter, a control): the
    /// buffer draws U+FFFD in its place so that what is counted is what is drawn.
    public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 }
        if v < 0xA0 { return true }
        return v >= 0x300 && contains(unprintableRanges, v)
    }

    /// Columns one grapheme takes: the sum of its scalars, as the terminal places them.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// Columns a string takes.
    public static func of(_ text: Substring) -> Int { of(String(text)) }

    /// Columns a string takes. Not generic on purpose: a generic across modules is not specialised and
    /// costs more than the measuring itself.
    public static func of(_ text: String) -> Int {
        // Most text is ASCII: count printable bytes without decoding scalars.
        var ascii = 0
        var allASCII = true
        for b in text.utf8 {
            if b >= 0x80 { allASCII = false; break }
            if b >= 0x20 && b < 0x7F { ascii += 1 }
        }
        if allASCII { return ascii }
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    /// The text cut to at most `width` columns, ending in `…` when something was cut. Never splits a
    /// grapheme, and never leaves half of a wide character.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// The text padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let measured = of(text)
        let cut = measured > width ? truncate(text, to: width) : text
        let fill = String(repeating: " ", count: max(0, width - (measured > width ? of(cut) : measured)))
        return alignRight ? fill + cut : cut + fill
    }

    static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        // Binary search over sorted, non-overlapping ranges.
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = ranges[mid]
            if v < r.lowerBound {
                high = mid - 1
            } else if v > r.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
