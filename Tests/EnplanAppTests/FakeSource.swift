import Foundation
import EnplanApp
import PlanCore
import CaseRecords
import TestSupport
import TerminalKit

/// The screens' store in tests: the records seam in memory.
typealias FakeSource = MemoryStore

extension MemoryStore {
    convenience init(user: String = "mette", readOnly: Bool = false, files: [CaseFile]) {
        self.init(user: user, readOnly: readOnly, today: Fixtures.today, files: files)
    }
}

enum Fixtures {
    static let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(daysSinceEpoch: 0)

    static func file(_ id: String, _ name: String, coordinator: String = "mette", group: TargetGroup = .aktivitetsparat,
                     cpr: String? = nil, next: Int?, consent: Consent.State = .given, scores: [Int] = [],
                     goals: [PlanSection: [String]] = [:], mentorEndsIn: Int? = nil) -> CaseFile {
        var generator = SeededGenerator(seed: UInt64(id.utf8.count))
        let citizen = Citizen(id: (try? CitizenID(id)) ?? CitizenID.random(using: &generator), name: name,
                              cpr: cpr.flatMap { try? CPRNumber($0) }, targetGroup: group, coordinator: coordinator)
        var f = CaseFile(citizen: citizen, created: today.adding(days: -400), createdBy: coordinator)
        f.revision = 3
        if consent != .notRecorded {
            f.record(consent: Consent(state: consent, date: today.adding(days: -390), replaces: ["min-plan"], form: .written,
                                      informedOfWithdrawal: true))
        }
        f.nextFollowUp = next.map { today.adding(days: $0) }
        f.overallGoal = "Job som pædagogmedhjælper, 25 timer om ugen"
        for (i, score) in scores.enumerated() {
            f.measurements.append(Measurement(id: "p\(i)", date: today.adding(days: -90 * (scores.count - i)), by: coordinator,
                                              instrumentID: Instrument.standard.id,
                                              scores: Dictionary(uniqueKeysWithValues: Instrument.standard.indicators.map { ($0.key, score) })))
        }
        for (section, titles) in goals {
            for title in titles {
                f.sections[section].goals.append(Goal(id: f.makeItemID(prefix: "g"), title: title, created: today.adding(days: -300)))
            }
        }
        if let days = mentorEndsIn, let period = try? MentorPeriod(start: today.adding(days: days - 150), end: today.adding(days: days)) {
            f.mentorAgreement = MentorAgreement(mentorName: "Kim Jessen", periods: [period])
        }
        return f
    }

    /// Danish names, CJK, decomposed combining marks, a long name, overdue and due-this-week.
    static func caseload() -> [CaseFile] {
        [
            file("b-aase", "Åse Ørsted", cpr: "070761-4285", next: -12, scores: [2, 3, 3, 4],
                 goals: [.employment: ["Komme i virksomhedspraktik"], .social: ["Stabil døgnrytme"]]),
            file("b-soeren", "Søren Ærø Kjærgaard", group: .ressourceforloeb, cpr: "010190-1234", next: 3, scores: [4, 3],
                 goals: [.family: ["Faste rutiner om aftenen"]], mentorEndsIn: 10),
            file("b-wang", "王芳", group: .ung, next: 0, consent: .notRecorded, scores: [3]),
            file("b-nguyen", "Nguye\u{0302}\u{0303}n Thi\u{0323} Hu\u{031B}o\u{031B}\u{0300}ng", group: .familie, cpr: "120385-5678",
                 next: 40, consent: .withdrawn, scores: [2, 2, 3, 3, 4, 5]),
            file("b-long", "Maria Magdalena Christiansen-Østergaard Bjørnsdóttir", group: .sygedagpenge, next: 14),
            file("b-jonas1", "Bjørn Bæk", coordinator: "jonas", group: .jobafklaring, next: -3, scores: [5, 4]),
            file("b-jonas2", "محمد الحسن", coordinator: "jonas", group: .ledighedsydelse, next: nil),
        ]
    }
}

/// Renders an app into a grid like a terminal would, and compares it with a golden file: the text,
/// then a style layer (one letter per cell, each letter a style listed under it), so a change of
/// colour or attribute shows in the diff as surely as a change of text.
enum Golden {
    static var folder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden") }

    static func render(_ app: App, colors: Int = 256, unicode: Bool = true) -> Buffer {
        app.render(colors: colors, unicode: unicode).buffer
    }

    /// The golden dump of a screen: text, styles, legend.
    static func dump(_ buffer: Buffer) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var codes: [Style: Character] = [:]
        var legend: [String] = []
        var rows: [String] = []
        for y in 0..<buffer.size.height {
            var row = ""
            for x in 0..<buffer.size.width {
                let style = buffer[x, y].style
                if codes[style] == nil {
                    let letter = codes.count < letters.count ? letters[codes.count] : "?"
                    codes[style] = letter
                    legend.append("\(letter) \(describe(style))")
                }
                row.append(codes[style] ?? "?")
            }
            rows.append(row)
        }
        return buffer.text + "\n--- styles\n" + rows.joined(separator: "\n") + "\n--- legend\n" + legend.joined(separator: "\n") + "\n"
    }

    static func describe(_ style: Style) -> String {
        func color(_ c: Color) -> String {
            switch c {
            case .default: return "default"
            case let .standard(n): return "\(n)"
            case let .indexed(n): return "i\(n)"
            case let .rgb(r, g, b): return "#" + [r, g, b].map { String($0, radix: 16) }.joined()
            }
        }
        var attributes: [String] = []
        if style.attributes.contains(.bold) { attributes.append("bold") }
        if style.attributes.contains(.reverse) { attributes.append("reverse") }
        if style.attributes.contains(.underline) { attributes.append("underline") }
        if style.attributes.contains(.dim) { attributes.append("dim") }
        return "fg=\(color(style.foreground)) bg=\(color(style.background))" + (attributes.isEmpty ? "" : " " + attributes.joined(separator: ","))
    }

    /// Compares the screen with `Golden/<name>.txt`; with ENPLAN_UPDATE_GOLDEN=1 rewrites it.
    static func check(_ buffer: Buffer, _ name: String) -> String? {
        let url = folder.appendingPathComponent(name + ".txt")
        let text = dump(buffer)
        if ProcessInfo.processInfo.environment["ENPLAN_UPDATE_GOLDEN"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(name).txt; run with ENPLAN_UPDATE_GOLDEN=1 and review it"
        }
        return expected == text ? nil : "screen differs from \(name).txt:\n\(buffer.text)"
    }

    /// The same for a document (a letter): the file is the text itself, named with its extension.
    static func check(text: String, _ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ENPLAN_UPDATE_GOLDEN"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(name); run with ENPLAN_UPDATE_GOLDEN=1 and review it"
        }
        return expected == text ? nil : "\(name) differs:\n\(text)"
    }
}
