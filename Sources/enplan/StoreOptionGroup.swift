import ArgumentParser
import EnplanApp
import Foundation
import PlanCore
import PlanStore

/// Options every command takes: where the data is, who is acting, and which day it is.
struct StoreOptionGroup: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder.", valueName: "DIR"), completion: .directory)
    var data: String?

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Act as this user instead of the OS user (only in folders that allow it: demo and tests).", valueName: "NAME"))
    var actingAs: String?

    @Option(name: .long, help: ArgumentHelp("Evaluate due dates as of this day (22.11.2026 or 2026-11-22).", visibility: .hidden))
    var today: String?

    @Option(help: "Language of the output: da or en (default from LC_ALL, LC_MESSAGES or LANG).", completion: .list(["da", "en"]))
    var lang: String?

    /// The language asked for, else the locale's.
    func language() throws(CLIError) -> Language { try parseLanguage(lang) }

    @Option(name: .customLong("audit-dir"), help: ArgumentHelp(
        "Write the audit trail here instead of the data folder (to browse a read-only copy).", valueName: "DIR"),
            completion: .directory)
    var auditDir: String?

    /// The data folder, resolved as CONTRACT.md says.
    func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data, !data.isEmpty { return data }
        if let env = environment["ENPLAN_DATA"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/enplan" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/enplan"
    }

    func day() throws(CLIError) -> CalendarDate {
        guard let today else { return .today() }
        return try parseDate(today, option: "--today") ?? .today()
    }

    /// - Parameter progressWriting: what the progress line calls writing new documents; nil for no
    ///   progress line at all (the TUI, which owns the terminal).
    func open(readOnly: Bool = false, create: Bool = false, initialSettings: StoreSettings = StoreSettings(),
              session: Bool = false, actor given: StoreActor? = nil,
              progressWriting: KeyPath<CLIStrings, String>? = \.progressImporting) throws(CLIError) -> CaseStore {
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
        let store = try withStore { () throws(StoreError) in try CaseStore(root: folder(), actor: actor, options: options) }
        if let progressWriting { ProgressLine(language: try language(), writing: progressWriting).attach(to: store) }
        return store
    }
}

/// Parses a date option as the forms take dates (2026-11-22, 22.11.2026, 22-11-2026, 22.11.26), with a
/// message naming the option.
func parseDate(_ text: String?, option: String) throws(CLIError) -> CalendarDate? {
    guard let text else { return nil }
    do { return try CalendarDate.parse(typed: text) } catch {
        if case .noSuchDay = error {
            throw .usage("\(option): there is no such day as '\(text)'", da: "\(option): dagen '\(text)' findes ikke")
        }
        throw .usage("\(option): '\(text)' is not a date; write it as 22.11.2026 or 2026-11-22",
                     da: "\(option): '\(text)' er ikke en dato; skriv den som 22.11.2026 eller 2026-11-22")
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// `excel` is for people (Danish Excel opens it right); `csv` and `json` are stable for scripts.
    case table, csv, json, excel
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
        let names = (try? FileManager.default.contentsOfDirectory(atPath: StoreLayout(root: options.folder()).citizens)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }
            .filter { $0.hasPrefix(prefix) }.sorted()
    }
}
