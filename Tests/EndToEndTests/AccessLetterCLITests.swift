import Foundation
import Testing
import TestSupport

/// `enplan audit show ID --for-citizen` (issue 25, item 4) through the real binary.
@Suite struct AccessLetterCLITests {
    let enplan = DataFolder("enplan-access")

    @Test func theLetterSaysWhoDidWhatInTheCitizensLanguageAndIsItselfAnExport() throws {
        #expect(try enplan(["demo", "--citizens", "6", "--as", "mette"]).status == 0)
        let list = try enplan(["list", "--coordinator", "mette", "--format", "csv"]).stdout
        let id = try #require(list.split(separator: "\n").dropFirst().first.map { String($0.split(separator: ",")[0]) })
        #expect(try enplan(["show", id, "--as", "mette"]).status == 0)
        #expect(try enplan(["note", id, "--kind", "phone", "--text", "Ringede", "--as", "mette"]).status == 0)
        let md = try enplan(["audit", "show", id, "--for-citizen", "--as", "jonas"])
        #expect(md.status == 0 && md.stdout.hasPrefix("# Hvem har arbejdet med din sag: "), "\(md.stderr)")
        #expect(md.stdout.contains("Mette Lindholm (plankoordinator) læste din plan"), "\(md.stdout)")
        #expect(md.stdout.contains("ændrede din plan: et notat i sagen") && !md.stdout.contains("Ringede"))
        #expect(md.stdout.contains("Jonas Brandt (plankoordinator) udskrev din plan"), "the letter names its own printing")
        let html = try enplan(["audit", "show", id, "--for-citizen", "--format", "html"])
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"))
        let trail = try enplan(["audit", "show", id, "--format", "csv"]).stdout
        #expect(trail.contains("letter to the citizen: who worked on the case"))
        let wrong = try enplan(["audit", "show", id, "--format", "md"])
        #expect(wrong.status == 2 && wrong.stderr.contains("--for-citizen"))
        #expect(try enplan(["audit", "show", id, "--for-citizen", "--format", "csv"]).status == 2)
    }
}
