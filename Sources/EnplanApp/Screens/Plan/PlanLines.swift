import Foundation
import PlanCore
import TerminalKit

/// One line of the plan screen's body; lines with an item can be selected and edited.
struct PlanLine {
    var left: [Span]
    var right: [Span] = []
    var item: PlanItem?

    static func heading(_ text: String, role: Role = .title) -> PlanLine { PlanLine(left: [Span(text, role)]) }
    static let blank = PlanLine(left: [])
}

/// What each tab of the plan screen shows, as lines: the section's goals, sub-goals and efforts (and
/// the mentor agreement), or, on the citizen tab, what concerns the whole plan.
struct PlanLines {
    let file: CaseFile
    let catalogues: Catalogues
    let strings: Strings
    let language: Language
    let today: CalendarDate
    var colleagues = Colleagues()
    let glyphs: Glyphs
    /// The screen's width: the citizen's own words are wrapped to it, never cut off.
    let width: Int

    var e: EditorStrings { strings.editor }

    /// The assessment tab 6 shows (the latest unless the user browsed to another).
    var assessment: Assessment?

    func lines(for tab: PlanTab) -> [PlanLine] {
        if tab == .assessment { return assessmentLines() }
        guard let section = tab.section else { return citizenLines() }
        let plan = file.sections[section]
        var lines: [PlanLine] = []
        let responsible = plan.responsible.isEmpty ? strings.none : plan.responsible
        var first = [Span(e.responsibleCaseworker + ": ", .muted), Span(responsible)]
        if let note = plan.notes.split(separator: "\n").first { first.append(Span(" · " + note, .muted)) }
        lines.append(PlanLine(left: first, item: .section(section)))
        if section == .mentor { lines += mentorLines() }
        lines += [.blank, .heading(strings.goals, role: .section(section))]
        if plan.goals.isEmpty { lines.append(.heading("  " + e.noGoals, role: .muted)) }
        for goal in plan.goals {
            lines.append(PlanLine(left: [Span(" " + mark(goal.status) + " "), Span(goal.title)],
                                  right: status(goal.status, goal.statusDate ?? goal.created), item: .goal(goal.id)))
            for sub in goal.subGoals {
                lines.append(PlanLine(left: [Span("   " + glyphs.branch + " " + mark(sub.status) + " ", .muted), Span(sub.title)],
                                      right: status(sub.status, sub.statusDate ?? sub.created), item: .subGoal(sub.id)))
            }
        }
        lines += [.blank, .heading(strings.efforts, role: .section(section))]
        if plan.efforts.isEmpty { lines.append(.heading("  " + e.noEfforts, role: .muted)) }
        for effort in plan.efforts {
            var left = [Span(" " + glyphs.triangleRight + " "), Span(effort.title)]
            if !effort.legalBasis.isEmpty { left.append(Span(" · " + effort.legalBasis, .muted)) }
            let dates = language.date(effort.start) + (effort.end.map { " – " + language.date($0) } ?? "")
            let word = strings.effortStatuses[effort.status] ?? effort.status.rawValue
            lines.append(PlanLine(left: left, right: [Span(dates + " · ", .muted), Span(word, role(effort.status))],
                                  item: .effort(effort.id)))
        }
        return lines
    }

    private func mentorLines() -> [PlanLine] {
        var lines: [PlanLine] = [.blank, .heading(strings.mentorAgreement, role: .section(.mentor))]
        guard let a = file.mentorAgreement else { return lines + [.heading("  " + e.noMentorAgreement, role: .muted)] }
        var left = [Span("  "), Span(a.mentorName.isEmpty ? strings.none : a.mentorName)]
        if !a.organisation.isEmpty { left.append(Span(" · " + a.organisation, .muted)) }
        if a.hoursPerWeek > 0 { left.append(Span(" · " + language.hours(a.hoursPerWeek) + " " + strings.hoursPerWeek.lowercased(), .muted)) }
        lines.append(PlanLine(left: left, item: .mentorAgreement))
        for (i, p) in a.periods.enumerated() {
            let label = "  " + String(format: e.period, i + 1) + ": " + language.date(p.start) + " – " + language.date(p.end)
            var right: [Span] = []
            if i == a.periods.count - 1 {
                switch MentorPeriodState(lastEnd: p.end, today: today) {
                case let .endingSoon(days): right = [Span("! " + String(format: e.periodEndsIn, days), .warning)]
                case .expired: right = [Span(e.periodOver, .muted)]
                case let .running(days): right = [Span(String(format: e.periodEndsIn, days), .muted)]
                case .none: break
                }
            }
            lines.append(PlanLine(left: [Span(label)], right: right, item: .mentorPeriod(i)))
        }
        return lines
    }

    private func citizenLines() -> [PlanLine] {
        let c = file.citizen
        var lines: [PlanLine] = []
        let contact = [Citizen.formattedPhone(c.phone), c.email, c.address].filter { !$0.isEmpty }.joined(separator: " · ")
        lines.append(PlanLine(left: [Span(c.name, .title), Span(contact.isEmpty ? "" : " · " + contact, .muted)],
                              right: [Span(c.targetGroup.name(language), .muted)], item: .citizenDetails))
        lines.append(PlanLine(left: [Span(language.caseLife.statusLine + ": ", .muted)] + caseStatus(), item: .status))
        lines.append(PlanLine(left: [Span(strings.coordinator + ": ", .muted), Span(colleagues.name(c.coordinator))], item: .coordinator))
        lines.append(PlanLine(left: [Span(strings.consent + ": ", .muted)] + consent(file.consent), item: .consent))
        if !file.consent.replaces.isEmpty, file.consent.state != .notRecorded {
            let names = language.sectorPlanNames(file.consent.replaces, catalogues).joined(separator: ", ")
            let withdrawn = file.consent.state == .withdrawn
            lines.append(PlanLine(left: [Span("  " + String(format: withdrawn ? language.consent.comesBackLine : language.consent.replacesLine, names),
                                              withdrawn ? .warning : .muted)], item: .consent))
        }
        for warning in file.consentWarnings(catalogues, on: today) {
            lines.append(PlanLine(left: [Span("  ! " + language.describe(warning, catalogues), .warning)], item: .consent))
        }
        lines.append(PlanLine(left: [Span(strings.nextFollowUp + ": ", .muted)] + followUp(), item: .nextFollowUp))
        lines.append(.blank)
        lines.append(PlanLine(left: [Span(strings.ownWords, .title)], item: .ownWords))
        // The one place the citizen's own words must be read whole: wrapped, never cut.
        for paragraph in file.ownWords.split(separator: "\n") {
            for line in Wrap.lines(String(paragraph), width: max(10, width - 4)) {
                lines.append(PlanLine(left: [Span("  " + line)], item: .ownWords))
            }
        }
        lines.append(PlanLine(left: [Span(strings.overallGoal + ": ", .title), Span(file.overallGoal)], item: .ownWords))
        lines += [.blank, .heading(strings.network)]
        if file.network.isEmpty { lines.append(.heading("  " + e.noNetwork, role: .muted)) }
        for n in file.network {
            lines.append(PlanLine(left: [Span("  " + n.name), Span(" · " + n.role, .muted)],
                                  right: [Span(n.contact, .muted)], item: .networkMember(n.id)))
        }
        lines += [.blank, .heading(strings.meetings)]
        if file.meetings.isEmpty { lines.append(.heading("  " + e.noMeetings, role: .muted)) }
        for m in file.meetings.reversed() {
            let kind = strings.meetingKinds[m.kind] ?? m.kind.rawValue
            let outcome = strings.meetingOutcomes[m.outcome] ?? m.outcome.rawValue
            var right = [Span(outcome, m.outcome == .noShow || m.outcome == .cancelled ? .warning : .muted)]
            if let r = m.followUpResult { right.append(Span(" · " + (strings.followUpResults[r] ?? r.rawValue), .muted)) }
            lines.append(PlanLine(left: [Span("  " + language.date(m.date) + " "), Span(kind, .accent),
                                         Span(m.summary.isEmpty ? "" : " · " + firstLine(m.summary), .muted)],
                                  right: right, item: .meeting(m.id)))
        }
        let n = language.notes
        lines += [.blank, .heading(n.heading)]
        if file.notes.isEmpty { lines.append(.heading("  " + n.none, role: .muted)) }
        for note in file.notes.reversed() {
            lines.append(PlanLine(left: [Span("  " + language.date(note.date) + " "), Span(n.kinds[note.kind] ?? note.kind.rawValue, .accent),
                                         Span(note.who.isEmpty ? "" : " · " + note.who, .muted), Span(" · " + note.headline)],
                                  right: note.inLetter ? [Span(n.inLetter, .muted)] : [], item: .note(note.id)))
        }
        let d = language.decisions
        lines += [.blank, .heading(d.heading)]
        if file.decisions.isEmpty { lines.append(.heading("  " + d.none, role: .muted)) }
        for decision in file.decisions.reversed() {
            let refused = decision.outcome == .refused || decision.outcome == .stopped
            lines.append(PlanLine(left: [Span("  " + language.date(decision.date) + " "),
                                         Span(d.word(decision.outcome), refused ? .warning : .accent),
                                         Span(" · " + decision.effortTitle), Span(" · " + firstLine(decision.reasons), .muted)],
                                  right: [Span(decision.legalBasis, .muted)], item: .decision(decision.id)))
        }
        lines += [.blank, .heading(strings.revisions)]
        if file.revisions.isEmpty { lines.append(.heading("  " + e.noRevisions, role: .muted)) }
        for r in file.revisions.reversed() {
            lines.append(PlanLine(left: [Span("  " + language.date(r.date) + " "), Span(r.author, .muted), Span(" · " + firstLine(r.summary))],
                                  right: r.withCitizen ? [Span(e.withCitizen, .muted)] : []))
        }
        return lines
    }

    /// One more line about the selected item: what its row has no room for.
    func detail(of item: PlanItem) -> String {
        switch item {
        case let .goal(id):
            guard let g = file.goal(id)?.1 else { return "" }
            var parts: [String] = []
            let scale = catalogues.instrument.scale
            if let now = g.currentLevel { parts.append(String(format: e.fieldCurrentLevel, scale.min, scale.max) + ": \(now)") }
            if let then = g.expectedLevel { parts.append(String(format: e.fieldExpectedLevel, scale.min, scale.max) + ": \(then)") }
            if !g.note.isEmpty { parts.append(firstLine(g.note)) }
            if let origin = g.origin { parts.insert(originText(origin), at: 0) }
            return parts.joined(separator: " · ")
        case let .effort(id):
            guard let x = file.effort(id)?.1 else { return "" }
            let goals = x.goalIDs.compactMap { file.goal($0)?.1.title }
            var parts = [x.provider, x.responsible].filter { !$0.isEmpty }
            if !goals.isEmpty { parts.append(e.serves + ": " + goals.joined(separator: ", ")) }
            // Where the legal basis is in the law, as the catalogue cites it.
            if let source = catalogues.legalBasis(x.legalBasis, on: x.start)?.source {
                parts.append(source.citation)
            }
            return parts.joined(separator: " · ")
        case let .meeting(id):
            guard let m = file.meetings.first(where: { $0.id == id }) else { return "" }
            var parts = [m.participants.joined(separator: ", ")]
            if let next = m.nextFollowUp { parts.append(strings.nextFollowUp + ": " + language.date(next)) }
            return parts.filter { !$0.isEmpty }.joined(separator: " · ")
        case let .note(id):
            guard let note = file.notes.first(where: { $0.id == id }) else { return "" }
            let rest = note.text.trimmingSpaces.split(separator: "\n").dropFirst().map(String.init).joined(separator: " ")
            return [String(format: language.notes.writtenBy, colleagues.name(note.author)), rest].filter { !$0.isEmpty }.joined(separator: " · ")
        case let .decision(id):
            guard let decision = file.decisions.first(where: { $0.id == id }) else { return "" }
            let reasons = decision.reasons.split(separator: "\n").map(String.init).joined(separator: " ")
            return [String(format: language.decisions.decidedBy, colleagues.name(decision.decidedBy)), reasons].joined(separator: " · ")
        case .mentorAgreement, .mentorPeriod:
            guard let a = file.mentorAgreement else { return "" }
            return [a.purpose, a.contact].map(firstLine).filter { !$0.isEmpty }.joined(separator: " · ")
        case .consent:
            return file.consent.scope.isEmpty ? file.consent.note
                : strings.consentScope + ": " + file.consent.scope.map { language.departmentName($0, catalogues) }.joined(separator: ", ")
        case let .assessmentFinding(_, area):
            let a = language.assessment, danish = language == .da
            let vum = catalogues.assessment.area(area)?.vumThemes.map { "VUM: " + $0.joined(separator: ", ") }
            guard let f = assessment?.finding(area) else {
                return ([catalogues.assessment.area(area).map { a.question + ": " + $0.question(danish: danish) }] + [vum])
                    .compactMap { $0 }.joined(separator: " · ")
            }
            var parts: [String] = []
            if !f.citizenView.isEmpty { parts.append(a.citizenView + ": “" + firstLine(f.citizenView) + "”") }
            if !f.contributors.isEmpty {
                parts.append(a.contributors + ": " + f.contributors.map { language.departmentName($0, catalogues) }.joined(separator: ", "))
            }
            if let vum { parts.append(vum) }
            return parts.joined(separator: " · ")
        case .assessment:
            return ""
        case .ownWords:
            return strings.overallGoal + ": " + file.overallGoal
        case .status:
            return file.lastStatusChange?.note ?? ""
        case .section, .subGoal, .networkMember, .nextFollowUp, .citizenDetails, .coordinator:
            return ""
        }
    }

    /// "Fra udredningen: Bolig (12.03.2026)".
    func originText(_ origin: GoalOrigin) -> String {
        let area = catalogues.assessment.area(origin.area)?.name(danish: language == .da) ?? origin.area
        let date = file.assessment(origin.assessment).map { language.date($0.date) } ?? "–"
        return String(format: language.assessment.fromAssessment, area, date)
    }

    /// Tab 6: one line per area of the catalogue, with the judgement and the finding of the
    /// assessment shown; areas a finding names but the catalogue no longer has come last.
    private func assessmentLines() -> [PlanLine] {
        let a = language.assessment, danish = language == .da
        let all = file.assessmentsByDate
        var lines: [PlanLine] = []
        if let shown = assessment, let index = all.firstIndex(of: shown) {
            var head = [Span(a.title + " ", .title), Span(String(format: a.shown, language.date(shown.date), index + 1, all.count), .muted)]
            if all.count > 1 { head.append(Span("  " + a.earlierLater, .muted)) }
            lines.append(PlanLine(left: head))
        } else {
            lines += [.heading(a.title), .heading("  " + a.none, role: .muted)]
        }
        lines.append(.blank)
        let id = assessment?.id ?? ""
        let goalsFrom = Set(PlanSection.allCases.flatMap { file.sections[$0].goals.compactMap(\.origin) }
            .filter { $0.assessment == id }.map(\.area))
        let known = Set(catalogues.assessment.areas.map(\.id))
        let areas = catalogues.assessment.areas.map { ($0.id, $0.name(danish: danish)) }
            + (assessment?.findings ?? []).filter { !known.contains($0.area) }.map { ($0.area, $0.area) }
        for (area, name) in areas {
            let finding = assessment?.finding(area)
            let judgement = catalogues.assessment.judgement(finding?.judgement)
            let mark: Span
            switch judgement?.isBarrier {
            case true?: mark = Span(" ! ", .warning)
            case false?: mark = Span(" " + glyphs.check + " ", .success)
            case nil: mark = Span(" " + glyphs.dot + " ", .muted)
            }
            var left = [mark, Span(name)]
            if let text = finding?.finding, !text.isEmpty { left.append(Span(" · " + firstLine(text), .muted)) }
            var right: [Span] = []
            if goalsFrom.contains(area) { right.append(Span(a.becameGoal + " ", .accent)) }
            if let judgement {
                right.append(Span(judgement.name(danish: danish), judgement.isBarrier ? .warning : .success))
            } else {
                right.append(Span(finding == nil ? a.notAssessed : a.noJudgement, .muted))
            }
            lines.append(PlanLine(left: left, right: right, item: .assessmentFinding(id, area: area)))
        }
        return lines
    }

    /// The title shown when asking before deleting.
    func title(of item: PlanItem) -> String {
        switch item {
        case let .goal(id): return file.goal(id)?.1.title ?? ""
        case let .subGoal(id): return file.subGoal(id)?.title ?? ""
        case let .effort(id): return file.effort(id)?.1.title ?? ""
        case let .meeting(id):
            guard let m = file.meetings.first(where: { $0.id == id }) else { return "" }
            return language.date(m.date) + " " + (strings.meetingKinds[m.kind] ?? m.kind.rawValue)
        case let .networkMember(id): return file.network.first { $0.id == id }?.name ?? ""
        case let .note(id):
            guard let note = file.notes.first(where: { $0.id == id }) else { return "" }
            return language.date(note.date) + " " + (language.notes.kinds[note.kind] ?? note.kind.rawValue)
        case let .mentorPeriod(i): return String(format: e.period, i + 1)
        case .mentorAgreement: return strings.mentorAgreement
        case let .assessmentFinding(_, area):
            return catalogues.assessment.area(area)?.name(danish: language == .da) ?? area
        case let .assessment(id): return file.assessment(id).map { language.date($0.date) } ?? ""
        default: return ""
        }
    }

    func consent(_ c: Consent) -> [Span] {
        let word = strings.consentStates[c.state] ?? c.state.rawValue
        let date = c.date.map { " " + language.date($0) } ?? ""
        switch c.state {
        case .given: return [Span(glyphs.check + " " + word + date, .success)]
        case .withdrawn: return [Span(glyphs.cross + " " + word + date, .warning)]
        case .notRecorded: return [Span("? " + word, .warning)]
        }
    }

    /// "aktiv", "pause til 01.02.2027", "afsluttet: job 20.11.2026".
    func caseStatus() -> [Span] {
        let word = strings.caseStatuses[file.status.key] ?? file.status.key
        let l = language.caseLife
        switch file.status {
        case .active:
            return [Span(word, .success)]
        case .paused:
            let until = language.pausedUntil(file.lastStatusChange) ?? word
            return [Span(glyphs.pause + " " + until, .warning)]
        case .closed:
            return [Span(word, .muted)] + (file.closedOn.map { [Span(" " + String(format: l.since, language.date($0)), .muted)] } ?? [])
        }
    }

    func followUp() -> [Span] {
        if case .closed = file.status { return [Span(strings.none, .muted)] }
        guard let next = file.nextFollowUp else { return [Span(strings.notScheduled, .muted)] }
        switch FollowUpState(next: next, today: today) {
        case let .overdue(days): return [Span("! " + language.date(next) + " " + String(format: strings.overdueDays, days), .overdue)]
        case .dueToday: return [Span("» " + language.date(next) + " " + strings.today, .dueSoon)]
        case .dueThisWeek: return [Span("» " + language.date(next), .dueSoon)]
        case .scheduled, .notScheduled: return [Span(language.date(next))]
        }
    }

    private func mark(_ status: GoalStatus) -> String {
        switch status {
        case .active: return glyphs.circle
        case .achieved: return glyphs.check
        case .dropped: return glyphs.cross
        }
    }

    private func status(_ status: GoalStatus, _ date: CalendarDate) -> [Span] {
        let word = strings.goalStatuses[status] ?? status.rawValue
        return [Span(word, status == .achieved ? .success : status == .dropped ? .muted : .text), Span(" " + language.date(date), .muted)]
    }

    private func role(_ status: EffortStatus) -> Role {
        switch status {
        case .active: return .text
        case .planned: return .accent
        case .ended: return .success
        case .cancelled: return .muted
        }
    }

    private func firstLine(_ text: String) -> String { text.split(separator: "\n").first.map(String.init) ?? "" }
}
