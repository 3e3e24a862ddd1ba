/// A plan under one law that the holistic plan may replace with the citizen's consent. The consent
/// names the ones it replaces; when it is withdrawn, they come back.
public struct SectorPlan: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var nameDa: String
    public var nameEn: String
    /// The rule that lets the holistic plan replace it, and where it was read.
    public var source: LegalSource?

    public init(id: String, nameDa: String, nameEn: String, source: LegalSource?) {
        self.id = id
        self.nameDa = nameDa
        self.nameEn = nameEn
        self.source = source
    }

    public func name(danish: Bool) -> String { danish ? nameDa : nameEn }
}

extension Catalogues {
    public func sectorPlan(_ id: String) -> SectorPlan? { sectorPlans.first { $0.id == id } }
}

extension SectorPlan {
    private static let checked = CalendarDate(year: 2026, month: 12, day: 5) ?? CalendarDate(daysSinceEpoch: 0)

    /// Each replacement rule was read on 2026-12-05: LAB's (the bill L 232 of 2018, enacted as § 30 b,
    /// renumbered § 40, stk. 3 in 2020: "Min Plan" and the rehabilitation plan's effort part), serviceloven
    /// § 141, stk. 7 (danskelove.dk) and barnets lov § 110 (lovguiden.dk, LBK nr. 282 af 17. marts 2025).
    /// The sickness benefit act's § 13 e is cited as the bill cites it; its current consolidation was not
    /// read. The rehabilitation plan is abolished for new cases by lov nr. 1750 af 29. december 2025
    /// (issue 24); it stays for cases that still have one.
    public static let standard: [SectorPlan] = [
        SectorPlan(id: "min-plan", nameDa: "»Min Plan« (beskæftigelse)", nameEn: "\"Min Plan\" (employment)",
                   source: .employmentAct("§ 40, stk. 3", "https://www.ft.dk/RIpdf/samling/20171/lovforslag/L232/20171_L232_som_fremsat.pdf",
                                          checked: checked)),
        SectorPlan(id: "rehabilitering", nameDa: "Rehabiliteringsplanens indsatsdel", nameEn: "Rehabilitation plan, effort part",
                   source: .employmentAct("§ 40, stk. 3", "https://www.ft.dk/RIpdf/samling/20171/lovforslag/L232/20171_L232_som_fremsat.pdf",
                                          checked: checked)),
        SectorPlan(id: "opfoelgningsplan", nameDa: "Opfølgningsplan (sygedagpenge)", nameEn: "Follow-up plan (sickness benefit)",
                   source: .sicknessBenefitAct("§ 13 e", "https://www.ft.dk/RIpdf/samling/20171/lovforslag/L232/20171_L232_som_fremsat.pdf")),
        SectorPlan(id: "handleplan", nameDa: "Handleplan (serviceloven § 141)", nameEn: "Action plan (Social Services Act § 141)",
                   source: .socialServicesAct("§ 141, stk. 7", "https://danskelove.dk/serviceloven/141")),
        SectorPlan(id: "ungeplan", nameDa: "Ungeplan (barnets lov § 108)", nameEn: "Youth plan (Children's Act § 108)",
                   source: LegalSource(law: "Barnets lov", act: "lov nr. 721 af 13. juni 2023", consolidation: "LBK nr. 282 af 17. marts 2025",
                                       section: "§ 110, stk. 1", checked: checked,
                                       url: "https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/110")),
        SectorPlan(id: "barnets-plan-foraeldre", nameDa: "Barnets plan: forældredelen (§ 92)",
                   nameEn: "Child's plan: the parents' part (§ 92)",
                   source: LegalSource(law: "Barnets lov", act: "lov nr. 721 af 13. juni 2023", consolidation: "LBK nr. 282 af 17. marts 2025",
                                       section: "§ 110, stk. 2", checked: checked,
                                       url: "https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/110")),
    ]
}
