import EnplanApp
import Foundation
import PlanCore
import Testing

/// Progression in two voices (issue 24, item 4): the letter never shows the caseworker's view as the
/// citizen's, and the citizen's average leaves it out.
@Suite struct TwoVoicesLetterTests {
    @Test func theCaseworkersBeliefIsSaidApartAndNotAveragedIn() throws {
        var file = Fixtures.caseload()[0]
        var scores = Dictionary(uniqueKeysWithValues: Instrument.standard.indicators.map { ($0.key, 3) })
        scores["caseworker-belief"] = 7
        file.measurements = [Measurement(id: "p9", date: Fixtures.today, by: "mette", instrumentID: Instrument.standard.id, scores: scores)]
        let letter = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.markdown)
        #expect(letter.contains("i gennemsnit på 3,0 ud af 7"), "the caseworker's 7 is not in the citizen's average:\n\(letter)")
        let own = try #require(letter.range(of: "Din sagsbehandlers vurdering (ikke din egen"))
        let belief = try #require(letter.range(of: "Sagsbehandlers tro på job"))
        #expect(belief.lowerBound > own.upperBound, "the caseworker's belief comes under its own heading, not among the citizen's")
        file.citizen.language = .en
        let english = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.markdown)
        #expect(english.contains("Your caseworker's view (not your own, and not in the average):"))
        // Four steps apart: the difference is offered as something to talk about, in the citizen's language.
        #expect(english.contains("You and your caseworker see where you are differently. That is something we can talk about next time."))
        file.citizen.language = .da
        scores["caseworker-belief"] = 4
        file.measurements = [Measurement(id: "p9", date: Fixtures.today, by: "mette", instrumentID: Instrument.standard.id, scores: scores)]
        let close = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: Fixtures.today).render(.markdown)
        #expect(close.contains("Sagsbehandlers tro på job") && !close.contains("I ser forskelligt på"), "one step apart: nothing to point out")
    }

    @Test func aCatalogueWrittenBeforeVoicesKnowsTheCaseworkersBeliefByItsKey() throws {
        let data = try JSONEncoder().encode(Instrument.standard)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["indicators"] = (object["indicators"] as? [[String: Any]])?.map { $0.filter { $0.key != "voice" } }
        let old = try JSONDecoder().decode(Instrument.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.keys(of: .caseworker) == ["caseworker-belief"] && old.keys(of: .citizen).count == old.indicators.count - 1)
        #expect(old == Instrument.standard)
    }
}
