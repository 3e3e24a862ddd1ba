import Foundation
import PlanCore
import TerminalKit

/// The progression measurement form: every indicator of the instrument (with its scale from the
/// catalogue) and the anchor texts of the focused one, scored with digits or arrows, and the change
/// since each indicator's last score shown while scoring.
public struct MeasurementForm {
    let instrument: Instrument
    let language: Language
    /// Each indicator's latest score, to show the change against.
    let previous: [String: Int]
    public private(set) var scores: [Int?]
    /// The focused row: an indicator, then the date, then the note.
    public var focus = 0
    public var date: TextField
    public var note = TextField()
    public var message: String?
    public private(set) var changed = false

    init(instrument: Instrument, file: CaseFile, today: CalendarDate, language: Language) {
        self.instrument = instrument
        self.language = language
        previous = file.latestScores
        scores = Array(repeating: nil, count: instrument.indicators.count)
        date = TextField(language.date(today))
    }

    var dateRow: Int { instrument.indicators.count }
    var noteRow: Int { instrument.indicators.count + 1 }
    var lastIndicator: Int { max(0, instrument.indicators.count - 1) }

    enum Outcome { case submit, cancel }

    /// Handles a key. Up/Down move among the indicators only, so a digit typed after them never lands
    /// in the date; Tab goes on to the date and the note.
    mutating func handle(_ key: Key) -> Outcome? {
        let scale = instrument.scale.range
        switch key {
        case .control("s"): return .submit
        case .escape: return .cancel
        case .up: focus = focus <= dateRow ? max(0, focus - 1) : focus - 1
        case .down: if focus < lastIndicator { focus += 1 }
        case .tab: focus = min(noteRow, max(focus + 1, focus < dateRow ? dateRow : focus + 1))
        case .backTab: focus = focus > dateRow ? dateRow : focus == dateRow ? lastIndicator : max(0, focus - 1)
        case .enter:
            if focus == noteRow { return .submit }
            focus = focus < dateRow ? min(focus + 1, lastIndicator) : focus + 1
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

    /// Digits set the focused indicator's score and move on to the next indicator (never past the
    /// last); arrows step it; 0 / Backspace clear it.
    private mutating func score(_ key: Key, scale: ClosedRange<Int>) -> Bool {
        let current = scores[focus]
        switch key {
        case let .character(c) where c.isASCII && c.isNumber:
            guard let n = c.wholeNumberValue else { return false }
            if n == 0 { scores[focus] = nil } else if scale.contains(n) { scores[focus] = n } else {
                message = String(format: language.strings.editor.outOfScale, scale.lowerBound, scale.upperBound)
                return true
            }
            if n != 0 && focus < lastIndicator { focus += 1 }
        case .right: scores[focus] = min(scale.upperBound, (current ?? previous[instrument.indicators[focus].key] ?? scale.lowerBound - 1) + 1)
        case .left: scores[focus] = max(scale.lowerBound, (current ?? previous[instrument.indicators[focus].key] ?? scale.lowerBound + 1) - 1)
        case .backspace, .delete: scores[focus] = nil
        default: return false
        }
        return true
    }

    /// The measurement to record, or nil with a message.
    mutating func measurement(by user: String) -> PlanCore.Measurement? {
        let strings = language.strings
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

    /// Mean of the citizen's own scores given so far, and of the same indicators' last scores (the
    /// caseworker's view is never averaged in).
    var averages: (now: Double?, before: Double?) {
        let given = zip(instrument.indicators, scores).compactMap { i, s in i.voice == .citizen ? s.map { (i.key, $0) } : nil }
        guard !given.isEmpty else { return (nil, nil) }
        let now = Double(given.map(\.1).reduce(0, +)) / Double(given.count)
        let before = given.compactMap { previous[$0.0] }
        return (now, before.isEmpty ? nil : Double(before.reduce(0, +)) / Double(before.count))
    }

    // MARK: - Drawing

    func draw(on canvas: inout Canvas, footer: [Span]) -> (x: Int, y: Int)? {
        let strings = language.strings, t = strings.timeline
        let area = canvas.bounds
        let glyphs = canvas.glyphs
        let rect = area.centered(Size(width: min(area.width, 78), height: area.height - 1))
        canvas.fill(rect)
        canvas.box(rect, title: t.measurementTitle, role: .accent)
        let inner = rect.inset(by: 1)
        let nameWidth = max(10, min(34, inner.width - 30))
        let scale = instrument.scale.range
        let scaleWidth = scale.count
        // Columns by terminal width: a header lines up with its column in any language.
        let scoreWidth = max(DisplayWidth.of(t.score), 2)
        let dotsWidth = max(scaleWidth, 1)
        let lastWidth = max(DisplayWidth.of(t.last), 2)
        let header = DisplayWidth.pad(t.indicator, to: nameWidth) + " " + DisplayWidth.pad(t.score, to: scoreWidth) + " "
            + String(repeating: " ", count: dotsWidth) + " " + DisplayWidth.pad(t.last, to: lastWidth) + " " + t.change
        canvas.write(header, x: inner.x, y: inner.y, maxWidth: inner.width, role: .muted)
        // Rows for indicators, scrolled so the focused one shows; the anchors of the focused one below.
        let anchorRows = 3
        let listHeight = max(1, inner.height - 5 - anchorRows)
        let first = max(0, min(focus, lastIndicator) - listHeight + 1)
        var y = inner.y + 1
        for (i, indicator) in instrument.indicators.enumerated().dropFirst(first).prefix(listHeight) {
            let focused = i == focus
            let name = (indicator.predictive ? glyphs.star + " " : "  ") + indicator.name(language)
            canvas.write((focused ? glyphs.focus : " ") + name, x: inner.x, y: y, maxWidth: nameWidth, role: focused ? .accent : .text)
            let score = scores[i]
            let dots = scale.map { n in
                guard let score else { return glyphs.dot }
                return n <= score ? glyphs.filledCircle : glyphs.circle
            }.joined()
            var x = inner.x + nameWidth + 1
            canvas.write(DisplayWidth.pad(score.map { String($0) } ?? t.notScored, to: scoreWidth), x: x, y: y,
                         role: focused ? .selection : .input)
            x += scoreWidth + 1
            canvas.write(dots, x: x, y: y, maxWidth: dotsWidth, role: .chart1)
            x += dotsWidth + 1
            let before = previous[indicator.key]
            canvas.write(before.map { String($0) } ?? "–", x: x, y: y, role: .muted)
            x += lastWidth + 1
            if let score, let before {
                let d = score - before
                canvas.write(d > 0 ? "+\(d)" : d < 0 ? "\(d)" : "=", x: x, y: y, role: d > 0 ? .success : d < 0 ? .warning : .muted)
            }
            y += 1
        }
        // Anchors: what the scale points mean for the focused indicator.
        let anchorY = inner.y + 1 + listHeight
        if focus < dateRow, instrument.indicators.indices.contains(focus) {
            let indicator = instrument.indicators[focus]
            let text = indicator.anchors.map { "\($0.score): " + (language == .da ? $0.textDa : $0.textEn) }.joined(separator: "  ")
            for (i, line) in Wrap.lines(text, width: inner.width).prefix(anchorRows).enumerated() {
                canvas.write(line, x: inner.x, y: anchorY + i, maxWidth: inner.width, role: .muted)
            }
        }
        let averages = self.averages
        var summary = t.total + ": " + (averages.now.map { language.decimal($0) } ?? "–")
        if let now = averages.now, let before = averages.before {
            summary += "  (" + t.last.lowercased() + " " + language.decimal(before) + ", "
                + language.decimal(now - before, signed: true) + ")"
        }
        canvas.write(summary, x: inner.x, y: anchorY + anchorRows, maxWidth: inner.width, role: .title)
        let fieldX = inner.x + 12
        canvas.write((focus == dateRow ? glyphs.focus + " " : "  ") + strings.editor.fieldDate, x: inner.x, y: inner.maxY - 2,
                     maxWidth: 12, role: focus == dateRow ? .accent : .text)
        let dateCursor = date.draw(on: &canvas, x: fieldX, y: inner.maxY - 2, width: 12)
        canvas.write((focus == noteRow ? glyphs.focus + " " : "  ") + strings.editor.fieldNote, x: inner.x, y: inner.maxY - 1,
                     maxWidth: 12, role: focus == noteRow ? .accent : .text)
        let noteCursor = note.draw(on: &canvas, x: fieldX, y: inner.maxY - 1, width: max(1, inner.maxX - fieldX))
        let hint = Rect(x: 0, y: area.maxY - 1, width: area.width, height: 1)
        canvas.fill(hint)
        if let message {
            canvas.write("! " + message, x: 0, y: hint.y, maxWidth: hint.width, role: .error)
        } else {
            canvas.write(footer, x: 0, y: hint.y, maxWidth: hint.width)
        }
        return focus == dateRow ? dateCursor : focus == noteRow ? noteCursor : nil
    }
}
