import Foundation
import PlanCore

/// The derived caseload index on disk. Never trusted over the documents: each entry carries the stamp
/// (inode, size, mtime) of the document it was made from, and an entry whose stamp no longer matches
/// is rebuilt from the document.
struct SummaryIndex: Codable {
    static let formatVersion = 1

    struct Entry: Codable {
        var stamp: FileSystem.Stamp
        var summary: CitizenSummary
    }

    var formatVersion: Int
    var entries: [Entry]

    /// The stored index, or nil when it is missing, damaged or of another format (then it is rebuilt).
    static func load(from path: String) -> SummaryIndex? {
        guard let data = try? FileSystem.read(path),
              let index = try? JSONDecoder().decode(SummaryIndex.self, from: data),
              index.formatVersion == formatVersion else { return nil }
        return index
    }

    func write(to path: String, mode: mode_t) throws(StoreError) {
        // Compact, not pretty: this file is derived, and a smaller file decodes faster.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(self) } catch {
            throw .io(operation: "encode", path: path, code: EINVAL)
        }
        try FileSystem.replaceDurably(path, with: data, mode: mode)
    }
}
