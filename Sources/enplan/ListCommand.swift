import ArgumentParser
import PlanCore
import PlanStore

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

    @Option(help: "Output format: table, csv or json (csv and json are stable for scripts).")
    var format: OutputFormat = .table

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
    }

    func run() throws(CLIError) {
        let s = try store.open()
        let today = s.today
        let caseload = try withStore { () throws(StoreError) in try s.caseload() }
        var citizens = caseload.citizens
        if !all { citizens = citizens.filter { $0.status.isOpen } }
        if let coordinator { citizens = citizens.filter { $0.coordinator == coordinator } }
        if overdue { citizens = citizens.filter { $0.followUpState(today: today).isOverdue } }
        citizens = NameOrder.sorted(citizens, name: { $0.coordinator + "\u{0}" + $0.name }, then: { $0.id < $1.id })
        try withStore { () throws(StoreError) in
            try s.record(AuditEvent(.list, detail: "enplan list: \(citizens.count) citizens"))
        }
        let rows = citizens.map { c -> Row in
            var days: Int?
            if case let .overdue(d) = c.followUpState(today: today) { days = d }
            return Row(id: c.id.rawValue, name: c.name, cpr_masked: c.cprMasked ?? "", target_group: c.targetGroup.rawValue,
                       coordinator: c.coordinator, status: c.status.key, consent: c.consent.rawValue,
                       next_follow_up: c.nextFollowUp?.iso, overdue_days: days)
        }
        switch format {
        case .json:
            TextOutput.write(try TextOutput.json(rows))
        case .csv, .table:
            let header = ["id", "name", "cpr", "target_group", "coordinator", "status", "next_follow_up"]
            let cells = rows.map { r in
                [r.id, r.name, r.cpr_masked, r.target_group, r.coordinator, r.status,
                 (r.next_follow_up ?? "") + (format == .table && r.overdue_days != nil ? " (overdue)" : "")]
            }
            TextOutput.write(format == .csv ? TextOutput.csv(header: header, rows: cells)
                                            : TextOutput.table(header: header.map { $0.uppercased() }, rows: cells))
        }
        for d in caseload.damaged {
            Console.standardError("enplan: \(d.id) cannot be read (\(d.reason)); it is left untouched, run 'enplan check'")
        }
        if !caseload.damaged.isEmpty { throw CLIError(message: "\(caseload.damaged.count) plan(s) could not be read", exitCode: 1) }
    }
}
