import Foundation
import ArgumentParser
import EnplanApp
import PlanCore
import CaseRecords

/// `enplan report deadlines`: every deadline in the caseload with the rule it comes from, overdue first.
struct DeadlinesReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Every deadline in the caseload, overdue first: follow-ups, contact course meetings, mentor periods, measurements.",
        discussion: """
        Each row has the day, the citizen, what is due, the rule it comes from and, where the rule is law, \
        where in the law. Overdue deadlines are always listed; others up to --days ahead. Paused and closed \
        cases have none. The contact course's next meeting is one rule interval after the last meeting \
        that counts (catalogues/contact-rules.json); a first meeting a rule wants within some weeks is \
        counted from the rule's anchor (the first day of absence, the benefit's start, or the plan's start \
        where that day is not recorded). Not computed: deadlines that need a day enplan does not record \
        (the day a citizen asked for treatment).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, excel, ics }

    @OptionGroup var store: StoreOptionGroup

    @Option(help: "How many days ahead (overdue deadlines are always listed).")
    var days = 30

    @Option(help: "Output format: table, csv, json, excel or ics (a calendar: initials only, no rule text).")
    var format: Format = .table

    @Option(help: ArgumentHelp("Only this coordinator's citizens.", valueName: "USER"))
    var coordinator: String?

    @Flag(help: "With --format ics: the citizens' names instead of their initials.")
    var names = false

    struct Row: Encodable {
        var date: String
        var id: String
        var name: String
        var coordinator: String
        var due: String
        var rule: String
        var source: String?
        var overdue: Bool
    }

    func run() throws(CLIError) {
        guard (0...3_650).contains(days) else {
            throw .usage("--days must be between 0 and 3650", da: "--days skal være mellem 0 og 3650")
        }
        let language = try store.language(), words = CLIStrings.of(language), d = language.deadlines
        let s = try store.open(readOnly: true)
        let horizon = s.today.adding(days: days)
        let caseload = try reportedCaseload(s, .report("deadlines", from: s.today, to: horizon), words: words)
        let citizens = caseload.citizens.filter { c in coordinator.map { $0 == c.coordinator } ?? true }
        let deadlines = citizens.deadlines(s.catalogues, today: s.today, until: horizon)
        let rows = deadlines.map { x in
            Row(date: x.date.iso, id: x.citizen.rawValue, name: x.name, coordinator: x.coordinator, due: x.kind.rawValue,
                rule: language.rule(of: x), source: x.source?.citation, overdue: x.isOverdue(on: s.today))
        }
        switch format {
        case .json: TextOutput.write(try TextOutput.json(rows))
        case .csv, .excel:
            TextOutput.write(format == .csv ? .csv : .excel,
                             header: ["date", "id", "name", "coordinator", "due", "rule", "source", "overdue"],
                             rows: rows.map { [$0.date, $0.id, $0.name, $0.coordinator, $0.due, $0.rule, $0.source ?? "", $0.overdue ? "yes" : ""] })
        case .ics:
            let events = deadlines.map { x in
                FollowUpCalendar.Event(citizen: x.citizen, key: x.kind.rawValue, day: x.date, title: d.kinds[x.kind] ?? x.kind.rawValue, name: x.name)
            }
            Console.standardOutput(FollowUpCalendar.render(events, names: names, now: Date()))
        case .table:
            var text = String(format: d.reportTitle, language.date(horizon)) + "\n\n"
            text += rows.isEmpty ? d.none + "\n" : TextOutput.table(header: d.header, rows: zip(rows, deadlines).map { r, x in
                [language.date(x.date) + (r.overdue ? " " + d.overdue : ""), r.id, r.name, r.coordinator, d.kinds[x.kind] ?? r.due,
                 r.rule, x.source.map { $0.shortLaw + " " + $0.section } ?? ""]
            })
            TextOutput.write(text)
        }
    }
}
