#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

/// The file-based store of case files. One instance per process and data folder, used from one thread.
///
/// Writers serialise per citizen with `flock` on `locks/<id>.lock` and compare revisions under the
/// lock, so a save based on an older revision fails as a conflict instead of overwriting. Readers take no
/// lock: every write is a rename, so a reader sees a whole old or a whole new file.
public final class CaseStore {
    public let layout: StoreLayout
    public let actor: StoreActor
    public let isReadOnly: Bool
    /// See `StoreOptions.isSession`.
    public let isSession: Bool
    public let settings: StoreSettings
    public let audit: AuditTrail
    /// The folder's secret; nil only for a read-only folder that has none.
    let key: StoreKey?
    public internal(set) var catalogues: Catalogues
    /// Catalogue files that could not be read; the built-in defaults are used in their place.
    public internal(set) var catalogueProblems: [CatalogueProblem] = []
    /// The catalogue files that could not be read, by name ("contact-rules"), with what is wrong.
    var unreadableCatalogues: [String: CatalogueProblem] = [:]
    public var today: CalendarDate
    /// Told how long work goes (an import, a check, rebuilding the index); nil by default, as in the
    /// TUI, which owns the terminal.
    public var progress: StoreProgress?
    let modes: FileSystem.Modes
    let crashBeforeStep: Int?
    /// See `StoreOptions.indexSettleNanoseconds`.
    let indexSettleNanoseconds: Int64
    var durableSteps = 0

    public init(root: String, actor: StoreActor, options: StoreOptions) throws(StoreError) {
        let layout = StoreLayout(root: root)
        self.layout = layout
        self.today = options.today
        self.crashBeforeStep = options.crashBeforeStep
        indexSettleNanoseconds = options.indexSettleNanoseconds
        var problem = FileSystem.statError(layout.root)
        if problem == nil, FileSystem.fileType(layout.root) == S_IFDIR, access(layout.root, R_OK | X_OK) != 0 { problem = errno }
        if let problem, problem != ENOENT {
            // Not "it does not exist" to someone who may not look (EACCES on a folder on the way).
            throw .folderUnusable(path: layout.root, .noAccess(problem))
        }
        if !FileSystem.exists(layout.root) {
            guard options.createIfMissing, !options.readOnly else {
                throw .folderUnusable(path: layout.root, .missing)
            }
            try CaseStore.createFolders(layout, settings: options.initialSettings)
        } else if let mode = FileSystem.fileType(layout.root), mode != S_IFDIR {
            throw .folderUnusable(path: layout.root, .notAFolder(mode == S_IFREG ? nil : StoreError.OddKind(mode: mode)))
        } else if !FileSystem.exists(layout.settings) {
            let entries: [String]
            do { entries = try FileSystem.list(layout.root) } catch {
                throw .folderUnusable(path: layout.root, .unreadable(reason: CaseStore.reason(error)))
            }
            guard entries.isEmpty, options.createIfMissing, !options.readOnly else {
                throw .folderUnusable(path: layout.root, entries.isEmpty ? .empty : .notAnEnplanFolder)
            }
            try CaseStore.createFolders(layout, settings: options.initialSettings)
        }
        let settingsData: Data?
        do { settingsData = try FileSystem.read(layout.settings) } catch {
            throw .folderUnusable(path: layout.root, .settingsUnreadable(error))
        }
        guard let settingsData, let settings = try? JSONDecoder().decode(StoreSettings.self, from: settingsData) else {
            throw .folderUnusable(path: layout.root, .settingsDamaged)
        }
        guard settings.formatVersion <= StoreSettings.currentFormatVersion else {
            throw .folderUnusable(path: layout.root, .newerFormat(settings.formatVersion))
        }
        self.settings = settings
        let shared = (FileSystem.mode(layout.root) ?? 0) & 0o050 != 0
        modes = shared ? .groupReadable : .privateOnly
        isReadOnly = options.readOnly || !FileSystem.isWritable(layout.citizens)
        isSession = options.isSession
        var user = actor.user
        if let other = options.actingAs, other != actor.user {
            guard settings.allowActingAs else {
                throw .refused(.actingAsNotAllowed(user: actor.user))
            }
            user = other
        }
        self.actor = StoreActor(user: user, uid: actor.uid, role: isReadOnly ? .supervisor : actor.role,
                                sshConnection: actor.sshConnection, keyFingerprint: actor.keyFingerprint)
        // Shared folders give each user a private audit folder inside the group-writable, sticky `audit/`.
        // A read-only copy (a backup, a snapshot) can be browsed when its views are audited elsewhere.
        let auditFolder = options.auditFolder ?? settings.auditDir ?? layout.audit
        for path in [layout.root, auditFolder] where SafeText.containsControl(path) {
            throw .refused(.pathWithControlCharacter(path))
        }
        if options.auditFolder != nil, [layout.root, layout.citizens, layout.audit].contains(where: FileSystem.isWritable) {
            throw .refused(.auditDirOnWritableFolder(path: layout.root))
        }
        // A new key would make the trail's genuine history and a forger's impossible to tell apart.
        if !FileSystem.exists(layout.key), Set([layout.audit, settings.auditDir ?? layout.audit]).contains(where: AuditTrail.holdsEntries) {
            throw .folderUnusable(path: layout.root, .keyMissingWithTrail)
        }
        key = try StoreKey.load(layout.key, create: !isReadOnly)
        if auditFolder != layout.audit { _ = try FileSystem.makeFolder(auditFolder, mode: modes.folder) }
        audit = AuditTrail(folder: auditFolder, modes: modes, key: key)
        catalogues = .standard
        if !isReadOnly {
            try recoverStagedOperations()
            removeStaleTemporaryFiles()
        }
        loadCatalogues()
    }

    /// Creates an empty data folder: private (0700) unless an administrator made the parent group-shared.
    static func createFolders(_ layout: StoreLayout, settings: StoreSettings) throws(StoreError) {
        // Built whole beside its place and renamed into it: a full disk or a kill leaves no half-made
        // folder that would refuse every retry.
        let parent = PathName.parent(of: layout.root)
        do {
            try FileManager.default.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
        } catch {
            throw .folderUnusable(path: layout.root, .parentCannotBeCreated(reason: error.localizedDescription))
        }
        var generator = SystemRandomNumberGenerator()
        let name = PathName.lastComponent(of: layout.root)
        // A half-built folder of an enplan that was killed while building this one: remove it.
        for entry in (try? FileSystem.list(parent.isEmpty ? "." : parent)) ?? [] where entry.hasPrefix("." + name + ".creating-") {
            let pid = entry.dropFirst(name.count + 11).split(separator: "-").first.flatMap { pid_t($0) }
            if let pid, !FileSystem.processIsAlive(pid) { try? FileSystem.removeTree((parent.isEmpty ? "." : parent) + "/" + entry) }
        }
        let building = StoreLayout(root: (parent.isEmpty ? "." : parent) + "/." + name + ".creating-\(getpid())-"
                                   + randomToken(length: 6, using: &generator))
        let modes = FileSystem.Modes.privateOnly
        do throws(StoreError) {
            guard mkdir(building.root, modes.folder) == 0 else { throw FileSystem.errno("create", building.root) }
            for folder in [building.citizens, building.locks, building.index, building.catalogues, building.staging, building.audit] {
                try FileSystem.makeFolder(folder, mode: modes.folder)
            }
            _ = try StoreKey.load(building.key, create: true)
            try FileSystem.replaceDurably(building.settings, with: DocumentCodec.encode(settings), mode: modes.file)
            // rename(2) replaces an empty folder, and refuses a non-empty one.
            guard rename(building.root, layout.root) == 0 else { throw FileSystem.errno("create", layout.root) }
            try FileSystem.syncFolder(parent.isEmpty ? "." : parent)
        } catch {
            try? FileSystem.removeTree(building.root)
            throw .folderUnusable(path: layout.root, .cannotBeCreated(error))
        }
    }

    // MARK: - Reading

    /// Where a citizen's document is: in `citizens/`, or in an import that committed but has not been
    /// moved into place yet (a read-only reader cannot finish it, but must still see it whole).
    func documentPath(_ id: CitizenID) -> String? {
        let path = layout.document(id.rawValue)
        if FileSystem.exists(path) { return path }
        for stage in committedStages() {
            let staged = stage + "/" + id.rawValue + ".json"
            if FileSystem.exists(staged) { return staged }
        }
        return nil
    }

    /// Whether a citizen with this id exists.
    public func contains(_ id: CitizenID) -> Bool { documentPath(id) != nil }

    /// Reads a case file without recording a view: for the store's own checks.
    func read(_ id: CitizenID) throws(StoreError) -> CaseFile {
        guard let path = documentPath(id), let data = try FileSystem.read(path) else { throw .notFound(id) }
        return try DocumentCodec.decodeCaseFile(data, id: id, path: path)
    }

    /// Records something the user did that the store does not see itself (searches, reveals, exports).
    public func record(_ event: AuditEvent) throws(StoreError) {
        try audit.append(event, by: actor)
    }

    // MARK: - Writing

    /// Saves a changed case file. `file.revision` must be the revision it was opened at; if someone saved
    /// in between, this throws `.conflict` and writes nothing. Returns the file as saved.
    @discardableResult
    package func save(_ file: CaseFile, detail: String? = nil) throws(StoreError) -> CaseFile {
        guard !isReadOnly else { throw .readOnly }
        do { try file.citizen.validate() } catch { throw .invalid(error) }
        if let field = file.fieldsWithControlCharacters.first { throw .invalid(.controlCharacter(field: field)) }
        let id = file.id
        // The store-wide lock first (as purge and create take them): the index journal needs the
        // writes into citizens/ one at a time.
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        let lock = try FileLock(path: layout.lock(id.rawValue), mode: modes.file)
        defer { withExtendedLifetime(lock) {} }
        let onDisk = try read(id)
        guard onDisk.revision == file.revision else {
            throw .conflict(id, basedOn: file.revision, onDisk: onDisk.revision, by: onDisk.updatedBy)
        }
        var saved = stampedForWriting(file, revision: file.revision + 1)
        saved.updated = today
        let bytes = try DocumentCodec.encode(saved)
        try record(AuditEvent(.update, citizen: id, revisionBefore: file.revision, revisionAfter: saved.revision,
                              detail: detail, sha256: Digest.sha256Hex(bytes)))
        try writeJournaled(saved, bytes, replacing: onDisk)
        return saved
    }

    /// Writes a document into citizens/, journals its index row with the folder's stamps around the
    /// write, and moves the team's kept sums on from `old` to it. The caller holds the store-wide lock
    /// and has audited these bytes.
    func writeJournaled(_ file: CaseFile, _ bytes: Data, replacing old: CaseFile?) throws(StoreError) {
        let path = layout.document(file.id.rawValue)
        let before = FileSystem.stamp(layout.citizens)
        try FileSystem.replaceDurably(path, with: bytes, mode: modes.file)
        guard let before, let after = FileSystem.stamp(layout.citizens), let stamp = FileSystem.stamp(path), let key else { return }
        let summary = CitizenSummary(file, key: key, instrument: catalogues.instrument)
        IndexJournal.append(IndexJournal.Record(before: before, after: after, entry: SummaryIndex.Entry(stamp: stamp, summary: summary)),
                            to: layout.indexJournal, mode: modes.file, key: key)
        TeamTotalsFile.update(layout.teamTotals, key: key, mode: modes.file, before: before, after: after,
                              removing: old.map { CitizenSummary($0, instrument: catalogues.instrument) }, adding: summary, rules: catalogues.contactRules)
    }

    /// Adds a new citizen, with a fresh id unless the file has one that is free.
    @discardableResult
    public func create(_ file: CaseFile) throws(StoreError) -> CaseFile {
        guard !isReadOnly else { throw .readOnly }
        do { try file.citizen.validate() } catch { throw .invalid(error) }
        // One person, one citizen: the CPR number is checked against the store itself under the
        // store-wide lock, which imports hold too.
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        if let cpr = file.citizen.cpr, let existing = try registeredCPRs()[try cprDigest(cpr)] {
            throw .duplicateCPR(existing: existing.id, name: existing.name)
        }
        let id = file.id
        let lock = try FileLock(path: layout.lock(id.rawValue), mode: modes.file)
        defer { withExtendedLifetime(lock) {} }
        guard documentPath(id) == nil else { throw .alreadyExists(id) }
        let saved = stampedForWriting(file, revision: 1)
        let bytes = try DocumentCodec.encode(saved)
        try record(AuditEvent(.create, citizen: id, revisionBefore: 0, revisionAfter: 1, sha256: Digest.sha256Hex(bytes)))
        try writeJournaled(saved, bytes, replacing: nil)
        return saved
    }

    /// The document as this enplan writes it: its format, the new revision, and who wrote it.
    func stampedForWriting(_ file: CaseFile, revision: Int) -> CaseFile {
        var stamped = file
        stamped.formatVersion = CaseFile.currentFormatVersion
        stamped.revision = revision
        stamped.updatedBy = actor.user
        return stamped
    }

    /// A citizen id not used in this folder.
    public func freshID() -> CitizenID {
        var generator = SystemRandomNumberGenerator()
        while true {
            let id = CitizenID.random(using: &generator)
            if documentPath(id) == nil { return id }
        }
    }

    // MARK: - Housekeeping

    /// Temp files left by a process that died mid-write: removed once their writer is gone. The
    /// citizens folder is swept while the caseload is listed, which reads it anyway.
    func removeStaleTemporaryFiles() {
        for folder in [layout.index, layout.catalogues, layout.root] {
            for name in (try? FileSystem.list(folder)) ?? [] { removeIfStaleTemporary(name, in: folder) }
        }
    }

    func removeIfStaleTemporary(_ name: String, in folder: String) {
        guard !isReadOnly, name.hasPrefix("."), name.contains(".tmp.") else { return }
        let parts = name.split(separator: ".")
        guard let tmp = parts.firstIndex(of: "tmp"), tmp + 1 < parts.count, let pid = pid_t(parts[tmp + 1]) else { return }
        // Its writer is gone, or it is older than any write takes: a pid can be reused by another
        // process, which must not keep a dead writer's file forever.
        let path = folder + "/" + name
        guard !FileSystem.processIsAlive(pid) || FileSystem.age(path).map({ $0 > 3600 }) == true else { return }
        unlink(path)
    }

    /// Fault injection for crash tests (see `StoreOptions.crashBeforeStep`).
    func durableStep() {
        durableSteps += 1
        #if DEBUG
        if let crash = crashBeforeStep, crash == durableSteps { kill(getpid(), SIGKILL) }
        #endif
    }
}
