import PlanCore
import Testing

/// Decisions on efforts (issue 25, item 1): granted, refused, changed or stopped, with a date, a legal
/// basis and reasons; a refused effort is not an effort; complaint guidance follows the legal basis.
@Suite struct DecisionTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(daysSinceEpoch: 0)

    func file(_ status: EffortStatus = .planned, start: Int = 0) -> CaseFile {
        var generator = SeededGenerator(seed: 25)
        let citizen = Citizen(id: CitizenID.random(using: &generator), name: "Åse Ørsted", targetGroup: .aktivitetsparat,
                              coordinator: "mette")
        var f = CaseFile(citizen: citizen, created: today.adding(days: -100), createdBy: "mette")
        f.sections.social.efforts = [Effort(id: "e7", title: "Mentor i boligen", legalBasis: "SEL § 85",
                                            start: today.adding(days: start), status: status)]
        return f
    }

    func decision(_ outcome: DecisionOutcome, days: Int = 0, reasons: String = "Du har brug for støtte i hjemmet.") -> Decision {
        Decision(effort: "e7", outcome: outcome, date: today.adding(days: days), legalBasis: "SEL § 85", reasons: reasons)
    }

    @Test func aGrantIsRecordedWithItsMakerAndTheEffortStaysAsItWas() throws {
        var f = file()
        let effort = f.effort("e7")?.1
        try f.apply(.decision(decision(.granted, days: -2)), on: today, by: "jonas")
        let d = try #require(f.decisions.first)
        #expect(d.id.hasPrefix("d") && d.decidedBy == "jonas" && d.section == .social && d.effortTitle == "Mentor i boligen")
        #expect(f.effort("e7")?.1 == effort)
        let event = try #require(f.timeline().first { $0.kind == .decision })
        #expect(event.date == today.adding(days: -2) && event.section == .social && event.title == "Mentor i boligen" && event.itemID == d.id)
    }

    @Test func aRefusedEffortLeavesThePlanButTheRefusalStays() throws {
        var f = file(.planned)
        try f.apply(.decision(decision(.refused)), on: today, by: "mette")
        #expect(f.effort("e7") == nil, "a refused effort is not an effort")
        #expect(f.decisions.map(\.outcome) == [.refused] && f.decisions[0].effortTitle == "Mentor i boligen")
        #expect(!f.timeline().contains { $0.kind == .effortStarted }, "no effort start is left in the timeline")
        #expect(throws: PlanChangeError.itemGone(.effort("e7"))) { try f.apply(.decision(decision(.granted)), on: today, by: "mette") }
        #expect(throws: PlanChangeError.itemGone(.decision(f.decisions[0].id))) {
            try f.apply(.delete(.decision(f.decisions[0].id)), on: today, by: "mette")
        }
    }

    @Test func anEffortUnderWayIsStoppedNotRefused() throws {
        var f = file(.active, start: -30)
        #expect(throws: PlanChangeError.invalid(.effortUnderway("e7"))) { try f.apply(.decision(decision(.refused)), on: today, by: "mette") }
        #expect(f.decisions.isEmpty && f.effort("e7") != nil)
        // One marked active but not yet begun can still be refused.
        var later = file(.active, start: 10)
        try later.apply(.decision(decision(.refused)), on: today, by: "mette")
        #expect(later.effort("e7") == nil)
    }

    @Test func aStopEndsTheEffortOnTheDayAndCannotComeTwice() throws {
        var f = file(.active, start: -30)
        try f.apply(.decision(decision(.stopped, days: -1)), on: today, by: "mette")
        let effort = try #require(f.effort("e7")?.1)
        #expect(effort.status == .cancelled && effort.end == today.adding(days: -1))
        #expect(throws: PlanChangeError.invalid(.effortAlreadyEnded("e7"))) { try f.apply(.decision(decision(.stopped)), on: today, by: "mette") }
        var early = file(.active, start: -5)
        #expect(throws: PlanChangeError.invalid(.endBeforeStart(field: "decision date"))) {
            try early.apply(.decision(decision(.stopped, days: -10)), on: today, by: "mette")
        }
        #expect(early.decisions.isEmpty && early.effort("e7")?.1.status == .active)
    }

    @Test func reasonsALegalBasisAndAPastDayAreRequired() {
        var f = file()
        var noBasis = decision(.granted)
        noBasis.legalBasis = " "
        let refused: [(Decision, ValidationError)] = [
            (decision(.granted, reasons: " \n "), .required(field: "decision reasons")),
            (noBasis, .required(field: "decision legal basis")),
            (decision(.granted, days: 1), .inFuture(field: "decision date")),
            (decision(.granted, reasons: "bip\u{7}"), .controlCharacter(field: "decision reasons")),
            (decision(.granted, reasons: String(repeating: "å", count: Decision.maximumReasonsLength + 1)),
             .tooLong(field: "decision reasons", limit: Decision.maximumReasonsLength)),
        ]
        for (d, error) in refused {
            #expect(throws: PlanChangeError.invalid(error)) { try f.apply(.decision(d), on: today, by: "mette") }
        }
        #expect(f.decisions.isEmpty && f.effort("e7") != nil)
    }

    @Test func undoNeverTakesBackADecision() throws {
        var f = file()
        let before = f
        try f.apply(.decision(decision(.refused)), on: today, by: "mette")
        let id = try #require(f.decisions.first?.id)
        #expect(throws: PlanChangeError.invalid(.decisionIsFinal(id))) { try f.apply(.undo(to: before), on: today, by: "mette") }
        #expect(f.decisions.count == 1 && f.effort("e7") == nil)
    }

    @Test func decisionsAreKeptByDateAndTheOneRecordedLastIsKnown() throws {
        var f = file(.active, start: -30)
        try f.apply(.decision(decision(.granted, days: -1, reasons: "Bevilget")), on: today, by: "mette")
        try f.apply(.decision(decision(.changed, days: -20, reasons: "Timetal ændret")), on: today, by: "mette")
        #expect(f.decisions.map(\.reasons) == ["Timetal ændret", "Bevilget"])
        #expect(f.newestDecision?.reasons == "Timetal ændret")
    }

    @Test func complaintGuidanceFollowsTheLegalBasisToItsLaw() {
        let catalogues = Catalogues.standard
        let social = catalogues.legalBases.first { $0.source?.law == "Lov om social service" }
        let guidance = social.flatMap { catalogues.complaintGuidance(for: $0.reference, on: today) }
        #expect(guidance?.weeks == 4 && guidance?.verified == true && guidance?.source?.url?.contains("ast.dk") == true)
        #expect(catalogues.complaintGuidance(for: "no such reference", on: today) == nil)
        // Every law the legal basis catalogue cites has a route, or the letter tells the citizen to ask.
        for basis in catalogues.legalBases {
            let route = catalogues.complaintGuidance(for: basis.reference, on: today)
            #expect(route != nil, "\(basis.reference) has no complaint guidance")
            if let route, !route.verified { #expect(route.weeks == nil, "an unchecked route states no deadline") }
        }
    }
}
