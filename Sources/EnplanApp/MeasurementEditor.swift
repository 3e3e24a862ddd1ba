import Foundation
import PlanCore
import TerminalKit

/// The progression measurement form: every indicator of the instrument with its anchor texts, scored
/// with digits or arrows, and the change since the last measurement shown while scoring.
public struct MeasurementEditor {
    let instrument: Instrument
    /// The scores of the last measurement, to show the change against.
    let previous: [String: Int]
    public private(set) var scores: [Int?]
    /// The focused row: an indicator, then the date, then the note.
    public var focus = 0
    public var date: TextField
    public var note = TextField()
    public var message: String?
    public var confirmingDiscard: Int?
    public private(set) var changed = false

    init(instrument: Instrument, file: CaseFile, today: CalendarDate) {
        self.instrument = instrument
        previous = file.lastMeasurement?.scores ?? [:]
        scores = Array(repeating: nil, count: instrument.indicators.count)
        date = TextField(today.iso)
    }

    var dateRow: Int { instrument.indicators.count }
    var noteRow: Int { instrument.indicators.count + 1 }

    /// Handles a key; `.submit` and `.close` as for forms.
    mutating func handle(_ key: Key) -> ModalForm.Event? {
        if confirmingDiscard != nil { return ModalForm.answerDiscard(key, &confirmingDiscard) }
        let scale = instrument.scale.range
        switch key {
        case .control("s"): return .submit
        case .escape:
            guard changed else { return .close }
            confirmingDiscard = 1
            return nil
        case .up, .backTab: focus = max(0, focus - 1)
        case .down, .tab: focus = min(noteRow, focus + 1)
        case .enter:
            if focus == noteRow { return .submit }
            focus += 1
        default:
            if focus < dateRow {
                guard score(key, scale: scale) else { return nil }
            } else {
                var field = focus == dateRow ? date : note
                guard field.handle(key) else { return nil }
                if focus == dateRow { date = field } else { note = field }
            }
            changed = true
            message = nil
        }
        return nil
    }

    /// Digits set the focused indicator's score, arrows step it, 0 / Backspace clear it.
    private mutating func score(_ key: Key, scale: ClosedRange<Int>) -> Bool {
        let current = scores[focus]
        switch key {
        case let .character(c) where c.isNumber:
            guard let n = c.wholeNumberValue else { return false }
            if n == 0 { scores[focus] = nil } else if scale.contains(n) { scores[focus] = n } else { return false }
            // Scoring moves on, so a whole measurement is ten digits.
            if n != 0 { focus = min(noteRow, focus + 1) }
        case .right: scores[focus] = min(scale.upperBound, (current ?? previous[instrument.indicators[focus].key] ?? scale.lowerBound - 1) + 1)
        case .left: scores[focus] = max(scale.lowerBound, (current ?? previous[instrument.indicators[focus].key] ?? scale.lowerBound + 1) - 1)
        case .backspace, .delete: scores[focus] = nil
        default: return false
        }
        return true
    }

    /// The measurement to record, or nil with a message.
    mutating func measurement(by user: String, strings: Strings) -> PlanCore.Measurement? {
        var result: [String: Int] = [:]
        for (indicator, score) in zip(instrument.indicators, scores) { if let score { result[indicator.key] = score } }
        guard !result.isEmpty else {
            message = strings.timeline.scoreSomething
            focus = 0
            return nil
        }
        let when: CalendarDate
        do {
            when = try CalendarDate.parse(typed: date.text)
        } catch {
            message = strings.editor.message(for: error)
            focus = dateRow
            return nil
        }
        return PlanCore.Measurement(id: "", date: when, by: user, instrumentID: instrument.id, scores: result,
                           note: note.text.trimmingSpaces)
    }

    /// Mean of the scores given so far, and of the same indicators last time.
    var averages: (now: Double?, before: Double?) {
        let given = zip(instrument.indicators, scores).compactMap { i, s in s.map { (i.key, $0) } }
        guard !given.isEmpty else { return (nil, nil) }
        let now = Double(given.map(\.1).reduce(0, +)) / Double(given.count)
        let before = given.compactMap { previous[$0.0] }
        return (now, before.isEmpty ? nil : Double(before.reduce(0, +)) / Double(before.count))
    }

    // MARK: - Drawing

    func draw(on canvas: inout Canvas, strings: Strings, language: Language) -> (x: Int, y: Int)? {
        let t = strings.timeline
        let area = canvas.bounds
        let rect = area.centered(Size(width: min(area.width, 78), height: area.height - 1))
        canvas.fill(rect)
        canvas.box(rect, title: t.measurementTitle, role: .accent)
        let inner = rect.inset(by: 1)
        let nameWidth = max(10, min(34, inner.width - 30))
        let scaleWidth = instrument.scale.range.count
        let header = t.indicator.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        canvas.write(header + "  " + t.score + "  " + t.last + "  " + t.change, x: inner.x, y: inner.y, maxWidth: inner.width, role: .muted)
        // Rows for indicators, scrolled so the focused one shows; the anchors of the focused one below.
        let anchorRows = 3
        let listHeight = max(1, inner.height - 5 - anchorRows)
        let first = max(0, min(focus, instrument.indicators.count - 1) - listHeight + 1)
        var y = inner.y + 1
        for (i, indicator) in instrument.indicators.enumerated().dropFirst(first).prefix(listHeight) {
            let focused = i == focus
            let name = (indicator.predictive ? "★ " : "  ") + indicator.name(language)
            canvas.write((focused ? "›" : " ") + name, x: inner.x, y: y, maxWidth: nameWidth, role: focused ? .accent : .text)
            let score = scores[i]
            let dots = (instrument.scale.range).map { n in
                guard let score else { return canvas.unicode ? "·" : "." }
                return n <= score ? (canvas.unicode ? "●" : "#") : (canvas.unicode ? "○" : "-")
            }.joined()
            var x = inner.x + nameWidth + 1
            x += canvas.write(score.map { String($0) } ?? t.notScored, x: x, y: y, role: focused ? .selection : .input) + 1
            x += canvas.write(dots, x: x, y: y, maxWidth: scaleWidth, role: .chart1) + 1
            let before = previous[indicator.key]
            canvas.write(before.map { String($0) } ?? "–", x: x, y: y, role: .muted)
            x += 3
            if let score, let before {
                let d = score - before
                canvas.write(d > 0 ? "+\(d)" : d < 0 ? "\(d)" : "=", x: x, y: y, role: d > 0 ? .success : d < 0 ? .warning : .muted)
            }
            y += 1
        }
        // Anchors: what the scale points mean for the focused indicator.
        let anchorY = inner.y + 1 + listHeight
        if focus < dateRow {
            let indicator = instrument.indicators[focus]
            let text = indicator.anchors.map { "\($0.score): " + (language == .da ? $0.textDa : $0.textEn) }.joined(separator: "  ")
            for (i, line) in Wrap.lines(text, width: inner.width).prefix(anchorRows).enumerated() {
                canvas.write(line, x: inner.x, y: anchorY + i, maxWidth: inner.width, role: .muted)
            }
        }
        let averages = self.averages
        var summary = t.total + ": " + (averages.now.map { String(format: "%.1f", $0) } ?? "–")
        if let now = averages.now, let before = averages.before {
            summary += "  (" + t.last.lowercased() + " " + String(format: "%.1f", before) + ", " + String(format: "%+.1f", now - before) + ")"
        }
        canvas.write(summary, x: inner.x, y: anchorY + anchorRows, maxWidth: inner.width, role: .title)
        let fieldX = inner.x + 12
        canvas.write((focus == dateRow ? "› " : "  ") + strings.editor.fieldDate, x: inner.x, y: inner.maxY - 2, maxWidth: 12,
                     role: focus == dateRow ? .accent : .text)
        let dateCursor = date.draw(on: &canvas, x: fieldX, y: inner.maxY - 2, width: 12)
        canvas.write((focus == noteRow ? "› " : "  ") + strings.editor.fieldNote, x: inner.x, y: inner.maxY - 1, maxWidth: 12,
                     role: focus == noteRow ? .accent : .text)
        let noteCursor = note.draw(on: &canvas, x: fieldX, y: inner.maxY - 1, width: max(1, inner.maxX - fieldX))
        let hint = Rect(x: 0, y: area.maxY - 1, width: area.width, height: 1)
        canvas.fill(hint)
        if let message {
            canvas.write("! " + message, x: 0, y: hint.y, maxWidth: hint.width, role: .error)
        } else {
            canvas.write(t.measurementHint, x: 0, y: hint.y, maxWidth: hint.width, role: .muted)
        }
        if let choice = confirmingDiscard {
            ModalForm.drawDiscard(on: &canvas, selected: choice, strings: strings)
            return nil
        }
        return focus == dateRow ? dateCursor : focus == noteRow ? noteCursor : nil
    }
}
