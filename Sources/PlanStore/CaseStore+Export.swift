import Foundation
import PlanCore

extension CaseStore {
    /// Writes a copy of a citizen's plan for printing or handing over, as a new private file (never over
    /// an existing one). Recorded as an export before the file is written (no audit line, no export);
    /// when the write then fails, a second entry says so, so the trail never claims a copy that does
    /// not exist. Allowed in read-only mode, which only protects the plans.
    public func export(_ text: String, of id: CitizenID, to path: String) throws(StoreError) {
        guard !FileSystem.exists(path) else { throw .refused(.fileExists(path: path)) }
        try record(AuditEvent(.export, citizen: id, detail: path))
        do {
            try FileSystem.writeNew(path, Data(text.utf8), mode: 0o600)
        } catch {
            try? record(AuditEvent(.exportFailed, citizen: id, detail: path))
            throw error
        }
    }
}
