import CaseRecords
import PlanCore

/// The data folder as the records seam: what the screens and the commands reach it through.
extension CaseStore: MaintenanceStore {
    public func caseload(for purpose: Listing) throws(StoreError) -> Caseload {
        let caseload = try caseload(onlyCoordinator: purpose.onlyCoordinator(user: actor.user))
        do { try record(AuditEvent(.list, detail: purpose.auditDetail(count: caseload.citizens.count, user: actor.user))) } catch {
            throw .listingNotAudited(error)
        }
        return caseload
    }

    public func open(_ id: CitizenID, purpose: AuditAction, detail: String?) throws(StoreError) -> CaseFile {
        let file = try read(id)
        try record(AuditEvent(purpose, citizen: id, revisionBefore: file.revision, detail: detail))
        return file
    }

    public func create(_ new: NewCitizen) throws(StoreError) -> CaseFile {
        let citizen = Citizen(id: freshID(), name: new.name.trimmingSpaces, cpr: new.cpr, phone: new.phone, email: new.email,
                              targetGroup: new.targetGroup, coordinator: actor.user)
        return try create(CaseFile(citizen: citizen, created: today, createdBy: actor.user))
    }

    @discardableResult
    public func apply(_ change: PlanChange, to id: CitizenID, expecting revision: Int?) throws(StoreError) -> CaseFile {
        guard !isReadOnly else { throw .readOnly }
        if case let .assign(to) = change { try requireCoordinator(to) }
        var attempts = 0
        while true {
            attempts += 1
            let before = try read(id)
            if let revision, before.revision != revision {
                throw .conflict(id, basedOn: revision, onDisk: before.revision, by: before.updatedBy)
            }
            let file = try before.applying(change, on: today, by: actor.user)
            do {
                return try save(file, detail: change.auditDetail(before: before))
            } catch {
                // A save that meets a newer revision applies the change again to that one (the change is
                // a value, never a copy of the plan), unless the caller saw a revision and expects it.
                guard case .conflict = error, revision == nil, attempts < 3 else { throw error }
            }
        }
    }

    /// A purged case's trail is still shown; an id that never had one is not found.
    public func auditEntries(about id: CitizenID) throws(StoreError) -> [AuditEntry] {
        let entries = try audit.entries(about: id)
        if entries.isEmpty && !contains(id) { throw .notFound(id) }
        return entries
    }

    public func auditHead() throws(StoreError) -> AuditHead? { nil }

    public func auditHash(at seq: Int) throws(StoreError) -> String? { nil }

    public func repairAudit() throws(StoreError) -> [String] {
        try audit.repair(by: actor)
    }
}
