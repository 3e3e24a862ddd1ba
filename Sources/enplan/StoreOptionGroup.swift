import ArgumentParser
import EnplanApp
import Foundation
import PlanCore
import CaseRecords

/// Options every command takes: where the data is, who is acting, and which day it is.
struct StoreOptionGroup: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder, or a PostgreSQL database: postgresql://…, postgres://… or service=NAME.", valueName: "DIR|URI"), completion: .directory)
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
