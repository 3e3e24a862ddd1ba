/// A catalogue file of the data folder that cannot be used as it is: the built-in catalogue stands in
/// until it is fixed, and the file is never overwritten. A value, said in the user's language.
public struct CatalogueProblem: Equatable, Sendable, CustomStringConvertible {
    /// The catalogue's name: "offers", "contact-rules", …
    public var name: String
    public var kind: Kind

    public enum Kind: Equatable, Sendable {
        /// Reading the file failed.
        case unreadable(StoreError)
        /// It is not the JSON it should be (the decoder's words, naming the place).
        case undecodable(String)
        /// It reads, but cannot be drawn (duplicate keys, too many rows): what, and what is wrong.
        case malformed(what: String, problems: [String])
        /// The shipped default could not be written beside it.
        case defaultNotWritten(StoreError)
    }

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    public var file: String { "catalogues/\(name).json" }

    /// What is wrong, without what stands in for it.
    public var reason: String {
        switch kind {
        case let .unreadable(error): return "\(file): \(error)"
        case let .undecodable(detail): return "\(file) cannot be read (\(detail))"
        case let .malformed(_, problems): return "\(file): " + problems.joined(separator: "; ")
        case let .defaultNotWritten(error): return "\(file): \(error)"
        }
    }

    public var description: String {
        switch kind {
        case .unreadable, .undecodable: return reason + "; the built-in catalogue is used until it is fixed"
        case let .malformed(what, _): return reason + "; the built-in \(what) is used until it is fixed"
        case .defaultNotWritten: return reason
        }
    }
}
