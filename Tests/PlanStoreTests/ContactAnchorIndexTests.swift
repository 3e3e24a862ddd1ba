import CaseRecords
import Foundation
import PlanCore
@testable import PlanStore
import Testing
import TestSupport

/// The first day of absence and the benefit's start reach the reports through the caseload index.
@Suite struct ContactAnchorIndexTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }

    @Test func theIndexKeepsTheDaysARuleCountsFromAndReadsAnOlderRowWithout() throws {
        let history = ContactHistory(created: day("2026-02-02"), statusChanges: [StatusChange(date: day("2026-02-02"), status: .active)],
                                     held: [.init(date: day("2026-02-20"), kind: .conversation)],
                                     benefitStart: day("2026-01-20"), firstAbsenceDay: day("2026-01-05"))
        let text = ContactHistoryCodec.encode(history)
        #expect(ContactHistoryCodec.looksValid(Array(text.utf8)))
        #expect(ContactHistoryCodec.decode(text, created: day("2026-02-02")) == history)
        let older = ContactHistoryCodec.encode(ContactHistory(created: day("2026-02-02"), statusChanges: [], held: []))
        #expect(!older.dropFirst(older.firstIndex(of: "|").map { older.distance(from: older.startIndex, to: $0) + 1 } ?? 0).contains("|"),
                "no anchors, no second bar: what an older enplan wrote")
        #expect(ContactHistoryCodec.decode("|", created: day("2026-02-02"))?.firstAbsenceDay == nil)
        #expect(ContactHistoryCodec.decode("||x5", created: day("2026-02-02")) == nil, "a damaged anchor is refused")

        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store)
        file.citizen.targetGroup = .sygedagpenge
        file.citizen.firstAbsenceDay = day("2026-01-05")
        _ = try store.save(file)
        let summary = try #require(try openStore(tmp.child("data")).caseload().citizens.first { $0.id == file.id })
        #expect(summary.contactHistory.firstAbsenceDay == day("2026-01-05"))
        #expect(summary.contactAnchors.firstAbsenceDay == day("2026-01-05") && summary.contactAnchors.benefitStart == nil,
                "the list reads the days without decoding the meetings")
        #expect(ContactHistoryCodec.anchors(ending: Array(text.utf8)[...]).benefitStart == day("2026-01-20"))
        // Read from the end: a long history, one bar only (meetings last), and a tab before the text.
        let meetings = (0..<300).map { "\(20_100 + $0)c" }.joined(separator: ",")
        let long = "20000active|" + meetings + "|b20400a20390"
        #expect(ContactHistoryCodec.anchors(ending: Array(long.utf8.suffix(32))[...]).firstAbsenceDay == CalendarDate(daysSinceEpoch: 20_390))
        let none = ContactHistoryCodec.anchors(ending: Array(("20000active|" + meetings).utf8.suffix(32))[...])
        #expect(none.benefitStart == nil && none.firstAbsenceDay == nil, "meetings after the only bar are no anchors")
        #expect(ContactHistoryCodec.anchors(ending: Array("goal\t|b20400".utf8)[...]).benefitStart == CalendarDate(daysSinceEpoch: 20_400))
        #expect(ContactHistoryCodec.anchors(ending: Array("|b20400\tx".utf8)[...]).benefitStart == nil)
    }

    /// A treatment asked for and not begun reaches `report deadlines` and `D` through the index: its day
    /// and its legal basis (any text, kept as hex among the index's letters), before the anchors.
    @Test func theIndexKeepsWhatWasAskedForAndNotBegunBeforeTheAnchors() throws {
        let history = ContactHistory(created: day("2026-02-02"), statusChanges: [], held: [.init(date: day("2026-02-20"), kind: .conversation)],
                                     benefitStart: day("2026-01-20"),
                                     requested: [.init(day: day("2026-12-01"), legalBasis: "SEL § 101", title: "Behandling, ambulant"),
                                                 .init(day: day("2026-12-02"), legalBasis: "", title: "")])
        let text = ContactHistoryCodec.encode(history)
        #expect(ContactHistoryCodec.looksValid(Array(text.utf8)), "\(text)")
        #expect(ContactHistoryCodec.decode(text, created: day("2026-02-02")) == history)
        #expect(ContactHistoryCodec.anchors(ending: Array(text.utf8.suffix(32))[...]).benefitStart == day("2026-01-20"))
        let noAnchors = ContactHistory(created: day("2026-02-02"), statusChanges: [], held: [],
                                       requested: [.init(day: day("2026-12-01"), legalBasis: "SEL § 101", title: "x")])
        let plain = ContactHistoryCodec.encode(noAnchors)
        #expect(ContactHistoryCodec.decode(plain, created: day("2026-02-02")) == noAnchors)
        #expect(ContactHistoryCodec.anchors(ending: Array(plain.utf8.suffix(32))[...]).benefitStart == nil)
        #expect(ContactHistoryCodec.decode("||t5:zz|", created: day("2026-02-02")) == nil, "damaged hex is refused")

        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store)
        file.sections.social.efforts = [Effort(id: "e1", title: "Ambulant stofmisbrugsbehandling", legalBasis: "SEL § 101",
                                               start: fixedDay.adding(days: 10), status: .planned, requested: fixedDay.adding(days: -2))]
        _ = try store.save(file)
        let summary = try #require(try openStore(tmp.child("data")).caseload().citizens.first { $0.id == file.id })
        let due = summary.deadlines(.standard, today: fixedDay).filter { $0.kind == .treatmentStart }
        #expect(due.map(\.date) == [fixedDay.adding(days: 12)], "14 days after the request, read from the index")
    }
}
