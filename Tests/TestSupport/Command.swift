import Foundation

/// Runs the built executables (enplan, enplan-stress) as real processes.
public struct CommandResult: Sendable {
    public var status: Int32
    /// True when the process was ended by a signal (then `status` is the signal).
    public var killedBySignal: Bool
    public var stdout: String
    public var stderr: String
}

public enum Binaries {
    /// The folder with the built products: beside the test bundle, or `ENPLAN_BIN_DIR`.
    public static var folder: String {
        if let dir = ProcessInfo.processInfo.environment["ENPLAN_BIN_DIR"], !dir.isEmpty { return dir }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        // The test bundle may be a folder (macOS .xctest) inside the products folder.
        while !dir.isEmpty && dir != "/" && !FileManager.default.fileExists(atPath: dir + "/enplan") {
            dir = (dir as NSString).deletingLastPathComponent
        }
        return dir
    }

    public static func path(_ name: String) -> String { folder + "/" + name }

    /// Runs a product with arguments, an environment added to a clean one, and optional standard input.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:],
                           input: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(name))
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
                   "USER": ProcessInfo.processInfo.environment["USER"] ?? "root"]
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty process never blocks on a full pipe.
        let group = DispatchGroup()
        let errBox = DataBox()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async(group: group) { errBox.data = errHandle.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             killedBySignal: process.terminationReason == .uncaughtSignal,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts a product without waiting for it.
    public static func start(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(name))
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Written by one thread before the group is left, read after the wait.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
