import PlanCore

/// What the new-citizen form collects.
public struct NewCitizen: Equatable, Sendable {
    public var name: String
    public var cpr: CPRNumber?
    public var targetGroup: TargetGroup
    public var phone: String
    public var email: String

    public init(name: String, cpr: CPRNumber?, targetGroup: TargetGroup, phone: String, email: String) {
        self.name = name
        self.cpr = cpr
        self.targetGroup = targetGroup
        self.phone = phone
        self.email = email
    }
}
