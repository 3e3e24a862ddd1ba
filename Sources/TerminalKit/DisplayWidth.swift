/// Terminal column widths of text: combining marks take 0 columns, East Asian wide characters and
/// emoji 2, everything else 1. Measured per grapheme, so truncation never splits one.
///
/// Our own table rather than libc `wcwidth`, which is locale-dependent and invisible from Swift; it
/// follows the same rules so that positions agree with what ncurses and the terminal draw.
public enum DisplayWidth {
    /// Columns one Unicode scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns one grapheme takes.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        // Emoji sequences (ZWJ, variation selector 16, skin tones, flags) draw as one wide glyph.
        if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D })
            || (0x1F1E6...0x1F1FF).contains(first.value) {
            return 2
        }
        return min(2, scalars.reduce(0) { $0 + of($1) })
    }

    /// Columns a string takes.
    public static func of(_ text: Substring) -> Int { of(String(text)) }

    /// Columns a string takes. Not generic on purpose: a generic across modules is not specialised and
    /// costs more than the measuring itself.
    public static func of(_ text: String) -> Int {
        // Most text is ASCII: count printable bytes without forming graphemes.
        var ascii = 0
        var allASCII = true
        for b in text.utf8 {
            if b >= 0x80 { allASCII = false; break }
            if b >= 0x20 && b < 0x7F { ascii += 1 }
        }
        if allASCII { return ascii }
        // Without emoji sequences, a grapheme's width is the sum of its scalars' widths: no need to
        // find grapheme boundaries, which costs far more than the table lookups.
        var total = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x200D || v == 0xFE0F || (0x1F1E6...0x1F1FF).contains(v) { return graphemeWidth(text) }
            total += of(scalar)
        }
        return total
    }

    private static func graphemeWidth(_ text: String) -> Int {
        var total = 0
        for ch in text {
            total += of(ch)
        }
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

    static func isWide(_ v: UInt32) -> Bool {
        // Binary search over sorted, non-overlapping ranges.
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let r = wideRanges[mid]
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

    /// East Asian Wide and Fullwidth ranges and emoji with default emoji presentation (Unicode 15).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E,
        0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
