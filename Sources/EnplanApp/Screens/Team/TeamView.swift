import PlanCore
import CaseRecords
import TerminalKit

/// Draws the team overview: title bar, tabs, the table of coordinators (or target groups, or one
/// group's citizens) with a totals row, the status bar and the bottom line.
struct TeamView {
    let team: TeamState
    let chrome: Chrome
    /// The contact rules, for a group whose rule asks a share of it.
    let rules: [ContactRule]

    private var s: Strings { chrome.strings }
    private var l: CaseLifeStrings { chrome.language.caseLife }
    private var language: Language { chrome.language }

    /// Rows of the list at a screen height: title, tabs, table header, totals, status bar and bottom line
    /// take one row each.
    static func bodyRows(size: Size) -> Int { max(1, size.height - 6) }

    func draw(on canvas: inout Canvas) {
        let area = canvas.bounds
        let (titleRect, rest) = area.splitTop(1)
        let (tabsRect, rest2) = rest.splitTop(1)
        let (middle, bottom) = rest2.splitBottom(2)
        drawTitle(on: &canvas, titleRect)
        var tabs = [l.tabCoordinators, l.tabTargetGroups]
        if let drill = team.drill { tabs[1] += " › " + drill.name(language) }
        // The period on the right of the tabs, when there is room for both.
        let o = team.overview
        let period = String(format: l.period, language.date(o.from), language.date(o.to)) + " "
        let tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1) + 3 }
        var tabsArea = tabsRect
        if tabsWidth + DisplayWidth.of(period) <= tabsRect.width {
            let periodRect = tabsRect.splitRight(DisplayWidth.of(period))
            tabsArea = periodRect.0
            canvas.write(period, x: periodRect.1.x, y: periodRect.1.y, maxWidth: periodRect.1.width, role: .muted)
        }
        Tabs.draw(on: &canvas, in: tabsArea, titles: tabs, selected: team.tab.rawValue)
        switch team.tab {
        case .coordinators: drawCoordinators(on: &canvas, middle)
        case .targetGroups:
            if team.drill == nil { drawGroups(on: &canvas, middle) } else { drawCitizens(on: &canvas, middle) }
        }
        let (statusRect, lineRect) = bottom.splitTop(1)
        drawStatus(on: &canvas, statusRect)
        chrome.drawBottomLine(on: &canvas, in: Rect(x: 0, y: 0, width: area.width, height: lineRect.maxY))
    }

    private func drawTitle(on canvas: inout Canvas, _ rect: Rect) {
        var left = [Span(" \(s.appName) ", .title), Span("· \(l.teamTitle) ", .statusBar)]
        if team.tab == .coordinators {
            left.append(Span("· \(l.sortedBy): \(columnTitles[team.sort.rawValue]) ", .statusBar))
        }
        var right: [Span] = []
        if chrome.readOnly { right.append(Span(" \(s.readOnlyBadge) ", .readOnlyBadge)) }
        right.append(Span(" \(language.date(chrome.today)) ", .statusBar))
        Bar.draw(on: &canvas, in: rect, left: left, right: right, role: .statusBar)
    }

    private var columnTitles: [String] { l.coordinatorColumns }

    // MARK: - Coordinators

    private func drawCoordinators(on canvas: inout Canvas, _ rect: Rect) {
        let t = columnTitles
        let columns = [
            // From 100 columns, room for a full name and login ("Mette Lindholm (mette)") before the
            // per-person share; narrower, the name gives way as it always did.
            Table.Column(t[0], width: .flexible(min: rect.width >= 100 ? 22 : 10, weight: 1), priority: 100),
            Table.Column(t[1], width: .fixed(6), alignRight: true, priority: 90),
            Table.Column(t[2], width: .fixed(8), alignRight: true, priority: 85),
            Table.Column(t[3], width: .fixed(5), alignRight: true, priority: 60),
            Table.Column(t[4], width: .fixed(7), alignRight: true, priority: 50),
            Table.Column(t[5], width: .fixed(8), alignRight: true, priority: 55),
            Table.Column(t[6], width: .fixed(6), alignRight: true, priority: 40),
            Table.Column(t[7], width: .fixed(12), priority: 30),
            // The per-person share: on a wide screen here, always in the target groups' tab and the report.
            Table.Column(t[8], width: .fixed(8), alignRight: true, priority: 25),
            Table.Column(t[9], width: .fixed(11), alignRight: true, priority: 95),
        ]
        if team.rows.isEmpty {
            canvas.write(l.noCoordinators, x: rect.x + 2, y: rect.y + 2, maxWidth: rect.width - 4, role: .muted)
            return
        }
        drawTable(on: &canvas, rect, columns: columns, rows: team.rows.map { cells($0, canvas: canvas) },
                  list: team.coordinators, total: cells(team.overview.total, canvas: canvas, isTotal: true))
    }

    private func cells(_ r: TeamOverview.Row, canvas: Canvas, isTotal: Bool = false) -> [[Span]] {
        let range = Double(chrome.scale.lowerBound)...Double(chrome.scale.upperBound)
        let spark = Sparkline.render(r.trend, width: 7, range: range, unicode: canvas.unicode)
        func count(_ n: Int, _ warn: Bool = true) -> [Span] { [Span(String(n), n > 0 && warn ? .warning : .text)] }
        return [
            [Span(isTotal ? l.total : chrome.colleagues.name(r.coordinator), isTotal ? .title : .text)],
            [Span(String(r.active))],
            [Span(String(r.overdue), r.overdue > 0 ? .overdue : .text)],
            count(r.dueThisWeek, false),
            count(r.measurementsDue),
            count(r.withoutConsent),
            count(r.mentorEnding),
            [Span(DisplayWidth.pad(spark, to: 7)), Span(r.trend.last.map { " " + language.decimal($0) } ?? "", .muted)],
            met(r.compliance),
            compliance(r.compliance),
        ]
    }

    /// "68%": the share of the citizens whose own course is met; where a rule asks a share of the
    /// group (`required`), below it is said in words, not by colour alone.
    private func met(_ t: ComplianceTotals, required: Double? = nil) -> [Span] {
        guard t.citizens > 0 else { return [Span("–", .muted)] }
        let percent = "\(Int((t.metShare * 100).rounded()))%"
        guard let required, t.meets(share: required) == false else { return [Span(percent)] }
        return [Span(percent + " ", .overdue), Span(l.below, .overdue)]
    }

    /// "87% under": the share held, and below 100% said in words, not by colour alone.
    private func compliance(_ t: ComplianceTotals) -> [Span] {
        let percent = Int((t.ratio * 100).rounded())
        return t.isBelowRequired ? [Span("\(percent)% ", .overdue), Span(l.below, .overdue)] : [Span("\(percent)%")]
    }

    // MARK: - Target groups

    private func drawGroups(on canvas: inout Canvas, _ rect: Rect) {
        let columns = [
            Table.Column(l.columnTargetGroup, width: .flexible(min: 12, weight: 1), priority: 100),
            Table.Column(l.columnCitizens, width: .fixed(7), alignRight: true, priority: 60),
            Table.Column(l.columnMet, width: .fixed(10), alignRight: true, priority: 90),
            Table.Column(l.columnHeld, width: .fixed(6), alignRight: true, priority: 80),
            Table.Column(l.columnRequired, width: .fixed(7), alignRight: true, priority: 80),
            Table.Column(l.columnCompliance, width: .fixed(11), alignRight: true, priority: 95),
            Table.Column(l.columnFirstContact, width: .fixed(11), alignRight: true, priority: 40),
        ]
        func cells(_ name: String, _ t: ComplianceTotals, share: Double? = nil, isTotal: Bool = false) -> [[Span]] {
            [[Span(name, isTotal ? .title : .text)], [Span(String(t.citizens))], met(t, required: share), [Span(String(t.held))],
             [Span(String(t.required))], compliance(t),
             [Span(t.firstContactMissed > 0 ? "\(t.firstContactMissed) \(l.firstContactMissed)" : "",
                   t.firstContactMissed > 0 ? .overdue : .text)]]
        }
        drawTable(on: &canvas, rect, columns: columns,
                  rows: team.overview.groups.map { g in
                      cells(g.targetGroup.name(language), g.totals,
                            share: ContactRule.inForce(for: g.targetGroup, on: team.overview.to, in: rules)?.groupShare)
                  },
                  list: team.groups, total: cells(l.total, team.overview.total.compliance, isTotal: true))
    }

    private func drawCitizens(on canvas: inout Canvas, _ rect: Rect) {
        let columns = [
            Table.Column(l.columnName, width: .flexible(min: 12, weight: 1), priority: 100),
            Table.Column(l.columnCoordinator, width: .fixed(14), priority: 50),
            Table.Column(l.columnHeld, width: .fixed(6), alignRight: true, priority: 90),
            Table.Column(l.columnRequired, width: .fixed(7), alignRight: true, priority: 90),
            Table.Column("+/-", width: .fixed(4), alignRight: true, priority: 70),
            Table.Column(l.columnFirstContact, width: .fixed(11), priority: 40),
        ]
        let lines = team.drillLines
        let rows: [[[Span]]] = lines.map { line in
            let first: Span
            switch line.firstContact {
            case .notApplicable: first = Span("")
            case .met: first = Span(l.firstContactMet, .success)
            case .missed: first = Span(l.firstContactMissed, .overdue)
            case .pending: first = Span(l.firstContactPending, .muted)
            }
            return [[Span(line.name)], [Span(chrome.colleagues.name(line.coordinator), .muted)], [Span(String(line.held))], [Span(String(line.required))],
                    [Span(line.difference > 0 ? "+\(line.difference)" : String(line.difference), line.difference < 0 ? .overdue : .text)],
                    [first]]
        }
        let totals = Compliance.totals(lines, today: chrome.today)
        drawTable(on: &canvas, rect, columns: columns, rows: rows, list: team.citizens,
                  total: [[Span(l.total, .title)], [], [Span(String(totals.held))], [Span(String(totals.required))],
                          [Span(String(totals.held - totals.required))], []])
    }

    // MARK: - Parts

    /// The list with its selection kept on screen, and the totals on the last row under it.
    private func drawTable(on canvas: inout Canvas, _ rect: Rect, columns: [Table.Column], rows: [[[Span]]],
                           list: ListState, total: [[Span]]) {
        let bodyHeight = max(1, rect.height - 2)
        let state = list.clamped(count: rows.count, height: bodyHeight)
        var table = Table(columns: columns, rows: Array(rows.dropFirst(state.offset).prefix(bodyHeight)),
                          selected: rows.isEmpty ? nil : state.selected - state.offset, offset: 0)
        table.selectionMarker = canvas.glyphs.selection
        table.footer = total
        table.draw(on: &canvas, in: rect)
    }

    private func drawStatus(on canvas: inout Canvas, _ rect: Rect) {
        let total = team.overview.total
        let left = [Span(" \(team.rows.count) \(l.tabCoordinators.lowercased()) · \(total.active) \(l.columnActive.lowercased())", .statusBar),
                    Span(" · \(total.overdue) \(s.overdue)", total.overdue > 0 ? .overdue : .statusBar)]
        let count = team.count
        let selected: Int
        switch team.tab {
        case .coordinators: selected = team.coordinators.selected
        case .targetGroups: selected = team.drill == nil ? team.groups.selected : team.citizens.selected
        }
        let position = count == 0 ? "0/0" : "\(min(selected, count - 1) + 1)/\(count)"
        Bar.draw(on: &canvas, in: rect, left: left, right: [Span(position + " ", .statusBar)], role: .statusBar)
    }
}
