import Foundation
import PlanCore

/// The whole plan as text for the coordinator at a terminal (`enplan show`): the four sections,
/// meetings and measurements with their codes. The copy for the citizen is `PlanLetter`.
public struct PlanPrintout {
    public var file: CaseFile
    public var catalogues: Catalogues
    public var language: Language
    public var revealCPR: Bool
    public var today: CalendarDate

    public init(file: CaseFile, catalogues: Catalogues, language: Language, revealCPR: Bool = false, today: CalendarDate) {
        self.file = file
        self.catalogues = catalogues
        self.language = language
        self.revealCPR = revealCPR
        self.today = today
    }

    public func render() -> String {
        var out = Writer()
        let s = language.strings
        let c = file.citizen
        out.title("\(s.printTitle): \(c.name)")
        let cpr = c.cpr.map { revealCPR ? $0.formatted : $0.masked } ?? s.none
        out.field(s.cpr, cpr)
        out.field(s.targetGroup, c.targetGroup.name(language))
        out.field(s.coordinator, c.coordinator)
        out.field(s.status, s.caseStatuses[file.status.key] ?? file.status.key)
        var consent = s.consentStates[file.consent.state] ?? ""
        if let d = file.consent.date { consent += " " + d.iso }
        if !file.consent.scope.isEmpty {
            consent += " (\(s.consentScope): " + file.consent.scope.map { language.departmentName($0, catalogues) }.joined(separator: ", ") + ")"
        }
        let k = language.consent, given = file.consent
        if let form = given.form.flatMap({ k.forms[$0] }) { consent += ", " + form }
        if !given.documentReference.isEmpty { consent += " (\(given.documentReference))" }
        out.field(s.consent, consent)
        if !given.replaces.isEmpty {
            let names = language.sectorPlanNames(given.replaces, catalogues).joined(separator: ", ")
            out.field(k.fieldReplaces, names)
        }
        if !given.purpose.isEmpty { out.field(k.fieldPurpose, given.purpose) }
        if given.state == .given { out.field(k.fieldInformed, given.informedOfWithdrawal ? s.yes : s.no) }
        for (n, holder) in given.custodyHolders.enumerated() {
            out.field(String(format: k.holder, n + 1), "\(holder.name) (\(holder.relation)) \(holder.date.iso)")
        }
        out.field(s.nextFollowUp, file.nextFollowUp?.iso ?? s.none)
        out.field(s.created, file.created.iso)

        out.heading(s.ownWords)
        out.paragraph(file.ownWords.isEmpty ? s.none : file.ownWords, quoted: true)
        out.heading(s.overallGoal)
        out.paragraph(file.overallGoal.isEmpty ? s.none : file.overallGoal)

        for section in PlanSection.allCases {
            let plan = file.sections[section]
            out.heading(section.name(language))
            if !plan.responsible.isEmpty { out.field(s.responsible, plan.responsible) }
            if plan.goals.isEmpty && plan.efforts.isEmpty {
                out.paragraph(s.none)
            }
            if !plan.goals.isEmpty {
                out.subheading(s.goals)
                for g in plan.goals {
                    var line = "\(g.title) [\(s.goalStatuses[g.status] ?? "")"
                    if let d = g.statusDate, g.status != .active { line += " \(d.iso)" }
                    line += "]"
                    out.bullet(line, level: 0)
                    for sub in g.subGoals {
                        out.bullet("\(sub.title) [\(s.goalStatuses[sub.status] ?? "")]", level: 1)
                    }
                }
            }
            if !plan.efforts.isEmpty {
                out.subheading(s.efforts)
                for e in plan.efforts {
                    var line = "\(e.title), \(e.start.iso)–\(e.end?.iso ?? "") [\(s.effortStatuses[e.status] ?? "")]"
                    if !e.legalBasis.isEmpty { line += ", \(e.legalBasis)" }
                    if !e.responsible.isEmpty { line += ", \(s.responsible.lowercased()): \(e.responsible)" }
                    out.bullet(line, level: 0)
                }
            }
            if !plan.notes.isEmpty { out.paragraph(plan.notes) }
            if section == .mentor, let m = file.mentorAgreement {
                out.subheading(s.mentorAgreement)
                out.field(s.mentor, [m.mentorName, m.organisation, m.contact].filter { !$0.isEmpty }.joined(separator: ", "))
                out.field(s.purpose, m.purpose)
                out.field(s.tasks, m.tasks)
                out.field(s.hoursPerWeek, language.hours(m.hoursPerWeek))
                out.field(s.periods, m.periods.map { "\($0.start.iso)–\($0.end.iso)" }.joined(separator: ", "))
            }
        }

        if !file.network.isEmpty {
            out.heading(s.network)
            for n in file.network { out.bullet([n.name, n.role, n.contact].filter { !$0.isEmpty }.joined(separator: ", "), level: 0) }
        }
        out.heading(s.meetings)
        if file.meetings.isEmpty { out.paragraph(s.none) }
        for m in file.meetings.sorted(by: { $0.date > $1.date }) {
            var line = "\(m.date.iso) \(s.meetingKinds[m.kind] ?? ""): \(s.meetingOutcomes[m.outcome] ?? "")"
            if let r = m.followUpResult { line += " (\(s.followUpResults[r] ?? ""))" }
            if !m.summary.isEmpty { line += " – \(m.summary)" }
            out.bullet(line, level: 0)
        }
        let n = language.notes
        out.heading(n.heading)
        if file.notes.isEmpty { out.paragraph(s.none) }
        for note in file.notes.sorted(by: { $0.date > $1.date }) {
            var line = "\(note.date.iso) \(n.kinds[note.kind] ?? note.kind.rawValue)"
            if !note.who.isEmpty { line += " (\(note.who))" }
            line += ", \(note.author)" + (note.inLetter ? ", " + n.inLetter : "") + ": "
                + note.text.replacingOccurrences(of: "\n", with: "\n    ")
            out.bullet(line, level: 0)
        }
        let d = language.decisions
        out.heading(d.heading)
        if file.decisions.isEmpty { out.paragraph(s.none) }
        for decision in file.decisions.reversed() {
            let outcome = d.word(decision.outcome)
            out.bullet("\(decision.date.iso) \(outcome): \(decision.effortTitle) (\(decision.legalBasis)), \(decision.decidedBy): "
                + decision.reasons.replacingOccurrences(of: "\n", with: "\n    "), level: 0)
        }
        out.heading(s.measurements)
        let measurements = file.measurementsByDate
        if measurements.isEmpty { out.paragraph(s.none) }
        // The citizen's own average, the caseworker's view beside it: two voices, never one figure.
        let (own, theirs) = (catalogues.instrument.keys(of: .citizen), catalogues.instrument.keys(of: .caseworker))
        let t = language.strings.timeline
        for m in measurements {
            let avg = m.average(of: own).map { language.decimal($0) } ?? s.none
            let view = m.average(of: theirs).map { " · \(t.caseworkerView) " + language.decimal($0) } ?? ""
            out.bullet("\(m.date.iso): \(t.total) \(avg)\(view) (\(catalogues.instrument.scale.min)–\(catalogues.instrument.scale.max))", level: 0)
        }
        if let last = measurements.last {
            for indicator in catalogues.instrument.indicators {
                if let score = last.scores[indicator.key] {
                    out.bullet("\(indicator.name(language)): \(score)", level: 1)
                }
            }
        }
        if !file.revisions.isEmpty {
            out.heading(s.revisions)
            for r in file.revisions.sorted(by: { $0.date > $1.date }) {
                out.bullet("\(r.date.iso) \(r.author): \(r.summary)" + (r.reason.isEmpty ? "" : " (\(r.reason))"), level: 0)
            }
        }
        out.rule()
        out.paragraph(s.printFooter)
        return out.text
    }

    struct Writer {
        var text = ""

        mutating func title(_ t: String) { text += t + "\n" + String(repeating: "=", count: max(3, t.count)) + "\n\n" }

        mutating func heading(_ t: String) { text += "\n" + t + "\n" + String(repeating: "-", count: max(3, t.count)) + "\n" }

        mutating func subheading(_ t: String) { text += t + ":\n" }

        mutating func field(_ label: String, _ value: String) { text += "\(label): \(value)\n" }

        mutating func bullet(_ t: String, level: Int) { text += String(repeating: "  ", count: level + 1) + "- " + t + "\n" }

        mutating func paragraph(_ t: String, quoted: Bool = false) { text += (quoted ? "«\(t)»" : t) + "\n" }

        mutating func rule() { text += "\n" }
    }
}
