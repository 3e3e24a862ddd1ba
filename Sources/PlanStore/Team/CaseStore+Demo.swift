import CaseRecords
import PlanCore

extension CaseStore {
    /// Writes a demo caseload: its plans in one staged batch, and its coordinators (full name and
    /// phone, no ssh key) in the users catalogue when the folder has none.
    @discardableResult
    public func writeDemo(_ demo: DemoCaseload, detail: String) throws(StoreError) -> Int {
        // A batch at a time, each all or nothing: memory stays flat in the size of the demo.
        var written = 0
        try demo.makeCaseFiles(inBatchesOf: CaseStore.demoBatch, catalogues: catalogues) { (files) throws(StoreError) in
            try insertAll(files, action: .create, detail: detail)
            written += files.count
        }
        if try teamMembers().isEmpty {
            try saveUsers(demo.coordinatorContacts.map {
                TeamMember(name: $0.login, fullName: $0.fullName, phone: $0.phone, role: .coordinator, key: "", fingerprint: "")
            })
        }
        // The index is built now, so the first screen on the demo opens at once.
        _ = try caseload()
        return written
    }

    static let demoBatch = 10_000
}
