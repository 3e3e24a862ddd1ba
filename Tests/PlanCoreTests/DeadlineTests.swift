import PlanCore
import Testing

/// Every deadline in one view (issue 24, item 3): computed by hand for a small caseload, in order.
@Suite struct DeadlineTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(daysSinceEpoch: 0)

    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }

    func facts(_ id: String, _ name: String, group: TargetGroup, status: CaseStatus = .active, created: String,
               held: [(String, MeetingKind)] = [], next: String? = nil, measured: String? = nil, mentorEnd: String? = nil) throws -> DeadlineFacts {
        DeadlineFacts(id: try CitizenID(id), name: name, coordinator: "mette", targetGroup: group, status: status,
                      nextFollowUp: next.map(day),
                      history: ContactHistory(created: day(created), statusChanges: [],
                                              held: held.map { ContactHistory.HeldMeeting(date: day($0.0), kind: $0.1) }),
                      lastMeasurement: measured.map(day), mentorPeriodEnd: mentorEnd.map(day))
    }

    @Test func eachDeadlineIsComputedFromItsRuleAndTheCaseloadIsInOrder() throws {
        let catalogues = Catalogues.standard
        // aktivitetsparat: 4 meetings per 12 months, so one every 91 days (12 × 30.4375 / 4 = 91.3).
        let aase = try facts("b-aase", "Åse Ørsted", group: .aktivitetsparat, created: "2026-01-10",
                             held: [("2026-09-01", .conversation), ("2026-10-01", .networkMeeting)], next: "2026-12-01",
                             measured: "2026-09-15", mentorEnd: "2026-12-20")
        // sygedagpenge: the first meeting within 8 weeks of the start, none held.
        let bo = try facts("b-bo", "Bo Ærø", group: .sygedagpenge, created: "2026-10-01")
        let paused = try facts("b-pause", "Pia Paus", group: .aktivitetsparat, status: .paused, created: "2026-01-10", next: "2026-11-24")
        let all = [aase, bo, paused].flatMap { Deadlines.of($0, catalogues: catalogues, today: today) }
        let aases = all.filter { $0.citizen.rawValue == "b-aase" }
        #expect(aases.first { $0.kind == .contactCourse }?.date == day("2026-12-01"),
                "91 days after the last conversation (the network meeting does not count)")
        #expect(aases.first { $0.kind == .followUp }?.date == day("2026-12-01") && aases.first { $0.kind == .followUp }?.rule == "")
        #expect(aases.first { $0.kind == .measurement }?.date == day("2026-12-15"), "3 months after the last measurement")
        #expect(aases.first { $0.kind == .mentorPeriodEnds }?.source?.section == "§ 167")
        #expect(!aases.contains { $0.kind == .firstMeeting }, "aktivitetsparat has no first-meeting rule")
        let bos = all.filter { $0.citizen.rawValue == "b-bo" }
        let first = try #require(bos.first { $0.kind == .firstMeeting })
        #expect(first.date == day("2026-11-26") && first.source?.law == "Lov om sygedagpenge")
        #expect(bos.first { $0.kind == .measurement }?.date == day("2027-01-01"), "3 months after the start when never measured")
        #expect(!all.contains { $0.citizen.rawValue == "b-pause" }, "a paused case has no deadlines")
        // Overdue first, oldest first; then by date; a day's by name.
        let ordered = Deadlines.sorted(all)
        #expect(ordered.map(\.date) == ordered.map(\.date).sorted())
        #expect(ordered.first?.date == day("2026-11-15") && ordered.first?.kind == .contactCourse && ordered.first?.citizen.rawValue == "b-bo", "Bo's meeting 45 days in (4 in the first 6 months), 2026-11-15, overdue")
        let december1 = ordered.filter { $0.date == day("2026-12-01") }
        #expect(december1.map(\.kind) == [.followUp, .contactCourse], "one citizen's day in a fixed order")
    }

    @Test func aMentorPeriodThatEndedIsHistoryNotAMissedDeadline() throws {
        let f = try facts("b-m", "Mads", group: .aktivitetsparat, created: "2026-01-10", mentorEnd: "2026-11-01")
        #expect(!Deadlines.of(f, catalogues: .standard, today: today).contains { $0.kind == .mentorPeriodEnds })
    }
}
