import EnplanApp

/// What the commands print in their own words, in Danish or English (`--lang`, else the locale).
/// Memberwise, so the compiler refuses a language that lacks one. Messages from the store's depths and
/// `--help` (argument-parser's) are still English.
struct CLIStrings: Sendable {
    var listHeader: [String]            // id, name, cpr, target group, coordinator, status, next follow-up
    var overdue: String                 // " (overdue)"
    var warning: String                 // "warning: "
    var note: String                    // "note: "
    var checked: @Sendable (Int, Int) -> String   // "N plans and M audit entries checked"
    var intact: String                  // ": intact"
    var problems: @Sendable (Int) -> String       // ": 1 problem" / ": 3 problems"
    var wroteDemo: @Sendable (Int, String, String) -> String
    var imported: @Sendable (Int, String, String) -> String
    var separatorTab: String
    var statusChanged: @Sendable (String, String, String, String?) -> String   // id, status, day, until
    var handedTo: @Sendable (String, String) -> String
    var notHandedOver: @Sendable (String, String) -> String
    var nothingToHandOver: @Sendable (String) -> String
    var someNotHandedOver: @Sendable (Int, Int) -> String
}

extension CLIStrings {
    static func of(_ language: Language) -> CLIStrings { language == .da ? .danish : .english }

    static let english = CLIStrings(
        listHeader: ["id", "name", "cpr", "target group", "coordinator", "status", "next follow-up"],
        overdue: " (overdue)",
        warning: "warning: ", note: "note: ",
        checked: { plans, entries in "\(plans) " + (plans == 1 ? "plan" : "plans") + " and \(entries) audit "
            + (entries == 1 ? "entry" : "entries") + " checked" },
        intact: ": intact",
        problems: { ": \($0) " + ($0 == 1 ? "problem" : "problems") },
        wroteDemo: { n, who, folder in "wrote \(n) demo " + (n == 1 ? "citizen" : "citizens") + " for \(who) into \(folder)" },
        imported: { n, encoding, separator in "imported \(n) " + (n == 1 ? "citizen" : "citizens")
            + " (read as \(encoding), separated by \(separator))" },
        separatorTab: "tab",
        statusChanged: { id, status, day, until in "\(id): \(status) from \(day)" + (until.map { " until \($0)" } ?? "") },
        handedTo: { id, to in "\(id): handed to \(to)" },
        notHandedOver: { id, why in "\(id) was not handed over: \(why)" },
        nothingToHandOver: { from in "no open cases of \(from) to hand over" },
        someNotHandedOver: { failed, all in "\(failed) of \(all) " + (all == 1 ? "citizen was" : "citizens were")
            + " not handed over; the rest were" })

    static let danish = CLIStrings(
        listHeader: ["id", "navn", "cpr", "målgruppe", "koordinator", "status", "næste opfølgning"],
        overdue: " (overskredet)",
        warning: "advarsel: ", note: "bemærk: ",
        checked: { plans, entries in "\(plans) " + (plans == 1 ? "plan" : "planer") + " og \(entries) "
            + (entries == 1 ? "linje" : "linjer") + " i revisionssporet kontrolleret" },
        intact: ": intakt",
        problems: { ": \($0) " + ($0 == 1 ? "problem" : "problemer") },
        wroteDemo: { n, who, folder in "skrev \(n) " + (n == 1 ? "demoborger" : "demoborgere") + " for \(who) i \(folder)" },
        imported: { n, encoding, separator in "importerede \(n) " + (n == 1 ? "borger" : "borgere")
            + " (læst som \(encoding), adskilt af \(separator))" },
        separatorTab: "tabulator",
        statusChanged: { id, status, day, until in "\(id): \(status) fra \(day)" + (until.map { " til \($0)" } ?? "") },
        handedTo: { id, to in "\(id): overdraget til \(to)" },
        notHandedOver: { id, why in "\(id) blev ikke overdraget: \(why)" },
        nothingToHandOver: { from in "\(from) har ingen åbne sager at overdrage" },
        someNotHandedOver: { failed, all in "\(failed) af \(all) " + (all == 1 ? "borger" : "borgere")
            + " blev ikke overdraget; resten blev" })
}
