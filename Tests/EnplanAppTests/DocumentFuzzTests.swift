import Foundation
import EnplanApp
import PlanCore
import CaseRecords
@testable import PlanStore
import TerminalKit
import Testing
import TestSupport

/// The document fuzz target carried on to what people see: every document that decodes is drawn as a
/// summary, a letter (md and html), the coordinator's printout, and the plan and timeline screens.
/// Extreme numbers (scores, goal levels, mentor hours) are the dictionary's first words: they once
/// made every caseload view trap.
@Suite struct DocumentFuzzTests {
    @Test func everyDocumentThatDecodesIsDrawnWithoutATrap() throws {
        let id = try CitizenID("b-fuzz")
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/document").path
        var fuzzer = Fuzzer(target: "document-screens", corpus: corpus, dictionary: [
            "4611686018427387904", "-9223372036854775808", "\"currentLevel\" : -9223372036854775808, ",
            "\"expectedLevel\" : 9223372036854775807, ", "\"hoursPerWeek\" : 1e308, ", "\"goalLevels\" : {\"g1\" : -9223372036854775808}, ",
        ], seed: 22)
        let tried = fuzzer.run { input in
            guard let file = try? DocumentCodec.decodeCaseFile(Data(input), id: id, path: "fuzz.json") else { return }
            Self.draw(file)
        }
        #expect(tried > fuzzer.corpus.count)
    }

    /// The finding itself, as a fixed case: two scores of 2^62 and a score of Int.min.
    @Test func extremeScoresAreUnknownNotATrap() throws {
        var file = Fixtures.caseload()[0]
        for number in [4_611_686_018_427_387_904, Int.min] {
            file.measurements.append(Measurement(id: "m\(number)", date: Fixtures.today, by: "mette", instrumentID: Instrument.standard.id,
                                                 scores: ["health": number, "daily-life": number], goalLevels: ["g1": number]))
            #expect(file.measurements.last?.average(of: ["health", "daily-life"]) == nil, "an impossible score makes the average unknown")
            Self.draw(file)
        }
    }

    static func draw(_ file: CaseFile) {
        _ = CitizenSummary(file, instrument: .standard)
        _ = file.timeline(upTo: Fixtures.today)
        for format in [PlanLetter.Format.markdown, .html] {
            _ = PlanLetter(file: file, catalogues: .standard, coordinator: nil, revealCPR: false, today: Fixtures.today).render(format)
        }
        for language in [Language.da, .en] {
            _ = PlanPrintout(file: file, catalogues: .standard, language: language, revealCPR: false, today: Fixtures.today).render()
        }
        let app = App(source: FakeSource(files: [file]), language: .en, theme: .builtIn, size: Size(width: 100, height: 30))
        app.handle(.key(.enter))
        for key: Key in [.character("1"), .character("2"), .character("5"), .character("6"), .character("t"), .end, .home] {
            app.handle(.key(key))
            _ = app.render(colors: 256, unicode: true)
        }
    }
}
