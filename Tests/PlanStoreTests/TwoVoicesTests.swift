import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import TestSupport
import Testing

/// Issue 24, item 4: BIP asked the citizen and the caseworker apart; no figure on the dashboard or the
/// team overview mixes the caseworker's belief into the citizen's own progression.
@Suite struct TwoVoicesTests {
    @Test func theDashboardsTrendIsTheCitizensOwnScoresAlone() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = CaseFile(citizen: Citizen(id: store.freshID(), name: "Åse Øberg", targetGroup: .aktivitetsparat,
                                             coordinator: store.actor.user), created: fixedDay.adding(days: -60), createdBy: "mette")
        file.measurements = [
            Measurement(id: "m1", date: fixedDay.adding(days: -30), by: "mette", instrumentID: store.catalogues.instrument.id,
                        scores: ["health": 2, "daily-life": 2, "caseworker-belief": 5]),
            Measurement(id: "m2", date: fixedDay.adding(days: -1), by: "mette", instrumentID: store.catalogues.instrument.id,
                        scores: ["health": 3, "daily-life": 4, "caseworker-belief": 1]),
        ]
        let created = try store.create(file)
        // The citizen's own: 2.0, then 3.5. Mixed in, the caseworker's belief would make them 3.0 and 2.67.
        let row = try #require(try store.caseload().citizens.first { $0.id == created.id })
        #expect(row.trend == [2.0, 3.5])
        let from = Compliance.defaultStart(end: store.today)
        let sums = try store.teamTotals(rules: store.catalogues.contactRules, from: from, to: store.today,
                                        for: .teamOverview(from: from, to: store.today))
        #expect(sums.coordinators[store.actor.user]?.trend.averages == [2.0, 3.5])
    }
}
