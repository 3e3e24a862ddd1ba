/// An offer in the municipality's offer catalogue (tilbudskatalog).
public struct Offer: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var section: PlanSection
    public var provider: String
    public var legalBasis: String
    /// The department that delivers it (a key of the department catalogue): what the citizen's
    /// consent must cover for the effort to be part of the one plan.
    public var department: String?
    /// The first and last day it is offered (nil: open). Where it stands in the law is its legal basis.
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?

    public init(id: String, title: String, section: PlanSection, provider: String, legalBasis: String,
                department: String? = nil, validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil) {
        self.validFrom = validFrom
        self.validTo = validTo
        self.id = id
        self.title = title
        self.section = section
        self.provider = provider
        self.legalBasis = legalBasis
        self.department = department
    }
}

/// Where a rule comes from: the law, the act that made it and the consolidation in force, the section,
/// and when someone last checked it against the law. Laws are renumbered (the employment act of 2019
/// renumbered every section); the checked date says how old the reference is.
public struct LegalSource: Equatable, Sendable, Codable {
    /// The law's name: "Lov om en aktiv beskæftigelsesindsats".
    public var law: String
    /// The act that made it: "lov nr. 548 af 7. maj 2019".
    public var act: String
    /// The consolidated act (lovbekendtgørelse) checked against, when one was found.
    public var consolidation: String?
    /// "§ 40, stk. 3", or a chapter.
    public var section: String
    public var checked: CalendarDate
    /// The public page the text was read on.
    public var url: String?

    public init(law: String, act: String, consolidation: String? = nil, section: String, checked: CalendarDate,
                url: String? = nil) {
        self.law = law
        self.act = act
        self.consolidation = consolidation
        self.section = section
        self.checked = checked
        self.url = url
    }

    /// The name a caseworker writes for the law ("LAB", "SEL"); the full name for a law not listed.
    public var shortLaw: String {
        let known = ["Lov om en aktiv beskæftigelsesindsats": "LAB", "Lov om social service": "SEL",
                     "Lov om sygedagpenge": "Sygedagpengeloven", "Lov om aktiv socialpolitik": "Aktivloven"]
        return known[law] ?? law
    }

    /// One line: "Lov om … (lov nr. 548 af 7. maj 2019, jf. LBK nr. 280 af 1. marts 2024) § 57".
    public var citation: String {
        "\(law) (\(act)\(consolidation.map { ", jf. \($0)" } ?? "")) \(section)"
    }
}

/// A law reference, kept as data because laws change.
public struct LegalBasis: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    /// The short form efforts and offers carry: "LAB § 57".
    public var reference: String
    public var description: String
    /// nil in catalogues written before sources were recorded; `check` reports those.
    public var source: LegalSource?
    /// The first and last day the entry applies (nil: open). A changed section is a new entry with the
    /// same reference from the day the change took effect, and this one ends the day before.
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    /// Where the entry could not be verified, or a change is expected: the day to check it again.
    public var recheck: CalendarDate?
    /// A guarantee: an effort under this basis begins at the latest this many days after the citizen
    /// asked for it (`Effort.requested`); nil: none.
    public var startWithinDays: Int?

    public init(id: String, reference: String, description: String, source: LegalSource? = nil,
                validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil, recheck: CalendarDate? = nil,
                startWithinDays: Int? = nil) {
        self.startWithinDays = startWithinDays
        self.id = id
        self.reference = reference
        self.description = description
        self.source = source
        self.validFrom = validFrom
        self.validTo = validTo
        self.recheck = recheck
    }

}

/// A catalogue entry with the days it applies (nil: open at that end).
public protocol DatedEntry {
    var validFrom: CalendarDate? { get }
    var validTo: CalendarDate? { get }
}

extension DatedEntry {
    public func isInForce(on day: CalendarDate) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }
}

extension Sequence where Element: DatedEntry & Identifiable, Element.ID == String {
    /// What may be chosen on `day`: the entries in force then, and those in `kept` whatever their
    /// dates, so an entry that has ended stays on what was chosen under it.
    public func offered(on day: CalendarDate, keeping kept: [String]) -> [Element] {
        filter { $0.isInForce(on: day) || kept.contains($0.id) }
    }
}

extension LegalBasis: DatedEntry {}
extension Offer: DatedEntry {}
extension Department: DatedEntry {}

/// A department (forvaltning) that may take part in the one plan: consent names which of them may
/// share information.
public struct Department: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var nameDa: String
    public var nameEn: String
    /// The department an effort in this section belongs to when nothing else says so.
    public var sections: [PlanSection]
    /// The first and last day it exists (nil: open): a municipality's own organisation, which the law
    /// changes too (no jobcentre required from 1 February 2026).
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?

    public init(id: String, nameDa: String, nameEn: String, sections: [PlanSection] = [],
                validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil) {
        self.validFrom = validFrom
        self.validTo = validTo
        self.id = id
        self.nameDa = nameDa
        self.nameEn = nameEn
        self.sections = sections
    }

    public func name(danish: Bool) -> String { danish ? nameDa : nameEn }
}

/// The editable catalogues a municipality keeps beside the plans.
public struct Catalogues: Equatable, Sendable {
    public var offers: [Offer]
    public var instrument: Instrument
    public var contactRules: [ContactRule]
    public var legalBases: [LegalBasis]
    public var departments: [Department]
    public var assessment: AssessmentCatalogue
    /// How to complain about a decision, per law.
    public var complaints: [ComplaintGuidance]
    /// The sector plans a consent may let the holistic plan replace.
    public var sectorPlans: [SectorPlan]

    public init(offers: [Offer], instrument: Instrument, contactRules: [ContactRule], legalBases: [LegalBasis],
                departments: [Department] = Department.standard, assessment: AssessmentCatalogue = .standard,
                complaints: [ComplaintGuidance] = ComplaintGuidance.standard, sectorPlans: [SectorPlan] = SectorPlan.standard) {
        self.complaints = complaints
        self.sectorPlans = sectorPlans
        self.offers = offers
        self.instrument = instrument
        self.contactRules = contactRules
        self.legalBases = legalBases
        self.departments = departments
        self.assessment = assessment
    }

    public func offers(in section: PlanSection) -> [Offer] { offers.filter { $0.section == section } }

    public func department(_ id: String) -> Department? { departments.first { $0.id == id } }

    /// The department an effort belongs to: its own, its offer's, or its section's.
    public func department(of effort: Effort, in section: PlanSection) -> String? {
        if let d = effort.department, !d.isEmpty { return d }
        if let offer = effort.offerID.flatMap({ id in offers.first { $0.id == id } }), let d = offer.department { return d }
        return departments.first { $0.sections.contains(section) }?.id
    }
}

extension Catalogues {
    /// The entry for `reference` in force on `day`; else the one with that reference, whatever its dates.
    public func legalBasis(_ reference: String, on day: CalendarDate) -> LegalBasis? {
        legalBases.first { $0.reference == reference && $0.isInForce(on: day) } ?? legalBases.first { $0.reference == reference }
    }
}

extension CaseFile {
    /// Efforts under way or planned chosen from an offer of the catalogue that was not in force on the
    /// day they began.
    public func offersOutOfForce(_ catalogues: Catalogues) -> [(effort: ItemID, offer: String, start: CalendarDate)] {
        PlanSection.allCases.flatMap { sections[$0].efforts }.compactMap { e in
            guard e.status == .active || e.status == .planned, let id = e.offerID,
                  let offer = catalogues.offers.first(where: { $0.id == id }), !offer.isInForce(on: e.start) else { return nil }
            return (e.id, offer.title, e.start)
        }
    }

    /// Efforts under way or planned whose legal basis has entries in the catalogue, none of them in
    /// force on the day the effort began: the reference is used past its end (or before it applied).
    public func legalBasesOutOfForce(_ catalogues: Catalogues) -> [(effort: ItemID, reference: String, start: CalendarDate)] {
        PlanSection.allCases.flatMap { sections[$0].efforts }.compactMap { e in
            guard e.status == .active || e.status == .planned, !e.legalBasis.isEmpty else { return nil }
            let entries = catalogues.legalBases.filter { $0.reference == e.legalBasis }
            guard !entries.isEmpty, !entries.contains(where: { $0.isInForce(on: e.start) }) else { return nil }
            return (e.id, e.legalBasis, e.start)
        }
    }
}
