#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PlanCore

/// Multi-file operations are all-or-nothing, even when the process is killed midway: every document
/// is written into `staging/<tx>/`, then a `COMMITTED` marker is written durably, then the documents are
/// moved into `citizens/`. On the next open, a committed stage is finished and an uncommitted one removed.
extension CaseStore {
    static let commitMarker = "COMMITTED"

    /// Adds new case files all together or not at all. Their ids must be free, and no CPR number may
    /// be in the store already (checked under the store-wide lock, against the store itself).
    public func insertAll(_ files: [CaseFile], action: AuditAction = .import, detail: String? = nil) throws(StoreError) {
        guard !isReadOnly else { throw .readOnly }
        guard !files.isEmpty else { return }
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        let registered = try registeredCPRs()
        var seen = Set<String>()
        for file in files {
            guard let cpr = file.citizen.cpr else { continue }
            let digest = try cprDigest(cpr)
            if let existing = registered[digest] { throw .duplicateCPR(existing: existing.id, name: existing.name) }
            guard seen.insert(digest).inserted else { throw .duplicateCPR(existing: file.id, name: file.citizen.name) }
        }
        try insertAllLocked(files, action: action, detail: detail)
    }

    /// Creates citizens from a CSV table, all or none. Under the store-wide lock, so that imports
    /// running at once (or a TUI creating a citizen meanwhile) can never add one person twice.
    public func importCitizens(from table: CSVTable, detail: String) throws(StoreError) -> Int {
        guard !isReadOnly else { throw .readOnly }
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        let registered = try registeredCPRs()
        guard let key else { throw .folderUnusable(path: layout.key, reason: "enplan.key is missing") }
        let files = try CitizenImport.caseFiles(from: table, isRegistered: { registered[key.cprDigest($0.digits)] != nil },
                                                defaultCoordinator: actor.user, today: today, makeID: { freshID() })
        try insertAllLocked(files, action: .create, detail: detail)
        return files.count
    }

    /// The citizens with a CPR number, by its digest: read through the index, which is checked
    /// against every document, so this is the store as it is now.
    func registeredCPRs() throws(StoreError) -> [String: CitizenSummary] {
        var result: [String: CitizenSummary] = [:]
        for summary in try caseload().citizens {
            if let digest = summary.cprDigest { result[digest] = summary }
        }
        return result
    }

    func cprDigest(_ cpr: CPRNumber) throws(StoreError) -> String {
        guard let key else { throw .folderUnusable(path: layout.key, reason: "enplan.key is missing") }
        return key.cprDigest(cpr.digits)
    }

    /// `insertAll` with the store-wide lock already held.
    func insertAllLocked(_ files: [CaseFile], action: AuditAction, detail: String?) throws(StoreError) {
        guard !files.isEmpty else { return }
        var generator = SystemRandomNumberGenerator()
        let stage = layout.staging + "/tx-\(getpid())-\(randomToken(length: 8, using: &generator))"
        try FileSystem.makeFolder(layout.staging, mode: modes.folder)
        try FileSystem.makeFolder(stage, mode: modes.folder)
        var ids = Set<CitizenID>()
        var events: [AuditEvent] = []
        do throws(StoreError) {
            for file in files {
                guard ids.insert(file.id).inserted, documentPath(file.id) == nil else { throw StoreError.alreadyExists(file.id) }
                let saved = stampedForWriting(file, revision: 1)
                durableStep()
                try FileSystem.writeNew(stage + "/" + file.id.rawValue + ".json", DocumentCodec.encode(saved), mode: modes.file)
                events.append(AuditEvent(action, citizen: file.id, revisionBefore: 0, revisionAfter: 1, detail: detail))
            }
            durableStep()
            try FileSystem.syncFolder(stage)
            durableStep()
            try audit.append(events, by: actor)
            durableStep()
            try FileSystem.writeNew(stage + "/" + CaseStore.commitMarker, Data("\(files.count)\n".utf8), mode: modes.file)
            try FileSystem.syncFolder(stage)
        } catch {
            try? FileSystem.removeTree(stage)
            throw error
        }
        // Committed: from here on the import happens, now or at the next open.
        try finishStage(stage)
    }

    /// Moves a committed stage's documents into place and removes the stage.
    func finishStage(_ stage: String) throws(StoreError) {
        for name in try FileSystem.list(stage).sorted() where name.hasSuffix(".json") {
            durableStep()
            let target = layout.citizens + "/" + name
            if FileSystem.exists(target) {
                // Never replace a document: an id clash after commit means someone created it meanwhile.
                throw .io(operation: "move into place (a document of that id appeared meanwhile)", path: target, code: EEXIST)
            }
            guard rename(stage + "/" + name, target) == 0 else { throw FileSystem.errno("move into place", target) }
        }
        durableStep()
        try FileSystem.syncFolder(layout.citizens)
        durableStep()
        try FileSystem.removeTree(stage)
        try FileSystem.syncFolder(layout.staging)
    }

    /// Finishes committed stages and removes uncommitted ones, left by a process that was killed.
    func recoverStagedOperations() throws(StoreError) {
        let stages = try FileSystem.list(layout.staging).filter { $0.hasPrefix("tx-") }
        guard !stages.isEmpty else { return }
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        for name in try FileSystem.list(layout.staging).sorted() where name.hasPrefix("tx-") {
            let stage = layout.staging + "/" + name
            if FileSystem.exists(stage + "/" + CaseStore.commitMarker) {
                try finishStage(stage)
            } else {
                try FileSystem.removeTree(stage)
            }
        }
        try FileSystem.syncFolder(layout.staging)
    }

    func committedStages() -> [String] {
        ((try? FileSystem.list(layout.staging)) ?? []).sorted().compactMap { name in
            let stage = layout.staging + "/" + name
            return name.hasPrefix("tx-") && FileSystem.exists(stage + "/" + CaseStore.commitMarker) ? stage : nil
        }
    }
}
