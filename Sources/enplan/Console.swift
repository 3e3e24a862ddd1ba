#if canImport(Glibc)
import Glibc
#endif
import CaseRecords
import Foundation
import PlanCore

/// Standard output and error through write(2): a full disk or a file size limit on a redirected
/// output is an error in words and exit code 1, never a trap (FileHandle.write traps on failure).
enum Console {
    /// An option's text, or standard input where it is '-'; lines pasted from Windows mail end in
    /// CR LF, and the text keeps the lines, not the CRs.
    static func text(_ option: String) -> String {
        (option == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : option)
            .replacingOccurrences(of: "\r\n", with: "\n")
    }

    static func standardError<S: StringProtocol>(_ text: S) {
        _ = write(2, SafeText.neutralized(String(text), keepingLines: true) + "\n")
    }

    /// Writes to standard output; on failure says why on standard error and exits with 1.
    static func standardOutput(_ text: String) {
        guard let failure = write(1, text) else { return }
        standardError("enplan: could not write the output: " + StoreError.explain(failure))
        exit(1)
    }

    /// Every byte, or the errno that stopped it.
    private static func write(_ fd: Int32, _ text: String) -> Int32? {
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress?.advanced(by: done), $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return nil
    }
}
