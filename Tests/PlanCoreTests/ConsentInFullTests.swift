import Foundation
import PlanCore
import Testing

/// Consent in full (issue 25, item 2): which sector plans it replaces, how it was given, that the
/// citizen was told they may withdraw it, and every custody holder of a minor.
@Suite struct ConsentInFullTests {
    let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(daysSinceEpoch: 0)

    func file(cpr: String? = nil) throws -> CaseFile {
        var generator = SeededGenerator(seed: 52)
        let citizen = Citizen(id: CitizenID.random(using: &generator), name: "Åse Ørsted", cpr: try cpr.map(CPRNumber.init),
                              targetGroup: .aktivitetsparat, coordinator: "mette")
        return CaseFile(citizen: citizen, created: today.adding(days: -100), createdBy: "mette")
    }

    var full: Consent {
        Consent(state: .given, date: today, scope: ["jobcenter", "social"], replaces: ["min-plan", "handleplan"],
                purpose: "At samle indsatserne i én plan", form: .oral, documentReference: "Journalnotat k4", informedOfWithdrawal: true)
    }

    @Test func aConsentTheCitizenWasNotToldTheyMayWithdrawCannotBeSaved() throws {
        var f = try file()
        var consent = full
        consent.informedOfWithdrawal = false
        #expect(throws: PlanChangeError.invalid(.withdrawalNotExplained)) { try f.apply(.consent(consent), on: today, by: "mette") }
        #expect(f.consent.state == .notRecorded)
        try f.apply(.consent(full), on: today, by: "mette")
        #expect(f.consent == full && f.consentWarnings(.standard, on: today).isEmpty)
    }

    @Test func aGivenConsentSaysWhatItReplacesAndHowItWasGiven() throws {
        var f = try file()
        var noPlans = full
        noPlans.replaces = []
        var noForm = full
        noForm.form = nil
        var future = full
        future.date = today.adding(days: 1)
        var control = full
        control.documentReference = "J\u{1B}[2J"
        for (consent, error) in [(noPlans, ValidationError.required(field: "consent replaces")),
                                 (noForm, .required(field: "consent form")), (future, .inFuture(field: "consent date")),
                                 (control, .controlCharacter(field: "consent document"))] {
            #expect(throws: PlanChangeError.invalid(error)) { try f.apply(.consent(consent), on: today, by: "mette") }
        }
        #expect(f.consentHistory.isEmpty)
    }

    @Test func aMinorWithJointCustodyNeedsBothHolders() throws {
        var f = try file(cpr: "170510-4321")   // 16 on 2026-11-23
        var consent = full
        consent.jointCustody = true
        consent.custodyHolders = [CustodyConsent(name: "Hanne Ørsted", relation: "mor", date: today)]
        #expect(throws: PlanChangeError.invalid(.jointCustodyNeedsBoth)) { try f.apply(.consent(consent), on: today, by: "mette") }
        consent.custodyHolders.append(CustodyConsent(name: "Peter Ørsted", relation: "far", date: today.adding(days: -1)))
        try f.apply(.consent(consent), on: today, by: "mette")
        #expect(f.consent.custodyHolders.count == 2 && f.consentWarnings(.standard, on: today).isEmpty)
        consent.custodyHolders.append(CustodyConsent(name: "En tredje", relation: "værge", date: today))
        #expect(throws: PlanChangeError.invalid(.tooLong(field: "custody holders", limit: 2))) {
            try f.apply(.consent(consent), on: today, by: "mette")
        }
        // Sole custody: one holder is enough.
        var sole = full
        sole.custodyHolders = [CustodyConsent(name: "Hanne Ørsted", relation: "mor", date: today)]
        try f.apply(.consent(sole), on: today, by: "mette")
    }

    @Test func aWithdrawalIsDatedAndSaysWhichPlansComeBack() throws {
        var f = try file()
        var earlier = full
        earlier.date = today.adding(days: -30)
        try f.apply(.consent(earlier), on: today.adding(days: -30), by: "mette")
        let withdrawal = Consent(state: .withdrawn, date: nil, replaces: full.replaces)
        #expect(throws: PlanChangeError.invalid(.required(field: "consent date"))) { try f.apply(.consent(withdrawal), on: today, by: "mette") }
        var dated = withdrawal
        dated.date = today
        try f.apply(.consent(dated), on: today, by: "mette")
        #expect(f.consent.state == .withdrawn && f.consent.replaces == ["min-plan", "handleplan"])
        #expect(f.consentHistory.map(\.state) == [.given, .withdrawn], "the consent given stays in the history")
    }

    @Test func aConsentRecordedBeforeEnplanAskedReadsAsIncompleteNotAsDamage() throws {
        let old = #"{"state":"given","date":"2025-10-29","scope":["jobcenter"],"note":"","custody":{"name":"Hanne","relation":"mor","date":"2025-10-29"}}"#
        let consent = try JSONDecoder().decode(Consent.self, from: Data(old.utf8))
        #expect(consent.custodyHolders.map(\.name) == ["Hanne"] && consent.replaces.isEmpty && !consent.informedOfWithdrawal)
        var f = try file()
        f.record(consent: consent)
        #expect(f.consentWarnings(.standard, on: today).contains(.incomplete))
        // Written back with the new names only.
        let json = String(decoding: try JSONEncoder().encode(consent), as: UTF8.self)
        #expect(json.contains("\"custodyHolders\"") && json.contains("\"informedOfWithdrawal\":false") && !json.contains("\"custody\""))
    }

    @Test func everySectorPlanNamesTheRuleThatLetsItBeReplaced() {
        let plans = Catalogues.standard.sectorPlans
        #expect(Set(plans.map(\.id)).count == plans.count && plans.count >= 6)
        for plan in plans {
            #expect(plan.source != nil && !plan.nameDa.isEmpty && !plan.nameEn.isEmpty, "\(plan.id)")
        }
        #expect(plans.first { $0.id == "handleplan" }?.source?.section == "§ 141, stk. 7")
    }
}
