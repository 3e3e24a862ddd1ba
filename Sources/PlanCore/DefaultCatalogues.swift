// The catalogues enplan ships. A municipality edits its copy in the data folder; these are only
// the starting point written there on first use.

extension Catalogues {
    public static let standard = Catalogues(
        offers: Offer.standard, instrument: .standard, contactRules: ContactRule.standard,
        legalBases: LegalBasis.standard, departments: Department.standard, assessment: .standard)
}

extension Instrument {
    /// Indicators inspired by the published BIP indicators of job readiness, in our own words.
    public static let standard = Instrument(
        id: "enplan-progression-1",
        nameDa: "Progressionsmåling",
        nameEn: "Progression measurement",
        scale: Scale(
            min: 1, max: 7,
            stepsDa: ["Meget langt fra", "Langt fra", "Et stykke fra", "Midtvejs", "Tæt på", "Meget tæt på", "Klar"],
            stepsEn: ["Very far", "Far", "Some way off", "Halfway", "Close", "Very close", "Ready"],
            topDa: "klar til job eller uddannelse", topEn: "ready for a job or education"),
        indicators: [
            indicator("health", "Håndtering af helbred", "Coping with health", true,
                      "Helbredet styrer hverdagen; ingen strategi", "Health rules daily life; no strategy",
                      "Kender sine begrænsninger og har nogle strategier", "Knows own limits and has some strategies",
                      "Håndterer helbredet, så det ikke hindrer arbejde", "Manages health so it does not stop work"),
            indicator("daily-life", "Mestring af hverdagen", "Coping with daily life", true,
                      "Døgnrytme, økonomi og bolig er ustabile", "Routine, money and housing are unstable",
                      "Hverdagen fungerer med støtte", "Daily life works with support",
                      "Klarer hverdagen selv, også når noget går galt", "Copes alone, also when something goes wrong"),
            indicator("belief-job", "Tro på at komme i job", "Belief in getting a job", true,
                      "Tror ikke selv på job eller uddannelse", "Does not believe in a job or education",
                      "Kan se sig selv i job på sigt", "Can see themselves in work in time",
                      "Er sikker på at få job eller uddannelse", "Is confident of getting a job or education"),
            indicator("cooperation", "Samarbejde", "Cooperation", true,
                      "Kommer sjældent til aftaler", "Rarely keeps appointments",
                      "Kommer til aftaler og deltager", "Keeps appointments and takes part",
                      "Tager selv initiativ i samarbejdet", "Takes the initiative in the cooperation"),
            indicator("job-search", "Jobsøgning", "Job-search behaviour", true,
                      "Søger ikke", "Does not search",
                      "Søger med hjælp", "Searches with help",
                      "Søger målrettet og selvstændigt", "Searches purposefully on their own"),
            indicator("labour-market", "Kendskab til arbejdsmarkedet", "Knowledge of the labour market", true,
                      "Kender ikke egne muligheder", "Does not know own options",
                      "Kender nogle realistiske jobmål", "Knows some realistic job goals",
                      "Har konkrete, realistiske jobmål", "Has concrete, realistic job goals"),
            caseworkerIndicator("caseworker-belief", "Sagsbehandlers tro på job", "Caseworker's belief in a job", true,
                      "Ser ikke job inden for et år", "Sees no job within a year",
                      "Ser job som muligt inden for et år", "Sees a job as possible within a year",
                      "Forventer job eller uddannelse snart", "Expects a job or education soon"),
            indicator("social-skills", "Sociale kompetencer", "Social skills", false,
                      "Trives ikke med andre", "Does not get on with others",
                      "Indgår i fællesskaber med støtte", "Takes part in groups with support",
                      "Indgår i fællesskaber på en arbejdsplads", "Takes part in a workplace community"),
            indicator("network", "Netværk", "Network", false,
                      "Har ingen at støtte sig til", "Has no one to lean on",
                      "Har nogle få at støtte sig til", "Has a few people to lean on",
                      "Har et netværk, der bakker op", "Has a network that backs them"),
            indicator("family", "Familiens trivsel", "Family well-being", false,
                      "Familien er i krise", "The family is in crisis",
                      "Familien fungerer med hjælp", "The family manages with help",
                      "Familien trives og støtter", "The family thrives and supports"),
        ],
        rationale: """
        Seven steps with anchor texts at 1, 4 and 7. Five steps miss the small steps a citizen with \
        complex problems actually takes; ten steps are scored inconsistently between caseworkers. \
        Seven steps show small progress, and the three anchors make two caseworkers score the same \
        situation alike.
        """)

    private static func caseworkerIndicator(_ key: String, _ da: String, _ en: String, _ predictive: Bool,
                                            _ lowDa: String, _ lowEn: String, _ midDa: String, _ midEn: String,
                                            _ highDa: String, _ highEn: String) -> Indicator {
        var made = indicator(key, da, en, predictive, lowDa, lowEn, midDa, midEn, highDa, highEn)
        made.voice = .caseworker
        return made
    }

    private static func indicator(_ key: String, _ da: String, _ en: String, _ predictive: Bool,
                                  _ lowDa: String, _ lowEn: String, _ midDa: String, _ midEn: String,
                                  _ highDa: String, _ highEn: String) -> Indicator {
        Indicator(key: key, nameDa: da, nameEn: en, predictive: predictive, anchors: [
            Anchor(score: 1, textDa: lowDa, textEn: lowEn),
            Anchor(score: 4, textDa: midDa, textEn: midEn),
            Anchor(score: 7, textDa: highDa, textEn: highEn),
        ])
    }
}

