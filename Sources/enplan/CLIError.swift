import Foundation
import PlanCore
import PlanStore

/// An error as the command line reports it: plain words on stderr and the contract's exit code.
struct CLIError: Error {
    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CLIError { CLIError(message: message, exitCode: 2) }
    static func problems(_ message: String) -> CLIError { CLIError(message: message, exitCode: 1) }

    init(message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    init(_ error: StoreError) {
        message = error.description
        switch error {
        case .folderUnusable: exitCode = 3
        case .notFound: exitCode = 2
        default: exitCode = 1
        }
    }

    func report() {
        FileHandleOutput.standardError("enplan: " + message)
    }
}

enum FileHandleOutput {
    static func standardError<S: StringProtocol>(_ text: S) {
        FileHandle.standardError.write(Data((SafeText.neutralized(String(text), keepingLines: true) + "\n").utf8))
    }
}

/// Runs store work, turning its typed errors into the command line's.
func withStore<T>(_ body: () throws(StoreError) -> T) throws(CLIError) -> T {
    do { return try body() } catch { throw CLIError(error) }
}
