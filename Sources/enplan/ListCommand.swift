import ArgumentParser
import Foundation
import PlanCore
import CaseRecords

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the caseload: one citizen a row, CPR numbers masked.")

    @OptionGroup var store: StoreOptionGroup

    @Option(help: ArgumentHelp("Only this coordinator's citizens.", valueName: "USER"))
    var coordinator: String?

    @Flag(help: "Only citizens whose follow-up is overdue.")
    var overdue = false

    @Flag(help: "Closed cases too (left out by default).")
    var all = false

    /// The list's own formats: the shared ones, and a calendar.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, excel, ics
    }

    @Option(help: """
        Output format: table, csv, json (csv and json are stable for scripts), excel (a spreadsheet for people, \
        in the language of --lang, with phone, e-mail and address, that 'enplan import' reads back) or ics \
        (the next follow-ups as a calendar for Outlook: initials only, no CPR number, no health data).
        """)
    var format: Format = .table

    @Flag(help: "With --format ics: the citizens' names in the calendar instead of their initials.")
    var names = false

    @Flag(name: .customLong("reveal-cpr"), help: """
        With --format excel: the full CPR numbers, so an import elsewhere carries them (each is recorded in the \
        audit trail). Without it the spreadsheet holds them masked, and an import leaves them out.
        """)
    var revealCPR = false

    struct Row: Encodable {
        var id: String
        var name: String
        var cpr_masked: String
        var target_group: String
        var coordinator: String
        var status: String
        var consent: String
        var next_follow_up: String?
        var overdue_days: Int?
        var benefit_start: String?
        var first_absence_day: String?

        /// Every row has every key, null when empty: a script reads one shape.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(cpr_masked, forKey: .cpr_masked)
            try c.encode(target_group, forKey: .target_group)
            try c.encode(coordinator, forKey: .coordinator)
            try c.encode(status, forKey: .status)
            try c.encode(consent, forKey: .consent)
            try c.encode(next_follow_up, forKey: .next_follow_up)
            try c.encode(overdue_days, forKey: .overdue_days)
            try c.encode(benefit_start, forKey: .benefit_start)
            try c.encode(first_absence_day, forKey: .first_absence_day)
        }

        enum CodingKeys: CodingKey {
            case id, name, cpr_masked, target_group, coordinator, status, consent, next_follow_up, overdue_days, benefit_start, first_absence_day
        }
    }

    func run() throws(CLIError) {
        let s = try store.open()
        let today = s.today
        let caseload = try withStore { () throws(StoreError) in try s.caseload(for: .list(format: format.rawValue)) }
        var citizens = caseload.citizens
        if !all { citizens = citizens.filter { $0.status.isOpen } }
        if let coordinator { citizens = citizens.filter { $0.coordinator == coordinator } }
        if overdue { citizens = citizens.filter { $0.followUpState(today: today).isOverdue } }
        // By coordinator, then name: the order the index keeps.
        if !caseload.inListOrder {
            citizens = NameOrder.sorted(citizens, name: \.listOrderName, then: { $0.id < $1.id })
        }
        let row = { @Sendable (c: CitizenSummary) -> Row in
            var days: Int?
            if case let .overdue(d) = c.followUpState(today: today) { days = d }
            let anchors = c.contactAnchors
            return Row(id: c.id.rawValue, name: c.name, cpr_masked: c.cprMasked ?? "", target_group: c.targetGroup.rawValue,
                       coordinator: c.coordinator, status: c.status.key, consent: c.consent.rawValue,
                       next_follow_up: c.nextFollowUp?.iso, overdue_days: days,
                       benefit_start: anchors.benefitStart?.iso, first_absence_day: anchors.firstAbsenceDay?.iso)
        }
        switch format {
        case .json:
            let rows = citizens.map(row)
            TextOutput.write(try TextOutput.json(rows))
        case .table:
            // For people: in their language (csv and json keep their stable keys and values).
            let language = try store.language(), words = CLIStrings.of(language), strings = language.strings
            let rows = citizens.map(row)
            TextOutput.write(.table, header: words.listHeader,
                             rows: rows.map { r in
                                 [r.id, r.name, r.cpr_masked, r.target_group, r.coordinator, strings.caseStatuses[r.status] ?? r.status,
                                  (r.next_follow_up ?? "") + (r.overdue_days != nil ? words.overdue : "")]
                             })
        case .excel:
            try writeSpreadsheet(citizens, s)
        case .ics:
            let words = CLIStrings.of(try store.language())
            // As written: CRLF is the format's, and every value was made safe on the way in.
            Console.standardOutput(FollowUpCalendar.render(citizens, names: names, title: words.followUpEvent, now: Date()))
        case .csv:
            // The first seven columns as they always were (`cpr` is the masked number); then every key
            // of the JSON rows that CSV lacked, under the JSON's names.
            let header = ["id", "name", "cpr", "target_group", "coordinator", "status", "next_follow_up",
                          "cpr_masked", "consent", "overdue_days", "benefit_start", "first_absence_day"]
            let listed = citizens
            TextOutput.stream(.csv, header: header, count: listed.count) { i in
                let r = row(listed[i])
                return [r.id, r.name, r.cpr_masked, r.target_group, r.coordinator, r.status, r.next_follow_up ?? "",
                        r.cpr_masked, r.consent, r.overdue_days.map(String.init) ?? "", r.benefit_start ?? "", r.first_absence_day ?? ""]
            }
        }
        let words = CLIStrings.of(try store.language())
        if revealCPR && format != .excel { Console.standardError("enplan: " + words.note + words.revealOnlyInExcel) }
        for d in caseload.damaged { Console.standardError("enplan: " + words.unreadable(d.id, d.reason)) }
        if !caseload.damaged.isEmpty { throw .problems(words.unreadableCount(caseload.damaged.count)) }
    }

    /// The spreadsheet a person edits and `enplan import` reads back: every field the import takes,
    /// in the person's language (the target group by its Danish name or key, dates as typed in the
    /// forms), then what the list only shows. Each citizen's contact details leaving are audited.
    private func writeSpreadsheet(_ citizens: [CitizenSummary], _ s: MaintenanceStore) throws(CLIError) {
        let language = try store.language(), strings = language.strings, words = CLIStrings.of(language)
        let files = try withStore { () throws(StoreError) in
            try s.citizensForSpreadsheet(citizens.map(\.id), revealCPR: revealCPR, detail: "enplan list --format excel")
        }
        let today = s.today
        TextOutput.stream(.excel, header: words.excelHeader, count: files.count) { i in
            let f = files[i], c = f.citizen
            let cpr = c.cpr.map { revealCPR ? $0.formatted : $0.masked } ?? ""
            let group = language == .da ? c.targetGroup.danishName : c.targetGroup.rawValue
            var next = f.nextFollowUp.map { language.date($0) } ?? ""
            if f.followUpState(today: today).isOverdue { next += words.overdue }
            // A Danish number without +45: a cell starting with '+' would be guarded against formulas.
            let phone = Citizen.formattedPhone(c.phone)
            return [c.name, cpr, group, c.coordinator, phone.hasPrefix("+45 ") ? String(phone.dropFirst(4)) : phone, c.email, c.address, language.date(f.created),
                    c.benefitStart.map(language.date) ?? "", c.firstAbsenceDay.map(language.date) ?? "",
                    f.id.rawValue, strings.caseStatuses[f.status.key] ?? f.status.key, next,
                    strings.consentStates[f.consent.state] ?? f.consent.state.rawValue]
        }
    }
}
