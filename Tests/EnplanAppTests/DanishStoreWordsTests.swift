import Foundation
@testable import EnplanApp
import PlanCore
import PlanStore
import Testing

/// Words the store composes, said in Danish in the Danish UI and command line.
@Suite struct DanishStoreWordsTests {
    @Test func fieldNamesAreDanishAndIdsStay() {
        #expect(Language.da.fieldName("name") == "navn")
        #expect(Language.da.fieldName("employment goal g-1 title") == "beskæftigelse mål g-1 titel")
        #expect(Language.da.fieldName("mentor hours per week") == "mentortimer pr. uge")
        #expect(Language.en.fieldName("mentor hours per week") == "mentor hours per week")
        #expect(Language.da.describe(ValidationError.required(field: "name")) == "navn skal udfyldes")
        #expect(Language.da.describe(ValidationError.inFuture(field: "date")) == "dato: dagen er ikke kommet endnu")
    }

    @Test func everyRefusalAndImportProblemHasDanishWords() throws {
        let refusals: [Refusal] = [.auditKeyUnreadable, .auditTailDamaged(path: "p"), .auditKeyMissing(forPurge: true),
                                   .auditKeyMissing(forPurge: false), .auditSegmentNotOurs(path: "p"),
                                   .auditFolderOfAnotherAccount(path: "p", uid: 7), .actingAsNotAllowed(user: "u"),
                                   .planChangedWhileSaving(try CitizenID("b-aaaaaaaa")), .notAUserName("x y"),
                                   .notInTeam("bo"), .supervisorCannotCoordinate("bo"), .fileExists(path: "p")]
        for refusal in refusals {
            let danish = Language.da.describe(StoreError.refused(refusal))
            #expect(danish != refusal.description && !danish.isEmpty, "\(refusal)")
        }
        let problems: [ImportProblem.Kind] = [.noNameColumn(header: ["a"]), .unknownColumn, .repeatedColumn,
                                              .tooManyFields(count: 3, header: 2), .cprAlreadyHere(masked: "010101-xxxx"),
                                              .sameCPRAsRow(2), .notACPRNumber(.format), .notACPRNumber(.noSuchBirthDate),
                                              .invalid(.invalidPhone("1")), .noCitizens]
        for kind in problems {
            #expect(Language.da.describe(kind) != ImportProblem(row: 1, column: nil, kind: kind).message, "\(kind)")
        }
    }

    @Test func checkWarningsInDanishWithPluralsAndNoMarker() throws {
        let id = try CitizenID("b-aaaaaaaa")
        #expect(Language.da.describe(CheckWarning.consent(id, .missing(activeEfforts: 1)), .standard)
                == "citizens/b-aaaaaaaa.json: Samtykke er ikke registreret, men 1 indsats kører")
        #expect(Language.en.describe(CheckWarning.consent(id, .withdrawn(activeEfforts: 2)), .standard)
                == "citizens/b-aaaaaaaa.json: Consent was withdrawn, but 2 efforts are running")
        #expect(Language.da.describe(CheckWarning.legalBasisWithoutSource(reference: "LAB § 30 b"), .standard).contains("nævner ingen kilde"))
    }

    /// Every operation the store names in an I/O error has Danish words (else a Danish sentence would
    /// carry an English verb).
    @Test func everyStoreOperationHasADanishVerb() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PlanStore")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        var operations = Set<String>()
        let pattern = try NSRegularExpression(pattern: #"(?:errno|\.io)\((?:operation: )?"([^"]+)""#)
        for file in files {
            let text = try String(contentsOfFile: folder.path + "/" + file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { operations.insert(String(text[range])) }
            }
        }
        #expect(operations.count > 10, "found the store's operations: \(operations)")
        for operation in operations {
            #expect(Language.danishOperations[operation] != nil, "no Danish for '\(operation)'")
        }
    }
}
