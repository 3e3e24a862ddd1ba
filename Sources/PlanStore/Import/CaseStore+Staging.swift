#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
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
    /// - Parameter strict: a column the import does not read refuses the file instead of being left out.
    /// - Returns: what was made and what was left out.
    public func importCitizens(from table: CSVTable, detail: String, strict: Bool = false) throws(StoreError) -> ImportOutcome {
        guard !isReadOnly else { throw .readOnly }
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        let registered = try registeredCPRs()
        guard let key else { throw .folderUnusable(path: layout.key, .keyMissing) }
        // Fresh ids against one listing of the folder, not a lookup per row.
        let present = Set(try documentPaths().map(\.0))
        var taken = present
        var generator = BufferedRandom()
        let outcome = try CitizenImport.caseFiles(from: table, isRegistered: { registered[key.cprDigest($0.digits)] != nil },
                                                  defaultCoordinator: actor.user, team: try teamMembers(), strict: strict,
                                                  today: today, makeID: {
            while true {
                let id = CitizenID.random(using: &generator)
                if taken.insert(id.rawValue).inserted { return id }
            }
        })
        try insertAllLocked(outcome.files, action: .create, detail: detail, present: present)
        return outcome
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
        guard let key else { throw .folderUnusable(path: layout.key, .keyMissing) }
        return key.cprDigest(cpr.digits)
    }

    /// `insertAll` with the store-wide lock already held.
    /// - Parameter present: the ids in the folder, when the caller listed them under the same lock.
    func insertAllLocked(_ files: [CaseFile], action: AuditAction, detail: String?, present: Set<String>? = nil) throws(StoreError) {
        guard !files.isEmpty else { return }
        var generator = SystemRandomNumberGenerator()
        let stage = layout.staging + "/tx-\(getpid())-\(randomToken(length: 8, using: &generator))"
        let documents = CaseStore.documentsFolder(ofStage: stage)
        try FileSystem.makeFolder(layout.staging, mode: modes.folder)
        try FileSystem.makeFolder(stage, mode: modes.folder)
        try FileSystem.makeFolder(documents, mode: modes.folder)
        // The ids present, listed once (not a lookup per document: an import of 100,000 rows).
        var ids: Set<String>
        if let present { ids = present } else { ids = Set(try documentPaths().map(\.0)) }
        // The folder as it was before this insert (the store-wide lock keeps other enplans out): if the
        // index was up to date then, it can be kept up to date now.
        let folderBefore = FileSystem.stamp(layout.citizens)
        let wasEmpty = ids.isEmpty
        var events: [AuditEvent] = []
        var written = 0
        // The index's new rows, made as the documents are written (nil: a stamp could not be taken,
        // and the next listing reads what the index lacks).
        var newRows: [SummaryIndex.Entry]? = []
        newRows?.reserveCapacity(files.count)
        var indexing: BackgroundWork<PreparedIndex?>?
        do throws(StoreError) {
            // Done equal to total ends a progress line, also when the insert fails.
            defer { progress?(.writing, files.count, files.count) }
            for file in files where !ids.insert(file.id.rawValue).inserted { throw StoreError.alreadyExists(file.id) }
            // Encoding is most of an import's own work and writing most of the kernel's: the next batch
            // is encoded on the other core while this one writes the current batch.
            let folder = try FolderHandle(documents)
            let batches = stride(from: 0, to: files.count, by: CaseStore.batchSize).map {
                files[$0..<min(files.count, $0 + CaseStore.batchSize)].map { stampedForWriting($0, revision: 1) }
            }
            let (key, instrument) = (self.key, catalogues.instrument)
            var next = batches.first.map { CaseStore.encodeInBackground($0, key: key, instrument: instrument) }
            for (number, batch) in batches.enumerated() {
                guard let job = next else { break }
                let encoded = try job.result()
                next = number + 1 < batches.count ? CaseStore.encodeInBackground(batches[number + 1], key: key, instrument: instrument) : nil
                for (file, document) in zip(batch, encoded) {
                    durableStep()
                    // Not flushed one by one: the whole stage is flushed at once below, before the commit
                    // marker; until that marker is durable the stage counts for nothing.
                    let stamp = try folder.writeNew(file.id.rawValue + ".json", document.data, mode: modes.file)
                    if let stamp { newRows?.append(SummaryIndex.Entry(stamp: stamp, summary: document.summary)) } else { newRows = nil }
                    events.append(AuditEvent(action, citizen: file.id, revisionBefore: 0, revisionAfter: 1, detail: detail,
                                             sha256: document.sha256))
                }
                written += batch.count
                progress?(.writing, written, files.count)
            }
            // The index is put together meanwhile on the other core: it is only written after the move.
            if let newRows {
                let layout = self.layout
                indexing = BackgroundWork { [key] in
                    CaseStore.preparedIndex(adding: newRows, layout: layout, key: key, folderBefore: folderBefore, wasEmpty: wasEmpty)
                }
            }
            durableStep()
            // The audit lines are written while the documents are flushed (the one waits on the disk, the
            // other on HMACs); both are done before the commit marker.
            let audit = self.audit, actor = self.actor
            let auditing = BackgroundWork { [events] () throws(StoreError) in try audit.append(events, by: actor) }
            let flushed = Result { () throws(StoreError) in
                try FileSystem.syncFileSystem(of: documents, files: files.map { documents + "/" + $0.id.rawValue + ".json" })
                try FileSystem.syncFolder(documents)
                try FileSystem.syncFolder(stage)
            }
            _ = try auditing.result()
            try flushed.get()
            durableStep()
            try FileSystem.writeNew(stage + "/" + CaseStore.commitMarker, Data("\(files.count)\n".utf8), mode: modes.file)
            try FileSystem.syncFolder(stage)
        } catch {
            try? FileSystem.removeTree(stage)
            throw error
        }
        // Committed: from here on the import happens, now or at the next open.
        try finishStage(stage)
        if let prepared = try? indexing?.result() { write(prepared) }
    }

    /// An index with an insert's new rows, encoded and waiting for the folder's stamp after the move.
    struct PreparedIndex: Sendable {
        var index: SummaryIndex
        var rows: SummaryIndex.EncodedRows
        /// The index described the folder just before the insert (with its journal), so it describes it
        /// after: it keeps being trusted.
        var describesFolder: Bool
    }

    /// The index learns new documents from the files in hand, stamped as written (a rename keeps the
    /// stamp), so the next listing decodes none of them (a demo of 50,000 spent a fifth of its time
    /// re-reading them). When the index (with its journal) described the folder just before the insert,
    /// it describes it after, and keeps being trusted; otherwise the next listing checks every document.
    /// Only a cache: nil when there is nothing sound to add to, and the next listing rebuilds.
    static func preparedIndex(adding rows: [SummaryIndex.Entry], layout: StoreLayout, key: StoreKey?, folderBefore: FileSystem.Stamp?,
                              wasEmpty: Bool) -> PreparedIndex? {
        let stored = SummaryIndex.load(from: layout.indexFile)
        var base: (entries: [SummaryIndex.Entry], damaged: [DamagedDocument])?
        if let stored, let journal = IndexJournal.load(layout.indexJournal, key: key), let folderBefore,
           let (entries, folder) = IndexJournal.apply(journal, to: stored), CaseStore.sameFolder(folder, folderBefore) {
            base = (entries, stored.damaged)
        } else if wasEmpty && (stored.map { $0.entries.isEmpty && $0.damaged.isEmpty } ?? !FileSystem.exists(layout.indexFile)) {
            // There were no documents: an empty index was right, whatever its stamp.
            base = ([], [])
        }
        guard let previous = base ?? stored.map({ ($0.entries, $0.damaged) }) ?? (FileSystem.exists(layout.indexFile) ? nil : ([], []))
        else { return nil }
        let index = base != nil
            ? SummaryIndex(entries: CaseStore.inListOrder(previous.entries + rows), damaged: previous.damaged, inListOrder: true)
            : SummaryIndex(entries: previous.entries + rows, damaged: previous.damaged)
        return PreparedIndex(index: index, rows: index.encodedRows(), describesFolder: base != nil)
    }

    /// Writes a prepared index, stamped with the folder as it is now when it describes it.
    func write(_ prepared: PreparedIndex) {
        var index = prepared.index
        if prepared.describesFolder { index.folder = FileSystem.stamp(layout.citizens) }
        if (try? index.write(prepared.rows, to: layout.indexFile, mode: modes.file)) != nil { unlink(layout.indexJournal) }
    }

    static let batchSize = 1000

    /// A document as written, and its index row's summary.
    struct EncodedDocument: Sendable {
        var data: Data
        var sha256: String
        var summary: CitizenSummary
    }

    static func encodeInBackground(_ files: [CaseFile], key: StoreKey?, instrument: Instrument) -> BackgroundWork<[EncodedDocument]> {
        BackgroundWork { () throws(StoreError) in
            try files.map { (file) throws(StoreError) in
                let data = try DocumentCodec.encode(file)
                return EncodedDocument(data: data, sha256: Digest.sha256Hex(data), summary: CitizenSummary(file, key: key, instrument: instrument))
            }
        }
    }

    /// Where a stage keeps its documents: a folder of their own, `<stage>/citizens`, which can become
    /// `citizens/` in one rename; an enplan before 2026-11-23 kept them in the stage itself.
    static func documentsFolder(ofStage stage: String) -> String { stage + "/citizens" }

    static func stagedDocuments(_ stage: String) -> String {
        let documents = documentsFolder(ofStage: stage)
        return FileSystem.exists(documents) ? documents : stage
    }

    /// Moves a committed stage's documents into place and removes the stage, with as few moves as it
    /// can: into an empty `citizens/` (a municipality's first import, a demo) the staged folder takes its
    /// place in one rename, which replaces an empty folder atomically; when the stage holds more than
    /// `citizens/`, what is in `citizens/` joins the stage and the two folders are exchanged in one
    /// step (renameat2's RENAME_EXCHANGE); otherwise each staged document is moved. Nothing is ever
    /// moved over a document. A reader finds a document in a committed stage as well as in `citizens/`.
    func finishStage(_ stage: String) throws(StoreError) {
        let documents = CaseStore.stagedDocuments(stage)
        durableStep()
        if documents != stage {
            if rename(documents, layout.citizens) == 0 {
                try FileSystem.syncFolder(layout.root)
            } else {
                try exchangeIfFewerMoves(documents)
            }
        }
        // What is left in the stage's documents folder (all of it, when nothing was exchanged) goes in
        // one by one.
        if FileSystem.exists(documents) {
            let from = try FolderHandle(documents), into = try FolderHandle(layout.citizens)
            for name in try FileSystem.list(documents).sorted() where name != CaseStore.commitMarker {
                durableStep()
                try from.move(name, to: into)
            }
        }
        durableStep()
        try FileSystem.syncFolder(layout.citizens)
        durableStep()
        try FileSystem.removeTree(stage)
        try FileSystem.syncFolder(layout.staging)
    }

    /// When `citizens/` holds fewer entries than the staged folder, moves them (every entry, whatever
    /// its name: nothing in `citizens/` may be lost) into the staged folder and exchanges the two
    /// folders. Where the kernel cannot exchange, what was moved goes back with the rest, one by one.
    func exchangeIfFewerMoves(_ documents: String) throws(StoreError) {
        let present = try FileSystem.list(layout.citizens)
        guard FolderHandle.canExchange, present.count < (try FileSystem.list(documents)).count else { return }
        let staged = try FolderHandle(documents), citizens = try FolderHandle(layout.citizens)
        for name in present.sorted() {
            durableStep()
            try citizens.move(name, to: staged)
        }
        try FileSystem.syncFolder(layout.citizens)
        try FileSystem.syncFolder(documents)
        durableStep()
        guard FolderHandle.exchange(documents, layout.citizens) else { return }
        try FileSystem.syncFolder(layout.root)
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

    /// The documents folders of the stages that committed and have not been moved into place.
    func committedStages() -> [String] {
        ((try? FileSystem.list(layout.staging)) ?? []).sorted().compactMap { name in
            let stage = layout.staging + "/" + name
            return name.hasPrefix("tx-") && FileSystem.exists(stage + "/" + CaseStore.commitMarker) ? CaseStore.stagedDocuments(stage) : nil
        }
    }
}
