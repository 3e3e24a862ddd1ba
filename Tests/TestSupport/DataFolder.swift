/// A data folder in a fresh temporary folder, and the real `enplan` run on it, by default as of the
/// day the end-to-end tests' expectations are written for: `enplan ARGS --data DATA --today DAY`.
public final class DataFolder {
    public let tmp: TemporaryFolder
    public var data: String { tmp.child("data") }
    private let today: String?

    public init(_ label: String, today: String? = "2026-11-23") {
        tmp = TemporaryFolder(label)
        self.today = today
    }

    public func callAsFunction(_ args: [String]) throws -> CommandResult {
        try Binaries.run("enplan", args + ["--data", data] + (today.map { ["--today", $0] } ?? []))
    }
}
