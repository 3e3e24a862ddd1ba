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

    public var description: String {
        switch self {
        case let .consent(id, warning): return "citizens/\(id).json: \(warning)"
        case let .legalBasisWithoutSource(reference):
            return "catalogues/legal-bases.json: '\(reference)' names no source "
                + "(law, act number and date, section, date checked); check it against the law in force"
        }
    }
}
