#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

/// A folder of archive packages, one folder each: the package's files, `manifest.json` (what it is,
/// and every file's size and SHA-256) and `SHA256SUMS` (the same checksums for `sha256sum -c`, and the
/// manifest's own). A package is written under a hidden name, flushed, renamed into place, and read
/// back against its manifest before purge may delete anything.
public struct ArchiveFolder: CaseArchive {
    public static let format = "enplan-archive"
    public static let formatVersion = 1

    public let path: String
    public var place: String { path }
    public let parts: [ArchivePackage.Part]
    let modes: FileSystem.Modes

    public init(path: String, parts: [ArchivePackage.Part], groupReadable: Bool = false) {
        self.path = path
        self.parts = parts
        modes = groupReadable ? .groupReadable : .privateOnly
    }

    /// The archive a data folder's settings name: `archive_dir` (relative to the folder, or absolute),
    /// else `archive/` in it; private or group-readable as the folder is. Nil when the settings say to
    /// purge without archiving.
    public static func of(dataFolder: String, settings: StoreSettings) -> ArchiveFolder? {
        guard !settings.purgeWithoutArchive else { return nil }
        let dir = settings.archiveDir ?? "archive"
        let path = dir.hasPrefix("/") ? dir : dataFolder + "/" + dir
        let groupReadable = (FileSystem.mode(dataFolder) ?? 0) & 0o050 != 0
        return ArchiveFolder(path: path, parts: settings.archiveParts, groupReadable: groupReadable)
    }

    struct Manifest: Codable {
        struct Entry: Codable, Equatable {
            var name: String
            var bytes: Int
            var sha256: String
        }
        var format: String
        var formatVersion: Int
        var citizen: String
        var revision: Int
        var closedOn: String
        var archivedAt: String
        var archivedBy: String
        var holds: [ArchivePackage.Part]
        var files: [Entry]
    }

    public func keep(_ package: ArchivePackage, by actor: StoreActor) throws(StoreError) -> String {
        try FileSystem.makeFolder(path, mode: modes.folder)
        var info = stat()
        guard lstat(path, &info) == 0 else { throw FileSystem.errno("open the folder", path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .oddFile(path: path, kind: StoreError.OddKind(mode: info.st_mode)) }

        let now = Date()
        // The id and revision say what it is; the time keeps a second purge of the same revision (after a
        // failed first one) from meeting the first package.
        let stamp = AuditTrail.timestamp(now).filter { $0.isNumber }.prefix(14)
        let name = "\(package.citizen.rawValue)-r\(package.revision)-\(stamp)"
        let final = path + "/" + name
        let temp = path + "/." + name + ".tmp"
        guard !FileSystem.exists(final) else { throw .refused(.fileExists(path: final)) }
        if FileSystem.exists(temp) { try FileSystem.removeTree(temp) }
        guard try FileSystem.makeFolder(temp, mode: modes.folder) else { throw .refused(.fileExists(path: temp)) }
        do throws(StoreError) {
            let manifest = Manifest(
                format: Self.format, formatVersion: Self.formatVersion, citizen: package.citizen.rawValue,
                revision: package.revision, closedOn: package.closedOn.iso, archivedAt: AuditTrail.timestamp(now),
                archivedBy: actor.user, holds: package.parts,
                files: package.files.map { Manifest.Entry(name: $0.name, bytes: $0.bytes.count, sha256: Digest.sha256Hex($0.bytes)) })
            let manifestBytes = try DocumentCodec.encode(manifest)
            var sums = ""
            for entry in manifest.files { sums += "\(entry.sha256)  \(entry.name)\n" }
            sums += "\(Digest.sha256Hex(manifestBytes))  manifest.json\n"
            for file in package.files {
                try FileSystem.writeNew(temp + "/" + file.name, file.bytes, mode: modes.file)
            }
            try FileSystem.writeNew(temp + "/manifest.json", manifestBytes, mode: modes.file)
            try FileSystem.writeNew(temp + "/SHA256SUMS", Data(sums.utf8), mode: modes.file)
            try FileSystem.syncFolder(temp)
            guard rename(temp, final) == 0 else { throw FileSystem.errno("move into place", final) }
        } catch {
            try? FileSystem.removeTree(temp)
            throw error
        }
        try FileSystem.syncFolder(path)
        // Read back from the disk, as `archive verify` would years later: a package that does not check
        // out now is not one to delete the case on.
        if let finding = Self.verifyPackage(final, shownAs: name).first {
            throw .refused(.archiveNotVerified(package: final, finding: finding))
        }
        return final
    }

    /// Checks one package, or every package in a folder of them.
    public static func verify(_ folder: String) -> [ArchiveFinding] {
        if FileSystem.exists(folder + "/manifest.json") || FileSystem.exists(folder + "/SHA256SUMS") {
            return verifyPackage(folder, shownAs: folder)
        }
        let packages = ((try? FileSystem.list(folder)) ?? []).filter {
            !$0.hasPrefix(".") && FileSystem.exists(folder + "/" + $0 + "/manifest.json")
        }.sorted()
        guard !packages.isEmpty else { return [.noPackages(folder: folder)] }
        return packages.flatMap { verifyPackage(folder + "/" + $0, shownAs: folder + "/" + $0) }
    }

    /// How many packages `verify` looked at.
    public static func packageCount(_ folder: String) -> Int {
        if FileSystem.exists(folder + "/manifest.json") { return 1 }
        return ((try? FileSystem.list(folder)) ?? []).filter {
            !$0.hasPrefix(".") && FileSystem.exists(folder + "/" + $0 + "/manifest.json")
        }.count
    }

    static func verifyPackage(_ folder: String, shownAs shown: String) -> [ArchiveFinding] {
        let manifestBytes: Data
        do throws(StoreError) {
            guard let bytes = try FileSystem.read(folder + "/manifest.json") else { return [.noManifest(package: shown)] }
            manifestBytes = bytes
        } catch {
            return [.manifestUnreadable(package: shown, reason: error.description)]
        }
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: manifestBytes)
        } catch {
            return [.manifestUnreadable(package: shown, reason: DocumentCodec.describe(error))]
        }
        guard manifest.format == format, manifest.formatVersion <= formatVersion else {
            return [.manifestUnreadable(package: shown, reason: "format \(manifest.format) \(manifest.formatVersion) is not one this enplan knows")]
        }
        var findings: [ArchiveFinding] = []
        for entry in manifest.files {
            let bytes: Data?
            do throws(StoreError) { bytes = try FileSystem.read(folder + "/" + entry.name) } catch {
                findings.append(.manifestUnreadable(package: shown, reason: error.description))
                continue
            }
            guard let bytes else {
                findings.append(.missingFile(package: shown, name: entry.name))
                continue
            }
            if bytes.count != entry.bytes {
                findings.append(.sizeMismatch(package: shown, name: entry.name, expected: entry.bytes, found: bytes.count))
            } else if Digest.sha256Hex(bytes) != entry.sha256 {
                findings.append(.checksumMismatch(package: shown, name: entry.name))
            }
        }
        let listed = Set(manifest.files.map(\.name) + ["manifest.json", "SHA256SUMS"])
        for name in ((try? FileSystem.list(folder)) ?? []).sorted() where !listed.contains(name) {
            findings.append(.unlistedFile(package: shown, name: name))
        }
        // SHA256SUMS must say what the manifest says, and vouch for the manifest itself.
        var expected = Dictionary(uniqueKeysWithValues: manifest.files.map { ($0.name, $0.sha256) })
        expected["manifest.json"] = Digest.sha256Hex(manifestBytes)
        let sumsText = ((try? FileSystem.read(folder + "/SHA256SUMS")) ?? nil).map { String(decoding: $0, as: UTF8.self) }
        guard let sumsText else { return findings + [.missingFile(package: shown, name: "SHA256SUMS")] }
        var sums: [String: String] = [:]
        for line in sumsText.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            sums[String(parts[1].drop { $0 == " " || $0 == "*" })] = String(parts[0])
        }
        for (name, sha) in expected.sorted(by: { $0.key < $1.key }) where sums[name] != sha {
            findings.append(name == "manifest.json" ? .checksumMismatch(package: shown, name: name)
                                                    : .sumsDisagree(package: shown, name: name))
        }
        return findings
    }
}
