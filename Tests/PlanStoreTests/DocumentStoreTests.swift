import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

@Suite struct DocumentStoreTests {
    @Test func createOpenSaveRoundTripWithRevisions() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store, name: "Nguyễn Thị Hường 王芳", cpr: "070761-4285")
        #expect(file.revision == 1)
        file.ownWords = "Jeg vil gerne arbejde med mine hænder – 手"
        let saved = try store.save(file)
        #expect(saved.revision == 2)
        let reopened = try openStore(tmp.child("data")).open(file.id)
        #expect(reopened == saved)
        #expect(reopened.citizen.cpr?.formatted == "070761-4285")
    }

    @Test func documentsArePrettySortedJSONWithoutCPRInTheName() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store, cpr: "070761-4285")
        let names = try FileManager.default.contentsOfDirectory(atPath: store.layout.citizens)
        #expect(names == ["\(file.id).json"])
        #expect(!names.joined().contains("070761"))
        let text = String(decoding: try #require(bytes(store.layout.document(file.id.rawValue))), as: UTF8.self)
        #expect(text.contains("\n  \"citizen\" : {"))
        #expect(text.contains("\"formatVersion\" : \(CaseFile.currentFormatVersion)"))
        let citizenKey = try #require(text.range(of: "\"citizen\""))
        let revisionKey = try #require(text.range(of: "\"revision\""))
        #expect(citizenKey.lowerBound < revisionKey.lowerBound)
    }

    @Test func aSaveBasedOnAnOlderRevisionIsAConflictAndWritesNothing() throws {
        let tmp = TemporaryFolder()
        let alice = try openStore(tmp.child("data"), as: "mette")
        let bob = try openStore(tmp.child("data"), as: "jonas")
        let created = try newCitizen(alice)
        var mine = try alice.open(created.id)
        var theirs = try bob.open(created.id)
        theirs.overallGoal = "Job som tømrer"
        try bob.save(theirs)
        let before = bytes(alice.layout.document(created.id.rawValue))
        mine.overallGoal = "Uddannelse"
        #expect(throws: StoreError.conflict(created.id, basedOn: 1, onDisk: 2, by: "jonas")) { try alice.save(mine) }
        #expect(bytes(alice.layout.document(created.id.rawValue)) == before)
        // Reload and re-apply: both changes survive.
        var reloaded = try alice.open(created.id)
        reloaded.ownWords = "Uddannelse"
        let merged = try alice.save(reloaded)
        #expect(merged.overallGoal == "Job som tømrer" && merged.ownWords == "Uddannelse" && merged.revision == 3)
    }

    @Test func replaceLeavesNoTemporaryFilesAndKeepsTheOldFileOnFailure() throws {
        let tmp = TemporaryFolder()
        let path = tmp.child("doc.json")
        try FileSystem.replaceDurably(path, with: Data("one".utf8), mode: 0o600)
        try FileSystem.replaceDurably(path, with: Data("two".utf8), mode: 0o600)
        #expect(bytes(path) == Data("two".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == ["doc.json"])
        // Renaming over a folder fails: the original stays and no temp file is left behind.
        let folder = tmp.child("sub")
        try FileManager.default.createDirectory(atPath: folder + "/x", withIntermediateDirectories: true)
        #expect(throws: StoreError.self) { try FileSystem.replaceDurably(folder, with: Data("x".utf8), mode: 0o600) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).sorted() == ["doc.json", "sub"])
    }

    @Test func aFullDiskFailsTheSaveInPlainWordsAndKeepsTheDocument() throws {
        // A real process with a file-size limit: writes beyond it fail as they do on a full disk.
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        let path = store.layout.document(file.id.rawValue)
        let before = try #require(bytes(path))
        let result = try Binaries.run("enplan-stress", ["--limit-file-size", "200", tmp.child("data"), file.id.rawValue, "x", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write"), "\(result.stderr)")
        #expect(bytes(path) == before)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: store.layout.citizens)).contains { $0.contains(".tmp.") })
    }

    @Test func staleTemporaryFilesOfDeadWritersAreRemovedOnOpen() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let stale = store.layout.citizens + "/.b-x.json.tmp.999999999.123"
        let live = store.layout.citizens + "/.b-y.json.tmp.\(getpid()).5"
        _ = FileManager.default.createFile(atPath: stale, contents: Data("half".utf8))
        _ = FileManager.default.createFile(atPath: live, contents: Data("in flight".utf8))
        _ = try openStore(tmp.child("data")).caseload()
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    @Test func refusesADocumentOfANewerFormatAndNeverRewritesIt() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        let path = store.layout.document(file.id.rawValue)
        var text = String(decoding: try #require(bytes(path)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"formatVersion\" : \(CaseFile.currentFormatVersion)", with: "\"formatVersion\" : 9")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerFormat(path: path, version: 9)) { try store.open(file.id) }
        #expect(throws: StoreError.self) { try store.save(file) }
        #expect(bytes(path) == Data(text.utf8))
    }

    @Test func readsTheReleasedFormatOneFixture() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let url = try #require(Bundle.module.url(forResource: "format-1", withExtension: "json", subdirectory: "Fixtures"))
        let id = try CitizenID("b-fixture1")
        try FileManager.default.copyItem(atPath: url.path, toPath: store.layout.document(id.rawValue))
        let file = try store.open(id)
        #expect(file.citizen.name == "Åse Ørsted")
        #expect(file.sections.employment.goals.first?.subGoals.count == 1)
        #expect(file.mentorAgreement?.periods.count == 1)
        #expect(file.consent.state == .given)
        // Written before the joint assessment existed: it reads as none, not as damage.
        #expect(file.assessments.isEmpty)
        #expect(file.citizen.language == nil && file.consent.custodyHolders.isEmpty)
    }

    @Test func readsTheReleasedFormatTwoFixtureWithItsAssessmentAndCustody() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let url = try #require(Bundle.module.url(forResource: "format-2", withExtension: "json", subdirectory: "Fixtures"))
        let id = try CitizenID("b-fixture2")
        try FileManager.default.copyItem(atPath: url.path, toPath: store.layout.document(id.rawValue))
        let file = try store.open(id)
        #expect(file.formatVersion == 2)
        #expect(file.citizen.language == .en)
        #expect(file.citizen.birthDate == CalendarDate(iso: "2010-05-17"))
        #expect(file.consent.custodyHolders.map(\.name) == ["Hanne Ørsted"], "format 2's one holder is the list's first")
        #expect(file.consent.replaces.isEmpty && file.consent.form == nil && !file.consent.informedOfWithdrawal, "not asked then: not recorded")
        #expect(file.consent.scope == ["jobcenter", "social"])
        #expect(file.assessments.first?.finding("housing")?.judgement == "barrier")
        #expect(file.goal("g91")?.1.origin == GoalOrigin(assessment: "a90", area: "housing"))
        #expect(file.sections.employment.efforts.allSatisfy { $0.department == "jobcenter" })
        #expect(file.decisions.isEmpty && file.notes.isEmpty, "written before notes and decisions: none, not damage")
        #expect(file.notes.isEmpty, "format 2 had no case notes: it reads as none")
    }

    @Test func unknownFieldsAreIgnoredWhenReading() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        let path = store.layout.document(file.id.rawValue)
        var text = String(decoding: try #require(bytes(path)), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"formatVersion\" : \(CaseFile.currentFormatVersion)", with: "\"formatVersion\" : \(CaseFile.currentFormatVersion),\n  \"futureField\" : [1, 2]")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try store.open(file.id).citizen.name == file.citizen.name)
    }
}

@Suite struct ExportTests {
    @Test func anExportIsANewPrivateFileRecordedInTheAuditTrail() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        let path = tmp.child("plan.md")
        try store.export("# Min plan\n", of: file.id, to: path)
        #expect(String(decoding: try #require(bytes(path)), as: UTF8.self) == "# Min plan\n")
        #expect(FileSystem.mode(path).map { $0 & 0o777 } == 0o600)
        #expect(try store.audit.entries(about: file.id).contains { $0.action == .export && $0.detail == path })
        #expect(throws: StoreError.self) { try store.export("other", of: file.id, to: path) }
        #expect(String(decoding: try #require(bytes(path)), as: UTF8.self) == "# Min plan\n", "never overwritten")
    }

    /// Found when tried: a print that failed was in the trail as an export of a file that never existed.
    @Test func anExportThatCannotBeWrittenIsAuditedAsFailed() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        let path = tmp.child("no-such-folder/plan.md")
        #expect(throws: StoreError.self) { try store.export("# Min plan\n", of: file.id, to: path) }
        let entries = try store.audit.entries(about: file.id).filter { $0.detail == path }
        #expect(entries.map(\.action) == [.export, .exportFailed])
        #expect(try store.audit.verify().problems.isEmpty, "the chain stays intact")
    }

    /// Found by an attacker: a print wrote wherever the person typed, into ~/.ssh or through a link.
    @Test func anExportNeverGoesThroughALinkIntoAHiddenPlaceOrOverAFile() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        let file = try newCitizen(store)
        try FileManager.default.createDirectory(atPath: tmp.child("home/.ssh"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: tmp.child("letters"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tmp.child("link"), withDestinationPath: tmp.child("home/.ssh"))
        try FileManager.default.createSymbolicLink(atPath: tmp.child("letters/plan.md"), withDestinationPath: tmp.child("elsewhere.md"))
        let refused: [(String, Refusal)] = [
            (tmp.child("home/.ssh/authorized_keys2"), .exportIntoHiddenPlace(path: tmp.child("home/.ssh/authorized_keys2"))),
            (tmp.child("home/.profile"), .exportIntoHiddenPlace(path: tmp.child("home/.profile"))),
            (tmp.child("letters/../home/.ssh/x"), .exportIntoHiddenPlace(path: tmp.child("letters/../home/.ssh/x"))),
            (tmp.child("link/authorized_keys2"), .exportThroughSymbolicLink(path: tmp.child("link/authorized_keys2"))),
            (tmp.child("letters/plan.md"), .exportThroughSymbolicLink(path: tmp.child("letters/plan.md"))),
        ]
        for (path, refusal) in refused {
            #expect(throws: StoreError.refused(refusal)) { try store.export("ssh-ed25519 AAAA eve\n", of: file.id, to: path) }
        }
        #expect(!FileManager.default.fileExists(atPath: tmp.child("home/.ssh/authorized_keys2")))
        #expect(!FileManager.default.fileExists(atPath: tmp.child("elsewhere.md")))
        #expect(try store.audit.entries(about: file.id).allSatisfy { $0.action != .export }, "a refused place is no export")
        try store.export("# Min plan\n", of: file.id, to: tmp.child("letters/../letters/ok.md"))
        #expect(bytes(tmp.child("letters/ok.md")) == Data("# Min plan\n".utf8))
    }

    /// In a team session the person names no path at all: the letter leaves only through `letter ID`.
    @Test func aSessionWritesNoFileAnywhere() throws {
        let tmp = TemporaryFolder()
        _ = try newCitizen(try openStore(tmp.child("data")))
        var options = StoreOptions(today: fixedDay)
        options.isSession = true
        let session = try CaseStore(root: tmp.child("data"), actor: actor(), options: options)
        let id = try #require(try session.caseload().citizens.first?.id)
        #expect(throws: StoreError.refused(.exportToPathInSession)) { try session.export("x", of: id, to: tmp.child("plan.md")) }
        #expect(!FileManager.default.fileExists(atPath: tmp.child("plan.md")))
    }
}

@Suite struct CheckWarningTests {
    @Test func checkWarnsAboutConsentAndUnsourcedLegalReferencesWithoutFailing() throws {
        let tmp = TemporaryFolder()
        let store = try openStore(tmp.child("data"))
        var file = try newCitizen(store)
        file.record(consent: Consent(state: .given, date: file.created, scope: ["jobcenter"], replaces: ["min-plan"], form: .oral,
                                     informedOfWithdrawal: true))
        file.sections.family.efforts.append(Effort(id: "e1", title: "Familiebehandling", offerID: "familiebehandling",
                                                  start: file.created))
        _ = try store.save(file)
        var report = try store.check()
        #expect(report.problems.isEmpty, "\(report.problems)")
        // Only the citizen's warnings: the catalogue's own (a re-check date that has come) depend on the day the test runs.
        #expect(report.warnings.filter { if case .consent = $0 { true } else { false } }.map(\.description)
                == ["citizens/\(file.id).json: effort e1 'Familiebehandling' belongs to department 'family', which the consent does not cover"])
        // A catalogue written before sources were kept still names "LAB § 30 b": check says so.
        let old = #"[{"id":"lab-30b","reference":"LAB § 30 b","description":"Helhedsorienteret plan"}]"#
        try Data(old.utf8).write(to: URL(fileURLWithPath: store.layout.catalogue("legal-bases")))
        report = try openStore(tmp.child("data")).check()
        #expect(report.warnings.contains(.legalBasisWithoutSource(reference: "LAB § 30 b")))
    }
}

@Suite struct SummaryIndexFormatTests {
    @Test func trendValuesAreWrittenWithThreeDecimalsLikePrintf() {
        #expect(SummaryIndex.threeDecimals(4) == "4.000")
        #expect(SummaryIndex.threeDecimals(3.14159) == "3.142")
        #expect(SummaryIndex.threeDecimals(6.9999) == "7.000")
        #expect(SummaryIndex.threeDecimals(0.05) == "0.050")
        #expect(SummaryIndex.threeDecimals(-1.5) == "-1.500")
        #expect(Double(SummaryIndex.threeDecimals(2.345678)) == 2.346)
    }
}

@Suite struct DatedCatalogueCheckTests {
    @Test func checkNamesAReCheckDateThatHasComeAndAnEffortUnderABasisNotInForce() throws {
        let tmp = TemporaryFolder()
        let early = try openStore(tmp.child("data"), today: CalendarDate(iso: "2026-12-31"))
        var file = try newCitizen(early)
        file.sections.employment.efforts.append(Effort(id: "e1", title: "Praktik", offerID: "praktik", legalBasis: "LAB § 57",
                                                      start: file.created))
        _ = try early.save(file)
        #expect(!(try early.check()).warnings.contains { if case .legalBasisRecheckDue = $0 { true } else { false } })
        let old = #"[{"id":"lab-57","reference":"LAB § 57","description":"Virksomhedspraktik","validTo":"2020-01-01"}]"#
        try Data(old.utf8).write(to: URL(fileURLWithPath: early.layout.catalogue("legal-bases")))
        let later = try openStore(tmp.child("data"), today: CalendarDate(iso: "2027-01-01"))
        let warnings = try later.check().warnings
        #expect(warnings.contains(.legalBasisNotInForce(file.id, effort: "e1", reference: "LAB § 57", start: file.created)))
        let other = TemporaryFolder()
        let shipped = try openStore(other.child("data"), today: CalendarDate(iso: "2027-01-01")).check().warnings
        #expect(shipped.contains(.legalBasisRecheckDue(reference: "LAB § 57", since: LegalBasis.expectedChange)))
    }
}
