/// A realistic demo caseload: Danish names and names in other scripts, several coordinators, every
/// target group, and up to two years of history per citizen. The same seed and day give the same
/// caseload, byte for byte.
public struct DemoCaseload {
    public var citizens: Int
    public var coordinators: [String]
    public var seed: UInt64
    public var today: CalendarDate
    /// How far back the oldest plans go.
    public var historyDays: Int

    public static let coordinatorNames = ["mette", "jonas", "aisha", "henrik", "line", "omar", "birgit", "kasper"]
    static let coordinatorFullNames = ["Mette Lindholm", "Jonas Brandt", "Aisha Karimi", "Henrik Holm", "Line Dahl",
                                       "Omar Haddad", "Birgit Møller", "Kasper Vinther"]

    /// Each coordinator's full name and phone, for the users catalogue: the printed plan names the
    /// person to call, not a login.
    public var coordinatorContacts: [(login: String, fullName: String, phone: String)] {
        coordinators.enumerated().map { i, login in
            let name = i < DemoCaseload.coordinatorFullNames.count ? DemoCaseload.coordinatorFullNames[i] : "Koordinator \(i + 1)"
            return (login, name, "+45 72 34 " + String(10 + i % 90) + " " + String(10 + (i * 7) % 90))
        }
    }

    public init(citizens: Int, coordinators: Int, seed: UInt64, today: CalendarDate, historyDays: Int = 730) {
        self.citizens = citizens
        let names = DemoCaseload.coordinatorNames
        self.coordinators = (0..<max(1, coordinators)).map { i in
            i < names.count ? names[i] : "koordinator\(i + 1)"
        }
        self.seed = seed
        self.today = today
        self.historyDays = historyDays
    }

    public func makeCaseFiles(catalogues: Catalogues = .standard) -> [CaseFile] {
        var all: [CaseFile] = []
        makeCaseFiles(inBatchesOf: max(1, citizens), catalogues: catalogues) { all += $0 }
        return all
    }

    /// The same citizens, made and handed over `size` at a time: a demo of 200,000 is never whole in memory.
    public func makeCaseFiles<E: Error>(inBatchesOf size: Int, catalogues: Catalogues = .standard,
                                        _ body: ([CaseFile]) throws(E) -> Void) throws(E) {
        var rng = SeededGenerator(seed: seed)
        var used = Set<String>()
        var usedCPR = Set<String>()
        var batch: [CaseFile] = []
        for index in 0..<citizens {
            var id = CitizenID.random(using: &rng)
            while !used.insert(id.rawValue).inserted { id = CitizenID.random(using: &rng) }
            batch.append(makeCaseFile(index: index, id: id, catalogues: catalogues, usedCPR: &usedCPR, rng: &rng))
            if batch.count >= size {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    // MARK: - One citizen

    private func makeCaseFile(index: Int, id: CitizenID, catalogues: Catalogues, usedCPR: inout Set<String>,
                              rng: inout SeededGenerator) -> CaseFile {
        let group = TargetGroup.allCases[index % TargetGroup.allCases.count]
        let coordinator = coordinators[index % coordinators.count]
        let name = DemoNames.name(index: index, seed: seed, rng: &rng)
        let age = group == .ung ? rng.int(16...29) : rng.int(25...62)
        var cpr: CPRNumber?
        if rng.chance(0.9) {
            for _ in 0..<20 {
                let birth = today.adding(days: -(age * 365 + rng.int(0...364)))
                let seventh = birth.year >= 2000 ? rng.int(4...9) : rng.int(0...3)
                let serial = String(seventh) + String(rng.int(100...999))
                let text = pad(birth.day) + pad(birth.month) + pad(birth.year % 100) + "-" + serial
                if let number = try? CPRNumber(text), usedCPR.insert(number.digits).inserted {
                    cpr = number
                    break
                }
            }
        }
        let created = today.adding(days: -rng.int(45...historyDays))
        let citizen = Citizen(id: id, name: name, cpr: cpr, phone: "+45 " + String(rng.int(20_000_000...99_999_999)),
                              email: "", address: DemoNames.streets[rng.int(0...DemoNames.streets.count - 1)]
                                  + " " + String(rng.int(1...120)),
                              targetGroup: group, coordinator: coordinator)
        var file = CaseFile(citizen: citizen, created: created, createdBy: coordinator)
        // A sick leave begins before the plan is made: three weeks before, here (no draw, so the rest
        // of the demo stays as it was).
        if group == .sygedagpenge { file.citizen.firstAbsenceDay = created.adding(days: -21) }
        let consentDate = created.adding(days: rng.int(0...10))
        if rng.chance(0.93) {
            file.record(consent: Consent(state: .given, date: min(consentDate, today),
                                         scope: [],
                                         note: "Underskrevet på første møde"))
            if rng.chance(0.05) {
                file.record(consent: Consent(state: .withdrawn, date: today.adding(days: -rng.int(5...40)),
                                             scope: [], note: "Borgeren ønsker separate planer"))
            }
        }
        let words = rng.int(0...DemoNames.ownWords.count - 1)
        file.ownWords = DemoNames.ownWords[words]
        file.overallGoal = DemoNames.overallGoals[words % DemoNames.overallGoals.count]
        addSections(to: &file, group: group, catalogues: catalogues, rng: &rng)
        addMentor(to: &file, rng: &rng)
        addNetwork(to: &file, coordinator: coordinator, rng: &rng)
        addMeetings(to: &file, coordinator: coordinator, rng: &rng)
        addMeasurements(to: &file, instrument: catalogues.instrument, coordinator: coordinator, rng: &rng)
        addRevisions(to: &file, coordinator: coordinator, rng: &rng)
        if rng.chance(0.12) {
            let reasons = ClosureReason.allCases
            let closedOn = today.adding(days: -rng.int(1...60))
            file.change(status: .closed(reasons[rng.int(0...(reasons.count - 1))]), on: closedOn, note: "")
            file.nextFollowUp = nil
            // The follow-up that ended it says so: FSIII "afsluttes".
            if let last = file.meetings.lastIndex(where: { $0.outcome == .held && $0.date <= closedOn }) {
                file.meetings[last].followUpResult = .closed
            }
        } else if rng.chance(0.06) {
            let pausedOn = today.adding(days: -rng.int(1...30))
            file.change(status: .paused, on: pausedOn, note: "Indlagt", until: pausedOn.adding(days: 60))
        }
        file.updated = max(file.created, today.adding(days: -rng.int(0...30)))
        // Drawn from a generator of this citizen's own, so the rest of the caseload stays as it was.
        var own = SeededGenerator(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        DemoAssessments.add(to: &file, catalogues: catalogues, today: today, rng: &own)
        scopeConsent(of: &file, catalogues: catalogues, rng: &own)
        DemoNotes.add(to: &file, coordinator: coordinator, today: today, rng: &own)
        DemoDecisions.add(to: &file, coordinator: coordinator, today: today, rng: &own)
        return file
    }

    /// The consent names the departments the plan's efforts come from (the job centre always); now and
    /// then one is missing, as happens when an effort is added later, and the screens warn about it.
    /// A minor's consent has the custody holder's beside it, most of the time.
    private func scopeConsent(of file: inout CaseFile, catalogues: Catalogues, rng: inout SeededGenerator) {
        var scope = ["jobcenter"]
        for section in PlanSection.allCases {
            for effort in file.sections[section].efforts {
                if let d = catalogues.department(of: effort, in: section), !scope.contains(d) { scope.append(d) }
            }
        }
        if scope.count > 1, rng.chance(0.08) { scope.removeLast() }
        let minor = file.citizen.isMinor(on: today) && rng.chance(0.8)
        // What the one plan replaces follows from the sections in use (no draws, so the rest of the
        // demo stays as it was).
        var replaces = ["min-plan"]
        if file.citizen.targetGroup == .sygedagpenge { replaces.append("opfoelgningsplan") }
        if !file.sections.social.efforts.isEmpty { replaces.append("handleplan") }
        if !file.sections.family.efforts.isEmpty { replaces.append("barnets-plan-foraeldre") }
        let family = file.citizen.name.split(separator: " ").last.map(String.init) ?? ""
        for i in file.consentHistory.indices {
            file.consentHistory[i].replaces = replaces
            guard file.consentHistory[i].state == .given else { continue }
            file.consentHistory[i].scope = scope
            file.consentHistory[i].purpose = "At koordinere indsatserne i én plan, så du ikke skal fortælle din historie flere gange"
            file.consentHistory[i].form = .written
            file.consentHistory[i].documentReference = "Samtykkeerklæring i journalen"
            file.consentHistory[i].informedOfWithdrawal = true
            if minor, let date = file.consentHistory[i].date {
                let joint = family.count % 2 == 0
                file.consentHistory[i].jointCustody = joint
                // Parents by relatives' first names, never a caseworker's ("Hanne Lund" is one).
                file.consentHistory[i].custodyHolders = [CustodyConsent(name: "Inger " + family, relation: "mor", date: date)]
                    + (joint ? [CustodyConsent(name: "Poul " + family, relation: "far", date: date)] : [])
            }
        }
        if let last = file.consentHistory.last { file.consent = last }
    }

    private func addSections(to file: inout CaseFile, group: TargetGroup, catalogues: Catalogues, rng: inout SeededGenerator) {
        for section in PlanSection.allCases {
            let count: Int
            switch section {
            case .employment: count = rng.int(1...3)
            case .social: count = rng.int(0...2) + (group == .aktivitetsparat || group == .ressourceforloeb ? 1 : 0)
            case .family: count = group == .familie ? rng.int(1...3) : rng.int(0...1)
            case .mentor: count = rng.int(0...1)
            }
            var plan = SectionPlan(responsible: DemoNames.caseworkers[rng.int(0...DemoNames.caseworkers.count - 1)])
            let titles = DemoNames.goals(for: section)
            for _ in 0..<count {
                let set = file.created.adding(days: rng.int(0...max(0, file.created.days(until: today) / 2)))
                // One goal once in a section: a title drawn again moves on to the next one not yet there.
                var pick = rng.int(0...titles.count - 1)
                for _ in titles where plan.goals.contains(where: { $0.title == titles[pick] }) { pick = (pick + 1) % titles.count }
                guard !plan.goals.contains(where: { $0.title == titles[pick] }) else { break }
                var goal = Goal(id: file.makeItemID(prefix: "g"), title: titles[pick], created: set)
                for s in 0..<rng.int(0...3) {
                    var sub = SubGoal(id: file.makeItemID(prefix: "s"), title: DemoNames.subGoals[(s + rng.int(0...9)) % DemoNames.subGoals.count],
                                      created: set)
                    if rng.chance(0.4) {
                        sub.status = .achieved
                        sub.statusDate = min(today, set.adding(days: rng.int(20...200)))
                    }
                    // Drawn independently, a title can repeat; a goal lists each sub-goal once.
                    if !goal.subGoals.contains(where: { $0.title == sub.title }) { goal.subGoals.append(sub) }
                }
                let span = set.days(until: today)
                if span > 90 && rng.chance(0.35) {
                    goal.status = rng.chance(0.7) ? .achieved : .dropped
                    goal.statusDate = set.adding(days: rng.int(60...span))
                }
                goal.currentLevel = rng.int(2...5)
                goal.expectedLevel = min(7, (goal.currentLevel ?? 3) + rng.int(1...3))
                plan.goals.append(goal)
                let offers = catalogues.offers(in: section)
                if !offers.isEmpty && rng.chance(0.85) {
                    let offer = offers[rng.int(0...offers.count - 1)]
                    let start = set.adding(days: rng.int(0...30))
                    var effort = Effort(id: file.makeItemID(prefix: "e"), title: offer.title, offerID: offer.id,
                                        provider: offer.provider, responsible: plan.responsible,
                                        legalBasis: offer.legalBasis, start: min(start, today), goalIDs: [goal.id])
                    if start > today {
                        effort.status = .planned
                    } else if rng.chance(0.45) {
                        effort.status = rng.chance(0.85) ? .ended : .cancelled
                        effort.end = min(today, start.adding(days: rng.int(30...180)))
                    }
                    plan.efforts.append(effort)
                }
            }
            file.sections[section] = plan
        }
    }

    private func addMentor(to file: inout CaseFile, rng: inout SeededGenerator) {
        guard rng.chance(0.45) else { return }
        let mentor = DemoNames.mentors[rng.int(0...DemoNames.mentors.count - 1)]
        var agreement = MentorAgreement(purpose: "Støtte til at fastholde praktik og struktur i hverdagen",
                                        mentorName: mentor.0, organisation: mentor.1, contact: "+45 " + String(rng.int(20_000_000...99_999_999)),
                                        tasks: "Følge til møder, hjælpe med overblik over aftaler", hoursPerWeek: Double(rng.int(2...8)))
        var start = file.created.adding(days: rng.int(14...60))
        while start < today, agreement.periods.count < 5 {
            let end = start.adding(months: 6).adding(days: -1)
            if let period = try? MentorPeriod(start: start, end: end) { agreement.periods.append(period) }
            if !rng.chance(0.6) { break }
            start = end.adding(days: 1)
        }
        if !agreement.periods.isEmpty { file.mentorAgreement = agreement }
    }

    private func addNetwork(to file: inout CaseFile, coordinator: String, rng: inout SeededGenerator) {
        let people = [("Læge", "Egen læge"), ("Mor", "Familie"), ("Bror", "Familie"), ("Virksomhedskonsulent", "Jobcenter"),
                      ("Sagsbehandler", "Socialafdelingen"), ("Arbejdsgiver", "Praktiksted")]
        let family = file.citizen.name.split(separator: " ").last.map(String.init) ?? ""
        for _ in 0..<rng.int(1...4) {
            let p = people[rng.int(0...people.count - 1)]
            let pick = rng.int(0...DemoNames.caseworkers.count - 1)
            // Family by the citizen's family name, doctors and employers by their own, and only the
            // municipality's own people by a caseworker's name.
            let name: String
            switch p.1 {
            case "Familie": name = DemoNames.relatives[pick % DemoNames.relatives.count] + " " + family
            case "Egen læge", "Praktiksted": name = DemoNames.outsiders[pick % DemoNames.outsiders.count]
            default: name = DemoNames.caseworkers[pick]
            }
            file.network.append(NetworkMember(id: file.makeItemID(prefix: "n"), name: name, role: p.0 + " (" + p.1 + ")"))
        }
    }

    private func addMeetings(to file: inout CaseFile, coordinator: String, rng: inout SeededGenerator) {
        var date = file.created
        var last: CalendarDate?
        while date <= today {
            let outcomeRoll = rng.int(0...99)
            let outcome: MeetingOutcome = outcomeRoll < 82 ? .held : outcomeRoll < 92 ? .cancelled : .noShow
            let kind = [MeetingKind.conversation, .followUp, .followUp, .networkMeeting, .jointAssessment][rng.int(0...4)]
            let next = date.adding(days: rng.int(14...60))
            let result: FollowUpResult? = outcome == .held
                ? [FollowUpResult.continued, .continued, .changedWithinScope, .reassessment][rng.int(0...3)] : nil
            // The summary says what the outcome and the kind say: a meeting held is never "did not come".
            let held = DemoNames.meetingSummaries[rng.int(0...DemoNames.meetingSummaries.count - 1)]
            let summary: String
            switch (outcome, kind) {
            case (.noShow, _): summary = DemoNames.noShowSummary
            case (.cancelled, _): summary = DemoNames.cancelledSummary
            case (_, .networkMeeting): summary = DemoNames.networkMeetingSummary
            case (_, .jointAssessment): summary = DemoNames.jointAssessmentSummary
            default: summary = held
            }
            file.meetings.append(Meeting(id: file.makeItemID(prefix: "m"), date: date, kind: kind,
                                         participants: [coordinator, "borger"], outcome: outcome, summary: summary,
                                         followUpResult: result, nextFollowUp: next))
            last = next
            date = next.adding(days: rng.chance(0.15) ? rng.int(3...20) : 0)
        }
        // About one in five has let the agreed follow-up pass: what the dashboard exists to catch.
        if rng.chance(0.2), let lastIndex = file.meetings.indices.last {
            let missed = today.adding(days: -rng.int(1...30))
            file.meetings[lastIndex].nextFollowUp = max(file.meetings[lastIndex].date, missed)
            last = file.meetings[lastIndex].nextFollowUp
        }
        file.nextFollowUp = last
    }

    private func addMeasurements(to file: inout CaseFile, instrument: Instrument, coordinator: String, rng: inout SeededGenerator) {
        var levels = Dictionary(uniqueKeysWithValues: instrument.indicators.map { ($0.key, rng.int(1...4)) })
        var date = file.created.adding(days: rng.int(7...30))
        let stalls = rng.chance(0.25)
        while date <= today {
            for key in levels.keys.sorted() {
                let step = stalls ? rng.int(-1...1) : rng.int(-1...2)
                levels[key] = min(instrument.scale.max, max(instrument.scale.min, (levels[key] ?? 1) + (step > 1 ? 1 : step)))
            }
            file.measurements.append(Measurement(id: file.makeItemID(prefix: "p"), date: date, by: coordinator,
                                                 instrumentID: instrument.id, scores: levels,
                                                 note: rng.chance(0.3) ? "Målt sammen med borgeren" : ""))
            date = date.adding(days: rng.int(80...110))
        }
    }

    private func addRevisions(to file: inout CaseFile, coordinator: String, rng: inout SeededGenerator) {
        var date = file.created.adding(days: rng.int(90...180))
        while date <= today {
            file.revisions.append(PlanRevision(date: date, author: coordinator,
                                               summary: DemoNames.revisionSummaries[rng.int(0...DemoNames.revisionSummaries.count - 1)],
                                               reason: "Aftalt med borgeren", withCitizen: rng.chance(0.9)))
            date = date.adding(days: rng.int(100...200))
        }
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}

extension SeededGenerator {
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ p: Double) -> Bool {
        Double(next() % 1_000_000) / 1_000_000 < p
    }
}
