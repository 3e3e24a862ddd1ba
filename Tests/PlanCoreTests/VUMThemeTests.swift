import Foundation
import PlanCore
import Testing

/// Issue 24, item 5: each area of the joint assessment names the VUM 2.0 theme it corresponds to.
@Suite struct VUMThemeTests {
    static let themes: Set<String> = ["Praktiske opgaver i hjemmet", "Egenomsorg", "Kommunikation", "Mobilitet", "Samfundsliv",
                                      "Socialt liv", "Sundhed"]

    @Test func everyShippedAreaNamesAVUMThemeAndAnOlderCatalogueReadsWithout() throws {
        for area in AssessmentCatalogue.standard.areas {
            let named = try #require(area.vumThemes, "\(area.id) names no VUM theme")
            #expect(!named.isEmpty && Set(named).isSubset(of: VUMThemeTests.themes), "\(area.id): \(named)")
        }
        let old = #"{"id":"housing","nameDa":"Bolig","nameEn":"Housing","questionDa":"?","questionEn":"?","section":"social"}"#
        #expect(try JSONDecoder().decode(AssessmentCatalogue.Area.self, from: Data(old.utf8)).vumThemes == nil)
    }
}
