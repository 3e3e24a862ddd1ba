import PlanCore
import PlanStore

/// What the screens need of the store: a small protocol, so screen tests can use a fake and a second
/// backend can be added without touching screens.
public protocol CaseloadSource: AnyObject {
    var user: String { get }
    var isReadOnly: Bool { get }
    var today: CalendarDate { get }
    var instrument: Instrument { get }
    func caseload() throws(StoreError) -> Caseload
    func open(_ id: CitizenID) throws(StoreError) -> CaseFile
    func record(_ event: AuditEvent) throws(StoreError)
}

extension CaseStore: CaseloadSource {
    public var user: String { actor.user }
    public var instrument: Instrument { catalogues.instrument }
    public func open(_ id: CitizenID) throws(StoreError) -> CaseFile { try open(id, purpose: .view) }
}
