import PlanCore
import Testing

/// Rules as dated data (issue 24, item 1): next year's act is a catalogue change, a new rule from its
/// first day, and it applies to the days and meetings after that day and not before.
@Suite struct DatedRulesTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }

    var rules: [ContactRule] {
        [ContactRule(targetGroup: .aktivitetsparat, meetings: 4, months: 12, source: "the 2026 rule", validTo: day("2026-12-31")),
         ContactRule(targetGroup: .aktivitetsparat, meetings: 12, months: 12, countedKinds: [.conversation],
                     source: "the 2027 act", validFrom: day("2027-01-01"))]
    }

    @Test func aRuleFromTheFirstOfJanuaryAppliesAfterThatDayAndNotBefore() throws {
        let id = try CitizenID("b-dated")
        let history = ContactHistory(created: day("2026-01-01"), statusChanges: [], held: [
            .init(date: day("2026-12-15"), kind: .followUp),     // counted by the 2026 rule
            .init(date: day("2027-01-10"), kind: .followUp),     // not by the 2027 act, which counts conversations
            .init(date: day("2027-02-01"), kind: .conversation),
        ])
        // 2026-07-01..2026-12-31: 184 days at 4 a year = 2.02, so 2; 2027-01-01..2027-06-30: 181 days at 12 = 5.95, so 6.
        let line = Compliance.line(id: id, name: "Åse", coordinator: "mette", targetGroup: .aktivitetsparat, history: history,
                                   rules: rules, from: day("2026-07-01"), to: day("2027-06-30"))
        #expect(line.required == 8 && line.held == 2)
        // Before the change, only the old rule.
        let before = Compliance.line(id: id, name: "Åse", coordinator: "mette", targetGroup: .aktivitetsparat, history: history,
                                     rules: rules, from: day("2026-07-01"), to: day("2026-12-31"))
        #expect(before.required == 2 && before.held == 1)
        #expect(ContactRule.inForce(for: .aktivitetsparat, on: day("2026-12-31"), in: rules)?.source == "the 2026 rule")
        #expect(ContactRule.inForce(for: .aktivitetsparat, on: day("2027-01-01"), in: rules)?.source == "the 2027 act")
    }

    @Test func theDeadlinesFollowTheRuleInForceToday() throws {
        let facts = DeadlineFacts(id: try CitizenID("b-dated"), name: "Åse", coordinator: "mette", targetGroup: .aktivitetsparat,
                                  status: .active, nextFollowUp: nil,
                                  history: ContactHistory(created: day("2026-01-01"), statusChanges: [],
                                                          held: [.init(date: day("2027-01-05"), kind: .conversation)]),
                                  lastMeasurement: nil, mentorPeriodEnd: nil)
        var catalogues = Catalogues.standard
        catalogues.contactRules = rules
        let next = Deadlines.of(facts, catalogues: catalogues, today: day("2027-01-06")).first { $0.kind == .contactCourse }
        #expect(next?.date == day("2027-02-04") && next?.rule == "the 2027 act", "one twelfth of a year (30 days) after the meeting")
    }

    /// Sygedagpengeloven § 13 b: at least four follow-ups in the first half year, then agreed.
    @Test func aSicknessBenefitCaseOwesFourMeetingsInItsFirstHalfYearAndNoneAfter() throws {
        let history = ContactHistory(created: day("2026-01-01"), statusChanges: [], held: [])
        func required(_ from: String, _ to: String) throws -> Int {
            Compliance.line(id: try CitizenID("b-sick"), name: "Bo", coordinator: "mette", targetGroup: .sygedagpenge, history: history,
                            rules: ContactRule.standard, from: day(from), to: day(to)).required
        }
        #expect(try required("2026-01-01", "2026-12-31") == 4, "181 days of the first half year at 4 per 6 months")
        #expect(try required("2026-07-01", "2026-12-31") == 0, "after the first half year the follow-up is agreed")
        let facts = DeadlineFacts(id: try CitizenID("b-sick"), name: "Bo", coordinator: "mette", targetGroup: .sygedagpenge,
                                  status: .active, nextFollowUp: nil,
                                  history: ContactHistory(created: day("2026-01-01"), statusChanges: [],
                                                          held: [.init(date: day("2026-06-20"), kind: .followUp)]),
                                  lastMeasurement: nil, mentorPeriodEnd: nil)
        #expect(!Deadlines.of(facts, catalogues: .standard, today: day("2026-06-25")).contains { $0.kind == .contactCourse },
                "the next meeting would fall after the window")
        #expect(ContactRule.standard.first { $0.targetGroup == .sygedagpenge }?.citation?.section == "§ 13 b, stk. 1")
    }

    /// From the first day of absence, which came four weeks before the plan: hand-computed.
    @Test func sicknessBenefitCountsFromTheFirstDayOfAbsence() throws {
        let history = ContactHistory(created: day("2026-02-02"), statusChanges: [],
                                     held: [.init(date: day("2026-02-20"), kind: .conversation)], firstAbsenceDay: day("2026-01-05"))
        let line = Compliance.line(id: try CitizenID("b-sick"), name: "Bo", coordinator: "mette", targetGroup: .sygedagpenge,
                                   history: history, rules: ContactRule.standard, from: day("2026-01-01"), to: day("2026-12-31"))
        // 2026-01-05..2026-07-04: 28 days before the plan and 153 with it, 181 in all, at 4 per 6 months (182.6 days): 4.
        #expect(line.required == 4 && line.held == 1)
        #expect(line.firstContact == .met(onDay: day("2026-02-20")), "due by 2026-03-02, the end of week 8 from the first day of absence")
        let late = ContactHistory(created: day("2026-02-02"), statusChanges: [], held: [.init(date: day("2026-03-10"), kind: .followUp)],
                                  firstAbsenceDay: day("2026-01-05"))
        let missed = Compliance.line(id: try CitizenID("b-sick"), name: "Bo", coordinator: "mette", targetGroup: .sygedagpenge,
                                     history: late, rules: ContactRule.standard, from: day("2026-01-01"), to: day("2026-12-31"))
        #expect(missed.firstContact == .missed(due: day("2026-03-02")))
        let facts = DeadlineFacts(id: try CitizenID("b-sick"), name: "Bo", coordinator: "mette", targetGroup: .sygedagpenge,
                                  status: .active, nextFollowUp: nil,
                                  history: ContactHistory(created: day("2026-02-02"), statusChanges: [], held: [],
                                                          firstAbsenceDay: day("2026-01-05")),
                                  lastMeasurement: nil, mentorPeriodEnd: nil)
        #expect(Deadlines.of(facts, catalogues: .standard, today: day("2026-02-10")).first { $0.kind == .firstMeeting }?.date == day("2026-03-02"))
    }

    /// Ledighedsydelse from 1 July 2026 (lov nr. 1750 af 29. december 2025; STAR's questions and answers on
    /// the reform): at least four job meetings in the first six months of the contact course, for at least
    /// 75 % of the group. Before that day, the old rule of 4 a year. Hand-computed.
    @Test func flexJobWaitingBenefitOwesFourMeetingsInSixMonthsToThreeInFourOfTheGroup() throws {
        let rule = try #require(ContactRule.inForce(for: .ledighedsydelse, on: day("2026-07-01"), in: ContactRule.standard))
        #expect(rule.meetings == 4 && rule.windowMonths == 6 && rule.anchor == .benefitStart && rule.groupShare == 0.75)
        #expect(ContactRule.inForce(for: .ledighedsydelse, on: day("2026-06-30"), in: ContactRule.standard)?.groupShare == nil,
                "before 1 July 2026 the old rule, of every person")
        // Four citizens whose benefit began on 1 July 2026: the window is 2026-07-01..2026-12-31.
        func line(_ n: Int, meetings: Int) throws -> ComplianceLine {
            let held = (0..<meetings).map { ContactHistory.HeldMeeting(date: day("2026-07-10").adding(days: $0 * 30), kind: .conversation) }
            let history = ContactHistory(created: day("2026-07-05"), statusChanges: [], held: held, benefitStart: day("2026-07-01"))
            return Compliance.line(id: try CitizenID("b-fleks\(n)"), name: "F\(n)", coordinator: "mette", targetGroup: .ledighedsydelse,
                                   history: history, rules: ContactRule.standard, from: day("2026-07-01"), to: day("2027-01-31"))
        }
        let lines = [try line(1, meetings: 4), try line(2, meetings: 5), try line(3, meetings: 4), try line(4, meetings: 2)]
        // 184 days of the window (the plan began on 5 July, the window counts from the benefit's start) at 4 per 6 months: 4.
        #expect(lines.map(\.required) == [4, 4, 4, 4])
        #expect(lines[3].window == day("2026-07-01")...day("2026-12-31"))
        let totals = Compliance.totals(lines, today: day("2027-02-01"))
        #expect(totals.met == 3 && totals.missed == 1 && totals.decidedMetShare == 0.75)
        #expect(totals.meets(share: 0.75) == true, "three of four: exactly the 75 % the law asks")
        let short = Compliance.totals(Array(lines.dropFirst()) + [try line(5, meetings: 1)], today: day("2027-02-01"))
        #expect(short.meets(share: 0.75) == false, "two of four")
        // While every window is still open and short, there is nothing to judge yet.
        #expect(Compliance.totals([try line(6, meetings: 1)], today: day("2026-09-01")).meets(share: 0.75) == nil)
    }

    /// Issue 24: "ung: 8 per 12 months" was derived from "4 in the first 6 months": the rule now says
    /// what its words say, and nothing is required after the first half year.
    @Test func aYoungPersonsCourseIsFourMeetingsInTheFirstSixMonths() throws {
        let history = ContactHistory(created: day("2026-01-01"), statusChanges: [], held: [])
        func required(_ from: String, _ to: String) throws -> Int {
            Compliance.line(id: try CitizenID("b-ung"), name: "Ida", coordinator: "mette", targetGroup: .ung, history: history,
                            rules: ContactRule.standard, from: day(from), to: day(to)).required
        }
        #expect(try required("2026-01-01", "2026-12-31") == 4, "181 days of the first half year at 4 per 6 months")
        #expect(try required("2026-07-01", "2027-06-30") == 0)
    }

    /// Serviceloven § 101, stk. 2: treatment for drug use begins at the latest 14 days after the citizen
    /// asked the municipality. A planned effort under it, with the day it was asked for, is a deadline
    /// until it begins; hand-computed.
    @Test func drugTreatmentBeginsWithinFourteenDaysOfTheRequest() throws {
        let basis = try #require(Catalogues.standard.legalBasis("SEL § 101", on: day("2026-12-01")))
        #expect(basis.startWithinDays == 14 && basis.source?.section == "§ 101, stk. 2")
        var file = CaseFile(citizen: Citizen(id: try CitizenID("b-treat"), name: "Bo", targetGroup: .aktivitetsparat, coordinator: "mette"),
                            created: day("2026-10-01"), createdBy: "mette")
        file.sections.social.efforts = [
            Effort(id: "e1", title: "Ambulant stofmisbrugsbehandling", legalBasis: "SEL § 101", start: day("2026-12-10"),
                   status: .planned, requested: day("2026-12-01")),
            Effort(id: "e2", title: "Bostøtte", legalBasis: "SEL § 85", start: day("2026-12-10"), status: .planned, requested: day("2026-12-01")),
        ]
        func treatment(_ f: CaseFile, today: String) -> [Deadline] {
            let facts = DeadlineFacts(id: f.id, name: "Bo", coordinator: "mette", targetGroup: .aktivitetsparat, status: .active,
                                      nextFollowUp: nil, history: f.contactHistory, lastMeasurement: nil, mentorPeriodEnd: nil)
            return Deadlines.of(facts, catalogues: .standard, today: day(today)).filter { $0.kind == .treatmentStart }
        }
        let due = treatment(file, today: "2026-12-05")
        #expect(due.map(\.date) == [day("2026-12-15")], "14 days after 1 December; SEL § 85 has no such guarantee")
        #expect(due.first?.source?.section == "§ 101, stk. 2" && due.first?.rule.contains("Ambulant stofmisbrugsbehandling") == true)
        #expect(treatment(file, today: "2026-12-20").first?.isOverdue(on: day("2026-12-20")) == true, "still planned after the day: overdue")
        file.sections.social.efforts[0].status = .active
        #expect(treatment(file, today: "2026-12-12").isEmpty, "begun: no longer a deadline")
    }

    @Test func aResourceProgrammeIsKeptOnExistingCasesButNotOfferedForNewOnes() {
        #expect(TargetGroup.ressourceforloeb.isLegacy)
        #expect(!TargetGroup.offeredForNewCases.contains(.ressourceforloeb) && TargetGroup.offeredForNewCases.contains(.aktivitetsparat))
    }
}

/// Offers and departments as dated data (issue 24, item 1): one that has ended is not offered for a
/// new effort, stays on the efforts begun under it, and `check` names an effort begun when it was not
/// in force.
@Suite struct DatedCatalogueEntriesTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }

    var catalogues: Catalogues {
        var c = Catalogues.standard
        c.offers = [Offer(id: "old", title: "Gammelt forløb", section: .employment, provider: "", legalBasis: "LAB § 91",
                          validTo: day("2026-12-31")),
                    Offer(id: "new", title: "Nyt forløb", section: .employment, provider: "", legalBasis: "LAB § 91",
                          validFrom: day("2027-01-01"))]
        c.departments = [Department(id: "jobcenter", nameDa: "Jobcenter", nameEn: "Job centre", validTo: day("2026-01-31")),
                         Department(id: "kommunen", nameDa: "Kommunens beskæftigelsesindsats", nameEn: "Employment services",
                                    validFrom: day("2026-02-01"))]
        return c
    }

    @Test func anEndedOfferIsNotOfferedButStaysOnTheEffortsBegunUnderIt() throws {
        #expect(catalogues.offers.offered(on: day("2026-12-31"), keeping: []).map(\.id) == ["old"])
        #expect(catalogues.offers.offered(on: day("2027-01-01"), keeping: []).map(\.id) == ["new"])
        #expect(catalogues.offers.offered(on: day("2027-01-01"), keeping: ["old"]).map(\.id) == ["old", "new"],
                "the one an effort was chosen from stays on it")
        #expect(catalogues.departments.offered(on: day("2026-12-01"), keeping: []).map(\.id) == ["kommunen"],
                "the jobcentre requirement ended 1 February 2026")
        var file = CaseFile(citizen: Citizen(id: try CitizenID("b-offer"), name: "Åse", targetGroup: .aktivitetsparat, coordinator: "mette"),
                            created: day("2026-06-01"), createdBy: "mette")
        file.sections.employment.efforts = [
            Effort(id: "e1", title: "Gammelt forløb", offerID: "old", start: day("2026-09-01")),
            Effort(id: "e2", title: "Gammelt forløb", offerID: "old", start: day("2027-02-01"), status: .planned),
            Effort(id: "e3", title: "Fri tekst", start: day("2027-02-01")),
        ]
        #expect(file.offersOutOfForce(catalogues).map(\.effort) == ["e2"], "begun after the offer ended; free text has no offer")
    }

    /// Every shipped offer names where it stands in the law (its legal basis has a source), or is a
    /// step with no legal basis of its own; every shipped department and offer is dated or open.
    @Test func everyShippedOfferCitesALegalBasisWithASourceOrNone() {
        for offer in Offer.standard where !offer.legalBasis.isEmpty {
            #expect(Catalogues.standard.legalBasis(offer.legalBasis, on: day("2026-12-01"))?.source != nil, "\(offer.id)")
        }
        #expect(Offer.standard.filter { $0.legalBasis.isEmpty }.map(\.id).sorted() == ["fgu", "netvaerksmoede"])
    }
}

/// Legal bases as dated data: the effort shows the entry in force on its start; `check` names an
/// effort begun under an entry that was not in force, and a re-check date that has come.
@Suite struct DatedLegalBasisTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0) }

    /// Issue 24: "Serviceloven references name no consolidation".
    @Test func everySocialServicesActReferenceNamesTheConsolidationItWasReadIn() {
        let sources = Catalogues.standard.legalBases.compactMap(\.source) + SectorPlan.standard.compactMap(\.source)
        let social = sources.filter { $0.law == "Lov om social service" }
        #expect(social.count >= 5)
        #expect(social.allSatisfy { $0.consolidation == "LBK nr. 67 af 22. januar 2024" }, "\(social.map(\.section))")
    }

    @Test func theEntryInForceOnTheEffortsStartIsTheOneThatCounts() throws {
        var catalogues = Catalogues.standard
        catalogues.legalBases = [
            LegalBasis(id: "lab-57-old", reference: "LAB § 57", description: "Virksomhedspraktik (2020-act)", validTo: day("2026-12-31")),
            LegalBasis(id: "lab-57-new", reference: "LAB § 57", description: "Virksomhedspraktik (2027-act)", validFrom: day("2027-01-01")),
            LegalBasis(id: "sel-x", reference: "SEL § 999", description: "Repealed", validTo: day("2025-06-30")),
        ]
        #expect(catalogues.legalBasis("LAB § 57", on: day("2026-12-31"))?.id == "lab-57-old")
        #expect(catalogues.legalBasis("LAB § 57", on: day("2027-01-01"))?.id == "lab-57-new")
        var generator = SeededGenerator(seed: 24)
        var f = CaseFile(citizen: Citizen(id: CitizenID.random(using: &generator), name: "Åse", targetGroup: .aktivitetsparat,
                                          coordinator: "mette"), created: day("2025-01-01"), createdBy: "mette")
        f.sections.employment.efforts = [Effort(id: "e1", title: "Praktik", legalBasis: "LAB § 57", start: day("2027-02-01")),
                                         Effort(id: "e2", title: "Gammel", legalBasis: "SEL § 999", start: day("2026-01-01")),
                                         Effort(id: "e3", title: "Afsluttet", legalBasis: "SEL § 999", start: day("2025-01-01"),
                                                end: day("2025-06-30"), status: .ended)]
        let out = f.legalBasesOutOfForce(catalogues)
        #expect(out.map(\.effort) == ["e2"], "begun after the entry ended; an ended effort under it in its time is history")
    }

    @Test func theShippedEmploymentAndSicknessBenefitEntriesAskToBeCheckedWhenTheNewActIsExpected() {
        let bases = LegalBasis.standard
        #expect(bases.filter { $0.reference.hasPrefix("LAB") }.allSatisfy { $0.recheck == LegalBasis.expectedChange })
        #expect(bases.first { $0.reference == "Sygedagpengeloven § 13 e" }?.recheck == LegalBasis.expectedChange)
        #expect(bases.first { $0.reference == "SEL § 85" }?.recheck == nil)
        #expect(bases.allSatisfy { $0.source != nil }, "every shipped entry names its source")
    }
}
