#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PlanCore

extension CaseStore {
    /// Applies one change to a citizen's plan as it is on disk now: for commands that change a plan
    /// without an editor on screen (close, pause, reopen, hand over). A save that meets a newer revision
    /// applies the change again to that revision, since the change is a value, never a copy of the plan.
    @discardableResult
    public func apply(_ change: PlanChange, to id: CitizenID, detail: String) throws(StoreError) -> CaseFile {
        try apply(change, to: id) { _ in detail }
    }

    /// - Parameter detail: the audit line's detail, from the plan as it was read (before the change).
    func apply(_ change: PlanChange, to id: CitizenID, detail: (CaseFile) -> String) throws(StoreError) -> CaseFile {
        var attempts = 0
        while true {
            attempts += 1
            let before = try read(id)
            var file = before
            do { try file.apply(change, on: today, by: actor.user) } catch {
                switch error {
                case let .invalid(problem): throw .invalid(problem)
                case .itemGone: throw .refused(.planChangedWhileSaving(id))
                }
            }
            do {
                return try save(file, detail: detail(before))
            } catch {
                guard case .conflict = error, attempts < 3 else { throw error }
            }
        }
    }

    /// Hands citizens to another coordinator, one audited change per citizen. One that cannot be
    /// handed over (damaged, already theirs) is reported and the others still move.
    public func assign(_ ids: [CitizenID], to coordinator: String) throws(StoreError) -> [(CitizenID, Result<CaseFile, StoreError>)] {
        guard !isReadOnly else { throw .readOnly }
        try requireCoordinator(coordinator)
        var results: [(CitizenID, Result<CaseFile, StoreError>)] = []
        for id in ids {
            do throws(StoreError) {
                let moved = try apply(.assign(to: coordinator), to: id) { "hand-over \($0.citizen.coordinator) -> \(coordinator)" }
                results.append((id, .success(moved)))
            } catch {
                results.append((id, .failure(error)))
            }
        }
        return results
    }

    /// In a team (a users catalogue exists), plans go only to its coordinators.
    func requireCoordinator(_ name: String) throws(StoreError) {
        guard Team.validName(name) else { throw .refused(.notAUserName(name)) }
        let members = try teamMembers()
        guard !members.isEmpty else { return }
        guard let member = members.first(where: { $0.name == name }) else {
            throw .refused(.notInTeam(name))
        }
        guard member.role == .coordinator else { throw .refused(.supervisorCannotCoordinate(name)) }
    }

    // MARK: - Retention

    /// What a purge would delete, as of today and the folder's retention settings.
    public struct PurgePlan: Sendable {
        public struct Case: Sendable, Equatable {
            public var id: CitizenID
            public var closedOn: CalendarDate
        }
        /// Cases closed on or before this day are past retention.
        public var closedOnOrBefore: CalendarDate
        public var cases: [Case]
        /// Audit segments before this month (yyyy-mm) are past retention.
        public var auditBefore: String
        public var auditSegments: [String]
    }

    public func purgePlan() throws(StoreError) -> PurgePlan {
        let cutoff = today.adding(months: -12 * max(0, min(settings.caseRetentionYears, 1000)))
        var cases: [PurgePlan.Case] = []
        for c in try caseload().citizens where !c.status.isOpen {
            guard let closed = c.lastStatusChange?.date, closed <= cutoff else { continue }
            cases.append(.init(id: c.id, closedOn: closed))
        }
        cases.sort { ($0.closedOn, $0.id) < ($1.closedOn, $1.id) }
        // Never the month being written (the trail runs on the clock, `today` may be set): the purge's
        // own entries go there and must survive it.
        let month = min(AuditTrail.retentionStart(today: today, months: settings.auditRetentionMonths),
                        AuditTrail.segmentName(for: Date()))
        let segments = try audit.segments(before: month).map { "audit/\($0.user)/\($0.name)" }
        return PurgePlan(closedOnOrBefore: cutoff, cases: cases, auditBefore: month, auditSegments: segments)
    }

    public struct PurgeResult: Sendable {
        public var deletedCases: [CitizenID] = []
        /// Cases of the plan left alone, with why (reopened since the plan was made).
        /// Cases whose status changed since the list was made: left alone.
        public var skipped: [CitizenID] = []
        public var deletedSegments: [String] = []
    }

    /// Deletes what the plan lists, each case under its lock and only if it is still closed as of the
    /// same day: the deletion is audited (id and dates, no personal data) before the files go. Then the
    /// audit months past retention, after their purge marker.
    public func purge(_ plan: PurgePlan) throws(StoreError) -> PurgeResult {
        guard !isReadOnly else { throw .readOnly }
        var result = PurgeResult()
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        let stages = committedStages()
        defer { progress?(.purging, plan.cases.count, plan.cases.count) }
        for (number, item) in plan.cases.enumerated() {
            progress?(.purging, number, plan.cases.count)
            let lock = try FileLock(path: layout.lock(item.id.rawValue), mode: modes.file)
            let file: CaseFile
            do { file = try read(item.id) } catch .notFound {
                continue
            }
            guard file.closedOn == item.closedOn, file.closedOn.map({ $0 <= plan.closedOnOrBefore }) == true else {
                result.skipped.append(item.id)
                continue
            }
            try record(AuditEvent(.delete, citizen: item.id, revisionBefore: file.revision,
                                  detail: "purged after retention: created \(file.created.iso), closed \(item.closedOn.iso), "
                                      + "retention \(settings.caseRetentionYears) years"))
            let path = layout.document(item.id.rawValue)
            guard unlink(path) == 0 || errno == ENOENT else { throw FileSystem.errno("delete", path) }
            for stage in stages { unlink(stage + "/" + item.id.rawValue + ".json") }
            unlink(layout.lock(item.id.rawValue))
            withExtendedLifetime(lock) {}
            result.deletedCases.append(item.id)
        }
        if !result.deletedCases.isEmpty {
            try FileSystem.syncFolder(layout.citizens)
            // The index drops the deleted rows (names included) at once, not on the next listing.
            _ = try caseload()
        }
        result.deletedSegments = try audit.purge(before: plan.auditBefore, by: actor)
        return result
    }
}
