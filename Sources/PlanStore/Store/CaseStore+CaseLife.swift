#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

extension CaseStore {
    /// Hands citizens to another coordinator, one audited change per citizen. One that cannot be
    /// handed over (damaged, already theirs) is reported and the others still move.
    public func assign(_ ids: [CitizenID], to coordinator: String) throws(StoreError) -> [(CitizenID, Result<CaseFile, StoreError>)] {
        guard !isReadOnly else { throw .readOnly }
        try requireCoordinator(coordinator)
        var results: [(CitizenID, Result<CaseFile, StoreError>)] = []
        for id in ids {
            do throws(StoreError) {
                let moved = try apply(.assign(to: coordinator), to: id, expecting: nil)
                results.append((id, .success(moved)))
            } catch {
                results.append((id, .failure(error)))
            }
        }
        return results
    }

    /// In a team (a users catalogue exists), plans go only to its coordinators.
    func requireCoordinator(_ name: String) throws(StoreError) {
        if let refusal = TeamMember.handOverRefusal(to: name, team: try teamMembers()) { throw .refused(refusal) }
    }

    // MARK: - Retention

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

    /// Archives every case the plan lists, checks each package, then deletes what was archived as it
    /// still is, each case under its lock: the deletion is audited (id, dates, package; no personal
    /// data) before the files go. Then the audit months past retention, after their purge marker.
    public func purge(_ plan: PurgePlan, archive: CaseArchive?) throws(StoreError) -> PurgeResult {
        guard !isReadOnly else { throw .readOnly }
        guard archive != nil || settings.purgeWithoutArchive else { throw .refused(.purgeNeedsArchive) }
        var result = PurgeResult()
        let storeLock = try FileLock(path: layout.storeLock, mode: modes.file)
        defer { withExtendedLifetime(storeLock) {} }
        let archived = try archive.map { archive throws(StoreError) in
            try plan.archive(into: archive, by: actor, reading: { id throws(StoreError) in
                do throws(StoreError) { return try read(id) } catch .notFound { return nil }
            }, auditEntries: { id throws(StoreError) in try audit.entries(about: id) })
        }
        let stages = committedStages()
        defer { progress?(.purging, plan.cases.count, plan.cases.count) }
        for (number, item) in plan.cases.enumerated() {
            progress?(.purging, number, plan.cases.count)
            let lock = try FileLock(path: layout.lock(item.id.rawValue), mode: modes.file)
            let file: CaseFile
            do { file = try read(item.id) } catch .notFound {
                continue
            }
            guard case let .delete(package) = plan.deletion(of: item, as: file, archived: archived) else {
                result.skipped.append(item.id)
                continue
            }
            try record(AuditEvent(.delete, citizen: item.id, revisionBefore: file.revision,
                                  detail: PurgePlan.auditDetail(of: file, closedOn: item.closedOn, retentionYears: settings.caseRetentionYears,
                                                                archivedIn: package)))
            let path = layout.document(item.id.rawValue)
            guard unlink(path) == 0 || errno == ENOENT else { throw FileSystem.errno("delete", path) }
            for stage in stages { unlink(stage + "/" + item.id.rawValue + ".json") }
            unlink(layout.lock(item.id.rawValue))
            withExtendedLifetime(lock) {}
            result.deletedCases.append(item.id)
            result.packages[item.id] = package
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
