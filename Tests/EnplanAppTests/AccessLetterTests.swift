import Foundation
import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// The letter telling a citizen who worked on their case (issue 25, item 4), from the trail's lines.
@Suite struct AccessLetterTests {
    let contacts = ["mette": CoordinatorContact(fullName: "Mette Lindholm", phone: ""),
                    "jonas": CoordinatorContact(fullName: "Jonas Brandt", phone: ""),
                    "leder": CoordinatorContact(fullName: "Hanne Leth", phone: "")]

    func entry(_ seq: Int, _ time: String, _ user: String, _ action: AuditAction, role: StoreActor.Role = .coordinator,
               citizen: String? = "b-aase", detail: String? = nil, query: String? = nil) -> AuditEntry {
        AuditEntry(seq: seq, time: time, user: user, uid: 1000, role: role, action: action, citizen: citizen,
                   query: query, detail: detail, prev: "")
    }

    var trail: [AuditEntry] {
        [
            entry(1, "2026-10-01T08:02:11.000Z", "mette", .create),
            entry(2, "2026-10-01T08:05:00.000Z", "mette", .view),
            entry(3, "2026-10-01T09:10:00.000Z", "mette", .update, detail: "add goal in employment"),
            entry(4, "2026-10-01T13:40:00.000Z", "mette", .view),
            entry(5, "2026-10-02T07:30:00.000Z", "mette", .search, citizen: nil, query: "Åse"),
            entry(6, "2026-10-02T07:31:00.000Z", "mette", .list, citizen: nil, detail: "dashboard: 7 citizens"),
            entry(7, "2026-10-14T10:00:00.000Z", "leder", .view, role: .supervisor),
            entry(8, "2026-10-20T11:00:00.000Z", "mette", .revealCPR),
            entry(9, "2026-10-20T11:01:00.000Z", "mette", .export, detail: "/home/mette/plan-b-aase.md"),
            entry(10, "2026-10-21T12:00:00.000Z", "mette", .exportFailed, detail: "/full/disk.md"),
            entry(11, "2026-11-02T09:00:00.000Z", "mette", .update, detail: "add case note (phone)"),
            entry(12, "2026-11-03T09:00:00.000Z", "mette", .update, detail: "hand-over mette -> jonas"),
            entry(13, "2026-11-04T09:00:00.000Z", "jonas", .update, detail: "status paused from 2026-11-04"),
        ]
    }

    func letter(_ language: CitizenLanguage, _ format: PlanLetter.Format = .markdown) -> AccessLetter {
        var file = Fixtures.caseload()[0]
        file.citizen.language = language
        return AccessLetter(file: file, entries: trail, contacts: contacts, today: Fixtures.today, format: format,
                            timeZone: TimeZone(identifier: "Europe/Copenhagen") ?? .current)
    }

    @Test func goldenInDanishAndEnglish() {
        #expect(Golden.check(text: letter(.da).render(), "access-letter-da.md") == nil)
        #expect(Golden.check(text: letter(.en).render(), "access-letter-en.md") == nil)
        #expect(Golden.check(text: letter(.da, .html).render(), "access-letter-da.html") == nil)
    }

    @Test func namesColleaguesInFullWithTheirRoleAndSaysWhatEachDidInTheCitizensTime() {
        let text = letter(.da).render()
        #expect(text.contains("01.10.2026 kl. 10.05: Mette Lindholm (plankoordinator) læste din plan (2 gange)"),
                "two views on one day are one line, at Copenhagen's time:\n\(text)")
        #expect(text.contains("Hanne Leth (leder) læste din plan"))
        #expect(text.contains("ændrede din plan: et mål") && text.contains("ændrede din plan: et notat i sagen"))
        #expect(text.contains("gav din sag videre til Jonas Brandt") && text.contains("Jonas Brandt (plankoordinator) ændrede din plan: sagens status"))
        #expect(text.contains("så dit fulde CPR-nummer") && text.contains("udskrev din plan"))
    }

    @Test func neverAPathASearchOrAnotherCitizen() {
        let text = letter(.en).render()
        for secret in ["/home/mette", "/full/disk", "Åse\n", "7 citizens", "b-aase", "phone"] {
            #expect(!text.contains(secret), "\(secret) is not the citizen's to read here:\n\(text)")
        }
        #expect(text.contains("What is not here"), "it says searches and lists are recorded but not listed")
        #expect(!text.contains("printed your plan (2 times)"), "a failed export left nothing: not a printing")
    }

    @Test func aLineWhoseTimeIsOnlyADayIsKeptWithoutAClock() {
        var l = letter(.da)
        l.entries = [entry(1, "2026-10-01", "mette", .view), entry(2, "not a time", "jonas", .view)]
        let text = l.render()
        #expect(text.contains("- 01.10.2026: Mette Lindholm (plankoordinator) læste din plan"), "\(text)")
    }

    @Test func everyChangeTheStoreWordsIsNamedForTheCitizen() throws {
        var file = Fixtures.caseload()[0]
        try file.apply(.note(CaseNote(date: Fixtures.today, kind: .phone, text: "x")), on: Fixtures.today, by: "mette")
        let g = try #require(file.goal(file.sections.employment.goals[0].id)?.1)
        let changes: [(PlanChange, PlanPart)] = [
            (.goal(Goal(id: "", title: "t", created: Fixtures.today), in: .social), .goal), (.goal(g, in: .employment), .goal),
            (.subGoal(SubGoal(id: "", title: "s", created: Fixtures.today), of: g.id), .subGoal),
            (.effort(Effort(id: "", title: "e", start: Fixtures.today), in: .social), .effort),
            (.mentorAgreement(MentorAgreement()), .mentor), (.meeting(Meeting(id: "", date: Fixtures.today, kind: .followUp, outcome: .held)), .meeting),
            (.networkMember(NetworkMember(id: "", name: "n", role: "r")), .network), (.consent(Consent()), .consent),
            (.ownWords("o", overallGoal: "g"), .ownWords), (.nextFollowUp(nil), .followUp),
            (.revision(PlanRevision(date: Fixtures.today, author: "m", summary: "s")), .revision),
            (.status(StatusChange(date: Fixtures.today, status: .paused)), .status),
            (.note(file.notes[0]), .note), (.delete(.goal(g.id)), .removal), (.undo(to: file), .undo),
            (.assessmentFinding(AssessmentFinding(area: "housing", finding: "f"), assessment: nil, date: Fixtures.today), .assessment),
        ]
        for (change, part) in changes {
            let detail = change.auditDetail(before: file)
            let line = entry(1, "2026-11-23T10:00:00.000Z", "mette", .update, detail: detail)
            #expect(line.citizenAccess == .changed(part), "'\(detail)'")
        }
        let handOver = entry(1, "2026-11-23T10:00:00.000Z", "mette", .update, detail: PlanChange.assign(to: "jonas").auditDetail(before: file))
        #expect(handOver.citizenAccess == .handedOver(to: "jonas"))
    }
}

/// `w` in the plan offers the access letter beside the plan letter.
@Suite struct AccessLetterPrintTests {
    @Test func wPrintsWhoWorkedOnTheCaseUnderANameOfItsOwnAndAuditsIt() throws {
        let source = FakeSource(files: Fixtures.caseload())
        source.team = [TeamMember(name: "mette", fullName: "Mette Lindholm", phone: "", role: .coordinator, key: "", fingerprint: "")]
        let a = App(source: source, language: .da, theme: .builtIn, size: Size(width: 80, height: 24), workingFolder: "/home/mette")
        a.press(.enter, .character("w"))
        #expect(a.screenText().contains("planen til borgeren"))
        a.press(.backTab, .right)
        #expect(a.screenText().contains("hvem har arbejdet med sagen"))
        a.press(.control("s"))
        let path = "/home/mette/hvem-har-set-b-aase.md"
        let text = try #require(source.exports[path], "\(source.exports.keys)")
        #expect(text.hasPrefix("# Hvem har arbejdet med din sag: Åse Ørsted"))
        #expect(text.contains("Mette Lindholm (plankoordinator) læste din plan"), "the opening of the plan is in it:\n\(text)")
        #expect(source.events.contains { $0.action == .export && $0.detail == path })
    }
}
