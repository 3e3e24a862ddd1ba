import ArgumentParser
import CaseRecords
import Foundation
import PlanCore
import PlanPostgres
import PlanStore

// The one place that decides which store serves a command, and the one file of the command line that
// knows the concrete store (a test holds every other file of the CLI and the screens to the seam).

extension StoreOptionGroup {
    /// - Parameter progressWriting: what the progress line calls writing new documents; nil for no
    ///   progress line at all (the TUI, which owns the terminal).
    func open(readOnly: Bool = false, create: Bool = false, initialSettings: StoreSettings = StoreSettings(),
              session: Bool = false, actor given: StoreActor? = nil,
              progressWriting: KeyPath<CLIStrings, String>? = \.progressImporting) throws(CLIError) -> MaintenanceStore {
        let environment = ProcessInfo.processInfo.environment
        // Fault injection for the crash tests exists in debug and test builds only.
        #if DEBUG
        let crash = environment["ENPLAN_CRASH_BEFORE_STEP"].flatMap(Int.init)
        #else
        let crash: Int? = nil
        #endif
        var options = StoreOptions(readOnly: readOnly, createIfMissing: create, today: try day(),
                                   initialSettings: initialSettings, crashBeforeStep: crash, actingAs: actingAs,
                                   auditFolder: auditDir)
        options.isSession = session
        let actor = given ?? StoreActor.current(role: readOnly ? .supervisor : .coordinator)
        let data = folder()
        let store: MaintenanceStore
        if PostgresStore.isConnection(data) {
            // A session connects as the person's own database role (the service account maps to it in
            // pg_ident.conf), so the database knows who calls and what they may do.
            let data = session ? Backend.connection(data, asRole: actor.user) : data
            // On a database, who is acting is who the connection and the session say, never --as.
            if actingAs != nil { throw .usage("--as works only in a demo or test folder, not on a database", da: "--as virker kun i en demo- eller testmappe, ikke i en database") }
            if auditDir != nil { throw .usage("--audit-dir is for a read-only copy of a folder; a database keeps its own audit", da: "--audit-dir er til en skrivebeskyttet kopi af en mappe; en database fører sin egen revisionslog") }
            let today = try day()
            store = try withStore { () throws(StoreError) in
                try PostgresStore(connection: data, actor: actor, readOnly: readOnly, today: today, files: .careful, isSession: session,
                                  writeKeys: { members, path, enplan, data throws(StoreError) in
                                      try Team.writeAuthorizedKeys(members, to: path, enplan: enplan, data: data)
                                  })
            }
        } else {
            store = try withStore { () throws(StoreError) in try CaseStore(root: data, actor: actor, options: options) }
        }
        if let progressWriting { ProgressLine(language: try language(), writing: progressWriting).attach(to: store) }
        return store
    }
}

/// What only the file store has: its folder's layout, for the demo's and the completion's look at it,
/// and the ssh keys of a team that comes in through the service account.
enum Backend {
    /// Whether the data named by `--data` is a database (`postgresql://…`, `postgres://…`, `service=NAME`).
    static func isDatabase(_ data: String) -> Bool { PostgresStore.isConnection(data) }

    /// Anchors the head of a database's audit chain outside it, with the account's own key; nil for a
    /// folder, whose chain is keyed by its own secret.
    @discardableResult
    static func anchor(_ store: MaintenanceStore) throws(CLIError) -> AuditHead? {
        try withStore { () throws(StoreError) in
            guard let head = try store.auditHead() else { return nil }
            try AuditAnchors.ofAccount().anchor(head)
            return head
        }
    }

    /// What the anchors outside a database say about its chain now.
    static func anchorFindings(_ store: MaintenanceStore) throws(CLIError) -> [IntegrityFinding] {
        try withStore { () throws(StoreError) in
            guard let head = try store.auditHead() else { return [] }
            return try AuditAnchors.ofAccount().findings(for: head.identity) { seq throws(StoreError) in try store.auditHash(at: seq) }
        }
    }

    /// The connection as the given database role.
    static func connection(_ data: String, asRole role: String) -> String {
        guard data.contains("://") else { return data + " user=" + role }
        return data + (data.contains("?") ? "&" : "?") + "user=" + role
    }

    /// The data as a person may see it (a database's password left out).
    static func shownPlace(_ data: String) -> String { isDatabase(data) ? PostgresStore.place(of: data) : data }

    /// Makes the store ready: a database gets enplan's schema (or its upgrade); a folder is created.
    /// Returns the schema versions before and after (a folder: 0 to 1 when made, 1 to 1 when there).
    static func initialize(_ options: StoreOptionGroup) throws(CLIError) -> (from: Int, to: Int) {
        let data = options.folder()
        if isDatabase(data) { return try withStore { () throws(StoreError) in try PostgresStore.initialize(connection: data) } }
        let existed = FileManager.default.fileExists(atPath: StoreLayout(root: data).settings)
        _ = try options.open(create: true, progressWriting: nil)
        return (existed ? 1 : 0, 1)
    }

    static func citizenFolder(of folder: String) -> String { StoreLayout(root: folder).citizens }

    static func settingsFile(of folder: String) -> String { StoreLayout(root: folder).settings }

    /// Where purge archives: `--archive`, else the data folder's setting; a database has no folder of
    /// its own to default to, so nil there.
    static func archive(_ named: String?, data: String, settings: StoreSettings) -> (any CaseArchive)? {
        if let named { return ArchiveFolder(path: named, parts: settings.archiveParts) }
        return isDatabase(data) ? nil : ArchiveFolder.of(dataFolder: data, settings: settings)
    }

    /// The folder a data folder's purge archives into (archive_dir, default archive/).
    static func archiveFolder(ofDataFolder data: String, settings: StoreSettings) -> String {
        ArchiveFolder.of(dataFolder: data, settings: settings)?.path ?? data + "/" + (settings.archiveDir ?? "archive")
    }

    /// What is wrong with the package, or the folder of packages, at `folder`, and how many it holds.
    static func verifyArchive(_ folder: String) -> (findings: [ArchiveFinding], packages: Int) {
        (ArchiveFolder.verify(folder), ArchiveFolder.packageCount(folder))
    }

    /// The key of a .pub file and its fingerprint, or nil when it is not one.
    static func publicKey(from text: String) -> (key: String, fingerprint: String)? { Team.parsePublicKey(text) }
}

/// Shell completion of citizen ids: the document names in the data folder the command line names (or
/// the default one). Ids are random and name no one, so listing them needs no audit line.
enum CitizenIDCompletion {
    static func complete(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        var data: String?
        for (i, word) in words.enumerated() {
            if word == "--data", i + 1 < words.count { data = words[i + 1] }
            if word.hasPrefix("--data=") { data = String(word.dropFirst(7)) }
        }
        var options = StoreOptionGroup()
        options.data = data
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Backend.citizenFolder(of: options.folder()))) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
            .filter { $0.hasPrefix(prefix) }.sorted()
    }
}
