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
        case .folderUnusable, .unreachable, .notInitialized: exitCode = 3
        case .notFound: exitCode = 2
        default: exitCode = 1
        }
    }

    func report(in language: Language) { Console.standardError("enplan: " + words(language)) }

    /// The message in the language, as it is reported.
    func words(_ language: Language) -> String {
        storeError.map(language.describe) ?? (language == .da ? danish ?? message : message)
    }
}

/// Runs store work, turning its typed errors into the command line's.
func withStore<T>(_ body: () throws(StoreError) -> T) throws(CLIError) -> T {
    do { return try body() } catch { throw CLIError(error) }
}
