/// Word lists for the demo caseload. Names come from many scripts on purpose: the screens must
/// handle every name a municipality's citizens bring.
enum DemoNames {
    static let danishFirst = ["Søren", "Mette", "Jørgen", "Åse", "Ærtebjerg", "Bjørn", "Karen", "Mads", "Sofie",
                              "Frederik", "Ida", "Rasmus", "Line", "Jens", "Birthe", "Mikkel", "Signe", "Kåre", "Lærke", "Thøger"]
    static let danishLast = ["Nørgaard", "Sørensen", "Ærø", "Jørgensen", "Østergaard", "Hansen", "Madsen",
                             "Kjær", "Bæk", "Løvgreen", "Ågesen", "Dahl", "Holm", "Thomsen", "Bøgh"]
    /// Names in other scripts, including decomposed combining marks ("Nguyễn" in NFD) and wide CJK.
    static let international = [
        "محمد الحسن", "فاطمة علي", "王芳", "李伟", "Олена Коваленко", "Андрій Шевченко", "Ayşe Yılmaz",
        "Łukasz Wójcik", "Nguye\u{0302}\u{0303}n Thi\u{0323} Hu\u{031B}o\u{031B}\u{0300}ng", "Cabdi Warsame",
        "கார்த்திக் சுப்ரமணியம்", "สมชาย ใจดี", "Zoë Ørsted-Ndiaye", "Ahmad Rezaei", "Μαρία Παπαδοπούλου",
        "김민준", "Amira Ben Salah", "Dženana Hodžić",
    ]

    /// Every third citizen gets a name in another script, cycling so names rarely repeat.
    static func name(index: Int, seed: UInt64, rng: inout SeededGenerator) -> String {
        if index % 3 == 2 {
            return international[(index / 3 + Int(seed % UInt64(international.count))) % international.count]
        }
        return danishFirst[rng.int(0...danishFirst.count - 1)] + " " + danishLast[rng.int(0...danishLast.count - 1)]
    }

    static let streets = ["Æblevej", "Søndergade", "Østerbrogade", "Kærvej", "Bøgeallé", "Slotsgade", "Møllevej"]
    static let caseworkers = ["Hanne Lund", "Peter Kjær", "Nadia Rahimi", "Tove Ørum", "Morten Bach", "Ulla Søe"]
    /// First names of the people around a citizen (family take the citizen's family name), and the
    /// names of doctors and employers: never a caseworker's, so a mother is never named as one.
    static let relatives = ["Inger", "Poul", "Lone", "Ahmed", "Grethe", "Svend", "Maja", "Ole"]
    static let outsiders = ["Dr. Vibeke Holm", "Dr. Jamal Haddad", "Lars Winther (Anlæg A/S)", "Mona Friis (Netto)"]
    static let mentors = [("Kim Jessen", "Mentorkorpset"), ("Yasmin Farah", "Jobcenter"), ("Bent Skov", "Bydelsmødrene")]

    static let ownWords = [
        "Jeg vil gerne have en hverdag, hvor jeg kan overskue tingene og være der for mine børn.",
        "Jeg vil ud at arbejde med mine hænder igen, gerne udendørs.",
        "Det vigtigste for mig er at få styr på angsten, så jeg kan tage bussen alene.",
        "Jeg vil gerne tage en uddannelse som pædagogmedhjælper.",
        "Jeg vil væk fra hashen og have mine egne venner igen.",
        "Jeg vil ikke starte forfra hver gang – jeg vil have én plan.",
    ]
    /// The overall goal that goes with each of `ownWords`: a plan's goal follows what the citizen said.
    static let overallGoals = [
        "Job på deltid i dagtimerne, der passer med børnenes skoletid",
        "Ordinært job inden for gartneri eller anlæg, 20 timer om ugen",
        "Virksomhedspraktik tæt på hjemmet med støtte fra mentor, derefter job på nedsat tid",
        "Påbegynde uddannelsen til pædagogisk assistent (EUD) inden for et år",
        "Ordinært job inden for lager og logistik, når behandlingen er i gang",
        "Tilbage i job på nedsat tid efter sygemelding",
    ]
    static func goals(for section: PlanSection) -> [String] {
        switch section {
        case .employment: return ["Komme i virksomhedspraktik", "Søge 2 job om ugen", "Afklare arbejdsevne",
                                  "Gennemføre danskundervisning", "Starte på FGU"]
        case .social: return ["Stabil døgnrytme", "Styr på økonomien", "Mindre angst i hverdagen",
                              "Stoppe med hash", "Få egen bolig"]
        case .family: return ["Børnene møder i skole hver dag", "Bedre samarbejde med børnenes far",
                              "Faste rutiner om aftenen", "Deltage i forældremøder"]
        case .mentor: return ["Møde til tiden i praktikken", "Bruge kalender til aftaler", "Tage bussen alene"]
        }
    }
    static let subGoals = ["Møde op 3 dage om ugen", "Lave et budget", "Tale med lægen om medicin",
                           "Skrive CV", "Besøge en arbejdsplads", "Gå en tur hver dag", "Ringe selv til jobcentret",
                           "Aftale fast tid med mentor", "Sove før midnat", "Søge om boligstøtte"]
    /// Summaries of a meeting that was held with the citizen.
    static let meetingSummaries = ["Gennemgang af planen; borgeren oplever fremgang", "Borgeren har haft en svær periode",
                                   "Aftalt ny praktik", "Opfølgning på misbrugsbehandling", "Plan justeret sammen med borgeren"]
    static let networkMeetingSummary = "Netværksmøde med læge og mentor"
    static let jointAssessmentSummary = "Fælles udredning: beskæftigelse og socialt gennemgået sammen med borgeren"
    static let noShowSummary = "Borgeren mødte ikke op; ringet op bagefter"
    static let cancelledSummary = "Aflyst af borgeren; ny tid aftalt"
    static let revisionSummaries = ["Nyt delmål om praktik", "Indsats om bostøtte afsluttet", "Mentorstøtte forlænget",
                                    "Mål om uddannelse tilføjet", "Plan justeret efter sygdom"]
}
