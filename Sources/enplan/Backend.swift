import ArgumentParser
import CaseRecords
import Foundation
import PlanCore
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
        let store: MaintenanceStore = try withStore { () throws(StoreError) in try CaseStore(root: folder(), actor: actor, options: options) }
        if let progressWriting { ProgressLine(language: try language(), writing: progressWriting).attach(to: store) }
        return store
    }
}

/// What only the file store has: its folder's layout, for the demo's and the completion's look at it,
/// and the ssh keys of a team that comes in through the service account.
enum Backend {
    static func citizenFolder(of folder: String) -> String { StoreLayout(root: folder).citizens }

    static func settingsFile(of folder: String) -> String { StoreLayout(root: folder).settings }

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
