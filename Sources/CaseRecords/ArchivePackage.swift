import Foundation
import PlanCore

/// What `purge` keeps of a case before it deletes it: plain JSON files a person or another system
/// can read without enplan. docs/ARCHIVE.md describes each file; the folder it goes into adds a
/// manifest with the SHA-256 of every file.
public struct ArchivePackage: Sendable {
    /// What a package may hold; `archive_holds` in enplan.json picks them (all three by default).
    public enum Part: String, CaseIterable, Codable, Sendable {
        /// The case file exactly as enplan reads it (`document.json`).
        case document
        /// Every event of the plan, oldest first (`timeline.json`).
        case timeline
        /// Every audit line about the citizen, one JSON object a line (`audit.jsonl`).
        case audit

        public var fileName: String {
            switch self {
            case .document: return "document.json"
            case .timeline: return "timeline.json"
            case .audit: return "audit.jsonl"
            }
        }
    }

    public struct File: Sendable, Equatable {
        public var name: String
        public var bytes: Data
    }

    public var citizen: CitizenID
    public var revision: Int
    public var closedOn: CalendarDate
    public var parts: [Part]
    public var files: [File]

    /// One timeline event as the package writes it.
    private struct Event: Encodable {
        var date: String
        var kind: String
        var section: String?
        var title: String
        var item: String?
    }

    public init(of file: CaseFile, closedOn: CalendarDate, audit: [AuditEntry], parts: [Part]) throws(StoreError) {
        citizen = file.id
        revision = file.revision
        self.closedOn = closedOn
        self.parts = Part.allCases.filter(parts.contains)
        var files: [File] = []
        for part in self.parts {
            let bytes: Data
            switch part {
            case .document:
                bytes = try Self.json(file)
            case .timeline:
                bytes = try Self.json(file.timeline().map {
                    Event(date: $0.date.iso, kind: $0.kind.rawValue, section: $0.section?.rawValue, title: $0.title,
                          item: $0.itemID)
                })
            case .audit:
                var lines = Data()
                for entry in audit {
                    lines.append(try Self.json(entry, pretty: false))
                }
                bytes = lines
            }
            files.append(File(name: part.fileName, bytes: bytes))
        }
        self.files = files
    }

    /// Sorted keys, so the same case gives the same bytes and `diff` between two packages reads well.
    static func json<T: Encodable>(_ value: T, pretty: Bool = true) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(value)
            data.append(0x0A)
            return data
        } catch {
            throw .io(operation: "encode", path: String(describing: T.self), code: EINVAL)
        }
    }
}

/// Where purge puts packages before it deletes: writes one whole and checked, or throws and the case
/// stays.
public protocol CaseArchive: Sendable {
    /// What a package holds here.
    var parts: [ArchivePackage.Part] { get }
    /// Where the packages go, as a person is told.
    var place: String { get }
    /// Writes the package, reads it back against its manifest, and returns where it is (the
    /// package's folder, as purge's audit line names it).
    func keep(_ package: ArchivePackage, by actor: StoreActor) throws(StoreError) -> String
}

/// What `archive verify` found wrong in one package; an empty list means every file is there and
/// matches its checksum.
public enum ArchiveFinding: Equatable, Sendable {
    case noManifest(package: String)
    case manifestUnreadable(package: String, reason: String)
    case missingFile(package: String, name: String)
    case checksumMismatch(package: String, name: String)
    case sizeMismatch(package: String, name: String, expected: Int, found: Int)
    /// A file the manifest does not list: added after the package was written.
    case unlistedFile(package: String, name: String)
    /// SHA256SUMS (for `sha256sum -c`) and the manifest disagree about a file.
    case sumsDisagree(package: String, name: String)
    case noPackages(folder: String)
}

extension ArchiveFinding: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .noManifest(package): return "\(package): there is no manifest.json, so nothing can be checked"
        case let .manifestUnreadable(package, reason): return "\(package)/manifest.json cannot be read: \(reason)"
        case let .missingFile(package, name): return "\(package)/\(name) is missing"
        case let .checksumMismatch(package, name): return "\(package)/\(name) has changed since it was archived (its SHA-256 differs)"
        case let .sizeMismatch(package, name, expected, found):
            return "\(package)/\(name) has \(found) bytes, the manifest says \(expected)"
        case let .unlistedFile(package, name): return "\(package)/\(name) is not in the manifest (added afterwards)"
        case let .sumsDisagree(package, name): return "\(package): SHA256SUMS and manifest.json disagree about \(name)"
        case let .noPackages(folder): return "\(folder) holds no archive package (no manifest.json in it or its folders)"
        }
    }
}
