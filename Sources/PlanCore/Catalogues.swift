/// An offer in the municipality's offer catalogue (tilbudskatalog).
public struct Offer: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var section: PlanSection
    public var provider: String
    public var legalBasis: String

    public init(id: String, title: String, section: PlanSection, provider: String, legalBasis: String) {
        self.id = id
        self.title = title
        self.section = section
        self.provider = provider
        self.legalBasis = legalBasis
    }
}

/// A law reference, kept as data because laws change.
public struct LegalBasis: Equatable, Sendable, Codable, Identifiable {
    public var id: String
    public var reference: String
    public var description: String

    public init(id: String, reference: String, description: String) {
        self.id = id
        self.reference = reference
        self.description = description
    }
}

/// The editable catalogues a municipality keeps beside the plans.
public struct Catalogues: Equatable, Sendable {
    public var offers: [Offer]
    public var instrument: Instrument
    public var contactRules: [ContactRule]
    public var legalBases: [LegalBasis]

    public init(offers: [Offer], instrument: Instrument, contactRules: [ContactRule], legalBases: [LegalBasis]) {
        self.offers = offers
        self.instrument = instrument
        self.contactRules = contactRules
        self.legalBases = legalBases
    }

    public func offers(in section: PlanSection) -> [Offer] { offers.filter { $0.section == section } }
}
