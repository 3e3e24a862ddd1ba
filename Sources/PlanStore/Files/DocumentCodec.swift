import Foundation
import CaseRecords
import PlanCore

/// How documents and other store files look on disk: pretty JSON with sorted keys, so a person can
/// read them and `diff` shows exactly what changed.
enum DocumentCodec {
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func encode<T: Encodable>(_ value: T) throws(StoreError) -> Data {
        do {
            var data = try encoder().encode(value)
            data.append(0x0A)
            return data
        } catch {
            throw .io(operation: "encode", path: String(describing: T.self), code: EINVAL)
        }
    }

    private struct Header: Decodable { var formatVersion: Int? }

    /// Decodes a case file, refusing a newer format and reporting damage by id.
    static func decodeCaseFile(_ data: Data, id: CitizenID, path: String) throws(StoreError) -> CaseFile {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw .damaged(id, path: path, reason: data.isEmpty ? "the file is empty" : "not valid JSON")
        }
        guard let version = header.formatVersion, version >= 1 else {
            throw .damaged(id, path: path, reason: "no format version")
        }
        guard version <= CaseFile.currentFormatVersion else { throw .newerFormat(path: path, version: version) }
        let file: CaseFile
        do {
            file = try decoder.decode(CaseFile.self, from: data)
        } catch {
            throw .damaged(id, path: path, reason: describe(error))
        }
        guard file.citizen.id == id else {
            throw .damaged(id, path: path, reason: "it holds citizen \(file.citizen.id), not \(id)")
        }
        // Counters enplan only ever adds one to: a value no run of saves can reach was written by hand,
        // and would overflow at the next save.
        guard CaseFile.possibleCounts.contains(file.revision) else {
            throw .damaged(id, path: path, reason: "revision \(file.revision) is impossible")
        }
        guard CaseFile.possibleCounts.contains(file.nextItemNumber) else {
            throw .damaged(id, path: path, reason: "nextItemNumber \(file.nextItemNumber) is impossible")
        }
        return file
    }

    /// Decoding errors in words: which field, what was wrong.
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable" }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let .keyNotFound(key, context):
            let p = path(context)
            return "missing field '\(p.isEmpty ? key.stringValue : p + "." + key.stringValue)'"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "wrong kind of value at '\(path(context))'"
        case let .dataCorrupted(context):
            let p = path(context)
            return (p.isEmpty ? "" : "'\(p)': ") + context.debugDescription
        @unknown default:
            return "unreadable"
        }
    }
}
