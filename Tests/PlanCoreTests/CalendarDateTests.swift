import Testing
@testable import PlanCore

@Suite struct CalendarDateTests {
    @Test func daysSinceEpochRoundTripsOverFourCenturies() {
        var previous = CalendarDate(daysSinceEpoch: -200_000)
        for day in -199_999...200_000 {
            let date = CalendarDate(daysSinceEpoch: day)
            #expect(date.daysSinceEpoch == day)
            #expect(previous < date)
            previous = date
        }
        #expect(CalendarDate(daysSinceEpoch: 0).iso == "1970-01-01")
        #expect(CalendarDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 11017)
    }

    @Test func writesBothFormsZeroPaddedForEveryYear() throws {
        let d = try #require(CalendarDate(year: 2026, month: 11, day: 2))
        #expect(d.iso == "2026-11-02" && d.danish == "02.11.2026")
        let early = try #require(CalendarDate(year: 7, month: 1, day: 9))
        #expect(early.iso == "0007-01-09" && early.danish == "09.01.0007")
        // An absurd day count (from a hand-edited document) is written in full, never cut.
        let far = CalendarDate(daysSinceEpoch: 4_000_000)
        #expect(far.iso == "\(far.year)-" + String(format: "%02d-%02d", far.month, far.day) || far.year <= 9999)
        for day in stride(from: -200_000, to: 200_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: day)
            #expect(CalendarDate(iso: date.iso) == date, "\(date.iso)")
        }
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CalendarDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2027, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2026, month: 1, day: 0) == nil)
    }

    @Test func addingMonthsClampsToTheEndOfShorterMonths() throws {
        let jan31 = try #require(CalendarDate(year: 2026, month: 1, day: 31))
        #expect(jan31.adding(months: 1).iso == "2026-02-28")
        #expect(jan31.adding(months: 13).iso == "2027-02-28")
        #expect(try #require(CalendarDate(year: 2027, month: 8, day: 31)).adding(months: 6).iso == "2028-02-29")
        #expect(jan31.adding(months: -2).iso == "2025-11-30")
        #expect(jan31.adding(days: 1).iso == "2026-02-01")
    }

    @Test func isoWeekday() throws {
        #expect(try #require(CalendarDate(iso: "2026-11-23")).isoWeekday == 1) // a Monday
        #expect(try #require(CalendarDate(iso: "2026-11-22")).isoWeekday == 7)
        #expect(try #require(CalendarDate(iso: "1970-01-01")).isoWeekday == 4)
    }

    @Test(arguments: [
        ("2026-11-22", "2026-11-22"), ("22-11-2026", "2026-11-22"), ("22.11.26", "2026-11-22"),
        ("22.11.2026", "2026-11-22"), ("22/11/2026", "2026-11-22"), (" 1.2.75 ", "1975-02-01"),
        ("2026.11.22", "2026-11-22"), ("29-02-2028", "2028-02-29"),
    ])
    func parsesWhatPeopleType(typed: String, expected: String) throws {
        #expect(try CalendarDate.parse(typed: typed).iso == expected)
    }

    @Test func explainsWhatIsWrongWithATypedDate() {
        #expect(throws: DateInputError.empty) { try CalendarDate.parse(typed: "  ") }
        #expect(throws: DateInputError.unrecognised("tomorrow")) { try CalendarDate.parse(typed: "tomorrow") }
        #expect(throws: DateInputError.unrecognised("22-11")) { try CalendarDate.parse(typed: "22-11") }
        #expect(throws: DateInputError.noSuchDay("31.04.2026")) { try CalendarDate.parse(typed: "31.04.2026") }
        #expect(throws: DateInputError.noSuchDay("29-02-2027")) { try CalendarDate.parse(typed: "29-02-2027") }
        #expect(CalendarDate(iso: "2026-1-5") == nil)
    }
}
