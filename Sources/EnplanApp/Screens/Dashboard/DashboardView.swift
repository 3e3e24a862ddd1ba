import Foundation
import PlanCore
import CaseRecords
import TerminalKit

/// Draws the dashboard: title bar, caseload table, detail pane, status bar and the bottom line.
struct DashboardView {
    let dashboard: DashboardState
    let chrome: Chrome

    private var s: Strings { chrome.strings }
    private var d: DashboardState { dashboard }

    /// Rows of citizens the table shows at a screen height: title bar, table header, status bar and
    /// bottom line take one row each. Scrolling must use exactly what the view draws, or every scroll
    /// step re-sends rows that did not move.
    static func tableRows(size: Size, showDetail: Bool) -> Int {
        max(1, size.height - 4 - (placement(size, showDetail: showDetail).below ? detailHeight : 0))
    }

    static let detailHeight = 9
    static let sidePaneWidth = 42
    static let sidePaneFromWidth = 110

    /// Where the detail pane goes: beside the table on wide screens, below it when asked for and tall enough.
    static func placement(_ size: Size, showDetail: Bool) -> (side: Bool, below: Bool) {
        if size.width >= sidePaneFromWidth { return (true, false) }
        return (false, showDetail && size.height >= 18)
    }

    /// Draws into the canvas.
    func draw(on canvas: inout Canvas) {
        let area = canvas.bounds
        let (titleRect, rest) = area.splitTop(1)
        let (middle, bottom) = rest.splitBottom(2)
        drawTitle(on: &canvas, titleRect)
        let placement = Self.placement(area.size, showDetail: d.showDetail)
        var tableRect = middle
        var detailRect: Rect?
        if placement.side {
            let split = middle.splitRight(Self.sidePaneWidth)
            tableRect = Rect(x: split.0.x, y: split.0.y, width: split.0.width - 1, height: split.0.height)
            detailRect = split.1
        } else if placement.below {
            let split = middle.splitBottom(Self.detailHeight)
            tableRect = split.0
            detailRect = split.1
        }
        if d.citizens.isEmpty || (d.scope == .mine && d.mineCount == 0) {
            drawEmpty(on: &canvas, tableRect)
        } else {
            drawTable(on: &canvas, tableRect)
        }
        if let detailRect { drawDetail(on: &canvas, detailRect) }
        let (statusRect, lineRect) = bottom.splitTop(1)
        drawStatus(on: &canvas, statusRect)
        chrome.drawBottomLine(on: &canvas, in: Rect(x: 0, y: 0, width: area.width, height: lineRect.maxY))
    }

    // MARK: - Parts

    private func drawTitle(on canvas: inout Canvas, _ rect: Rect) {
        let scope: String
        switch d.scope {
        case .mine: scope = "\(s.myCaseload) (\(d.user))"
        case .all: scope = s.allCaseloads
        case let .coordinator(name): scope = "\(s.coordinator): \(chrome.colleagues.name(name))"
        }
        // What narrows the list comes before the sort order: on a narrow bar the sort is what is cut.
        var left = [Span(" \(s.appName) ", .title), Span("· \(scope) ", .statusBar)]
        if !d.filter.isEmpty { left.append(Span("· \(s.filter): \(d.filter) ", .accent)) }
        if d.onlyOverdue { left.append(Span("· \(s.onlyOverdue) ", .overdue)) }
        if d.showClosed { left.append(Span("· \(chrome.language.caseLife.showingClosed) ", .statusBar)) }
        left.append(Span("· \(s.sortedBy): \(s.sortKeys[d.sort.rawValue]) ", .statusBar))
        var right: [Span] = []
        if chrome.readOnly { right.append(Span(" \(s.readOnlyBadge) ", .readOnlyBadge)) }
        right.append(Span(" \(chrome.language.date(d.today)) ", .statusBar))
        Bar.draw(on: &canvas, in: rect, left: left, right: right, role: .statusBar)
    }

    static func columns(_ s: Strings) -> [Table.Column] {
        [
            Table.Column(s.columnName, width: .flexible(min: 14, weight: 1), priority: 100),
            Table.Column(s.columnFollowUp, width: .fixed(19), priority: 90),
            Table.Column(s.columnTrend, width: .fixed(11), priority: 60),
            Table.Column(s.columnConsent, width: .fixed(11), priority: 55),
            Table.Column(s.columnGoals, width: .fixed(13), priority: 45),
            Table.Column(s.columnGroup, width: .fixed(17), priority: 40),
            Table.Column(s.columnCPR, width: .fixed(11), priority: 30),
            Table.Column(s.columnStatus, width: .flexible(min: 12, weight: 1), priority: 20),
        ]
    }

    private func drawTable(on canvas: inout Canvas, _ rect: Rect) {
        let bodyHeight = max(0, rect.height - 1)
        let offset = Table.scrollOffset(selected: d.visible.isEmpty ? nil : d.selected, offset: d.offset,
                                        height: bodyHeight, count: d.visible.count)
        let window = d.visible.dropFirst(offset).prefix(bodyHeight)
        let rows = window.map { row(d.citizens[$0], glyphs: canvas.glyphs, unicode: canvas.unicode) }
        var table = Table(columns: Self.columns(s), rows: Array(rows),
                          selected: d.visible.isEmpty ? nil : d.selected - offset, offset: 0)
        table.selectionMarker = canvas.glyphs.selection
        table.draw(on: &canvas, in: rect)
        if d.visible.isEmpty {
            canvas.write(s.noMatches + (d.filter.isEmpty ? "" : ": \(d.filter)"),
                         x: rect.x + 2, y: rect.y + 2, maxWidth: rect.width - 4, role: .muted)
        }
    }

    private func row(_ c: CitizenSummary, glyphs: Glyphs, unicode: Bool) -> [[Span]] {
        [
            [Span(c.name)],
            followUp(c),
            trend(c, glyphs: glyphs, unicode: unicode),
            consent(c.consent, glyphs: glyphs),
            [Span(c.activeGoals.map(String.init).joined(separator: " "))],
            [Span(c.targetGroup.name(chrome.language), .muted)],
            [Span(c.cprMasked ?? s.none, .muted)],
            status(c),
        ]
    }

    func followUp(_ c: CitizenSummary, long: Bool = false) -> [Span] {
        // A paused or closed case has no follow-up due: the column says why, in words.
        switch c.status {
        case .active: break
        case .paused:
            // The resume day is in the status column and the detail pane; this column is too narrow for it.
            return [Span("= " + (s.caseStatuses["paused"] ?? "paused"), .muted)]
        case .closed:
            return [Span("x " + (s.caseStatuses[c.status.key] ?? c.status.key), .muted)]
        }
        let date = c.nextFollowUp.map(chrome.language.date) ?? ""
        switch c.followUpState(today: d.today) {
        case let .overdue(days):
            return [Span("! \(date) ", .overdue), Span(String(format: long ? s.overdueDays : s.overdueShort, days), .overdue)]
        case .dueToday:
            return [Span("» \(s.today)", .dueSoon)]
        case .dueThisWeek:
            return [Span("» \(date)", .dueSoon)]
        case .scheduled:
            return [Span("  \(date)")]
        case .notScheduled:
            return [Span(c.status.isActive ? "  \(s.notScheduled)" : "  \(s.none)", .muted)]
        }
    }

    private func trend(_ c: CitizenSummary, glyphs: Glyphs, unicode: Bool) -> [Span] {
        let range = Double(chrome.scale.lowerBound)...Double(chrome.scale.upperBound)
        let line = Sparkline.render(c.trend, width: 8, range: range, unicode: unicode)
        let trend = Trend(c.trend)
        let arrow: String
        switch trend {
        case .rising: arrow = glyphs.rising
        case .falling: arrow = glyphs.falling
        case .steady: arrow = glyphs.steady
        case .unknown: arrow = " "
        }
        let role: Role = trend == .falling ? .warning : trend == .rising ? .success : .text
        // The sparkline in the text colour: a colour switch per row costs bytes on every scroll over ssh.
        return [Span(DisplayWidth.pad(line, to: 8)), Span(" " + arrow, role)]
    }

    private func consent(_ state: Consent.State, glyphs: Glyphs) -> [Span] {
        switch state {
        case .given: return [Span(glyphs.check + " " + (s.consentShort[state] ?? ""), .success)]
        case .withdrawn: return [Span(glyphs.cross + " " + (s.consentShort[state] ?? ""), .warning)]
        case .notRecorded: return [Span("? " + (s.consentShort[state] ?? ""), .warning)]
        }
    }

    private func status(_ c: CitizenSummary) -> [Span] {
        let word = s.caseStatuses[c.status.key] ?? c.status.key
        switch c.status {
        case .active: break
        case .paused:
            let until = chrome.language.pausedUntil(c.lastStatusChange)
            return [Span(until ?? word, .warning)]
        case .closed:
            // Marked in words, not colour alone: a closed case shown with `c` must not pass for an open one.
            return [Span(word, .muted)]
        }
        var spans = [Span(word)]
        if c.measurementState(today: d.today).isOverdue { spans.append(Span(" · " + s.measurementOverdue, .warning)) }
        if c.mentorPeriodState(today: d.today).needsAttention { spans.append(Span(" · " + s.mentorEnding, .warning)) }
        return spans
    }

    private func drawEmpty(on canvas: inout Canvas, _ rect: Rect) {
        guard rect.height > 2 else { return }
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 1)
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        if let error = d.loadError {
            canvas.write(s.caseloadUnreadable, x: inner.x, y: inner.y, maxWidth: inner.width, role: .error)
            canvas.paragraph(error, in: body)
            return
        }
        canvas.write(d.citizens.isEmpty ? s.emptyCaseloadTitle : s.myCaseload, x: inner.x, y: inner.y,
                     maxWidth: inner.width, role: .title)
        canvas.paragraph(d.citizens.isEmpty ? s.emptyCaseloadAll : s.emptyCaseloadMine, in: body)
    }

    private func drawDetail(on canvas: inout Canvas, _ rect: Rect) {
        guard let c = d.selectedCitizen else {
            canvas.box(rect, title: s.citizen)
            return
        }
        canvas.box(rect, title: c.name)
        let inner = rect.inset(by: 1)
        var y = inner.y
        func line(_ spans: [Span]) {
            guard y < inner.maxY else { return }
            canvas.write(spans, x: inner.x + 1, y: y, maxWidth: inner.width - 2)
            y += 1
        }
        line([Span(s.cpr + ": ", .muted), Span(c.cprMasked ?? s.none)])
        line([Span(s.targetGroup + ": ", .muted), Span(c.targetGroup.name(chrome.language))])
        line([Span(s.coordinator + ": ", .muted), Span(chrome.colleagues.name(c.coordinator))])
        line([Span(s.consent + ": ", .muted)] + consent(c.consent, glyphs: canvas.glyphs))
        if c.status.isActive {
            line([Span(s.nextFollowUp + ": ", .muted)] + followUp(c, long: true))
        } else {
            line([Span(chrome.language.caseLife.statusLine + ": ", .muted)] + status(c))
        }
        if !c.overallGoal.isEmpty {
            line([Span(s.overallGoal + ": ", .muted)])
            for wrapped in Wrap.lines(c.overallGoal, width: max(1, inner.width - 4)).prefix(2) { line([Span("  " + wrapped)]) }
        }
        if !c.goalTitles.isEmpty {
            line([Span(s.goals + ":", .muted)])
            for title in c.goalTitles {
                let letter = String(title.prefix(1))
                let section = PlanSection.allCases.first { String($0.letter) == letter }
                line([Span("  " + letter, section.map(Role.section) ?? .text), Span(String(title.dropFirst(1)))])
            }
        }
        if !c.trend.isEmpty {
            let scores = c.trend.suffix(6).map { chrome.language.decimal($0) }.joined(separator: " ")
            line([Span(s.columnTrend + ": ", .muted), Span(scores)])
        }
    }

    private func drawStatus(on canvas: inout Canvas, _ rect: Rect) {
        let counts = d.counts
        var left = [Span(" "), Span("\(counts.overdue) \(s.overdue)", counts.overdue > 0 ? .overdue : .statusBar),
                    Span(" · \(counts.dueThisWeek) \(s.dueThisWeek) · \(counts.total) \(s.total)", .statusBar)]
        if !d.damaged.isEmpty {
            left.append(Span(" · \(d.damaged.count) \(s.damagedDocuments)", .error))
        }
        let position = d.visible.isEmpty ? "0/0" : "\(d.selected + 1)/\(d.visible.count)"
        Bar.draw(on: &canvas, in: rect, left: left, right: [Span(position + " ", .statusBar)], role: .statusBar)
    }
}
