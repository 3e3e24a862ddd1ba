import PlanCore

/// The result of `enplan check`: problems (damage, tampering, unsafe permissions) and notes that need
/// no action.
public struct CheckReport: Sendable {
    public var documents = 0
    public var auditEntries = 0
    public var problems: [IntegrityFinding] = []
    public var notes: [IntegrityFinding] = []
    /// Things a coordinator should look at that are no damage: consent that does not cover the
    /// efforts, legal references without a source.
    public var warnings: [CheckWarning] = []

    public init() {}
}

/// What `check` finds worth a coordinator's attention without being damage.
public enum CheckWarning: Equatable, Sendable, CustomStringConvertible {
    case consent(CitizenID, ConsentWarning)
    /// A legal basis of the folder's catalogue that names no source (written before sources were kept).
    case legalBasisWithoutSource(reference: String)
    /// An effort under a legal basis whose catalogue entries were none of them in force on its start.
    case legalBasisNotInForce(CitizenID, effort: ItemID, reference: String, start: CalendarDate)
    /// A legal basis the catalogue asks to be checked against the law again, from `since`.
    case legalBasisRecheckDue(reference: String, since: CalendarDate)
    /// An effort chosen from an offer the catalogue does not have in force on its start.
    case offerNotInForce(CitizenID, effort: ItemID, offer: String, start: CalendarDate)

    public var description: String {
        switch self {
        case let .consent(id, warning): return "citizens/\(id).json: \(warning)"
        case let .legalBasisWithoutSource(reference):
            return "catalogues/legal-bases.json: '\(reference)' names no source "
                + "(law, act number and date, section, date checked); check it against the law in force"
        case let .legalBasisNotInForce(id, effort, reference, start):
            return "citizens/\(id).json: effort \(effort) began \(start.iso) under '\(reference)', which the catalogue has in force at another time"
        case let .legalBasisRecheckDue(reference, since):
            return "catalogues/legal-bases.json: '\(reference)' was to be checked against the law again from \(since.iso)"
        case let .offerNotInForce(id, effort, offer, start):
            return "citizens/\(id).json: effort \(effort) began \(start.iso) as the offer '\(offer)', which the catalogue has in force at another time"
        }
    }

    /// What `check` warns about in one open case on `today`: its consent, and efforts whose legal
    /// basis or offer was not in force when they began. Both stores say the same.
    public static func about(_ file: CaseFile, _ catalogues: Catalogues, on today: CalendarDate) -> [CheckWarning] {
        guard file.status.isOpen else { return [] }
        return file.consentWarnings(catalogues, on: today).map { .consent(file.id, $0) }
            + file.legalBasesOutOfForce(catalogues).map { .legalBasisNotInForce(file.id, effort: $0.effort, reference: $0.reference, start: $0.start) }
            + file.offersOutOfForce(catalogues).map { .offerNotInForce(file.id, effort: $0.effort, offer: $0.offer, start: $0.start) }
    }

    /// What `check` warns about in the legal basis catalogue on `today`.
    public static func about(_ bases: [LegalBasis], on today: CalendarDate) -> [CheckWarning] {
        bases.filter { $0.source == nil }.map { .legalBasisWithoutSource(reference: $0.reference) }
            + bases.compactMap { b in b.recheck.flatMap { $0 <= today ? .legalBasisRecheckDue(reference: b.reference, since: $0) : nil } }
    }
}
