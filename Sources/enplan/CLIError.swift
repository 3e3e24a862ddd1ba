#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PlanCore
import CaseRecords
import EnplanApp

/// An error as the command line reports it: plain words on stderr and the contract's exit code.
struct CLIError: Error {
    var message: String
    var exitCode: Int32
    /// The store's error behind it, said in the user's language when reported.
    var storeError: StoreError?
    /// The message in Danish, where the command has one.
    var danish: String?

    static func usage(_ message: String, da: String? = nil) -> CLIError {
        var e = CLIError(message: message, exitCode: 2)
        e.danish = da
        return e
    }

    static func problems(_ message: String, da: String? = nil) -> CLIError {
        var e = CLIError(message: message, exitCode: 1)
        e.danish = da
        return e
    }

    init(message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    init(_ error: StoreError) {
        message = error.description
        storeError = error
        switch error {
        case .folderUnusable: exitCode = 3
        case .notFound: exitCode = 2
        default: exitCode = 1
        }
    }

    func report(in language: Language) {
        let text = storeError.map(language.describe) ?? (language == .da ? danish ?? message : message)
        Console.standardError("enplan: " + text)
    }
}

/// Standard output and error through write(2): a full disk or a file size limit on a redirected
/// output is an error in words and exit code 1, never a trap (FileHandle.write traps on failure).
enum Console {
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

/// Runs store work, turning its typed errors into the command line's.
func withStore<T>(_ body: () throws(StoreError) -> T) throws(CLIError) -> T {
    do { return try body() } catch { throw CLIError(error) }
}
