import Foundation
import CaseRecords
import PlanCore

extension CaseStore {
    /// Writes a copy of a citizen's plan for printing or handing over, as a new private file (never over
    /// an existing one, never through a symbolic link, never into a hidden file or folder). Recorded as
    /// an export before the file is written (no audit line, no export); when the write then fails, a
    /// second entry says so, so the trail never claims a copy that does not exist. Allowed in read-only
    /// mode, which only protects the plans; refused in a team session, where the person could otherwise
    /// write into the service account's own files (`~/.ssh/authorized_keys2`).
    public func export(_ text: String, of id: CitizenID, to path: String) throws(StoreError) {
        guard !isSession else { throw .refused(.exportToPathInSession) }
        try FileSystem.checkPlaceForPerson(path)
        try record(AuditEvent(.export, citizen: id, detail: path))
        do {
            try FileSystem.writeNewForPerson(path, Data(text.utf8), mode: 0o600)
        } catch {
            try? record(AuditEvent(.exportFailed, citizen: id, detail: path))
            throw error
        }
    }
}

extension CaseStore {
    /// The citizens of a list with everything a person would edit in a spreadsheet (phone, e-mail,
    /// address, and the full CPR number when revealed), recorded before anything is returned: one
    /// export line per citizen, and a reveal line for each whose full number is shown.
    public func citizensForSpreadsheet(_ ids: [CitizenID], revealCPR: Bool, detail: String) throws(StoreError) -> [CaseFile] {
        var files: [CaseFile] = []
        files.reserveCapacity(ids.count)
        for id in ids { files.append(try read(id)) }
        var events = files.map { AuditEvent(.export, citizen: $0.id, revisionBefore: $0.revision, detail: detail) }
        if revealCPR { events += files.filter { $0.citizen.cpr != nil }.map { AuditEvent(.revealCPR, citizen: $0.id, detail: detail) } }
        _ = try audit.append(events, by: actor)
        return files
    }
}
