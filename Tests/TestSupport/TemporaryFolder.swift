import Foundation

/// A fresh folder under the system's temp folder, removed when the value is released.
public final class TemporaryFolder {
    public let path: String

    public init(_ label: String = "enplan") {
        let base = (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/\(label)-XXXXXX"
        var template = Array(base.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        path = made.map { String(cString: $0) } ?? base.replacingOccurrences(of: "XXXXXX", with: UUID().uuidString)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the folder (not created).
    public func child(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
