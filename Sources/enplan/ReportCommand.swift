import Foundation
import ArgumentParser
import EnplanApp
import PlanCore
import CaseRecords

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for supervisors.", subcommands: [ComplianceReport.self, CaseloadReport.self, DeadlinesReport.self])
}

/// The options both reports take: the period and the format.
struct ReportPeriod: ParsableArguments {
    @Option(help: "First day (22.11.2026 or 2026-11-22); default one year before --to.")
    var from: String?

    @Option(help: "Last day (22.11.2026 or 2026-11-22); default today.")
    var to: String?

    @Option(help: "Output format: table, csv, json or excel.")
    var format: OutputFormat = .table

    func days(today: CalendarDate) throws(CLIError) -> (from: CalendarDate, to: CalendarDate) {
        let end = try parseDate(to, option: "--to") ?? today
        let start = try parseDate(from, option: "--from") ?? Compliance.defaultStart(end: end)
        guard start <= end else { throw .usage("--from \(start) is after --to \(end)", da: "--from \(start) ligger efter --to \(end)") }
        return (start, end)
    }
}

/// The contact rules of the folder; a rules file that cannot be read is an error, never a silent
/// fall-back to the built-in rules (a report on the wrong rules is worse than none).
func contactRules(_ s: MaintenanceStore) throws(CLIError) -> [ContactRule] {
    if let problem = s.contactRulesProblem {
        throw .problems(problem.reason + "; fix it (or remove it to get the standard rules back) and run the report again",
                        da: Language.da.reason(problem) + "; ret den (eller fjern den for at få standardreglerne tilbage), og kør rapporten igen")
    }
    return s.catalogues.contactRules
}

/// The caseload as every report reads it (the store audits the listing), saying which citizens it could not read.
func reportedCaseload(_ s: RecordStore, _ listing: Listing, words: CLIStrings) throws(CLIError) -> Caseload {
    let caseload = try withStore { () throws(StoreError) in try s.caseload(for: listing) }
    for d in caseload.damaged {
        Console.standardError("enplan: " + words.unreadableInReport(d.id, d.reason))
    }
    return caseload
}

func percent(_ totals: ComplianceTotals) -> String { String(format: "%.0f%%", totals.ratio * 100) }

struct ComplianceReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "Meetings held per citizen against what ordinary rules would require, per coordinator or target group.",
        discussion: """
        The rules per target group are in catalogues/contact-rules.json: meetings per months, the meeting kinds \
        that count (countedKinds; default conversation and follow-up), and a first meeting within firstWithinWeeks. \
        Days a case was paused or closed require nothing.
        """)

    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case citizen
        case coordinator
        case targetGroup = "target-group"
    }

    @OptionGroup var store: StoreOptionGroup
    @OptionGroup var period: ReportPeriod

    @Option(help: "citizen (each citizen's rule, window and met, missed or pending), or totals per coordinator or target-group.")
    var by: Grouping = .coordinator

    struct Row: Encodable {
        var coordinator: String
        var id: String
        var name: String
        var target_group: String
        var held: Int
        var required: Int
        var difference: Int
        var first_contact: String?
        var first_contact_due: String?
        /// met, missed (the window is over short of meetings) or pending (it is not over yet).
        var status: String
        /// The rule in the catalogue's words, its window, and where it is in the law.
        var rule: String
        var window_from: String
        var window_to: String
        var source: String?
    }

    struct Total: Encodable {
        var coordinator: String
        var citizens: Int
        var held: Int
        var required: Int
        var ratio: Double
        var first_contact_met: Int
        var first_contact_missed: Int
        var target_group: String?
        /// Citizens whose course is met, missed or pending, and the share met.
        var met: Int
        var missed: Int
        var pending: Int
        var met_share: Double
        /// A group whose rule asks a share of it (ledighedsydelse from 1 July 2026: 75 %): the share asked,
        /// the share met of those whose course is decided (met, or its window over), and whether it holds.
        var required_share: Double?
        var decided_met_share: Double?
        var meets_required_share: Bool?

        init(_ name: String, group: TargetGroup? = nil, _ t: ComplianceTotals, rule: ContactRule? = nil) {
            (coordinator, citizens, held, required) = (name, t.citizens, t.held, t.required)
            ratio = (t.ratio * 100).rounded() / 100
            (first_contact_met, first_contact_missed, target_group) = (t.firstContactMet, t.firstContactMissed, group?.rawValue)
            (met, missed, pending, met_share) = (t.met, t.missed, t.pending, (t.metShare * 100).rounded() / 100)
            if let share = rule?.groupShare {
                required_share = share
                decided_met_share = t.decidedMetShare.map { ($0 * 100).rounded() / 100 }
                meets_required_share = t.meets(share: share)
            }
        }
    }

    struct Report: Encodable {
        var from: String
        var to: String
        /// Only `--by citizen`: the totals need no citizen's line.
        var citizens: [Row]?
        var coordinators: [Total]
        var target_groups: [Total]
        var total: Total
    }

    func run() throws(CLIError) {
        let s = try store.open()
        let (start, end) = try period.days(today: s.today)
        let rules = try contactRules(s)
        let words = CLIStrings.of(try store.language())
        let listing = Listing.report("compliance", from: start, to: end)
        let report = by == .citizen
            ? try citizenReport(s, rules: rules, from: start, to: end, listing: listing, words: words)
            : try totalsReport(s, rules: rules, from: start, to: end, listing: listing, words: words)
        switch period.format {
        case .json:
            TextOutput.write(try TextOutput.json(report))
        case .csv, .excel:
            if let citizens = report.citizens {
                // The first eight columns as they always were; what came later after them.
                TextOutput.write(period.format,
                    header: ["coordinator", "id", "name", "target_group", "held", "required", "difference", "first_contact",
                             "status", "window_from", "window_to", "rule", "source"],
                    rows: citizens.map { [$0.coordinator, $0.id, $0.name, $0.target_group, String($0.held),
                                          String($0.required), String($0.difference), $0.first_contact ?? "",
                                          $0.status, $0.window_from, $0.window_to, $0.rule, $0.source ?? ""] })
            } else {
                TextOutput.write(period.format,
                    header: [by == .coordinator ? "coordinator" : "target_group", "citizens", "met", "missed", "pending",
                             "met_share", "held", "required", "ratio", "first_contact_met", "first_contact_missed"],
                    rows: totalRows(report).map { t in
                        [t.target_group ?? t.coordinator, String(t.citizens), String(t.met), String(t.missed), String(t.pending),
                         String(format: "%.2f", t.met_share), String(t.held), String(t.required), String(format: "%.2f", t.ratio),
                         String(t.first_contact_met), String(t.first_contact_missed)]
                    })
            }
        case .table:
            var text = words.complianceTitle(start.iso, end.iso) + "\n\n"
            if let citizens = report.citizens {
                text += TextOutput.table(
                    header: words.complianceHeader,
                    rows: citizens.map { [$0.coordinator, $0.id, $0.name, $0.target_group, String($0.held),
                                          String($0.required), signed($0.difference), firstContact($0, words),
                                          words.complianceStatus[$0.status] ?? $0.status] })
                return TextOutput.write(text)
            }
            text += TextOutput.table(
                header: words.complianceTotalsHeader(by == .coordinator),
                rows: (totalRows(report) + [report.total]).map { t in
                    let name = t.target_group ?? (t.coordinator.isEmpty ? words.total : t.coordinator)
                    let below = t.held < t.required
                    return [name, String(t.citizens), String(t.met), String(t.missed), String(t.pending),
                            String(format: "%.0f%%", t.met_share * 100), String(t.held), String(t.required),
                            String(format: "%.0f%%", t.ratio * 100) + (below ? words.below : ""), String(t.first_contact_missed)]
                })
            // A rule of a share of the group is answered for the group, whichever way the totals go.
            let shares = report.target_groups.compactMap { t -> String? in
                guard let share = t.required_share, let group = t.target_group else { return nil }
                return words.complianceShare(group, share, t.decided_met_share, t.met + t.missed, t.meets_required_share)
            }
            text += shares.isEmpty ? "" : "\n" + shares.joined(separator: "\n") + "\n"
            TextOutput.write(text + "\n" + words.complianceTotalsNote + "\n")
        }
    }

    private func totalRows(_ report: Report) -> [Total] { by == .coordinator ? report.coordinators : report.target_groups }

    /// Per coordinator and target group from the team's sums (kept by a store that keeps them): what it
    /// costs grows with the coordinators and groups, not the citizens.
    private func totalsReport(_ s: MaintenanceStore, rules: [ContactRule], from: CalendarDate, to: CalendarDate,
                              listing: Listing, words: CLIStrings) throws(CLIError) -> Report {
        let totals = try withStore { () throws(StoreError) in try s.teamTotals(rules: rules, from: from, to: to, for: listing) }
        for d in totals.damaged { Console.standardError("enplan: " + words.unreadableInReport(d.id, d.reason)) }
        return report(from: from, to: to, citizens: nil, coordinators: totals.coordinators.mapValues(\.compliance),
                      groups: totals.groups, rules: rules)
    }

    /// A report's totals, whichever way they were summed: per coordinator the period concerns, per
    /// target group (with the share its rule asks of it), and in all.
    private func report(from: CalendarDate, to: CalendarDate, citizens: [Row]?, coordinators: [String: ComplianceTotals],
                        groups: [TargetGroup: ComplianceTotals], rules: [ContactRule]) -> Report {
        let shown = coordinators.filter { $0.value.citizens > 0 }.sorted { $0.key < $1.key }
        var total = ComplianceTotals(citizens: 0, held: 0, required: 0)
        for c in shown { total.add(c.value) }
        return Report(from: from.iso, to: to.iso, citizens: citizens,
                      coordinators: shown.map { Total($0.key, $0.value) },
                      target_groups: TargetGroup.allCases.compactMap { g in
                          groups[g].map { Total("", group: g, $0, rule: ContactRule.inForce(for: g, on: to, in: rules)) }
                      },
                      total: Total("", total))
    }

    /// Each citizen's line (their rule, window and status), then the totals of those lines.
    private func citizenReport(_ s: MaintenanceStore, rules: [ContactRule], from: CalendarDate, to: CalendarDate,
                               listing: Listing, words: CLIStrings) throws(CLIError) -> Report {
        let caseload = try reportedCaseload(s, listing, words: words)
        // Each name's key made once for the order.
        let lines = caseload.citizens.periodCompliances(rules: rules, from: from, to: to)
            .map { ($0, NameOrder.key($0.name)) }
            .sorted { ($0.0.coordinator, $0.1, $0.0.citizenID) < ($1.0.coordinator, $1.1, $1.0.citizenID) }.map(\.0)
        let byCoordinator = Dictionary(grouping: lines, by: \.coordinator).mapValues { Compliance.totals($0, today: s.today) }
        let byGroup = Dictionary(grouping: lines, by: \.targetGroup).mapValues { Compliance.totals($0, today: s.today) }
        let rows = lines.map { l in
            var first: String?, due: String?
            switch l.firstContact {
            case .notApplicable: break
            case let .met(day): (first, due) = ("met", day.iso)
            case let .missed(d): (first, due) = ("missed", d.iso)
            case let .pending(d): (first, due) = ("pending", d.iso)
            }
            let rule = ContactRule.inForce(for: l.targetGroup, on: to, in: rules)
            return Row(coordinator: l.coordinator, id: l.citizenID.rawValue, name: l.name,
                       target_group: l.targetGroup.rawValue, held: l.held, required: l.required,
                       difference: l.difference, first_contact: first, first_contact_due: due,
                       status: l.status(today: s.today).rawValue, rule: rule?.source ?? "",
                       window_from: l.window.lowerBound.iso, window_to: l.window.upperBound.iso, source: rule?.citation?.citation)
        }
        return report(from: from, to: to, citizens: rows, coordinators: byCoordinator, groups: byGroup, rules: rules)
    }

    private func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }

    /// "met 2026-02-01", "missed (2026-03-01)", or nothing where no first-contact rule applies.
    private func firstContact(_ row: Row, _ words: CLIStrings) -> String {
        guard let state = row.first_contact, let day = row.first_contact_due else { return "" }
        let word = words.complianceStatus[state] ?? state
        return state == "met" ? "\(word) \(day)" : "\(word) (\(day))"
    }
}

struct CaseloadReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload",
        abstract: "One row per coordinator: active, overdue, due this week, measurements due, without consent, "
            + "mentor periods ending, compliance.")

    @OptionGroup var store: StoreOptionGroup
    @OptionGroup var period: ReportPeriod

    struct Row: Encodable {
        var coordinator: String
        var active: Int
        var paused: Int
        var overdue: Int
        var due_this_week: Int
        var measurements_due: Int
        var without_consent: Int
        var mentor_periods_ending: Int
        var progression: Double?
        var held: Int
        var required: Int
        var compliance: Double
    }

    struct Report: Encodable {
        var from: String
        var to: String
        var coordinators: [Row]
        var total: Row
    }

    func run() throws(CLIError) {
        let s = try store.open()
        let (start, end) = try period.days(today: s.today)
        let rules = try contactRules(s)
        let words = CLIStrings.of(try store.language())
        // The team's sums, kept by a store that keeps them: no citizen's row is read.
        let totals = try withStore { () throws(StoreError) in
            try s.teamTotals(rules: rules, from: start, to: end, for: .report("caseload", from: start, to: end))
        }
        for d in totals.damaged { Console.standardError("enplan: " + words.unreadableInReport(d.id, d.reason)) }
        let overview = TeamOverview(totals)
        func row(_ r: TeamOverview.Row) -> Row {
            Row(coordinator: r.coordinator, active: r.active, paused: r.paused, overdue: r.overdue,
                due_this_week: r.dueThisWeek, measurements_due: r.measurementsDue, without_consent: r.withoutConsent,
                mentor_periods_ending: r.mentorEnding, progression: r.trend.last.map { ($0 * 100).rounded() / 100 },
                held: r.compliance.held, required: r.compliance.required, compliance: (r.compliance.ratio * 100).rounded() / 100)
        }
        let report = Report(from: start.iso, to: end.iso, coordinators: overview.rows.map(row), total: row(overview.total))
        let header = ["coordinator", "active", "paused", "overdue", "due_this_week", "measurements_due", "without_consent",
                      "mentor_periods_ending", "progression", "held", "required", "compliance"]
        func cells(_ r: Row) -> [String] {
            [r.coordinator, String(r.active), String(r.paused), String(r.overdue), String(r.due_this_week),
             String(r.measurements_due), String(r.without_consent), String(r.mentor_periods_ending),
             r.progression.map { String(format: "%.2f", $0) } ?? "", String(r.held), String(r.required),
             String(format: "%.2f", r.compliance)]
        }
        switch period.format {
        case .json: TextOutput.write(try TextOutput.json(report))
        case .csv, .excel: TextOutput.write(period.format, header: header, rows: report.coordinators.map(cells))
        case .table:
            let language = try store.language()
            var rows = report.coordinators.map(cells) + [cells(report.total)]
            rows[rows.count - 1][0] = words.total
            for i in rows.indices {
                let r = i < report.coordinators.count ? report.coordinators[i] : report.total
                // For people: numbers as their language writes them.
                rows[i][8] = r.progression.map { language.decimal($0, digits: 2) } ?? ""
                rows[i][11] = String(format: "%.0f%%", r.compliance * 100) + (r.compliance < 1 ? words.below : "")
            }
            TextOutput.write(words.caseloadTitle(s.today.iso, start.iso, end.iso) + "\n\n"
                             + TextOutput.table(header: words.caseloadHeader, rows: rows))
        }
    }
}
