import Foundation
import Testing
import TestSupport

/// A test that fails while a program runs in its terminal still leaves nothing behind: the program
/// in the pane gets the terminal's hang-up when the server ends.
@Suite struct TmuxLeavesNothingTests {
    @Test func aProgramInThePaneDoesNotBlockTheHangUp() throws {
        let tmux = try Tmux("grep -E 'SigBlk|SigIgn' /proc/self/status; sleep 1000")
        let screen = try tmux.wait(for: "SigIgn")   // the second line, so both are there
        // SIGHUP (bit 0) and SIGTERM (bit 14) neither blocked nor ignored (the shell ignores job-control
        // signals of its own, which do not matter here).
        let masks = screen.split(separator: "\n").filter { $0.hasPrefix("SigBlk") || $0.hasPrefix("SigIgn") }
            .compactMap { UInt64($0.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? "", radix: 16) }
        #expect(masks.count == 2 && masks.allSatisfy { $0 & (1 << 0 | 1 << 14) == 0 },
                "a pane that blocks or ignores the hang-up outlives a failed test:\n\(screen)")
    }
}
