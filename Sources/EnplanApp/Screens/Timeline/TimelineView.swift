import Foundation
import PlanCore
import TerminalKit

/// The timeline screen: the progression chart over the whole course (with revisions and meetings
/// marked on the same time axis), then every event in date order, each marked by section and kind
/// with a symbol as well as a colour.
struct TimelineView {
    let timeline: TimelineState
    let chrome: Chrome
    let instrument: Instrument

    /// Rows given to the chart: none on small screens, where the list matters more.
    static func chartHeight(_ size: Size) -> Int { size.height >= 20 ? max(8, (size.height - 4) / 2) : 0 }

    /// Rows of the event list.
    static func listHeight(_ size: Size) -> Int { max(1, size.height - 3 - chartHeight(size)) }

    func draw(on canvas: inout Canvas) {
        let s = chrome.strings, t = s.timeline, language = chrome.language
        let area = canvas.bounds
        let file = timeline.file
        var filter = [String]()
        switch timeline.sectionFilter {
        case .all: break
        case let .section(section): filter.append(section.name(language))
        case .wholePlan: filter.append(t.wholePlan)
        }
        if let kind = timeline.kindFilter { filter.append(t.kinds[kind] ?? kind.rawValue) }
        if !timeline.search.isEmpty { filter.append(String(format: language.notes.searching, timeline.search)) }
        let count = language.count(timeline.visible.count, t.event, t.events) + (filter.isEmpty ? "" : " · " + filter.joined(separator: " · "))
        Bar.draw(on: &canvas, in: Rect(x: 0, y: 0, width: area.width, height: 1),
                 left: [Span(" \(t.title) ", .title), Span("· \(file.citizen.name) ", .statusBar)],
                 right: [Span(count + " ", .statusBar)], role: .statusBar)

        let chartHeight = TimelineView.chartHeight(area.size)
        if chartHeight > 0 {
            drawChart(on: &canvas, in: Rect(x: 0, y: 1, width: area.width, height: chartHeight))
        }
        let list = Rect(x: 0, y: 1 + chartHeight, width: area.width, height: TimelineView.listHeight(area.size))
        drawList(on: &canvas, in: list)

        // The selected event in full, then the keys (or the date being typed).
        if let event = timeline.selectedEvent {
            let title = TimelineView.title(of: event, in: file, instrument: instrument, language: language)
            canvas.write(language.date(event.date) + "  " + (t.kinds[event.kind] ?? event.kind.rawValue) + (title.isEmpty ? "" : ": " + title),
                         x: 1, y: area.maxY - 2, maxWidth: area.width - 2, role: .muted)
        }
        chrome.drawBottomLine(on: &canvas, in: area)
    }

    // MARK: - Chart

    /// The measurements as points of the selected series: the citizen's own average (the caseworker's
    /// view is a series of its own, never averaged in), or one indicator.
    static func series(_ file: CaseFile, instrument: Instrument, index: Int) -> [Chart.Point] {
        let own = instrument.keys(of: .citizen)
        return file.measurementsByDate.compactMap { m in
            let value: Double?
            if index == 0 {
                value = m.average(of: own)
            } else {
                value = instrument.indicators.indices.contains(index - 1) ? m.scores[instrument.indicators[index - 1].key].map(Double.init) : nil
            }
            return value.map { Chart.Point(x: Double(m.date.daysSinceEpoch), y: $0) }
        }
    }

    private func drawChart(on canvas: inout Canvas, in rect: Rect) {
        let t = chrome.strings.timeline
        let file = timeline.file
        let wide = rect.width >= 110
        let side = wide ? 40 : 0
        let chartRect = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - side - 2, height: rect.height - 1)
        let name = timeline.series == 0 ? t.total
            : instrument.indicators.indices.contains(timeline.series - 1) ? instrument.indicators[timeline.series - 1].name(chrome.language) : t.total
        canvas.write([Span(String(format: t.chartOf, name), .title), Span("   " + t.markersLegend(canvas.glyphs), .muted)],
                     x: rect.x + 1, y: rect.y, maxWidth: rect.width - side - 2)
        let points = TimelineView.series(file, instrument: instrument, index: timeline.series)
        let today = chrome.today
        let start = Double(file.created.daysSinceEpoch)
        let end = Double(max(today.daysSinceEpoch, timeline.events.last?.date.daysSinceEpoch ?? 0, file.created.daysSinceEpoch + 1))
        var markers = file.revisions.map { Chart.Marker(x: Double($0.date.daysSinceEpoch), symbol: canvas.glyphs.pencil, role: .accent) }
        markers += file.meetings.filter { $0.outcome == .held }.map {
            Chart.Marker(x: Double($0.date.daysSinceEpoch), symbol: canvas.glyphs.diamond, role: .muted)
        }
        if let selected = timeline.selectedEvent {
            markers.append(Chart.Marker(x: Double(selected.date.daysSinceEpoch), symbol: canvas.glyphs.triangleUp, role: .selection))
        }
        let scale = instrument.scale.range
        let chart = Chart(points: points, xRange: start...end, yRange: Double(scale.lowerBound)...Double(scale.upperBound),
                          markers: markers, yLabels: (String(scale.lowerBound), String(scale.upperBound)),
                          xLabels: (chrome.language.date(file.created), chrome.language.date(CalendarDate(daysSinceEpoch: Int(end)))))
        chart.draw(on: &canvas, in: chartRect)
        if points.count < 2 {
            let text = points.isEmpty ? t.noMeasurements : t.oneMeasurement
            canvas.write(text, x: chartRect.x + 4, y: chartRect.y + chartRect.height / 2 - 1, maxWidth: chartRect.width - 5, role: .muted)
        }
        if wide { drawIndicators(on: &canvas, in: Rect(x: rect.maxX - side, y: rect.y, width: side - 1, height: rect.height)) }
    }

    /// Each indicator's course as a block sparkline, with its latest score: the detail a wide screen has room for.
    private func drawIndicators(on canvas: inout Canvas, in rect: Rect) {
        let scale = instrument.scale.range
        let range = Double(scale.lowerBound)...Double(scale.upperBound)
        let measurements = timeline.file.measurementsByDate
        let nameWidth = rect.width - 16
        for (i, indicator) in instrument.indicators.enumerated() where i + 1 < rect.height {
            let values = measurements.compactMap { $0.scores[indicator.key].map(Double.init) }
            let y = rect.y + 1 + i
            let focused = timeline.series == i + 1
            canvas.write((indicator.predictive ? canvas.glyphs.star : " ") + indicator.name(chrome.language), x: rect.x, y: y, maxWidth: nameWidth,
                         role: focused ? .selection : .text)
            canvas.write(Sparkline.render(values, width: 12, range: range, unicode: canvas.unicode), x: rect.x + nameWidth + 1, y: y, role: .chart1)
            canvas.write(values.last.map { String(Int($0)) } ?? "–", x: rect.maxX - 1, y: y, role: .muted)
        }
    }

    // MARK: - Events

    private func drawList(on canvas: inout Canvas, in rect: Rect) {
        let t = chrome.strings.timeline
        guard !timeline.visible.isEmpty else {
            canvas.write(t.noEvents, x: 2, y: rect.y + 1, maxWidth: rect.width - 2, role: .muted)
            return
        }
        let list = ListState(selected: timeline.selected, offset: timeline.offset).clamped(count: timeline.visible.count, height: rect.height)
        for (row, position) in timeline.visible.indices.dropFirst(list.offset).prefix(rect.height).enumerated() {
            let event = timeline.events[timeline.visible[position]]
            let y = rect.y + row
            let selected = position == list.selected
            if selected { canvas.fill(Rect(x: 0, y: y, width: rect.width, height: 1), role: .selection) }
            let sectionSpan = event.section.map { Span(String($0.letter), selected ? .selection : .section($0)) }
                ?? Span(canvas.glyphs.dot, selected ? .selection : .muted)
            let symbol = TimelineView.symbol(event.kind, canvas.glyphs)
            let kind = t.kinds[event.kind] ?? event.kind.rawValue
            let role: Role = selected ? .selection : .text
            let title = TimelineView.title(of: event, in: timeline.file, instrument: instrument, language: chrome.language)
            canvas.write([Span(selected ? canvas.glyphs.focus : " ", role), Span(chrome.language.date(event.date) + " ", selected ? .selection : .muted), sectionSpan,
                          Span(" " + symbol + " ", selected ? .selection : TimelineView.role(event.kind)),
                          Span(kind, selected ? .selection : .accent), Span(title.isEmpty ? "" : " · " + title, role)],
                         x: 0, y: y, maxWidth: rect.width)
        }
    }

    /// What the event says: a measurement shows its average, so the list reads as progress too.
    static func title(of event: TimelineEvent, in file: CaseFile, instrument: Instrument, language: Language) -> String {
        if event.kind == .statusChanged {
            // "pause til 15.01.2027 · Indlagt", "afsluttet: job · Fik fast job"
            let change = file.statusHistory.first { $0.date == event.date && $0.status.key == event.title }
            let word = language.strings.caseStatuses[event.title] ?? event.title
            let until = language.pausedUntil(change)
            return [until ?? word, change?.note ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        }
        if event.kind == .note, let n = file.notes.first(where: { $0.id == event.itemID }) {
            let how = language.notes.kinds[n.kind] ?? n.kind.rawValue
            return [how, n.who, n.headline].filter { !$0.isEmpty }.joined(separator: " · ")
        }
        if event.kind == .decision, let d = file.decisions.first(where: { $0.id == event.itemID }) {
            let outcome = language.decisions.word(d.outcome)
            return [outcome + ": " + d.effortTitle, d.legalBasis, d.reasons.split(separator: "\n").first.map(String.init) ?? ""]
                .filter { !$0.isEmpty }.joined(separator: " · ")
        }
        if event.kind == .assessment, let a = file.assessments.first(where: { $0.id == event.itemID }) {
            let n = a.findings.count
            let s = language.assessment
            return n == 1 ? s.oneAreaAssessed : String(format: s.areasAssessed, n)
        }
        guard event.kind == .measurement, let m = file.measurements.first(where: { $0.id == event.itemID }) else { return event.title }
        // Two voices, as BIP asked them: the citizen's average, the caseworker's view beside it.
        let t = language.strings.timeline
        let own = m.average(of: instrument.keys(of: .citizen)), theirs = m.average(of: instrument.keys(of: .caseworker))
        let parts = [own.map { t.total + " " + language.decimal($0) }, theirs.map { t.caseworkerView + " " + language.decimal($0) },
                     m.note.isEmpty ? nil : m.note].compactMap { $0 }
        return parts.isEmpty ? event.title : parts.joined(separator: " · ")
    }

    static func symbol(_ kind: TimelineEvent.Kind, _ g: Glyphs) -> String {
        switch kind {
        case .planCreated: return g.star
        case .planRevised: return g.pencil
        case .consent: return g.section
        case .statusChanged: return g.flag
        case .goalSet: return g.circle
        case .goalAchieved: return g.check
        case .goalDropped: return g.cross
        case .effortStarted: return g.triangleRight
        case .effortEnded: return g.square
        case .meeting: return g.diamond
        case .measurement: return g.triangleUp
        case .mentorPeriodStarted: return g.periodStart
        case .mentorPeriodEnded: return g.periodEnd
        case .assessment: return g.section
        case .note: return g.note
        case .decision: return g.decision
        }
    }

    static func role(_ kind: TimelineEvent.Kind) -> Role {
        switch kind {
        case .goalAchieved, .effortEnded: return .success
        case .goalDropped, .statusChanged: return .warning
        case .measurement: return .chart1
        default: return .text
        }
    }
}
