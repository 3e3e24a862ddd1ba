/// Joint assessments for the demo caseload: findings that read like a caseworker's notes, the
/// citizen's view in their own words, and now and then a goal grown from a barrier.
enum DemoAssessments {
    struct Sample {
        let finding: String
        let view: String
        let judgement: String
        let goal: String
        let contributors: [String]
    }

    static let samples: [String: [Sample]] = [
        "work-education": [
            Sample(finding: "Lagerarbejde i 6 år, sidst ansat 2021. Ingen uddannelse ud over 9. klasse.",
                   view: "Jeg var god til mit arbejde, det var ryggen der sagde stop.", judgement: "mostly-resource",
                   goal: "Afklare hvilket arbejde ryggen kan holde til", contributors: ["jobcenter"]),
            Sample(finding: "Afbrudt to ungdomsuddannelser; har aldrig haft fast arbejde.",
                   view: "Skolen har aldrig været noget for mig.", judgement: "mostly-barrier",
                   goal: "Prøve en praktik, før der vælges uddannelse", contributors: ["jobcenter", "education"]),
        ],
        "view-of-work": [
            Sample(finding: "Ønsker arbejde med dyr eller natur; ser job som vejen ud af ensomhed.",
                   view: "Jeg vil gerne have noget at stå op til.", judgement: "resource",
                   goal: "Finde en praktik med dyr eller natur", contributors: ["jobcenter"]),
            Sample(finding: "Tvivler på at kunne passe et arbejde efter flere afbrudte forløb.",
                   view: "Det ender altid med, at jeg bliver fyret.", judgement: "mostly-barrier",
                   goal: "Opleve at gennemføre et kort forløb", contributors: ["jobcenter"]),
        ],
        "health": [
            Sample(finding: "Angst og depression i behandling hos egen læge; sover dårligt.",
                   view: "De dårlige dage kommer uden varsel.", judgement: "barrier",
                   goal: "Få en plan for de dårlige dage", contributors: ["health"]),
            Sample(finding: "Kroniske rygsmerter; genoptræning har hjulpet noget.",
                   view: "Jeg kan mere, end jeg kunne for et år siden.", judgement: "mostly-barrier",
                   goal: "Holde fast i træningen to gange om ugen", contributors: ["health", "jobcenter"]),
        ],
        "daily-life": [
            Sample(finding: "Døgnrytmen skrider; aftaler glemmes uden påmindelse.",
                   view: "Jeg har brug for, at nogen minder mig om tingene.", judgement: "mostly-barrier",
                   goal: "Få en fast morgenrutine", contributors: ["social"]),
            Sample(finding: "Klarer indkøb, madlavning og rengøring selv.",
                   view: "Hjemme har jeg styr på det.", judgement: "resource", goal: "", contributors: ["social"]),
        ],
        "housing": [
            Sample(finding: "Bor på værelse til fremleje; kontrakten udløber om fire måneder.",
                   view: "Jeg ved ikke, hvor jeg skal bo til sommer.", judgement: "barrier",
                   goal: "Finde en fast bolig", contributors: ["social", "citizen-service"]),
            Sample(finding: "Stabil lejebolig i fem år.", view: "Min lejlighed er mit trygge sted.",
                   judgement: "resource", goal: "", contributors: ["social"]),
        ],
        "economy": [
            Sample(finding: "Gæld til det offentlige og til sms-lån; rykkere fylder meget.",
                   view: "Jeg åbner ikke mine breve længere.", judgement: "barrier",
                   goal: "Få overblik over gælden", contributors: ["citizen-service", "social"]),
            Sample(finding: "Budget følges med hjælp fra søster.", view: "Det går, når vi laver budget sammen.",
                   judgement: "mostly-resource", goal: "", contributors: ["social"]),
        ],
        "network": [
            Sample(finding: "Tæt kontakt til mor og en ven fra skolen; ellers isoleret.",
                   view: "Min mor er den, jeg ringer til.", judgement: "mostly-resource",
                   goal: "", contributors: ["social"]),
            Sample(finding: "Har brudt med familien; ingen at støtte sig til.",
                   view: "Jeg klarer mig selv, det har jeg altid gjort.", judgement: "barrier",
                   goal: "Finde et fællesskab at være en del af", contributors: ["social"]),
        ],
        "substance": [
            Sample(finding: "Dagligt hashforbrug gennem ti år; ønsker at trappe ned.",
                   view: "Det hjælper mig til at sove, men jeg vil gerne stoppe.", judgement: "barrier",
                   goal: "Trappe ned for hash med støtte", contributors: ["substance"]),
            Sample(finding: "Intet forbrug ud over lidt alkohol i weekender.", view: "Det er ikke et problem for mig.",
                   judgement: "resource", goal: "", contributors: ["health"]),
        ],
        "children": [
            Sample(finding: "Enlig forsørger for to børn på 6 og 9 år; den ældste har skolefravær.",
                   view: "Børnene kommer først.", judgement: "mostly-barrier",
                   goal: "Få en god morgen med børnene hver dag", contributors: ["family"]),
            Sample(finding: "Ingen børn; hjælper sin far med indkøb.", view: "Jeg er der for min far.",
                   judgement: "mostly-resource", goal: "", contributors: []),
        ],
        "skills": [
            Sample(finding: "God med hænderne; har istandsat knallerter i fritiden.",
                   view: "Jeg kan skille alt ad og samle det igen.", judgement: "resource",
                   goal: "Prøve en praktik på et værksted", contributors: ["jobcenter"]),
            Sample(finding: "Taler tre sprog; har hjulpet som tolk for naboer.",
                   view: "Jeg kan lide at hjælpe andre.", judgement: "resource", goal: "", contributors: ["jobcenter"]),
        ],
        "practical": [
            Sample(finding: "Har ikke kørekort; bussen går kun hver time fra hjemmet.",
                   view: "Det tager mig to timer at komme ind til byen.", judgement: "mostly-barrier",
                   goal: "Løse transporten til praktikken", contributors: ["jobcenter"]),
            Sample(finding: "Ingen praktiske forhindringer.", view: "", judgement: "resource", goal: "", contributors: []),
        ],
    ]

    static func inSubstanceTreatment(_ file: CaseFile, _ catalogues: Catalogues) -> Bool {
        PlanSection.allCases.contains { section in
            file.sections[section].efforts.contains { catalogues.department(of: $0, in: section) == "substance" }
        }
    }

    /// One or two assessments for about two citizens in five, with findings for most areas; one barrier
    /// becomes a goal in its section.
    static func add(to file: inout CaseFile, catalogues: Catalogues, today: CalendarDate, rng: inout SeededGenerator) {
        guard rng.chance(0.4) else { return }
        let rounds = rng.chance(0.25) && file.created.days(until: today) > 240 ? 2 : 1
        var date = min(today, file.created.adding(days: rng.int(7...35)))
        for round in 0..<rounds {
            var findings: [AssessmentFinding] = []
            for area in catalogues.assessment.areas where rng.chance(0.8) {
                guard var options = samples[area.id], !options.isEmpty else { continue }
                // A citizen in substance treatment (SEL § 101) has a substance finding that says so.
                if area.id == "substance", inSubstanceTreatment(file, catalogues) {
                    options = options.filter { catalogues.assessment.judgement($0.judgement)?.isBarrier == true }
                }
                let s = options[rng.int(0...options.count - 1)]
                findings.append(AssessmentFinding(area: area.id, finding: s.finding, citizenView: s.view,
                                                  judgement: s.judgement, contributors: s.contributors))
            }
            guard !findings.isEmpty else { return }
            let assessment = Assessment(id: file.makeItemID(prefix: "a"), date: date, findings: findings)
            file.assessments.append(assessment)
            if round == rounds - 1, let barrier = findings.first(where: { f in
                let s = samples[f.area]?.first { $0.finding == f.finding }
                return catalogues.assessment.judgement(f.judgement)?.isBarrier == true && s?.goal.isEmpty == false
            }), let title = samples[barrier.area]?.first(where: { $0.finding == barrier.finding })?.goal,
               let section = catalogues.assessment.area(barrier.area)?.section,
               !file.sections[section].goals.contains(where: { $0.title == title }) {
                file.sections[section].goals.append(Goal(id: file.makeItemID(prefix: "g"), title: title, created: date,
                                                         note: barrier.finding,
                                                         origin: GoalOrigin(assessment: assessment.id, area: barrier.area)))
            }
            date = min(today, date.adding(days: rng.int(180...300)))
        }
    }
}
