import CaseRecords
import PlanCore

extension CaseStore {
    public func teamTotals(rules: [ContactRule], from: CalendarDate, to: CalendarDate,
                           for purpose: Listing) throws(StoreError) -> TeamTotals {
        let totals = try teamTotals(rules: rules, from: from, to: to)
        do { try record(AuditEvent(.list, detail: purpose.auditDetail(count: totals.citizens, user: actor.user))) } catch {
            throw .listingNotAudited(error)
        }
        return totals
    }

    /// The sums as kept, when they stand at the folder as it is now; otherwise made from the caseload,
    /// and kept for the period the team overview shows when nothing was written meanwhile.
    func teamTotals(rules: [ContactRule], from: CalendarDate, to: CalendarDate) throws(StoreError) -> TeamTotals {
        let digest = TeamTotalsFile.digest(rules)
        if let key, let folder = FileSystem.stamp(layout.citizens),
           let kept = TeamTotalsFile.read(layout.teamTotals, key: key, folder: folder, today: today, from: from, to: to, rules: digest) {
            return kept
        }
        let keepable = key != nil && from == Compliance.defaultStart(end: today) && to == today
        // The caseload read under the store-wide lock is the folder exactly at one stamp (writes hold
        // it too); the sums are made after it is let go, so no save waits for them.
        var lock = keepable ? try? FileLock(path: layout.storeLock, mode: modes.file) : nil
        let folder = FileSystem.stamp(layout.citizens)
        let caseload = try caseload(onlyCoordinator: nil)
        let journal = FileSystem.stamp(layout.indexJournal)
        let locked = lock != nil
        lock = nil
        let totals = TeamTotals(caseload.citizens, rules: rules, today: today, from: from, to: to, damaged: caseload.damaged)
        guard locked, let key, let folder, let relock = try? FileLock(path: layout.storeLock, mode: modes.file) else { return totals }
        // Kept only when nothing was written since the reading: a write moves the folder on and adds a
        // journal line (the line even where the folder's clock did not tick).
        if let now = FileSystem.stamp(layout.citizens), CaseStore.sameFolder(now, folder), FileSystem.stamp(layout.indexJournal) == journal {
            TeamTotalsFile(folder: folder, rules: digest, totals: totals).write(to: layout.teamTotals, key: key, mode: modes.file)
        }
        withExtendedLifetime(relock) {}
        return totals
    }
}
