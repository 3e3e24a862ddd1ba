import ArgumentParser
import EnplanApp
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// A file size limit (or a full quota) must fail a write with EFBIG, which is reported in words and
// loses nothing, rather than kill the process halfway with SIGXFSZ.
signal(SIGXFSZ, SIG_IGN)

// Exit codes are part of the contract (0 ok, 1 problems or refused, 2 usage, 3 data folder unusable),
// so errors are mapped here rather than left to ArgumentParser's defaults.
let arguments = ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst()), root: Enplan.self)
do {
    try PathArguments.refuseControlCharacters(in: arguments, environment: ProcessInfo.processInfo.environment)
    var command = try Enplan.parseAsRoot(arguments)
    try command.run()
} catch let error as CLIError {
    error.report(in: Language.asked(in: arguments, environment: ProcessInfo.processInfo.environment))
    exit(error.exitCode)
} catch {
    let code = Enplan.exitCode(for: error)
    if code == .success {
        print(Enplan.fullMessage(for: error))
        exit(0)
    }
    let message = Enplan.fullMessage(for: error)
    Console.standardError(message.hasPrefix("Error:") ? "enplan: " + message.dropFirst(7) : message)
    exit(2)
}
