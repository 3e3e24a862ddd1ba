import PlanCore
import Testing

@Suite struct PlanChangeTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(daysSinceEpoch: 0)

    func file() -> CaseFile {
        var generator = SeededGenerator(seed: 7)
        let citizen = Citizen(id: CitizenID.random(using: &generator), name: "Åse Ørsted", targetGroup: .aktivitetsparat,
                              coordinator: "mette")
        return CaseFile(citizen: citizen, created: today.adding(days: -100), createdBy: "mette")
    }

    @Test func newItemsGetIdsFreeInTheDocumentTheyAreAppliedTo() throws {
        var mine = file()
        var theirs = mine
        let goal = PlanChange.goal(Goal(id: "", title: "Mit mål", created: today), in: .social)
        try theirs.apply(.goal(Goal(id: "", title: "Deres mål", created: today), in: .social), on: today, by: "jonas")
        try mine.apply(goal, on: today, by: "mette")
        // The same change re-applied to the other person's newer document gets another id: nothing collides.
        try theirs.apply(goal, on: today, by: "mette")
        #expect(theirs.sections.social.goals.map(\.title) == ["Deres mål", "Mit mål"])
        #expect(Set(theirs.sections.social.goals.map(\.id)).count == 2)
        #expect(theirs.updatedBy == "mette")
    }

    @Test func statusDatesFollowStatusChanges() throws {
        var f = file()
        try f.apply(.goal(Goal(id: "", title: "Mål", created: today), in: .employment), on: today.adding(days: -10), by: "m")
        var g = f.sections.employment.goals[0]
        g.status = .achieved
        try f.apply(.goal(g, in: .employment), on: today, by: "m")
        #expect(f.sections.employment.goals[0].statusDate == today)
        g.title = "Mål (nået)"
        try f.apply(.goal(g, in: .employment), on: today.adding(days: 3), by: "m")
        #expect(f.sections.employment.goals[0].statusDate == today, "an edit that keeps the status keeps its date")
        #expect(f.timeline().contains { $0.kind == .goalAchieved && $0.date == today })
    }

    @Test func deletingAGoalRemovesItFromTheEffortsThatServedIt() throws {
        var f = file()
        try f.apply(.goal(Goal(id: "", title: "Mål", created: today), in: .employment), on: today, by: "m")
        let id = f.sections.employment.goals[0].id
        try f.apply(.effort(Effort(id: "", title: "Praktik", start: today, goalIDs: [id, "nope"]), in: .employment), on: today, by: "m")
        #expect(f.sections.employment.efforts[0].goalIDs == [id], "only goals that exist")
        try f.apply(.delete(.goal(id)), on: today, by: "m")
        #expect(f.sections.employment.goals.isEmpty)
        #expect(f.sections.employment.efforts[0].goalIDs.isEmpty)
        #expect(throws: PlanChangeError.itemGone(.goal(id))) { try f.apply(.delete(.goal(id)), on: today, by: "m") }
    }

    @Test func theLatestMeetingSetsTheNextFollowUp() throws {
        var f = file()
        let next = today.adding(days: 30)
        try f.apply(.meeting(Meeting(id: "", date: today, kind: .followUp, outcome: .held, nextFollowUp: next)), on: today, by: "m")
        #expect(f.nextFollowUp == next)
        // An older meeting entered afterwards does not move the agreed follow-up back.
        try f.apply(.meeting(Meeting(id: "", date: today.adding(days: -60), kind: .conversation, outcome: .held,
                                     nextFollowUp: today.adding(days: -30))), on: today, by: "m")
        #expect(f.nextFollowUp == next)
        #expect(f.meetings.map(\.date) == [today.adding(days: -60), today], "meetings stay in date order")
    }

    @Test func mentorPeriodsKeepTheAgreementAndStayInOrder() throws {
        var f = file()
        try f.apply(.mentorAgreement(MentorAgreement(mentorName: "Kim")), on: today, by: "m")
        let later = try MentorPeriod(start: today.adding(months: 6), end: today.adding(months: 9))
        let first = try MentorPeriod(start: today, end: today.adding(months: 6).adding(days: -1))
        try f.apply(.mentorPeriod(later, index: nil), on: today, by: "m")
        try f.apply(.mentorPeriod(first, index: nil), on: today, by: "m")
        #expect(f.mentorAgreement?.periods == [first, later])
        try f.apply(.mentorAgreement(MentorAgreement(mentorName: "Kim Jessen")), on: today, by: "m")
        #expect(f.mentorAgreement?.periods.count == 2, "editing the agreement keeps its periods")
    }

    @Test func sameItemTellsWhetherSomeoneElseChangedIt() throws {
        var base = file()
        try base.apply(.goal(Goal(id: "", title: "Mål", created: today), in: .family), on: today, by: "m")
        let id = base.sections.family.goals[0].id
        var other = base
        try other.apply(.subGoal(SubGoal(id: "", title: "Delmål", created: today), of: id), on: today, by: "j")
        #expect(other.hasSame(.goal(id), as: base), "a new sub-goal does not change the goal itself")
        other.sections.family.goals[0].title = "Andet mål"
        #expect(!other.hasSame(.goal(id), as: base))
        try other.apply(.delete(.goal(id)), on: today, by: "j")
        #expect(other.lacks(.goal(id)))
        #expect(!base.lacks(.goal(id)))
    }
}
