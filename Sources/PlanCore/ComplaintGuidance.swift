/// How a citizen complains about a decision under a law: to whom, within how long, how. A decision
/// letter without it leaves the citizen with no way forward, and the complaint deadline does not run
/// until it has been given.
public struct ComplaintGuidance: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    /// The laws it covers, as `LegalSource.law` names them ("Lov om social service").
    public var laws: [String]
    /// Where to complain, in Danish and English.
    public var whereDa: String
    public var whereEn: String
    /// The deadline in weeks from the day the citizen was told; nil where the catalogue does not know it.
    public var weeks: Int?
    /// How to complain, in Danish and English.
    public var howDa: String
    public var howEn: String
    /// The rule it rests on, and where and when it was read.
    public var source: LegalSource?
    /// false where the rule could not be checked: the letter says the citizen should ask.
    public var verified: Bool

    public init(id: String, laws: [String], whereDa: String, whereEn: String, weeks: Int?, howDa: String, howEn: String,
                source: LegalSource?, verified: Bool) {
        self.id = id
        self.laws = laws
        self.whereDa = whereDa
        self.whereEn = whereEn
        self.weeks = weeks
        self.howDa = howDa
        self.howEn = howEn
        self.source = source
        self.verified = verified
    }
}

extension Catalogues {
    /// The guidance for a decision under `reference` ("LAB § 57") on `day`: through the legal basis
    /// catalogue's entry in force then to its law; nil when the reference or its law is not there.
    public func complaintGuidance(for reference: String, on day: CalendarDate) -> ComplaintGuidance? {
        guard let law = legalBasis(reference, on: day)?.source?.law else { return nil }
        return complaints.first { $0.laws.contains(law) }
    }
}

extension ComplaintGuidance {
    private static let socialArea = LegalSource(
        law: "Lov om retssikkerhed og administration på det sociale område", act: "lov nr. 453 af 10. juni 1997",
        section: "§ 67 (klagefrist) og § 66 (genvurdering)", checked: CalendarDate(year: 2026, month: 12, day: 5) ?? CalendarDate(daysSinceEpoch: 0),
        url: "https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister")

    /// Read on Ankestyrelsen's page on complaint guidance and deadlines and on practice notes citing
    /// retssikkerhedsloven § 67 (checked 2026-12-05): a complaint goes to the municipality that decided,
    /// within 4 weeks of being told; the municipality reconsiders it and, if it keeps its decision,
    /// sends it on to Ankestyrelsen. That each act below sends its complaints through this route was not
    /// checked against each act's own complaint section; the health act's route was not verified at all.
    public static let standard: [ComplaintGuidance] = [
        ComplaintGuidance(
            id: "ankestyrelsen",
            laws: ["Lov om en aktiv beskæftigelsesindsats", "Lov om social service", "Barnets lov", "Lov om sygedagpenge",
                   "Lov om aktiv socialpolitik"],
            whereDa: "Ankestyrelsen, men klagen sendes til kommunen, som vurderer sagen igen først",
            whereEn: "The National Social Appeals Board (Ankestyrelsen); the complaint is sent to the municipality, which reconsiders the case first",
            weeks: 4,
            howDa: "Skriv, ring eller mail til kommunen og sig, at du klager. Du behøver ikke begrunde klagen, men skriv gerne, hvad du er utilfreds med. Fastholder kommunen afgørelsen, sender den selv klagen videre til Ankestyrelsen.",
            howEn: "Write to, call or e-mail the municipality and say that you complain. You need not give reasons, but it helps to say what you disagree with. If the municipality keeps its decision, it sends your complaint on to Ankestyrelsen itself.",
            source: socialArea, verified: true),
        ComplaintGuidance(
            id: "sundhedsloven",
            laws: ["Sundhedsloven"],
            whereDa: "Spørg kommunen, hvor du kan klage (enplans katalog kender ikke klagevejen efter sundhedsloven; den er ikke kontrolleret)",
            whereEn: "Ask the municipality where to complain (enplan's catalogue does not know the complaint route under the Health Act; it was not verified)",
            weeks: nil,
            howDa: "Kontakt din plankoordinator, som skal give dig en klagevejledning.",
            howEn: "Contact your plan coordinator, who must give you complaint guidance.",
            source: nil, verified: false),
    ]
}
