import Foundation
import ArgumentParser
import PlanCore
import PlanStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for supervisors.", subcommands: [ComplianceReport.self])
}

struct ComplianceReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "Meetings held per citizen against what ordinary rules would require, per coordinator and in total.",
        discussion: "The rules per target group are in catalogues/contact-rules.json in the data folder.")

    @OptionGroup var store: StoreOptionGroup

    @Option(help: "First day (YYYY-MM-DD); default one year before --to.")
    var from: String?

    @Option(help: "Last day (YYYY-MM-DD); default today.")
    var to: String?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    struct Row: Encodable {
        var coordinator: String
        var id: String
        var name: String
        var target_group: String
        var held: Int
        var required: Int
        var difference: Int
    }

    struct Total: Encodable {
        var coordinator: String
        var citizens: Int
        var held: Int
        var required: Int
        var ratio: Double
    }

    struct Report: Encodable {
        var from: String
        var to: String
        var citizens: [Row]
        var coordinators: [Total]
        var total: Total
    }

    func run() throws(CLIError) {
        let s = try store.open()
        let end = try parseDate(to, option: "--to") ?? s.today
        let start = try parseDate(from, option: "--from") ?? end.adding(months: -12).adding(days: 1)
        guard start <= end else { throw .usage("--from \(start) is after --to \(end)") }
        var lines: [ComplianceLine] = []
        let rules = s.catalogues.contactRules
        let damaged = try withStore { () throws(StoreError) in
            try s.record(AuditEvent(.list, detail: "report compliance \(start)..\(end)"))
            return try s.forEachCaseFile { file throws(StoreError) in
                lines.append(Compliance.line(for: file, rules: rules, from: start, to: end))
            }
        }
        lines.sort { ($0.coordinator, NameOrder.key($0.name)) < ($1.coordinator, NameOrder.key($1.name)) }
        let byCoordinator = Dictionary(grouping: lines, by: \.coordinator)
        func total(_ name: String, _ group: [ComplianceLine]) -> Total {
            let t = Compliance.totals(group)
            return Total(coordinator: name, citizens: t.citizens, held: t.held, required: t.required,
                         ratio: (t.ratio * 100).rounded() / 100)
        }
        let report = Report(
            from: start.iso, to: end.iso,
            citizens: lines.map { Row(coordinator: $0.coordinator, id: $0.citizenID.rawValue, name: $0.name,
                                      target_group: $0.targetGroup.rawValue, held: $0.held, required: $0.required,
                                      difference: $0.difference) },
            coordinators: byCoordinator.keys.sorted().map { total($0, byCoordinator[$0] ?? []) },
            total: total("", lines))
        switch format {
        case .json:
            TextOutput.write(try TextOutput.json(report))
        case .csv:
            TextOutput.write(TextOutput.csv(
                header: ["coordinator", "id", "name", "target_group", "held", "required", "difference"],
                rows: report.citizens.map { [$0.coordinator, $0.id, $0.name, $0.target_group, String($0.held),
                                             String($0.required), String($0.difference)] }))
        case .table:
            var text = "Meetings held \(start) – \(end) against ordinary contact rules\n\n"
            text += TextOutput.table(
                header: ["COORDINATOR", "ID", "NAME", "TARGET GROUP", "HELD", "REQUIRED", "+/-"],
                rows: report.citizens.map { [$0.coordinator, $0.id, $0.name, $0.target_group, String($0.held),
                                             String($0.required), signed($0.difference)] })
            text += "\n" + TextOutput.table(
                header: ["COORDINATOR", "CITIZENS", "HELD", "REQUIRED", "HELD/REQUIRED"],
                rows: (report.coordinators + [report.total]).map {
                    [$0.coordinator.isEmpty ? "TOTAL" : $0.coordinator, String($0.citizens), String($0.held),
                     String($0.required), String(format: "%.0f%%", $0.ratio * 100)]
                })
            TextOutput.write(text)
        }
        for d in damaged {
            Console.standardError("enplan: \(d.id) cannot be read (\(d.reason)); it is not in the report")
        }
    }

    private func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }
}
