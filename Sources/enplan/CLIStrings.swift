import EnplanApp

/// What the commands print in their own words, in Danish or English (`--lang`, else the locale).
/// Memberwise, so the compiler refuses a language that lacks one. What the store says comes as values
/// (StoreError, Refusal, ImportProblem, IntegrityFinding, CheckWarning) that `Language.describe` words;
/// `--help` and argument-parser's own complaints stay English.
struct CLIStrings: Sendable {
    var listHeader: [String]            // id, name, cpr, target group, coordinator, status, next follow-up
    /// The spreadsheet's columns: what `enplan import` reads back, then what it only lists.
    var excelHeader: [String]
    /// A follow-up's title in a calendar, before the citizen's initials.
    var followUpEvent: String
    var overdue: String                 // " (overdue)"
    var warning: String                 // "warning: "
    var note: String                    // "note: "
    var checked: @Sendable (Int, Int) -> String   // "N plans and M audit entries checked"
    var intact: String                  // ": intact"
    var problems: @Sendable (Int) -> String       // ": 1 problem" / ": 3 problems"
    var wroteDemo: @Sendable (Int, String, String) -> String
    var imported: @Sendable (Int, String, String) -> String
    var separatorTab: String
    var revealOnlyInExcel: String
    var ignoredColumns: @Sendable ([String]) -> String          // the columns an import left out
    var caseworkersOutsideTeam: @Sendable ([String], String) -> String   // names, who got their citizens
    var maskedCPRs: @Sendable (Int) -> String
    var statusChanged: @Sendable (String, String, String, String?) -> String   // id, status, day, until
    var handedTo: @Sendable (String, String) -> String
    var notHandedOver: @Sendable (String, String) -> String
    var nothingToHandOver: @Sendable (String) -> String
    var someNotHandedOver: @Sendable (Int, Int) -> String
    var auditVerified: @Sendable (Int) -> String
    var purgeCases: @Sendable (String, Int, Int) -> String       // before, years, count
    var purgeClosed: String                                         // "closed"
    var purgeMonths: @Sendable (String, Int, Int) -> String      // before, months, count
    var nothingToDelete: String
    var confirmPurge: String
    var yesWords: Set<String>
    var nothingDeleted: String
    var deleted: @Sendable (Int, Int) -> String
    var purgeArchive: @Sendable (String) -> String
    var purgeWithoutArchive: String
    var archivedIn: @Sendable (Int, String) -> String
    var archiveVerified: @Sendable (Int) -> String
    var usersHeader: [String]
    var auditHeader: [String]
    var searched: String                // "search: "
    var nothingToRepair: String
    var repaired: String
    var leftAlone: @Sendable (String) -> String
    var unreadable: @Sendable (String, String) -> String           // id, reason: a list goes on without it
    var unreadableInReport: @Sendable (String, String) -> String
    var unreadableCount: @Sendable (Int) -> String
    var userAdded: @Sendable (String, String, String) -> String
    var userRemoved: @Sendable (String) -> String
    var userRole: @Sendable (String, String) -> String
    var complianceTitle: @Sendable (String, String) -> String
    var complianceHeader: [String]
    var complianceStatus: [String: String]                      // met, missed, pending
    var complianceTotalsHeader: @Sendable (Bool) -> [String]   // by coordinator?
    var complianceTotalsNote: String
    /// A group's rule of a share: group, share asked, share met of those decided, how many are decided, whether it holds.
    var complianceShare: @Sendable (String, Double, Double?, Int, Bool?) -> String
    var caseloadTitle: @Sendable (String, String, String) -> String
    var caseloadHeader: [String]
    var total: String
    var below: String
    /// The progress line's words: what is going on, and the time left.
    var progressImporting: String
    var progressWritingDemo: String
    var progressReading: String
    var progressChecking: String
    var progressPurging: String
    var secondsLeft: @Sendable (Int) -> String
    var noteAdded: @Sendable (String, String) -> String     // citizen id, note id
    var decisionAdded: @Sendable (String, String, String) -> String     // citizen id, decision id, effort title
}

extension CLIStrings {
    static func of(_ language: Language) -> CLIStrings { language == .da ? .danish : .english }

    static let english = CLIStrings(
        listHeader: ["id", "name", "cpr", "target group", "coordinator", "status", "next follow-up"],
        excelHeader: ["Name", "CPR number", "Target group", "Coordinator", "Phone", "E-mail", "Address", "Created",
                      "Benefit start", "First absence day", "Id", "Status", "Next follow-up", "Consent"],
        followUpEvent: "Follow-up",
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
        revealOnlyInExcel: "--reveal-cpr is for --format excel; this list keeps CPR numbers masked",
        ignoredColumns: { "left out " + ($0.count == 1 ? "the column " : "the columns ") + $0.map { "'\($0)'" }.joined(separator: ", ")
            + ", which the import does not read (--strict refuses the file instead)" },
        caseworkersOutsideTeam: { names, who in (names.count == 1 ? "the caseworker " : "the caseworkers ")
            + names.map { "'\($0)'" }.joined(separator: ", ") + (names.count == 1 ? " is" : " are")
            + " not in the team; their citizens went to \(who) (hand them over with 'enplan assign')" },
        maskedCPRs: { "\($0) " + ($0 == 1 ? "CPR number was" : "CPR numbers were") + " masked (DDMMYY-XXXX) and left out; "
            + "write the list with --reveal-cpr to carry them" },
        statusChanged: { id, status, day, until in "\(id): \(status) from \(day)" + (until.map { " until \($0)" } ?? "") },
        handedTo: { id, to in "\(id): handed to \(to)" },
        notHandedOver: { id, why in "\(id) was not handed over: \(why)" },
        nothingToHandOver: { from in "no open cases of \(from) to hand over" },
        someNotHandedOver: { failed, all in "\(failed) of \(all) " + (all == 1 ? "citizen was" : "citizens were")
            + " not handed over; the rest were" },
        auditVerified: { n in "\(n) audit " + (n == 1 ? "entry" : "entries") + " verified: the chain is intact and every revision is audited" },
        purgeCases: { before, years, n in "Cases closed on or before \(before) (\(years) years): \(n)" },
        purgeClosed: "closed",
        purgeMonths: { before, months, n in "Audit months before \(before) (\(months) months): \(n)" },
        nothingToDelete: "Nothing to delete.", confirmPurge: "Delete these for good? Type 'yes' to go on: ", yesWords: ["yes"],
        nothingDeleted: "Nothing was deleted.",
        deleted: { cases, segments in "Deleted \(cases) " + (cases == 1 ? "case" : "cases") + " and \(segments) audit "
            + (segments == 1 ? "segment" : "segments") + "." },
        purgeArchive: { dir in "Each case is archived in \(dir) first and the package checked; only then is it deleted." },
        purgeWithoutArchive: "purge_without_archive is set in enplan.json: cases are deleted without an archive package.",
        archivedIn: { n, dir in "Archived \(n) " + (n == 1 ? "case" : "cases") + " in \(dir); every package was read back and checked." },
        archiveVerified: { n in "\(n) archive " + (n == 1 ? "package" : "packages") + " checked: every file is there and matches its SHA-256." },
        usersHeader: ["NAME", "FULL NAME", "PHONE", "ROLE", "KEY FINGERPRINT"],
        auditHeader: ["TIME", "USER", "ROLE", "ACTION", "REVISION", "DETAIL"],
        searched: "search: ",
        nothingToRepair: "nothing to repair: every segment ends in a whole, valid line",
        repaired: "repaired; 'enplan audit verify' will keep reporting that a repair happened",
        leftAlone: { id in "\(id) was left alone: it changed since the list was made" },
        unreadable: { id, why in "\(id) cannot be read (\(why)); it is left untouched, run 'enplan check'" },
        unreadableInReport: { id, why in "\(id) cannot be read (\(why)); it is not in the report" },
        unreadableCount: { $0 == 1 ? "1 plan could not be read" : "\($0) plans could not be read" },
        userAdded: { name, role, key in "added \(name) (\(role)), key \(key)" },
        userRemoved: { name in "removed \(name)" },
        userRole: { name, role in "\(name) is now \(role)" },
        complianceTitle: { from, to in "Meetings held \(from) – \(to) against ordinary contact rules" },
        complianceHeader: ["COORDINATOR", "ID", "NAME", "TARGET GROUP", "HELD", "REQUIRED", "+/-", "FIRST CONTACT", "STATUS"],
        complianceStatus: ["met": "met", "missed": "missed", "pending": "pending"],
        complianceTotalsHeader: { byCoordinator in [byCoordinator ? "COORDINATOR" : "TARGET GROUP", "CITIZENS", "MET", "MISSED",
                                                    "PENDING", "MET %", "HELD", "REQUIRED", "HELD/REQUIRED", "FIRST CONTACT MISSED"] },
        complianceTotalsNote: "MET: citizens whose own contact course is met, as the law asks of each person.\nHELD/REQUIRED is "
            + "the free-municipality experiment's group average. Each citizen's rule, window and status: --by citizen.",
        complianceShare: { group, share, met, decided, holds in
            let asked = String(format: "%.0f %%", share * 100)
            guard let met, let holds else { return "\(group): the rule asks \(asked) of the group; no one's course is decided yet" }
            return "\(group): \(String(format: "%.0f %%", met * 100)) of the \(decided) citizens whose course is decided met it; "
                + "the rule asks \(asked)" + (holds ? "" : ", below")
        },
        caseloadTitle: { day, from, to in "Caseloads on \(day); meetings held \(from) – \(to)" },
        caseloadHeader: ["COORDINATOR", "ACTIVE", "PAUSED", "OVERDUE", "DUE THIS WEEK", "MEASUREMENTS DUE", "WITHOUT CONSENT",
                         "MENTOR PERIODS ENDING", "PROGRESSION", "HELD", "REQUIRED", "COMPLIANCE"],
        total: "TOTAL", below: " below",
        progressImporting: "importing", progressWritingDemo: "writing the demo",
        progressReading: "reading the plans to rebuild the index", progressChecking: "checking", progressPurging: "deleting",
        secondsLeft: { "\($0) s left" },
        noteAdded: { id, note in "\(id): case note \(note) written" },
        decisionAdded: { id, decision, effort in "\(id): decision \(decision) on '\(effort)' recorded" })

    static let danish = CLIStrings(
        listHeader: ["id", "navn", "cpr", "målgruppe", "koordinator", "status", "næste opfølgning"],
        excelHeader: ["Navn", "CPR-nummer", "Målgruppe", "Plankoordinator", "Telefon", "E-mail", "Adresse", "Oprettet dato",
                      "Ydelsesstart", "Første fraværsdag", "Id", "Status", "Næste opfølgning", "Samtykke"],
        followUpEvent: "Opfølgning",
        overdue: " (overskredet)",
        warning: "advarsel: ", note: "bemærk: ",
        checked: { plans, entries in "\(plans) " + (plans == 1 ? "plan" : "planer") + " og \(entries) "
            + (entries == 1 ? "linje" : "linjer") + " i revisionssporet kontrolleret" },
        intact: ": intakt",
        problems: { ": \($0) " + ($0 == 1 ? "problem" : "problemer") },
        wroteDemo: { n, who, folder in "skrev \(n) " + (n == 1 ? "demoborger" : "demoborgere") + " for \(who) i \(folder)" },
        imported: { n, encoding, separator in "importerede \(n) " + (n == 1 ? "borger" : "borgere")
            + " (læst som \(encoding.replacingOccurrences(of: " with BOM", with: " med BOM")), adskilt af \(separator))" },
        separatorTab: "tabulator",
        revealOnlyInExcel: "--reveal-cpr gælder --format excel; denne liste viser CPR-numre skjult",
        ignoredColumns: { "udelod " + ($0.count == 1 ? "kolonnen " : "kolonnerne ") + $0.map { "'\($0)'" }.joined(separator: ", ")
            + ", som importen ikke læser (--strict afviser i stedet filen)" },
        caseworkersOutsideTeam: { names, who in (names.count == 1 ? "sagsbehandleren " : "sagsbehandlerne ")
            + names.map { "'\($0)'" }.joined(separator: ", ") + " er ikke i teamet; deres borgere er lagt hos \(who)"
            + " (overdrag dem med 'enplan assign')" },
        maskedCPRs: { "\($0) " + ($0 == 1 ? "CPR-nummer var skjult" : "CPR-numre var skjulte") + " (DDMMÅÅ-XXXX) og er udeladt; "
            + "skriv listen med --reveal-cpr for at få dem med" },
        statusChanged: { id, status, day, until in "\(id): \(status) fra \(day)" + (until.map { " til \($0)" } ?? "") },
        handedTo: { id, to in "\(id): overdraget til \(to)" },
        notHandedOver: { id, why in "\(id) blev ikke overdraget: \(why)" },
        nothingToHandOver: { from in "\(from) har ingen åbne sager at overdrage" },
        someNotHandedOver: { failed, all in "\(failed) af \(all) " + (all == 1 ? "borger" : "borgere")
            + " blev ikke overdraget; resten blev" },
        auditVerified: { n in "\(n) " + (n == 1 ? "linje" : "linjer") + " i revisionssporet kontrolleret: kæden er hel, og hver revision er logget" },
        purgeCases: { before, years, n in "Sager afsluttet senest \(before) (\(years) år): \(n)" },
        purgeClosed: "afsluttet",
        purgeMonths: { before, months, n in "Logmåneder før \(before) (\(months) måneder): \(n)" },
        nothingToDelete: "Intet at slette.", confirmPurge: "Slet dem for altid? Skriv 'ja' for at fortsætte: ", yesWords: ["ja", "yes"],
        nothingDeleted: "Intet blev slettet.",
        deleted: { cases, segments in "Slettede \(cases) " + (cases == 1 ? "sag" : "sager") + " og \(segments) "
            + (segments == 1 ? "logmåned" : "logmåneder") + "." },
        purgeArchive: { dir in "Hver sag arkiveres først i \(dir), og pakken kontrolleres; først derefter slettes den." },
        purgeWithoutArchive: "purge_without_archive er sat i enplan.json: sager slettes uden en arkivpakke.",
        archivedIn: { n, dir in "Arkiverede \(n) " + (n == 1 ? "sag" : "sager") + " i \(dir); hver pakke blev læst igen og kontrolleret." },
        archiveVerified: { n in "\(n) " + (n == 1 ? "arkivpakke" : "arkivpakker") + " kontrolleret: hver fil er der og passer med sin SHA-256." },
        usersHeader: ["LOGIN", "FULDE NAVN", "TELEFON", "ROLLE", "NØGLENS FINGERAFTRYK"],
        auditHeader: ["TIDSPUNKT", "BRUGER", "ROLLE", "HANDLING", "REVISION", "DETALJE"],
        searched: "søgning: ",
        nothingToRepair: "intet at reparere: hver fil slutter med en hel, gyldig linje",
        repaired: "repareret; 'enplan audit verify' vil blive ved med at melde, at der er repareret",
        leftAlone: { id in "\(id) blev ikke rørt: sagen er ændret, siden listen blev lavet" },
        unreadable: { id, why in "\(id) kan ikke læses (\(why)); den er ikke rørt, kør 'enplan check'" },
        unreadableInReport: { id, why in "\(id) kan ikke læses (\(why)); den er ikke med i rapporten" },
        unreadableCount: { $0 == 1 ? "1 plan kunne ikke læses" : "\($0) planer kunne ikke læses" },
        userAdded: { name, role, key in "tilføjede \(name) (\(role)), nøgle \(key)" },
        userRemoved: { name in "fjernede \(name)" },
        userRole: { name, role in "\(name) er nu \(role)" },
        complianceTitle: { from, to in "Samtaler holdt \(from) – \(to) målt mod almindelige kontaktregler" },
        complianceHeader: ["KOORDINATOR", "ID", "NAVN", "MÅLGRUPPE", "HOLDT", "KRÆVET", "+/-", "FØRSTE KONTAKT", "STATUS"],
        complianceStatus: ["met": "opfyldt", "missed": "ikke opfyldt", "pending": "i gang"],
        complianceTotalsHeader: { byCoordinator in [byCoordinator ? "KOORDINATOR" : "MÅLGRUPPE", "BORGERE", "OPFYLDT",
                                                    "IKKE OPFYLDT", "I GANG", "OPFYLDT %", "HOLDT", "KRÆVET", "HOLDT/KRÆVET",
                                                    "FØRSTE KONTAKT MISSET"] },
        complianceTotalsNote: "OPFYLDT: borgere hvis eget kontaktforløb er opfyldt, som loven kræver det af hver person.\n"
            + "HOLDT/KRÆVET er frikommuneforsøgets gennemsnit for gruppen. Hver borgers regel, vindue og status: --by citizen.",
        complianceShare: { group, share, met, decided, holds in
            let asked = String(format: "%.0f %%", share * 100)
            guard let met, let holds else { return "\(group): reglen kræver \(asked) af gruppen; ingen borgers forløb er afgjort endnu" }
            return "\(group): \(String(format: "%.0f %%", met * 100)) af de \(decided) borgere, hvis forløb er afgjort, opfyldte det; "
                + "reglen kræver \(asked)" + (holds ? "" : ", under")
        },
        caseloadTitle: { day, from, to in "Sagsstammer pr. \(day); samtaler holdt \(from) – \(to)" },
        caseloadHeader: ["KOORDINATOR", "AKTIVE", "PAUSE", "OVERSKREDET", "DENNE UGE", "MÅLINGER", "UDEN SAMTYKKE",
                         "MENTORPERIODER", "PROGRESSION", "HOLDT", "KRÆVET", "OVERHOLDELSE"],
        total: "I ALT", below: " under",
        progressImporting: "importerer", progressWritingDemo: "skriver demoen",
        progressReading: "læser planerne og genopbygger indekset", progressChecking: "tjekker", progressPurging: "sletter",
        secondsLeft: { "\($0) s tilbage" },
        noteAdded: { id, note in "\(id): journalnotat \(note) skrevet" },
        decisionAdded: { id, decision, effort in "\(id): afgørelse \(decision) om '\(effort)' registreret" })
}

extension Language {
    /// The language a command line asks for (`--lang xx` or `--lang=xx`), else the locale's: for the
    /// error that stopped the command before its options were read.
    static func asked(in arguments: [String], environment: [String: String]) -> Language {
        for (i, word) in arguments.enumerated() {
            let value = word.hasPrefix("--lang=") ? String(word.dropFirst(7)) : word == "--lang" && i + 1 < arguments.count ? arguments[i + 1] : nil
            if let value, let language = Language(rawValue: value.lowercased()) { return language }
        }
        return Language(environment: environment)
    }
}
