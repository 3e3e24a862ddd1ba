import Testing
@testable import PlanCore

func day(_ iso: String) -> CalendarDate {
    guard let d = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return d
}

func sampleFile(created: String = "2025-01-10") throws -> CaseFile {
    let citizen = Citizen(id: try CitizenID("b-test1"), name: "Søren Ærø", cpr: try CPRNumber("070761-4285"),
                          targetGroup: .aktivitetsparat, coordinator: "mette")
    return CaseFile(citizen: citizen, created: day(created), createdBy: "mette")
}

@Suite struct TargetGroupTests {
    @Test func parsesKeysAndDanishNames() throws {
        #expect(try TargetGroup(parsing: "ressourceforloeb") == .ressourceforloeb)
        #expect(try TargetGroup(parsing: "Ressourceforløb") == .ressourceforloeb)
        #expect(try TargetGroup(parsing: "SYGEDAGPENGE") == .sygedagpenge)
        #expect(try TargetGroup(parsing: "Jobafklaringsforløb") == .jobafklaring)
        #expect(try TargetGroup(parsing: " ung ") == .ung)
        #expect(throws: ValidationError.unknownTargetGroup("pensionist")) { try TargetGroup(parsing: "pensionist") }
    }
}

@Suite struct IdentifierTests {
    @Test func idsAreSafeFileNames() {
        #expect(CitizenID.isValid("b-7k2m9q4x"))
        #expect(!CitizenID.isValid("../etc"))
        #expect(!CitizenID.isValid("-x"))
        #expect(!CitizenID.isValid("070761-4285x/"))
        #expect(!CitizenID.isValid(String(repeating: "a", count: 41)))
        #expect(!CitizenID.isValid("Søren"))
        var g = SeededGenerator(seed: 1)
        for _ in 0..<100 { #expect(CitizenID.isValid(CitizenID.random(using: &g).rawValue)) }
    }
}

@Suite struct MentorTests {
    @Test func periodIsAtMostSixMonths() throws {
        #expect(throws: Never.self) { try MentorPeriod(start: day("2026-01-31"), end: day("2026-07-30")) }
        #expect(throws: ValidationError.mentorPeriodTooLong(start: day("2026-01-31"), end: day("2026-07-31"))) {
            try MentorPeriod(start: day("2026-01-31"), end: day("2026-07-31"))
        }
        // Found when tried: the default period ended 2027-09-23 and a day more was accepted.
        #expect(MentorPeriod.latestEnd(from: day("2027-03-24")) == day("2027-09-23"))
        #expect(throws: Never.self) { try MentorPeriod(start: day("2027-03-24"), end: day("2027-09-23")) }
        #expect(throws: ValidationError.mentorPeriodTooLong(start: day("2027-03-24"), end: day("2027-09-24"))) {
            try MentorPeriod(start: day("2027-03-24"), end: day("2027-09-24"))
        }
        #expect(throws: ValidationError.endBeforeStart(field: "mentor period")) {
            try MentorPeriod(start: day("2026-03-01"), end: day("2026-02-01"))
        }
    }

    @Test func warnsBeforeAPeriodEnds() throws {
        let agreement = MentorAgreement(mentorName: "Kim", periods: [try MentorPeriod(start: day("2026-06-01"), end: day("2026-11-30"))])
        #expect(MentorPeriodState(agreement: agreement, today: day("2026-10-01")) == .running(endsInDays: 60))
        #expect(MentorPeriodState(agreement: agreement, today: day("2026-11-23")) == .endingSoon(endsInDays: 7))
        #expect(MentorPeriodState(agreement: agreement, today: day("2026-11-23")).needsAttention)
        #expect(MentorPeriodState(agreement: agreement, today: day("2026-12-02")) == .expired(daysAgo: 2))
        #expect(MentorPeriodState(agreement: nil, today: day("2026-12-02")) == MentorPeriodState.none)
    }

    @Test func aRenewalIsANewPeriodAndTheLatestCounts() throws {
        let agreement = MentorAgreement(periods: [try MentorPeriod(start: day("2026-01-01"), end: day("2026-06-30")),
                                                  try MentorPeriod(start: day("2026-07-01"), end: day("2026-12-31"))])
        #expect(MentorPeriodState(agreement: agreement, today: day("2026-07-02")) == .running(endsInDays: 182))
        #expect(agreement.period(covering: day("2026-03-01"))?.end == day("2026-06-30"))
    }
}

@Suite struct FollowUpRuleTests {
    @Test func classifiesTheNextFollowUp() {
        let today = day("2026-11-23")
        #expect(FollowUpState(next: day("2026-11-20"), today: today) == .overdue(days: 3))
        #expect(FollowUpState(next: today, today: today) == .dueToday)
        #expect(FollowUpState(next: day("2026-11-30"), today: today) == .dueThisWeek(inDays: 7))
        #expect(FollowUpState(next: day("2026-12-01"), today: today) == .scheduled(inDays: 8))
        #expect(FollowUpState(next: nil, today: today) == .notScheduled)
        #expect(FollowUpState(next: day("2026-11-22"), today: today).isOverdue)
        #expect(!FollowUpState(next: day("2026-11-24"), today: today).isOverdue)
        #expect(FollowUpState(next: day("2026-11-24"), today: today).isDueSoon)
    }

    @Test func sortsMostUrgentFirst() {
        let today = day("2026-11-23")
        let states = [day("2026-12-20"), nil, day("2026-11-01"), day("2026-11-23"), day("2026-11-25"), day("2026-11-20")]
            .map { FollowUpState(next: $0, today: today) }
        #expect(states.sorted() == [.overdue(days: 22), .overdue(days: 3), .dueToday, .dueThisWeek(inDays: 2),
                                    .scheduled(inDays: 27), .notScheduled])
    }
}

@Suite struct MeasurementRuleTests {
    @Test func overdueAfterThreeMonths() {
        #expect(MeasurementState(last: day("2026-08-23"), planStart: day("2025-01-01"), today: day("2026-11-23"))
            == .upToDate(lastOn: day("2026-08-23")))
        #expect(MeasurementState(last: day("2026-08-22"), planStart: day("2025-01-01"), today: day("2026-11-23"))
            == .overdue(since: day("2026-11-22")))
        #expect(MeasurementState(last: nil, planStart: day("2026-10-01"), today: day("2026-11-23")) == .never)
        #expect(MeasurementState(last: nil, planStart: day("2026-01-01"), today: day("2026-11-23")).isOverdue)
    }

    @Test func validatesScoresAgainstTheInstrument() {
        let m = Measurement(id: "p1", date: day("2026-11-01"), by: "mette", instrumentID: Instrument.standard.id,
                            scores: ["health": 3, "cooperation": 8])
        #expect(throws: ValidationError.scoreOutOfScale(indicator: "cooperation", score: 8, scale: 1...7)) {
            try m.validate(against: .standard)
        }
        let unknown = Measurement(id: "p2", date: day("2026-11-01"), by: "mette", instrumentID: "x", scores: ["mood": 3])
        #expect(throws: ValidationError.unknownIndicator("mood")) { try unknown.validate(against: .standard) }
        #expect(Measurement(id: "p3", date: day("2026-11-01"), by: "m", instrumentID: "x", scores: ["a": 2, "b": 5, "c": 1]).average(of: ["a", "b"]) == 3.5)
    }

    @Test func trendComparesTheLastTwoScores() {
        #expect(Trend([3, 4]) == .rising)
        #expect(Trend([4, 3]) == .falling)
        #expect(Trend([3, 3.2]) == .steady)
        #expect(Trend([3]) == .unknown)
    }

    @Test func standardInstrumentIsWellFormed() {
        let i = Instrument.standard
        #expect(i.scale.stepsDa.count == i.scale.max - i.scale.min + 1)
        #expect(i.scale.stepsEn.count == i.scale.stepsDa.count)
        #expect(Set(i.indicators.map(\.key)).count == i.indicators.count)
        #expect(i.indicators.filter(\.predictive).count == 7)
        for indicator in i.indicators {
            #expect(indicator.anchors.allSatisfy { i.scale.range.contains($0.score) })
        }
    }
}

@Suite struct ValidationTests {
    @Test func citizenNeedsANameAndACoordinator() throws {
        var file = try sampleFile()
        file.citizen.name = "   "
        #expect(throws: ValidationError.required(field: "name")) { try file.citizen.validate() }
        file.citizen.name = String(repeating: "æ", count: 201)
        #expect(throws: ValidationError.tooLong(field: "name", limit: 200)) { try file.citizen.validate() }
        file.citizen.name = "Åse"
        file.citizen.coordinator = ""
        #expect(throws: ValidationError.required(field: "coordinator")) { try file.citizen.validate() }
    }

    @Test func documentProblemsAreAllReported() throws {
        var file = try sampleFile()
        file.sections.social.goals = [Goal(id: "g1", title: "", created: day("2025-02-01"))]
        file.sections.social.efforts = [Effort(id: "e1", title: "Bostøtte", start: day("2025-03-01"), end: day("2025-02-01"),
                                               goalIDs: ["g9"])]
        file.mentorAgreement = MentorAgreement(hoursPerWeek: -1)
        let problems = file.problems(instrument: .standard)
        #expect(problems.contains(.required(field: "social goal g1 title")))
        #expect(problems.contains(.endBeforeStart(field: "social effort e1")))
        #expect(problems.contains(.unknownGoal("g9")))
        #expect(problems.contains(.negative(field: "mentor hours per week")))
        #expect(try sampleFile().problems(instrument: .standard).isEmpty)
    }

    @Test func itemIDsStayUniqueAfterDeletion() throws {
        var file = try sampleFile()
        let a = file.makeItemID(prefix: "g")
        let b = file.makeItemID(prefix: "g")
        #expect(a != b)
        #expect(a == "g1")
    }
}

@Suite struct ComplianceTests {
    @Test func requiredMeetingsScaleWithTheDaysInTheWindow() {
        let rule = ContactRule(targetGroup: .aktivitetsparat, meetings: 4, months: 12, source: "")
        #expect(rule.required(overDays: 365) == 4)
        #expect(rule.required(overDays: 183) == 2)
        #expect(rule.required(overDays: 1) == 0)
        #expect(rule.required(overDays: 730) == 8)
        #expect(rule.required(overDays: 0) == 0)
    }

    @Test func countsOnlyHeldMeetingsInTheWindow() throws {
        var file = try sampleFile(created: "2025-06-01")
        file.meetings = [
            Meeting(id: "m1", date: day("2024-12-01"), kind: .conversation, outcome: .held),
            Meeting(id: "m2", date: day("2025-07-01"), kind: .conversation, outcome: .held),
            Meeting(id: "m3", date: day("2025-08-01"), kind: .followUp, outcome: .noShow),
            Meeting(id: "m4", date: day("2025-09-01"), kind: .followUp, outcome: .cancelled),
            Meeting(id: "m5", date: day("2025-12-31"), kind: .networkMeeting, outcome: .held),
        ]
        let line = Compliance.line(for: file, rules: ContactRule.standard, from: day("2025-01-01"), to: day("2025-12-31"))
        // By default only meetings with the citizen count: the network meeting of m5 does not.
        #expect(line.held == 1)
        // Open 2025-06-01..2025-12-31 = 214 days of 4 per 12 months: 2.34, so 2.
        #expect(line.required == 2)
        #expect(line.difference == -1)
        var rules = ContactRule.standard
        rules[0].countedKinds = [.conversation, .followUp, .networkMeeting]
        #expect(Compliance.line(for: file, rules: rules, from: day("2025-01-01"), to: day("2025-12-31")).held == 2)
        let short = Compliance.line(for: file, rules: ContactRule.standard, from: day("2025-01-01"), to: day("2025-09-30"))
        #expect(short.held == 1 && short.required == 1)
        let totals = Compliance.totals([line, short], today: day("2026-01-01"))
        #expect(totals.held == 2 && totals.required == 3 && totals.citizens == 2)
        // Per person: the short period is met, the year's window is over one meeting short.
        #expect(short.status(today: day("2026-01-01")) == .met && line.status(today: day("2026-01-01")) == .missed)
        #expect(line.status(today: day("2025-12-31")) == .pending, "the window's last day is not over yet")
        #expect(totals.met == 1 && totals.missed == 1 && totals.pending == 0 && totals.metShare == 0.5)
    }

    @Test func aClosedCaseRequiresNothingAfterClosing() throws {
        var file = try sampleFile(created: "2025-01-01")
        file.change(status: .closed(.job), on: day("2025-03-31"))
        let line = Compliance.line(for: file, rules: ContactRule.standard, from: day("2025-01-01"), to: day("2025-12-31"))
        #expect(line.required == 1)
    }
}

@Suite struct TimelineTests {
    @Test func tellsTheWholeStoryInDateOrder() throws {
        var file = try sampleFile(created: "2025-01-10")
        file.record(consent: Consent(state: .given, date: day("2025-01-12"), scope: ["Jobcenter"]))
        file.sections.employment.goals = [Goal(id: "g1", title: "Praktik", status: .achieved, created: day("2025-02-01"),
                                               statusDate: day("2025-09-01"))]
        file.sections.family.goals = [Goal(id: "g2", title: "Rutiner", status: .dropped, created: day("2025-02-01"),
                                           statusDate: day("2025-05-01"))]
        file.sections.employment.efforts = [Effort(id: "e1", title: "Virksomhedspraktik", start: day("2025-03-01"),
                                                   end: day("2025-08-31"), status: .ended, goalIDs: ["g1"])]
        file.sections.social.efforts = [Effort(id: "e2", title: "Planlagt", start: day("2026-03-01"), status: .planned)]
        file.meetings = [Meeting(id: "m1", date: day("2025-04-01"), kind: .followUp, outcome: .held, summary: "Godt"),
                         Meeting(id: "m2", date: day("2026-04-01"), kind: .followUp, outcome: .planned)]
        file.measurements = [Measurement(id: "p1", date: day("2025-04-01"), by: "m", instrumentID: "x", scores: ["health": 3])]
        file.mentorAgreement = MentorAgreement(mentorName: "Kim", periods: [try MentorPeriod(start: day("2025-06-01"), end: day("2025-11-30"))])
        file.revisions = [PlanRevision(date: day("2025-06-01"), author: "mette", summary: "Ny praktik")]
        file.change(status: .paused, on: day("2025-10-01"))
        let events = file.timeline(upTo: day("2025-11-01"))
        #expect(events.map(\.date) == events.map(\.date).sorted())
        #expect(events.first?.kind == .planCreated)
        let kinds = events.map(\.kind)
        for kind: TimelineEvent.Kind in [.consent, .goalSet, .goalAchieved, .goalDropped, .effortStarted, .effortEnded,
                                         .meeting, .measurement, .mentorPeriodStarted, .planRevised, .statusChanged] {
            #expect(kinds.contains(kind), "missing \(kind)")
        }
        // A mentor period that has not ended yet has no end event; planned items are not history.
        #expect(!kinds.contains(.mentorPeriodEnded))
        #expect(events.filter { $0.kind == .meeting }.count == 1)
        #expect(!events.contains { $0.title == "Planlagt" })
        // Same day: plan-level events before section events, sections in plan order.
        let june = events.filter { $0.date == day("2025-06-01") }
        #expect(june.map(\.kind) == [.planRevised, .mentorPeriodStarted])
        #expect(events.first { $0.kind == .goalAchieved }?.section == .employment)
        #expect(events.first { $0.kind == .goalAchieved }?.itemID == "g1")
    }
}

@Suite struct DemoCaseloadTests {
    @Test func sameSeedSameCaseload() {
        let a = DemoCaseload(citizens: 30, coordinators: 3, seed: 7, today: day("2026-11-23")).makeCaseFiles()
        let b = DemoCaseload(citizens: 30, coordinators: 3, seed: 7, today: day("2026-11-23")).makeCaseFiles()
        let c = DemoCaseload(citizens: 30, coordinators: 3, seed: 8, today: day("2026-11-23")).makeCaseFiles()
        #expect(a == b)
        #expect(a != c)
    }

    /// What jarred a caseworker: a mother named as the employment caseworker, and "no substance use"
    /// in the assessment of a citizen in drug treatment (SEL § 101).
    @Test func thePeopleAndTheAssessmentsAgreeWithEachOther() {
        let files = DemoCaseload(citizens: 300, coordinators: 3, seed: 2016, today: day("2026-11-23")).makeCaseFiles()
        let caseworkers = Set(files.flatMap { f in PlanSection.allCases.map { f.sections[$0].responsible } }.filter { !$0.isEmpty })
        #expect(caseworkers.count >= 3)
        var relatives = 0, inTreatment = 0
        for file in files {
            let family = file.citizen.name.split(separator: " ").last.map(String.init) ?? ""
            for member in file.network where !member.role.contains("Jobcenter") && !member.role.contains("Socialafdelingen") {
                #expect(!caseworkers.contains(member.name), "\(member.role) of \(file.id) is named as a caseworker: \(member.name)")
                if member.role.contains("(Familie)") {
                    relatives += 1
                    #expect(member.name.hasSuffix(" " + family), "\(member.role) \(member.name) of \(file.citizen.name)")
                }
            }
            let treated = PlanSection.allCases.contains { file.sections[$0].efforts.contains { $0.offerID == "misbrug" } }
            for finding in file.assessments.flatMap(\.findings) where treated && finding.area == "substance" {
                inTreatment += 1
                #expect(Catalogues.standard.assessment.judgement(finding.judgement)?.isBarrier == true,
                        "\(file.id) is in drug treatment, yet: \(finding.finding)")
            }
        }
        #expect(relatives > 20 && inTreatment > 0, "the demo has both to check (\(relatives), \(inTreatment))")
    }

    @Test func isRealistic() {
        let today = day("2026-11-23")
        let files = DemoCaseload(citizens: 40, coordinators: 3, seed: 2016, today: today).makeCaseFiles()
        #expect(Set(files.map(\.citizen.coordinator)) == ["mette", "jonas", "aisha"])
        #expect(Set(files.map(\.citizen.targetGroup)) == Set(TargetGroup.allCases))
        #expect(Set(files.map(\.id)).count == 40)
        #expect(files.contains { $0.citizen.name.unicodeScalars.contains { $0.value > 0x2E80 } }, "a CJK name")
        #expect(files.contains { $0.citizen.name.contains { "æøåÆØÅ".contains($0) } }, "a Danish name")
        #expect(files.contains { $0.created <= today.adding(days: -600) }, "two years of history")
        #expect(files.contains { $0.followUpState(today: today).isOverdue })
        #expect(files.contains { $0.mentorAgreement.map { $0.periods.count > 1 } ?? false }, "a renewed mentor period")
        #expect(files.contains { f in PlanSection.allCases.contains { f.sections[$0].goals.contains { $0.status == .achieved } } })
        #expect(files.contains { f in PlanSection.allCases.contains { f.sections[$0].goals.contains { $0.status == .dropped } } })
        for file in files {
            #expect(file.problems(instrument: .standard).isEmpty, "\(file.id): \(file.problems(instrument: .standard))")
            #expect(file.measurements.allSatisfy { $0.date <= today })
            let dates = file.measurementsByDate.map(\.date)
            for (a, b) in zip(dates, dates.dropFirst()) { #expect(a.days(until: b) >= 80) }
        }
    }
}

@Suite struct NameOrderTests {
    @Test func danishLettersSortAfterZ() {
        let names = ["Åse", "王芳", "Zacharias", "Ærø", "Østergaard", "anders", "Bo", "Zz"]
        #expect(names.sorted(by: NameOrder.areInOrder) == ["anders", "Bo", "Zacharias", "Zz", "Ærø", "Østergaard", "Åse", "王芳"])
    }
}
