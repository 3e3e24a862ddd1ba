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
                           input: String? = nil, currentDirectory: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(name))
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
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

    /// Runs a shell command line (for `ulimit` and the like) with the same clean environment.
    public static func runShell(_ line: String) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.environment = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
                               "USER": ProcessInfo.processInfo.environment["USER"] ?? "root"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
                             stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs several invocations of a product at the same time and waits for all: for races.
    public static func runConcurrently(_ name: String, _ invocations: [[String]]) throws -> [CommandResult] {
        let results = ResultsBox(count: invocations.count)
        DispatchQueue.concurrentPerform(iterations: invocations.count) { i in
            results.set(i, try? run(name, invocations[i]))
        }
        return try results.all()
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

/// Each slot written by one thread; read after all have finished.
private final class ResultsBox: @unchecked Sendable {
    private var results: [CommandResult?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: CommandResult?) {
        lock.lock()
        results[i] = result
        lock.unlock()
    }

    struct Failed: Error {}

    func all() throws -> [CommandResult] {
        let done = results.compactMap { $0 }
        guard done.count == results.count else { throw Failed() }
        return done
    }
}

/// Written by one thread before the group is left, read after the wait.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
