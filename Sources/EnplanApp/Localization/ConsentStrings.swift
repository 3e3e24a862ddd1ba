import PlanCore

/// The strings of consent in full: what it replaces, why departments share, how it was given, the
/// right to withdraw, every custody holder, and the letter's account of it. Memberwise, so the compiler
/// refuses a language that lacks one.
public struct ConsentStrings: Sendable {
    public var fieldReplaces: String
    public var fieldPurpose: String
    public var fieldForm: String
    public var forms: [ConsentMedium: String]
    public var fieldDocument: String
    public var fieldInformed: String
    public var informedNo: String
    public var informedYes: String
    public var fieldCustody: String
    public var soleCustody: String
    public var jointCustody: String
    public var holder: String               // "Forældremyndighed %d"
    public var fieldHolderName: String
    public var fieldHolderRelation: String
    public var fieldHolderDate: String
    public var warningIncomplete: String
    public var replacesLine: String         // "Erstatter: %@"
    public var comesBackLine: String        // "Gælder igen: %@"
    // The letter
    public var letterForm: String           // "Du gav det %@."
    public var letterReplaces: String       // "Den samlede plan træder i stedet for:"
    public var letterPurpose: String        // "Formålet: %@."
    public var letterCustody: String        // "Samtykke fra forældremyndighed: %@."
    public var letterHowToWithdraw: String
    public var letterWithdrawn: String      // "Du trak dit samtykke tilbage %@."
    public var letterComesBack: String      // "Disse planer gælder igen:"
}

extension ConsentStrings {
    public static let danish = ConsentStrings(
        fieldReplaces: "Erstatter", fieldPurpose: "Formål",
        fieldForm: "Givet", forms: [.written: "skriftligt", .oral: "mundtligt"],
        fieldDocument: "Dokument", fieldInformed: "Oplyst om ret",
        informedNo: "nej", informedYes: "ja: ved, at samtykket kan trækkes tilbage",
        fieldCustody: "Myndighed", soleCustody: "hos én forælder", jointCustody: "fælles: begge samtykker",
        holder: "Forældremyndighed %d", fieldHolderName: "Indehaver %d", fieldHolderRelation: "Relation %d",
        fieldHolderDate: "Samtykke %d",
        warningIncomplete: "Samtykket siger ikke, hvilke planer det erstatter, hvordan det blev givet, eller at borgeren er oplyst om at kunne trække det tilbage · c",
        replacesLine: "Erstatter: %@", comesBackLine: "Gælder igen: %@",
        letterForm: "Du gav det %@.",
        letterReplaces: "Den samlede plan træder i stedet for:",
        letterPurpose: "Formålet: %@.",
        letterCustody: "Samtykke fra forældremyndighed: %@.",
        letterHowToWithdraw: "Du kan altid trække dit samtykke tilbage ved at sige det til din plankoordinator. Så gælder de enkelte planer igen, og afdelingerne holder op med at dele oplysninger om dig. Indsatser, du allerede har, kan fortsætte efter deres egne regler.",
        letterWithdrawn: "Du trak dit samtykke tilbage %@. Afdelingerne deler ikke længere oplysninger om dig på tværs.",
        letterComesBack: "Disse planer gælder igen:")

    public static let english = ConsentStrings(
        fieldReplaces: "Replaces", fieldPurpose: "Purpose",
        fieldForm: "Given", forms: [.written: "in writing", .oral: "orally"],
        fieldDocument: "Document", fieldInformed: "Told of right",
        informedNo: "no", informedYes: "yes: knows it can be withdrawn",
        fieldCustody: "Custody", soleCustody: "one parent", jointCustody: "joint: both consent",
        holder: "Custody holder %d", fieldHolderName: "Holder %d", fieldHolderRelation: "Relation %d",
        fieldHolderDate: "Consented %d",
        warningIncomplete: "The consent does not say which plans it replaces, how it was given, or that the citizen was told they may withdraw it · c",
        replacesLine: "Replaces: %@", comesBackLine: "Back in force: %@",
        letterForm: "You gave it %@.",
        letterReplaces: "The one plan takes the place of:",
        letterPurpose: "The purpose: %@.",
        letterCustody: "Consent from the custody holders: %@.",
        letterHowToWithdraw: "You can always withdraw your consent by telling your plan coordinator. The separate plans then apply again, and the departments stop sharing information about you. Efforts you already have may go on under their own rules.",
        letterWithdrawn: "You withdrew your consent on %@. The departments no longer share information about you with each other.",
        letterComesBack: "These plans apply again:")
}

extension Language {
    public var consent: ConsentStrings { self == .da ? .danish : .english }

    /// The sector plans' names in this language; a key the catalogue no longer has shows as itself.
    public func sectorPlanNames(_ ids: [String], _ catalogues: Catalogues) -> [String] {
        ids.map { catalogues.sectorPlan($0)?.name(danish: self == .da) ?? $0 }
    }
}
