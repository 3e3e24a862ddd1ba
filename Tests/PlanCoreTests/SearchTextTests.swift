import PlanCore
import Testing

@Suite struct SearchTextTests {
    @Test func findsNamesWithoutRegardToCaseOrDanishLetters() throws {
        let key = SearchText.key(name: "Søren Ærø", id: try CitizenID("b-1"))
        #expect(SearchText.matches(SearchText.words("soren AERO"), key: key))
        #expect(!SearchText.matches(SearchText.words("karen"), key: key))
    }

    /// A name stored with a zero-width joiner or non-joiner is drawn without the joiner (issue 23.11),
    /// so it is found as it is read and typed.
    @Test func joinersAreIgnoredOnBothSides() throws {
        let key = SearchText.key(name: "தமிழ்\u{200D}செல்வி", id: try CitizenID("b-2"))
        #expect(SearchText.matches(SearchText.words("தமிழ்செல்வி"), key: key))
        #expect(SearchText.matches(SearchText.words("தமிழ்\u{200C}செல்வி"), key: key))
    }
}
