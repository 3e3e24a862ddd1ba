import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

/// Fuzz targets for every parser that reads what a person or another program wrote: each must
/// answer garbage with an error (or a rebuild), never a crash or a hang. Seed corpora in Tests/Fuzz.
@Suite struct FuzzTests {
    static func corpus(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz").appendingPathComponent(name).path
    }

    @Test func csvReader() {
        var fuzzer = Fuzzer(target: "csv", corpus: FuzzTests.corpus("csv"),
                            dictionary: ["sep=;", "sep=\t", "\"\"", "målgruppe", "Navn;CPR-nr.", "\u{FF}\u{FE}", "\r\n;;;"])
        var ids = SeededGenerator(seed: 7)
        let tried = fuzzer.run { input in
            // As the import reads a file: the encoding guessed from the bytes (UTF-16, Windows-1252, …).
            let text = TextEncodingDetection.decode(Data(input)).text
            guard let table = try? CSVTable(parsing: text) else { return }
            _ = try? CitizenImport.caseFiles(from: table, isRegistered: { _ in false }, defaultCoordinator: "mette",
                                             today: fixedDay, makeID: { CitizenID.random(using: &ids) })
        }
        #expect(tried > fuzzer.corpus.count)
    }

    @Test func documentDecoder() throws {
        let id = try CitizenID("b-fuzz")
        var fuzzer = Fuzzer(target: "document", corpus: FuzzTests.corpus("document"),
                            dictionary: ["\"revision\" : ", "\"formatVersion\" : 99", "\"scores\" : {\"health\" : 9223372036854775807}"])
        let tried = fuzzer.run { input in
            guard let file = try? DocumentCodec.decodeCaseFile(Data(input), id: id, path: "fuzz.json") else { return }
            // What the screens and commands do with a document that decoded.
            _ = file.timeline(upTo: fixedDay)
            _ = file.problems(instrument: Instrument.standard)
            _ = CitizenSummary(file, key: StoreKey(bytes: Array(repeating: 7, count: 32), created: nil), instrument: .standard)
            _ = SummaryIndex(entries: [SummaryIndex.Entry(stamp: FileSystem.Stamp(inode: 1, size: 1, modifiedNanoseconds: 1),
                                                          summary: CitizenSummary(file, instrument: .standard))]).encode()
        }
        #expect(tried > fuzzer.corpus.count)
    }

    @Test func summaryIndex() {
        var fuzzer = Fuzzer(target: "index", corpus: FuzzTests.corpus("index"))
        let tried = fuzzer.run { input in
            guard let index = SummaryIndex.decode(Data(input)) else { return }
            for entry in index.entries {
                _ = entry.summary.followUpState(today: fixedDay)
                _ = entry.summary.measurementState(today: fixedDay)
            }
            _ = index.encode()
        }
        #expect(tried > fuzzer.corpus.count)
    }

    @Test func catalogues() {
        var fuzzer = Fuzzer(target: "catalogue", corpus: FuzzTests.corpus("catalogue"),
                            dictionary: ["\"min\" : -9223372036854775808", "\"max\" : 9223372036854775807", "\"months\" : 0"])
        let tried = fuzzer.run { input in
            let data = Data(input)
            if let instrument = try? JSONDecoder().decode(Instrument.self, from: data), instrument.problems.isEmpty {
                _ = instrument.scale.range.count
                _ = instrument.scale.range.map { $0 }
            }
            if let rules = try? JSONDecoder().decode([ContactRule].self, from: data) {
                for rule in rules { _ = rule.required(overDays: 365) }
            }
            _ = try? JSONDecoder().decode([Offer].self, from: data)
            _ = try? JSONDecoder().decode([LegalBasis].self, from: data)
        }
        #expect(tried > fuzzer.corpus.count)
    }

    @Test func auditLines() {
        let key = StoreKey(bytes: Array(repeating: 3, count: 32), created: "2026-01-01T00:00:00.000Z")
        var fuzzer = Fuzzer(target: "audit", corpus: FuzzTests.corpus("audit"), dictionary: [",\"mac\":\"", ",\"hash\":\""])
        let tried = fuzzer.run { input in
            _ = AuditTrail.parse(line: Data(input), key: key)
            _ = AuditTrail.parse(line: Data(input), key: nil)
            _ = AuditTrail.entry(ofLine: Data(input))
        }
        #expect(tried > fuzzer.corpus.count)
    }

    // Regression inputs found by the fuzzer or by hand: each once crashed or could have.
    @Test func regressions() throws {
        #expect(SummaryText.parseInt(Array("-9223372036854775808".utf8)) == nil)
        #expect(SummaryText.parseInt(Array("-".utf8)) == nil)
        #expect(SummaryText.parseInt(Array("99999999999999999999".utf8)) == nil)
        #expect(SummaryIndex.threeDecimals(.nan) == "0.000" && SummaryIndex.threeDecimals(1e300) == "0.000")
        let huge = ContactRule(targetGroup: .ung, meetings: Int.max, months: 1, source: "fuzz")
        #expect(huge.required(overDays: Int.max) == 1_000_000)
        var instrument = Instrument.standard
        instrument.scale = Instrument.Scale(min: Int.min, max: Int.max, stepsDa: [], stepsEn: [])
        #expect(!instrument.problems.isEmpty)
    }
}
