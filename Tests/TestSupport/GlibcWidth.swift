import CSpawn

/// glibc's `wcwidth` in C.UTF-8, what ncursesw and tmux count, for comparing TerminalKit's table with.
public enum GlibcWidth {
    /// The widths of `range`'s code points, or nil when the C.UTF-8 locale is missing.
    public static func of(_ range: ClosedRange<UInt32>) -> [Int32]? {
        var out = [Int32](repeating: 0, count: range.count)
        let status = out.withUnsafeMutableBufferPointer {
            enplan_glibc_wcwidths(range.lowerBound, UInt32(range.count), $0.baseAddress)
        }
        return status == 0 ? out : nil
    }
}
