/// What a database server said when it refused a statement: its SQLSTATE (which decides what enplan
/// does) and its own words.
public struct DatabaseProblem: Equatable, Sendable {
    public var state: String
    public var message: String

    public init(state: String, message: String) {
        self.state = state
        self.message = message
    }

    /// A unique index refused a second row with the same key.
    public var isUniqueViolation: Bool { state == "23505" }
    /// A lock or serialization failure, or the server going down: the same request may go through later.
    public var isTransient: Bool { ["40001", "40P01", "55P03", "57P01", "57P02", "57P03"].contains(state) }
    /// The person's database role may not do this.
    public var isPrivilege: Bool { state == "42501" }
}
