import Foundation
@testable import EnplanApp
import PlanCore
import CaseRecords
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
                                   .notInTeam("bo"), .supervisorCannotCoordinate("bo"), .fileExists(path: "p"),
                                   .exportToPathInSession, .exportThroughSymbolicLink(path: "p"),
                                   .exportIntoHiddenPlace(path: "p"), .pathWithControlCharacter("a\nb"),
                                   .auditDirOnWritableFolder(path: "p"), .demoIntoRecordsWithPlans(count: 3)]
        for refusal in refusals {
            let danish = Language.da.describe(StoreError.refused(refusal))
            #expect(danish != refusal.description && !danish.isEmpty, "\(refusal)")
        }
        let problems: [ImportProblem.Kind] = [.noNameColumn(header: ["a"]), .unknownColumn, .repeatedColumn,
                                              .tooManyFields(count: 3, header: 2), .cprAlreadyHere(masked: "010101-xxxx"),
                                              .sameCPRAsRow(2), .notACPRNumber(.format), .notACPRNumber(.noSuchBirthDate),
                                              .invalid(.invalidPhone("1")), .noCitizens, .notADate("x"),
                                              .createdInFuture("2030-01-01")]
        for kind in problems {
            #expect(Language.da.describe(kind) != kind.message, "\(kind)")
        }
    }

    @Test func checkWarningsInDanishWithPluralsAndNoMarker() throws {
        let id = try CitizenID("b-aaaaaaaa")
        #expect(Language.da.describe(CheckWarning.consent(id, .missing(activeEfforts: 1)), .standard)
                == "citizens/b-aaaaaaaa.json: Samtykke er ikke registreret, men 1 indsats kører")
        #expect(Language.en.describe(CheckWarning.consent(id, .withdrawn(activeEfforts: 2)), .standard)
                == "citizens/b-aaaaaaaa.json: Consent was withdrawn: the one plan no longer replaces the sector plans; "
                    + "go back to them and share nothing across departments (the 2 running efforts may go on on their own legal basis)")
        #expect(Language.da.describe(CheckWarning.consent(id, .withdrawn(activeEfforts: 0)), .standard)
                == "citizens/b-aaaaaaaa.json: Samtykket er trukket tilbage: den helhedsorienterede plan erstatter ikke længere "
                    + "sektorplanerne; vend tilbage til dem, og del intet på tværs af afdelinger")
        #expect(Language.da.describe(CheckWarning.legalBasisWithoutSource(reference: "LAB § 30 b"), .standard).contains("nævner ingen kilde"))
        // Found in review: a 'where' that bound only the second pattern left this one in English.
        let day = CalendarDate(daysSinceEpoch: 20_000)
        let notInForce = CheckWarning.legalBasisNotInForce(id, effort: "e1", reference: "LAB § 57", start: day)
        #expect(Language.da.describe(notInForce, .standard).contains("indsats e1 begyndte"))
        #expect(Language.en.describe(notInForce, .standard) == notInForce.description)
        let recheck = CheckWarning.legalBasisRecheckDue(reference: "LAB § 57", since: day)
        #expect(Language.da.describe(recheck, .standard).contains("skulle tjekkes mod loven igen"))
        #expect(Language.en.describe(recheck, .standard) == recheck.description)
        let offer = CheckWarning.offerNotInForce(id, effort: "e2", offer: "Gammelt forløb", start: day)
        #expect(Language.da.describe(offer, .standard).contains("indsats e2 begyndte \(day.iso) som tilbuddet 'Gammelt forløb'"))
        #expect(Language.en.describe(offer, .standard) == offer.description && offer.description.contains("offer 'Gammelt forløb'"))
    }

    @Test func everyIntegrityFindingHasDanishWords() throws {
        let kinds: [IntegrityFinding.Kind] = [
            .auditKeyUnreadable, .purgeMarkerForged, .auditMonthMissing("2026-03"), .notAnAuditLine, .auditLineChanged,
            .unkeyedLine, .auditFolderNotReal, .auditChainBroken, .auditSequenceJump(from: 1, to: 3),
            .revisionsNotAudited(from: 1, to: 1), .revisionsNotAudited(from: 2, to: 4), .documentChangedOutsideEnplan(revision: 3),
            .documentRemovedOutsideEnplan(revision: 2), .indexJournalLineForged, .indexRowDiffers,
            .usersCatalogueDamaged(reason: "r"),
            .auditTimeGoesBack(from: "b", to: "a"), .auditEntryOfAnotherUser(entry: "a", segment: "b"),
            .revisionNotAudited(revision: 3, logged: 0), .revisionNotAudited(revision: 3, logged: 2), .unexpectedFileName,
            .invalidContent(.required(field: "name")), .unreadable("x"), .cprOfSeveralCitizens(masked: "010101-XXXX", ids: []),
            .othersMayAccess(mode: 0o644), .unfinishedWrite, .auditPurged(before: "2025-01", time: "t", by: "u"),
            .auditRepaired(time: "t", by: "u", detail: "d"), .indexMissing,
            .changeNeverReachedDisk(user: "u", action: "update", revision: 2, time: "t"),
        ]
        for kind in kinds {
            let finding = IntegrityFinding(file: "audit/mette/2026-11.jsonl", line: 2, kind)
            let danish = Language.da.describe(finding)
            #expect(danish.hasPrefix("audit/mette/2026-11.jsonl:2: ") && danish != finding.description, "\(kind)")
        }
        #expect(Language.da.describe(IntegrityFinding(file: "citizens/b-a.json", .invalidContent(.required(field: "name"))))
                == "citizens/b-a.json: navn skal udfyldes")
    }

    @Test func everyFolderProblemHasDanishWords() {
        let problems: [FolderProblem] = [.noAccess(13), .missing, .notAFolder(nil), .notAFolder(.symbolicLink),
                                         .unreadable(reason: "r"), .empty, .notAnEnplanFolder, .settingsUnreadable(.readOnly),
                                         .settingsDamaged, .newerFormat(9), .parentCannotBeCreated(reason: "r"),
                                         .cannotBeCreated(.io(operation: "create", path: "/x", code: 28)), .keyMissing,
                                         .keyDamaged, .keyMissingWithTrail, .usersDamaged(reason: "r")]
        for problem in problems {
            let danish = Language.da.describe(StoreError.folderUnusable(path: "/srv/data", problem))
            #expect(danish.hasPrefix("datamappen /srv/data kan ikke bruges: ") && !danish.contains(problem.description), "\(problem)")
        }
        #expect(Language.da.describe(FolderProblem.cannotBeCreated(.io(operation: "create", path: "/x", code: 28)))
                .contains("disken er fuld"))
    }

    /// Every operation the store names in an I/O error has Danish words (else a Danish sentence would
    /// carry an English verb).
    @Test func everyStoreOperationHasADanishVerb() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PlanStore")
        // Every file of the store, in its sub-area folders too.
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
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
