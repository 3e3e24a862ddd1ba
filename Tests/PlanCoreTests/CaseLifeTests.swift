import Testing
@testable import PlanCore

@Suite struct CaseLifeTests {
    let today = day("2026-11-23")

    @Test func closePauseAndReopenFollowTheRules() throws {
        var file = try sampleFile(created: "2025-01-10")
        try file.apply(.status(StatusChange(date: day("2026-10-01"), status: .paused, note: "Indlagt", until: day("2026-12-01"))),
                       on: today, by: "mette")
        #expect(file.status == .paused && file.lastStatusChange?.until == day("2026-12-01"))
        // Paused again: a new expected resume date.
        try file.apply(.status(StatusChange(date: day("2026-10-15"), status: .paused, until: day("2027-01-15"))), on: today, by: "mette")
        try file.apply(.status(StatusChange(date: day("2026-11-20"), status: .closed(.otherMunicipality))), on: today, by: "mette")
        #expect(file.closedOn == day("2026-11-20"))
        func refused(_ change: StatusChange) -> ValidationError? {
            var copy = file
            do { try copy.apply(.status(change), on: today, by: "mette") } catch {
                if case let .invalid(problem) = error { return problem }
            }
            return nil
        }
        #expect(refused(StatusChange(date: today, status: .closed(.job))) == .caseAlready("closed:other-municipality"))
        #expect(refused(StatusChange(date: today, status: .paused)) == .caseClosed)
        #expect(refused(StatusChange(date: day("2026-11-01"), status: .active)) == .statusBeforeLastChange(day("2026-11-20")))
        #expect(refused(StatusChange(date: day("2026-11-24"), status: .active)) == .inFuture(field: "date"))
        try file.apply(.status(StatusChange(date: today, status: .active, note: "Flyttet tilbage")), on: today, by: "mette")
        #expect(file.status == .active && file.closedOn == nil)
        #expect(refused(StatusChange(date: today, status: .active)) == .caseAlready("active"))
        #expect(refused(StatusChange(date: today, status: .paused, until: today)) == .endBeforeStart(field: "until"))
        // Every change is on the timeline.
        #expect(file.timeline().filter { $0.kind == .statusChanged }.count == 4)
    }

    @Test func closureReasonsParseInDanishAndEnglish() {
        #expect(ClosureReason(parsing: "Anden kommune") == .otherMunicipality)
        #expect(ClosureReason(parsing: "other-municipality") == .otherMunicipality)
        #expect(ClosureReason(parsing: "uddannelse") == .education)
        #expect(ClosureReason(parsing: "død") == .deceased)
        #expect(ClosureReason(parsing: "retired") == nil)
        #expect(CaseStatus(key: "closed:deceased") == .closed(.deceased))
    }

    @Test func aHandOverNamesBothCoordinatorsInTheRevisions() throws {
        var file = try sampleFile()
        try file.apply(.assign(to: "jonas"), on: today, by: "leder")
        #expect(file.citizen.coordinator == "jonas")
        let note = try #require(file.revisions.last)
        #expect(note.summary.contains("mette") && note.summary.contains("jonas") && note.reason.contains("leder"))
        #expect(throws: PlanChangeError.invalid(.sameCoordinator("jonas"))) { try file.apply(.assign(to: "jonas"), on: today, by: "x") }
    }

    @Test func pausedDaysRequireNoMeetings() throws {
        var file = try sampleFile(created: "2025-01-01")
        file.change(status: .paused, on: day("2025-04-01"))
        file.change(status: .active, on: day("2025-10-01"))
        let periods = ActivePeriods(history: file.statusHistory, created: file.created)
        // 2025-01-01..03-31 (90 days) and 10-01..12-31 (92 days).
        #expect(periods.days(from: day("2025-01-01"), to: day("2025-12-31")) == 182)
        let line = Compliance.line(for: file, rules: ContactRule.standard, from: day("2025-01-01"), to: day("2025-12-31"))
        #expect(line.required == 2, "4 a year over 182 active days, not 4 over 365")
    }

    @Test func theFirstContactRuleIsReported() throws {
        var file = try sampleFile(created: "2026-01-05")
        file.citizen.targetGroup = .sygedagpenge // first follow-up within 8 weeks
        let rules = ContactRule.standard
        func first(to: String) -> FirstContact {
            Compliance.line(for: file, rules: rules, from: day("2026-01-01"), to: day(to)).firstContact
        }
        #expect(first(to: "2026-02-01") == .pending(due: day("2026-03-02")))
        #expect(first(to: "2026-11-23") == .missed(due: day("2026-03-02")))
        file.meetings = [Meeting(id: "m1", date: day("2026-02-20"), kind: .networkMeeting, outcome: .held)]
        #expect(first(to: "2026-11-23") == .missed(due: day("2026-03-02")), "a network meeting is not the first contact")
        file.meetings.append(Meeting(id: "m2", date: day("2026-02-27"), kind: .followUp, outcome: .held))
        #expect(first(to: "2026-11-23") == .met(onDay: day("2026-02-27")))
        // A case begun before the period is not judged on its first contact.
        #expect(Compliance.line(for: file, rules: rules, from: day("2026-02-01"), to: day("2026-11-23")).firstContact == .notApplicable)
    }
}

/// The demo is what a newcomer judges enplan by: it must not contradict itself.
@Suite struct DemoConsistencyTests {
    @Test func theDemoTellsOneStoryPerCitizen() {
        let files = DemoCaseload(citizens: 300, coordinators: 3, seed: 2016, today: day("2026-11-23")).makeCaseFiles()
        for file in files {
            for m in file.meetings {
                #expect(m.outcome == .noShow || !m.summary.contains("mødte ikke op"), "\(file.id) \(m.id): held, yet 'did not come'")
                if m.outcome == .noShow { #expect(m.followUpResult == nil) }
            }
            for section in PlanSection.allCases {
                let titles = file.sections[section].goals.map(\.title)
                #expect(Set(titles).count == titles.count, "\(file.id): a goal twice in \(section)")
            }
            let pair = DemoNames.ownWords.firstIndex(of: file.ownWords).map { DemoNames.overallGoals[$0 % DemoNames.overallGoals.count] }
            #expect(pair == file.overallGoal, "\(file.id): own words and overall goal belong together")
            if case .closed = file.status { #expect(file.nextFollowUp == nil) }
            if file.status == .paused { #expect(file.lastStatusChange?.until != nil) }
        }
        #expect(files.contains { $0.status == .paused } && files.contains { !$0.status.isOpen })
    }
}
