/// How a colleague is named wherever one is shown or chosen: the full name a person knows them by
/// first, the login (what the store and the audit trail hold) after it, "Aisha Karimi (aisha)".
/// Without a users catalogue, or without a full name, the login alone.
public struct Colleagues: Sendable, Equatable {
    let fullNames: [String: String]

    public init(fullNames: [String: String] = [:]) {
        self.fullNames = fullNames.filter { !$0.value.trimmingSpaces.isEmpty }
    }

    init(_ contacts: [String: CoordinatorContact]) {
        self.init(fullNames: contacts.mapValues(\.fullName))
    }

    public func name(_ login: String) -> String {
        guard let full = fullNames[login] else { return login }
        return "\(full) (\(login))"
    }
}
