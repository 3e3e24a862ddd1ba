import PlanCore
import CaseRecords

/// Who the citizen calls: the coordinator's full name and phone from the users catalogue.
public struct CoordinatorContact: Equatable, Sendable {
    public var fullName: String
    public var phone: String

    public init(fullName: String, phone: String) {
        self.fullName = fullName
        self.phone = phone
    }

    /// The users catalogue's members by login.
    public static func byLogin(_ team: [TeamMember]) -> [String: CoordinatorContact] {
        Dictionary(team.map { ($0.name, CoordinatorContact(fullName: $0.fullName, phone: $0.phone)) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The plan as a letter to the citizen, to read and sign: their own words first, then the goal, each
/// section in plain words, how it is going, what the joint assessment found, the next meeting, who to
/// call, and lines to sign on. In the citizen's language; no codes, no jargon, numbers the Danish way.
public struct PlanLetter {
    public enum Format: String, Sendable { case markdown, html }

    public var file: CaseFile
    public var catalogues: Catalogues
    /// From the users catalogue; nil shows the coordinator's login.
    public var coordinator: CoordinatorContact?
    public var revealCPR: Bool
    public var today: CalendarDate

    /// How far apart the citizen's average and the caseworker's view must be for the letter to offer
    /// the difference as something to talk about: two steps of the scale (enplan's choice, not BIP's).
    static let notableGap = 2.0

    public init(file: CaseFile, catalogues: Catalogues, coordinator: CoordinatorContact?, revealCPR: Bool = false,
                today: CalendarDate) {
        self.file = file
        self.catalogues = catalogues
        self.coordinator = coordinator
        self.revealCPR = revealCPR
        self.today = today
    }

    /// The citizen's language, not the coordinator's.
    public var language: Language { file.citizen.language == .en ? .en : .da }

    public func render(_ format: Format) -> String {
        let doc = document()
        return format == .html ? doc.html : doc.markdown
    }

    func document() -> LetterDocument {
        let l = language, s = l == .da ? LetterStrings.danish : LetterStrings.english, danish = l == .da
        let c = file.citizen
        var doc = LetterDocument(language: l.rawValue)
        doc.add(.title("\(s.title): \(c.name)"))
        var sub = String(format: s.printed, l.date(today))
        if let cpr = c.cpr { sub += " · \(s.cpr) " + (revealCPR ? cpr.formatted : cpr.masked) }
        doc.add(.subtitle(sub))

        doc.add(.heading(s.ownWords))
        doc.add(file.ownWords.trimmingSpaces.isEmpty ? .paragraph(s.noOwnWords) : .quote(file.ownWords))
        doc.add(.heading(s.overallGoal))
        doc.add(.paragraph(file.overallGoal.trimmingSpaces.isEmpty ? s.noOverallGoal : file.overallGoal))

        for section in PlanSection.allCases {
            let name = s.sectionNames[section] ?? section.name(l)
            doc.add(.heading(name))
            let plan = file.sections[section]
            let goals = plan.goals, efforts = plan.efforts.filter { $0.status != .cancelled }
            let mentor = section == .mentor ? file.mentorAgreement : nil
            if goals.isEmpty && efforts.isEmpty && mentor == nil {
                doc.add(.paragraph(String(format: s.emptySection, name.lowercased())))
                continue
            }
            if !plan.responsible.isEmpty { doc.add(.paragraph(String(format: s.responsible, plan.responsible))) }
            if !goals.isEmpty {
                doc.add(.paragraph(s.goals + ":"))
                var items: [(text: String, level: Int)] = []
                for g in goals {
                    items.append((g.title + " (" + goalWhen(g.status, g.statusDate ?? g.created, s) + ")", 0))
                    items += g.subGoals.map { ($0.title + " (" + goalWhen($0.status, $0.statusDate ?? $0.created, s) + ")", 1) }
                }
                doc.add(.bullets(items))
            }
            if !efforts.isEmpty {
                doc.add(.paragraph(s.efforts + ":"))
                doc.add(.bullets(efforts.map { (effortLine($0, s), 0) }))
            }
            if let m = mentor {
                var text = String(format: s.mentor, [m.mentorName, m.organisation, m.contact].filter { !$0.isEmpty }.joined(separator: ", "))
                if m.hoursPerWeek > 0 { text += ", " + String(format: s.mentorHours, l.hours(m.hoursPerWeek)) }
                text += "."
                if !m.purpose.isEmpty { text += "\n" + m.purpose }
                if let end = m.periods.last?.end, end >= today { text += "\n" + String(format: s.mentorUntil, l.date(end)) }
                doc.add(.paragraph(text))
            }
        }

        doc.add(.heading(s.progress))
        // The citizen's own levels only: the caseworker's view is said apart, never averaged in.
        let own = catalogues.instrument.keys(of: .citizen)
        let measured = file.measurementsByDate.filter { $0.average(of: own) != nil }
        if let last = measured.last, let average = last.average(of: own) {
            let scale = catalogues.instrument.scale
            if let top = danish ? scale.topDa : scale.topEn, !top.isEmpty {
                doc.add(.paragraph(String(format: s.progressLineWithTop, l.date(last.date), l.decimal(average), scale.max, top,
                                          step(average, danish))))
            } else {
                doc.add(.paragraph(String(format: s.progressLine, l.date(last.date), l.decimal(average), scale.max, step(average, danish))))
            }
            if measured.count > 1, let first = measured.first, let a = first.average(of: own) {
                doc.add(.paragraph(String(format: s.progressEarlier, l.date(first.date), l.decimal(a))))
            }
            let latest = file.latestScores
            func items(_ voice: Instrument.Voice) -> [(text: String, level: Int)] {
                catalogues.instrument.indicators.filter { $0.voice == voice }.compactMap { i in
                    latest[i.key].map { (text: i.name(l) + ": " + step(Double($0), danish), level: 0) }
                }
            }
            if !items(.citizen).isEmpty { doc.add(.bullets(items(.citizen))) }
            if !items(.caseworker).isEmpty {
                doc.add(.paragraph(s.caseworkerView))
                doc.add(.bullets(items(.caseworker)))
                // BIP asked both so that a difference could be talked about, not averaged away.
                if let theirs = last.average(of: catalogues.instrument.keys(of: .caseworker)), abs(theirs - average) >= PlanLetter.notableGap {
                    doc.add(.paragraph(s.talkAboutGap))
                }
            }
        } else {
            doc.add(.paragraph(s.noProgress))
        }

        if let assessment = file.latestAssessment, !assessment.findings.isEmpty {
            doc.add(.heading(s.assessment))
            doc.add(.paragraph(String(format: s.assessmentIntro, l.date(assessment.date))))
            var items: [(text: String, level: Int)] = []
            let order = catalogues.assessment.areas.map(\.id)
            let findings = assessment.findings.sorted { (order.firstIndex(of: $0.area) ?? .max) < (order.firstIndex(of: $1.area) ?? .max) }
            for f in findings {
                let area = catalogues.assessment.area(f.area)?.name(danish: danish) ?? f.area
                items.append((area + ": " + f.finding.split(separator: "\n").joined(separator: " "), 0))
                if !f.citizenView.isEmpty { items.append((s.youSay + ": “" + f.citizenView.split(separator: "\n").joined(separator: " ") + "”", 1)) }
                if let j = catalogues.assessment.judgement(f.judgement) { items.append((s.meaning + ": " + j.meaning(danish: danish), 1)) }
            }
            doc.add(.bullets(items))
        }

        addDecisions(to: &doc)

        // Case notes are the municipality's record; only those the coordinator chose are the citizen's to read.
        let shared = file.notes.filter(\.inLetter)
        if !shared.isEmpty {
            doc.add(.heading(l.notes.letterHeading))
            doc.add(.bullets(shared.map { (text: l.date($0.date) + ": " + $0.text.split(separator: "\n").joined(separator: " "), level: 0) }))
        }

        doc.add(.heading(s.nextMeeting))
        doc.add(.paragraph(file.nextFollowUp.map { String(format: s.nextMeetingOn, l.date($0)) } ?? s.noNextMeeting))

        doc.add(.heading(s.contact))
        let who: String
        if let phone = coordinator?.phone, !phone.isEmpty {
            who = String(format: s.contactLine, coordinatorName, Citizen.formattedPhone(phone))
        } else {
            who = String(format: s.contactNoPhone, coordinatorName)
        }
        doc.add(.paragraph(who + "\n" + s.contactText))

        doc.add(.heading(s.consent))
        switch file.consent.state {
        case .given:
            let names = file.consent.scope.map { l.departmentName($0, catalogues) }.joined(separator: ", ")
            doc.add(.paragraph(String(format: s.consentGiven, file.consent.date.map(l.date) ?? "", names.isEmpty ? "–" : names)))
        case .withdrawn: break
        case .notRecorded: doc.add(.paragraph(s.consentMissing))
        }
        addConsentInFull(to: &doc)

        doc.add(.heading(s.signatures))
        doc.add(.signatures(intro: s.signatureText,
                            signers: [s.citizenSigns + " (" + c.name + ")", s.coordinatorSigns + " (" + coordinatorName + ")"],
                            date: s.date))
        return doc
    }

    /// The coordinator's full name, or their login when the users catalogue has none.
    private var coordinatorName: String {
        guard let name = coordinator?.fullName, !name.trimmingSpaces.isEmpty else { return file.citizen.coordinator }
        return name
    }

    /// What a score means on the instrument's scale, in its words ("Midtvejs").
    private func step(_ value: Double, _ danish: Bool) -> String {
        let scale = catalogues.instrument.scale
        let steps = danish ? scale.stepsDa : scale.stepsEn
        guard value.isFinite, abs(value) < 1e9, abs(scale.min) < 1_000_000_000 else { return "" }
        let index = Int(value.rounded()) - scale.min
        return steps.indices.contains(index) ? steps[index].lowercased() : ""
    }

    private func goalWhen(_ status: GoalStatus, _ date: CalendarDate, _ s: LetterStrings) -> String {
        let d = language.date(date)
        switch status {
        case .active: return String(format: s.goalActive, d)
        case .achieved: return String(format: s.goalAchieved, d)
        case .dropped: return String(format: s.goalDropped, d)
        }
    }

    private func effortLine(_ e: Effort, _ s: LetterStrings) -> String {
        let l = language
        var line = e.title
        if !e.provider.isEmpty { line += " " + String(format: s.provider, e.provider) }
        let when: String
        switch e.status {
        case .planned: when = String(format: s.effortPlanned, l.date(e.start))
        case .active: when = e.end.map { String(format: s.effortPeriod, l.date(e.start), l.date($0)) } ?? String(format: s.effortRunning, l.date(e.start))
        case .ended: when = String(format: s.effortEnded, l.date(e.end ?? e.start))
        case .cancelled: when = String(format: s.effortCancelled, l.date(e.end ?? e.start))
        }
        return line + ", " + when
    }
}

extension PlanLetter {
    /// Each decision with its reasons and legal basis, then how to complain: once per complaint route,
    /// so three decisions under one law do not print the same guidance three times. A decision the
    /// catalogue has no route for tells the citizen to ask; it never guesses one.
    func addDecisions(to doc: inout LetterDocument) {
        guard !file.decisions.isEmpty else { return }
        let l = language, d = l.decisions
        doc.add(.heading(d.letterHeading))
        doc.add(.paragraph(d.letterIntro))
        var items: [(text: String, level: Int)] = []
        var routes: [ComplaintGuidance] = []
        var unknownRoute = false
        for decision in file.decisions {
            let outcome = d.word(decision.outcome)
            items.append((String(format: d.letterDecision, l.date(decision.date), decision.effortTitle, outcome), 0))
            items.append((String(format: d.letterReasons, decision.reasons.split(separator: "\n").joined(separator: " ")), 1))
            let law = catalogues.legalBasis(decision.legalBasis, on: decision.date)?.source?.law
            items.append((String(format: d.letterLegalBasis, decision.legalBasis + (law.map { " (\($0))" } ?? "")), 1))
            if let route = catalogues.complaintGuidance(for: decision.legalBasis, on: decision.date) {
                if !routes.contains(route) { routes.append(route) }
            } else {
                unknownRoute = true
            }
        }
        doc.add(.bullets(items))
        doc.add(.heading(d.complaintHeading))
        for route in routes {
            var text = String(format: d.complaintWhere, l == .da ? route.whereDa : route.whereEn)
            if let weeks = route.weeks { text += "\n" + String(format: d.complaintWeeks, weeks) }
            text += "\n" + (l == .da ? route.howDa : route.howEn)
            if !route.verified { text += "\n" + d.complaintUnverified }
            doc.add(.paragraph(text))
        }
        if unknownRoute { doc.add(.paragraph(d.complaintUnknown)) }
    }
}

extension PlanLetter {
    /// What the citizen consented to and how to withdraw it; after a withdrawal, which plans apply again.
    func addConsentInFull(to doc: inout LetterDocument) {
        let l = language, k = l.consent, consent = file.consent
        let plans = l.sectorPlanNames(consent.replaces, catalogues).map { (text: $0, level: 0) }
        switch consent.state {
        case .given:
            if let form = consent.form.flatMap({ k.forms[$0] }) { doc.add(.paragraph(String(format: k.letterForm, form))) }
            if !plans.isEmpty {
                doc.add(.paragraph(k.letterReplaces))
                doc.add(.bullets(plans))
            }
            if !consent.purpose.isEmpty { doc.add(.paragraph(String(format: k.letterPurpose, consent.purpose))) }
            if !consent.custodyHolders.isEmpty {
                let holders = consent.custodyHolders.map { "\($0.name) (\($0.relation), \(l.date($0.date)))" }
                doc.add(.paragraph(String(format: k.letterCustody, holders.joined(separator: ", "))))
            }
            doc.add(.paragraph(k.letterHowToWithdraw))
        case .withdrawn:
            doc.add(.paragraph(String(format: k.letterWithdrawn, consent.date.map(l.date) ?? "–")))
            if !plans.isEmpty {
                doc.add(.paragraph(k.letterComesBack))
                doc.add(.bullets(plans))
            }
        case .notRecorded:
            break
        }
    }
}
