import PlanCore

/// The strings of decisions (afgørelser) on efforts and of complaint guidance. Memberwise, so the
/// compiler refuses a language that lacks one.
public struct DecisionStrings: Sendable {
    public var heading: String              // "Afgørelser"
    public var none: String
    public var outcomes: [DecisionOutcome: String]
    public var keyDecide: String
    public var title: String                // "Afgørelse om %@"
    public var fieldOutcome: String
    public var fieldReasons: String
    public var selectEffort: String         // D pressed where no effort is selected
    public var decidedBy: String            // "truffet af %@"
    /// What each outcome does to the effort, beside it in the form.
    public var effects: [DecisionOutcome: String]
    // The letter
    public var letterHeading: String
    public var letterIntro: String
    public var letterDecision: String       // "%1$@: %2$@ – %3$@" date, effort, outcome
    public var letterReasons: String        // "Begrundelse: %@"
    public var letterLegalBasis: String     // "Lovgrundlag: %@"
    public var complaintHeading: String     // "Sådan klager du"
    public var complaintWhere: String       // "Klag til: %@"
    public var complaintWeeks: String       // "Du skal klage inden %d uger efter, at du fik afgørelsen."
    public var complaintUnknown: String     // no guidance for the legal basis
    public var complaintUnverified: String  // guidance enplan could not check
}

extension DecisionStrings {
    public static let danish = DecisionStrings(
        heading: "Afgørelser", none: "Ingen afgørelser endnu · D på en indsats træffer en",
        outcomes: [.granted: "bevilget", .refused: "afslået", .changed: "ændret", .stopped: "stoppet"],
        keyDecide: "afgørelse om indsatsen", title: "Afgørelse om %@",
        fieldOutcome: "Afgørelse", fieldReasons: "Begrundelse",
        selectEffort: "Vælg en indsats i et afsnit først: en afgørelse gælder en indsats",
        decidedBy: "truffet af %@",
        effects: [.granted: "indsatsen står", .refused: "indsatsen fjernes fra planen", .changed: "ret indsatsen bagefter",
                  .stopped: "indsatsen afsluttes på datoen"],
        letterHeading: "Afgørelser",
        letterIntro: "Det har kommunen besluttet om dine indsatser, og hvorfor.",
        letterDecision: "%1$@: %2$@ – %3$@", letterReasons: "Begrundelse: %@", letterLegalBasis: "Lovgrundlag: %@",
        complaintHeading: "Sådan klager du", complaintWhere: "Klag til: %@",
        complaintWeeks: "Du skal klage inden %d uger efter, at du fik afgørelsen.",
        complaintUnknown: "Spørg din plankoordinator, hvor og hvornår du kan klage over denne afgørelse.",
        complaintUnverified: "Klagevejledningen her er ikke kontrolleret: spørg din plankoordinator.")

    public static let english = DecisionStrings(
        heading: "Decisions", none: "No decisions yet · D on an effort records one",
        outcomes: [.granted: "granted", .refused: "refused", .changed: "changed", .stopped: "stopped"],
        keyDecide: "decision on the effort", title: "Decision on %@",
        fieldOutcome: "Decision", fieldReasons: "Reasons",
        selectEffort: "Select an effort in a section first: a decision is about an effort",
        decidedBy: "made by %@",
        effects: [.granted: "the effort stands", .refused: "the effort leaves the plan", .changed: "edit the effort afterwards",
                  .stopped: "the effort ends on the date"],
        letterHeading: "Decisions",
        letterIntro: "This is what the municipality decided about your efforts, and why.",
        letterDecision: "%1$@: %2$@ – %3$@", letterReasons: "Reasons: %@", letterLegalBasis: "Legal basis: %@",
        complaintHeading: "How to complain", complaintWhere: "Complain to: %@",
        complaintWeeks: "You must complain within %d weeks of receiving the decision.",
        complaintUnknown: "Ask your plan coordinator where and by when you can complain about this decision.",
        complaintUnverified: "This complaint guidance has not been checked: ask your plan coordinator.")
}

extension DecisionStrings {
    /// The outcome in words ("afslået").
    public func word(_ outcome: DecisionOutcome) -> String { outcomes[outcome] ?? outcome.rawValue }
}

extension Language {
    public var decisions: DecisionStrings { self == .da ? .danish : .english }
}
