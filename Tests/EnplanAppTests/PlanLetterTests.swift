import EnplanApp
import Foundation
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// The plan printed for the citizen: a letter in their language, in plain words, with a person to call
/// and a place to sign; as Markdown and as one self-contained HTML page.
@Suite struct PlanLetterTests {
    let today = Fixtures.today

    /// Åse with a bit of everything: own words, goals, an effort, a measurement, an assessment.
    func aase() throws -> CaseFile {
        var f = Fixtures.caseload()[0]
        f.ownWords = "Jeg vil have et arbejde, hvor jeg kan bruge mine hænder. <b>Ikke</b> på kontor."
        f.sections.employment.efforts.append(Effort(id: "e9", title: "Virksomhedspraktik", provider: "Tømrer Hansen",
                                                   start: today.adding(days: -20), end: today.adding(days: 60)))
        f.measurements.append(Measurement(id: "p9", date: today.adding(days: -3), by: "mette", instrumentID: Instrument.standard.id,
                                          scores: ["health": 3, "daily-life": 4, "belief-job": 4, "cooperation": 5]))
        f.assessments.append(Assessment(id: "a1", date: today.adding(days: -30), findings: [
            AssessmentFinding(area: "housing", finding: "Bor på værelse.", citizenView: "Jeg vil have mit eget sted.",
                              judgement: "barrier", contributors: ["social"]),
        ]))
        f.meetings.append(Meeting(id: "m9", date: today.adding(days: -3), kind: .followUp, outcome: .held,
                                  summary: "Revisitation drøftet", followUpResult: .reassessment))
        return f
    }

    let mette = CoordinatorContact(fullName: "Mette Lindholm", phone: "+45 72 34 10 10")

    @Test func aLetterInPlainDanishWithSomeoneToCallAndAPlaceToSign() throws {
        let text = PlanLetter(file: try aase(), catalogues: .standard, coordinator: mette, today: today).render(.markdown)
        // The plan by its name in the law (LAB § 40, stk. 3, § 30 b before 2020; sygedagpengeloven § 13 e), never "Min Plan", which it replaces.
        #expect(text.hasPrefix("# Din helhedsorienterede plan: Åse Ørsted"))
        // Own words first, then the goal.
        let own = try #require(text.range(of: "## Det er vigtigt for mig"))
        let goal = try #require(text.range(of: "## Mit mål"))
        #expect(own.lowerBound < goal.lowerBound)
        #expect(text.contains("> Jeg vil have et arbejde, hvor jeg kan bruge mine hænder. \\<b\\>Ikke\\</b\\> på kontor."))
        #expect(text.contains("Udskrevet 23.11.2026"))
        #expect(text.contains("Mette Lindholm, telefon +45 72 34 10 10"))
        #expect(!text.contains("mette"), "a login is no one to call")
        #expect(text.contains("Vi ses næste gang 11.11.2026."))
        // A section with nothing in it says so in a sentence.
        #expect(text.contains("Der står ikke noget om din familie i planen endnu."))
        // Scores in words with a decimal comma; no codes, no jargon.
        #expect(text.contains("i gennemsnit på 4,0 ud af 7, hvor 7 er klar til job eller uddannelse: midtvejs."))
        #expect(text.contains("Håndtering af helbred: et stykke fra"))
        for jargon in ["revisitation", "Revisitation", "FSIII", "reassessment", "continued", "LAB §", "4.0"] {
            #expect(!text.contains(jargon), "\(jargon)")
        }
        // The assessment in plain words: what was found, what the citizen says, what it means.
        #expect(text.contains("- Bolig: Bor på værelse."))
        #expect(text.contains("Du siger: “Jeg vil have mit eget sted.”"))
        #expect(text.contains("Det betyder: Det her holder dig tilbage lige nu."))
        #expect(text.contains("## Underskrifter"))
        #expect(text.contains("Borger (Åse Ørsted): \\_"))
        #expect(text.contains("Plankoordinator (Mette Lindholm): \\_"))
        #expect(text.contains("070761-XXXX") && !text.contains("070761-4285"))
        // No line is a stray dash.
        #expect(!text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "–" || $0 == "-" })
    }

    @Test func theLetterIsInTheCitizensLanguageNotTheCoordinators() throws {
        var file = try aase()
        file.citizen.language = .en
        let text = PlanLetter(file: file, catalogues: .standard, coordinator: nil, today: today).render(.markdown)
        #expect(text.hasPrefix("# Your holistic plan: Åse Ørsted"))
        #expect(text.contains("## What matters to me") && text.contains("Printed 2026-11-23"))
        #expect(text.contains("on average at 4.0 out of 7, where 7 is ready for a job or education: halfway."))
        // Without a users catalogue entry the login is all there is to show.
        #expect(text.contains("## Your plan coordinator\n\nmette"))
    }

    @Test func theHTMLPageIsSelfContainedAndEscapesWhatTheCitizenWrote() throws {
        let html = PlanLetter(file: try aase(), catalogues: .standard, coordinator: mette, today: today).render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"da\">"))
        #expect(html.contains("&lt;b&gt;Ikke&lt;/b&gt;") && !html.contains("<b>Ikke"))
        for external in ["<script", "src=", "href=", "@import", "url("] { #expect(!html.contains(external), "\(external)") }
        #expect(html.contains("@media print"))
        #expect(html.contains("<td>Borger (Åse Ørsted)</td><td class=\"line\"></td>"))
        #expect(html.contains("<li>Virksomhedspraktik hos Tømrer Hansen, 03.11.2026 til 22.01.2027</li>"))
    }

    @Test func printWritesHTMLForAnHTMLNameAndExpandsTheHomeFolder() throws {
        let source = FakeSource(files: Fixtures.caseload())
        source.team = [TeamMember(name: "mette", fullName: "Mette Lindholm", phone: "+45 72 34 10 10", role: .coordinator,
                                  key: "", fingerprint: "")]
        let a = App(source: source, language: .en, theme: .builtIn, size: Size(width: 80, height: 24), home: "/home/mette")
        a.handle(.key(.enter))
        a.handle(.key(.character("w")))
        a.handle(.key(.control("u")))
        for ch in "~/åse.html" { a.handle(.key(.character(ch))) }
        a.handle(.key(.enter))
        let html = try #require(source.exports["/home/mette/åse.html"])
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Mette Lindholm, telefon +45 72 34 10 10"))
        #expect(source.events.contains { $0.action == .export && $0.detail == "/home/mette/åse.html" })
    }
}
