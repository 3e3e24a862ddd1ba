import PlanCore
import TerminalKit

/// The plan screen: who the citizen is and where the plan stands, then one tab of it.
struct PlanView {
    let plan: PlanState
    let chrome: Chrome
    let catalogues: Catalogues

    /// Rows above the body: title, status, own words and overall goal (when there is room), tabs.
    static func headerHeight(_ size: Size) -> Int { size.height >= 18 ? 5 : 3 }

    /// Rows of the body: all but the header, the detail line and the footer.
    static func bodyHeight(_ size: Size) -> Int { max(1, size.height - headerHeight(size) - 2) }

    func draw(on canvas: inout Canvas) {
        let s = chrome.strings, e = s.editor, language = chrome.language
        let area = canvas.bounds
        let file = plan.file
        let c = file.citizen
        let content = PlanLines(file: file, catalogues: catalogues, strings: s, language: language, today: chrome.today,
                                colleagues: chrome.colleagues, glyphs: canvas.glyphs, width: area.width,
                                assessment: plan.shownAssessment)

        // Title bar: who, and whose.
        let cpr = c.cpr.map { plan.revealCPR ? $0.formatted : $0.masked } ?? s.none
        // The id is what `enplan show` takes; on narrow screens the name matters more.
        let revision = String(format: e.updatedBy, file.revision, file.updatedBy, language.date(file.updated))
        let id = file.id.rawValue + " · "
        var right = [Span((area.width >= 70 ? id + revision : "rev. \(file.revision)") + " ", .statusBar)]
        if chrome.readOnly { right.insert(Span(" \(s.readOnlyBadge) ", .readOnlyBadge), at: 0) }
        Bar.draw(on: &canvas, in: Rect(x: 0, y: 0, width: area.width, height: 1),
                 left: [Span(" \(c.name) ", .title), Span("· \(cpr) · \(c.targetGroup.name(language)) · \(chrome.colleagues.name(c.coordinator)) ", .statusBar)],
                 right: right, role: .statusBar)

        // Where the plan stands.
        var status = [Span(s.consent + " ", .muted)] + content.consent(file.consent)
        let warnings = file.consentWarnings(catalogues, on: chrome.today).count
        if warnings > 0 { status.append(Span(" ! " + language.warningCount(warnings), .warning)) }
        // A case that is not active has no follow-up to keep: its status says where it stands.
        if file.status.isActive {
            status += [Span("  " + s.nextFollowUp + " ", .muted)] + content.followUp()
        } else {
            status += [Span("  " + language.caseLife.statusLine + " ", .muted)] + content.caseStatus()
        }
        canvas.write(status, x: 1, y: 1, maxWidth: area.width - 2)
        var y = 2
        if PlanView.headerHeight(area.size) == 5 {
            let words = file.ownWords.split(separator: "\n").joined(separator: " ")
            canvas.write([Span(s.ownWords + ": ", .muted), Span(words.isEmpty ? s.none : "“\(words)”")], x: 1, y: 2, maxWidth: area.width - 2)
            canvas.write([Span(s.overallGoal + ": ", .muted), Span(file.overallGoal.isEmpty ? s.none : file.overallGoal)],
                         x: 1, y: 3, maxWidth: area.width - 2)
            y = 4
        }

        // Tabs, each with its number key and count of active goals; "!" where something needs attention.
        let mentorEnding = file.mentorPeriodState(today: chrome.today).needsAttention
        let titles = PlanTab.allCases.map { tab -> String in
            if tab == .assessment { return "6 " + language.assessment.tab + (file.assessments.isEmpty ? "" : " (\(file.assessments.count))") }
            guard let section = tab.section else { return "5 " + e.citizenTab }
            let n = file.sections[section].activeGoalCount
            return "\(tab.rawValue + 1) \(section.name(language))" + (n > 0 ? " (\(n))" : "")
                + (section == .mentor && mentorEnding ? " !" : "")
        }
        Tabs.draw(on: &canvas, in: Rect(x: 0, y: y, width: area.width, height: 1), titles: titles, selected: plan.tab.rawValue)

        // Body: scrolled so the selected line is on screen whatever the size (clamped as it is drawn).
        let lines = content.lines(for: plan.tab)
        let selectable = lines.indices.filter { lines[$0].item != nil }
        let selectedLine = selectable.isEmpty ? nil : selectable[min(max(0, plan.selected), selectable.count - 1)]
        let body = Rect(x: 0, y: y + 1, width: area.width, height: PlanView.bodyHeight(area.size))
        let offset = Table.scrollOffset(selected: selectedLine.map { plan.selected == 0 ? 0 : $0 }, offset: plan.offset,
                                        height: body.height, count: lines.count)
        for (row, index) in lines.indices.dropFirst(offset).prefix(body.height).enumerated() {
            let line = lines[index]
            let ry = body.y + row
            let isSelected = index == selectedLine
            if isSelected { canvas.fill(Rect(x: 0, y: ry, width: area.width, height: 1), role: .selection) }
            let rightWidth = line.right.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let leftRoom = rightWidth > 0 && rightWidth + 12 < body.width ? body.width - rightWidth - 3 : body.width - 2
            let spans = isSelected ? line.left.map { Span($0.text, .selection) } : line.left
            canvas.write([Span(isSelected ? canvas.glyphs.focus : " ", isSelected ? .selection : .text)] + spans, x: 0, y: ry,
                         maxWidth: leftRoom + 1)
            if leftRoom < body.width - 2 {
                let rightSpans = isSelected ? line.right.map { Span($0.text, .selection) } : line.right
                canvas.write(rightSpans, x: body.maxX - rightWidth - 1, y: ry, maxWidth: rightWidth)
            }
        }

        // Detail of the selected item, then messages or the keys.
        let detailY = area.maxY - 2
        if let selectedLine, let item = lines[selectedLine].item {
            canvas.write(content.detail(of: item), x: 1, y: detailY, maxWidth: area.width - 2, role: .muted)
        }
        chrome.drawBottomLine(on: &canvas, in: area)
    }

    static func addLabel(_ kind: PlanForm.Kind, _ language: Language) -> String {
        let e = language.strings.editor
        switch kind {
        case .goal: return e.addGoal
        case .subGoal: return e.addSubGoal
        case .effort: return e.addEffort
        case .mentorPeriod: return e.addPeriod
        case .mentorAgreement: return e.addAgreement
        case .networkMember: return e.addNetworkMember
        case .meeting: return e.addMeeting
        case .revision: return e.addRevision
        case .note: return language.notes.addNote
        default: return ""
        }
    }
}
