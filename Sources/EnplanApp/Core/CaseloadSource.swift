import PlanCore
import PlanStore

/// What the screens need of the store: a small protocol, so screen tests can use a fake and a second
/// backend can be added without touching screens.
public protocol CaseloadSource: AnyObject {
    var user: String { get }
    var isReadOnly: Bool { get }
    var today: CalendarDate { get }
    var instrument: Instrument { get }
    var catalogues: Catalogues { get }
    /// The caseload; with `onlyCoordinator`, possibly only theirs (the caseload says whether).
    func caseload(onlyCoordinator: String?) throws(StoreError) -> Caseload
    func open(_ id: CitizenID) throws(StoreError) -> CaseFile
    func record(_ event: AuditEvent) throws(StoreError)
    /// Adds a new citizen with a fresh id; returns the saved case file.
    func create(_ citizen: NewCitizen) throws(StoreError) -> CaseFile
    /// Saves a changed case file opened at `file.revision`; a newer revision on disk is a `.conflict`.
    func save(_ file: CaseFile, detail: String?) throws(StoreError) -> CaseFile
    /// Writes a copy of the plan to a new file, recorded as an export.
    func export(_ text: String, of id: CitizenID, to path: String) throws(StoreError)
    /// Hands citizens to another coordinator, one audited change each.
    func assign(_ ids: [CitizenID], to coordinator: String) throws(StoreError) -> [(CitizenID, Result<CaseFile, StoreError>)]
    /// The users catalogue (users.json); empty when the folder has no team.
    var team: [TeamMember] { get }
}

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

extension CaseStore: CaseloadSource {
    public var user: String { actor.user }
    public var instrument: Instrument { catalogues.instrument }
    public func open(_ id: CitizenID) throws(StoreError) -> CaseFile { try open(id, purpose: .view) }

    public var team: [TeamMember] { (try? teamMembers()) ?? [] }

    public func create(_ new: NewCitizen) throws(StoreError) -> CaseFile {
        let citizen = Citizen(id: freshID(), name: new.name.trimmingSpaces, cpr: new.cpr, phone: new.phone, email: new.email,
                              targetGroup: new.targetGroup, coordinator: actor.user)
        return try create(CaseFile(citizen: citizen, created: today, createdBy: actor.user))
    }
}
