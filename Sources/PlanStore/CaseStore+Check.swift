import Foundation
import PlanCore

/// The result of `enplan check`: problems (damage, tampering, unsafe permissions) and notes that need
/// no action.
public struct CheckReport: Sendable {
    public var documents = 0
    public var auditEntries = 0
    public var problems: [IntegrityFinding] = []
    public var notes: [IntegrityFinding] = []
    /// Things a coordinator should look at that are no damage: consent that does not cover the
    /// efforts, legal references without a source.
    public var warnings: [CheckWarning] = []
}

/// What `check` finds worth a coordinator's attention without being damage.
public enum CheckWarning: Equatable, Sendable, CustomStringConvertible {
    case consent(CitizenID, ConsentWarning)
    /// A legal basis of the folder's catalogue that names no source (written before sources were kept).
    case legalBasisWithoutSource(reference: String)

    public var description: String {
        switch self {
        case let .consent(id, warning): return "citizens/\(id).json: \(warning)"
        case let .legalBasisWithoutSource(reference):
            return "catalogues/\(CaseStore.catalogueNames.legalBases).json: '\(reference)' names no source "
                + "(law, act number and date, section, date checked); check it against the law in force"
        }
    }
}

extension CaseStore {
    /// Verifies every document, the index, the catalogues, the audit chain and the permissions.
    public func check() throws(StoreError) -> CheckReport {
        var report = CheckReport()
        var revisions: [String: (revision: Int, updated: CalendarDate)] = [:]
        var byCPR: [String: [CitizenID]] = [:]
        for name in try FileSystem.list(layout.citizens).sorted() {
            if name.hasPrefix(".") {
                if name.contains(".tmp.") { report.notes.append(IntegrityFinding(file: "citizens/\(name)", .unfinishedWrite)) }
                continue
            }
            guard name.hasSuffix(".json"), CitizenID.isValid(String(name.dropLast(5))) else {
                report.problems.append(IntegrityFinding(file: "citizens/\(name)", .unexpectedFileName))
                continue
            }
        }
        let damaged = try forEachCaseFile(reportingAs: .checking) { file throws(StoreError) in
            report.documents += 1
            revisions[file.id.rawValue] = (file.revision, file.updated)
            if let cpr = file.citizen.cpr { byCPR[cpr.digits, default: []].append(file.id) }
            for problem in file.problems(instrument: catalogues.instrument) {
                report.problems.append(IntegrityFinding(file: "citizens/\(file.id).json", .invalidContent(problem)))
            }
            if file.status.isOpen {
                for warning in file.consentWarnings(catalogues, on: today) {
                    report.warnings.append(.consent(file.id, warning))
                }
            }
        }
        for d in damaged {
            report.problems.append(IntegrityFinding(file: "citizens/\(d.id).json", .unreadable(d.reason)))
        }
        // One person, one citizen: an older enplan could let the same CPR number in twice.
        for (digits, ids) in byCPR where ids.count > 1 {
            let masked = CPRNumber(validDigits: digits)?.masked ?? "DDMMYY-XXXX"
            report.problems.append(IntegrityFinding(file: "", .cprOfSeveralCitizens(masked: masked, ids: ids)))
        }
        if SummaryIndex.load(from: layout.indexFile) == nil && report.documents > 0 {
            report.notes.append(IntegrityFinding(file: "", .indexMissing))
        }
        for problem in catalogueProblems { report.problems.append(IntegrityFinding(file: "", .catalogue(problem))) }
        for basis in catalogues.legalBases where basis.source == nil {
            report.warnings.append(.legalBasisWithoutSource(reference: basis.reference))
        }
        let verification = try audit.verify()
        report.auditEntries = verification.entries
        report.problems += verification.problems
        report.notes += verification.notes
        let (unaudited, unfinished) = CaseStore.reconcile(onDisk: revisions, verification: verification,
                                                          damaged: Set(damaged.map(\.id)))
        report.problems += unaudited
        report.notes += unfinished
        report.problems += unsafePermissions()
        return report
    }

    /// The audit trail checked on its own and against the documents: `enplan audit verify`.
    public func verifyAudit() throws(StoreError) -> AuditTrail.Verification {
        var verification = try audit.verify()
        let caseload = try caseload()
        var onDisk: [String: (revision: Int, updated: CalendarDate)] = [:]
        for c in caseload.citizens { onDisk[c.id.rawValue] = (c.revision, c.updated) }
        let (unaudited, unfinished) = CaseStore.reconcile(onDisk: onDisk, verification: verification,
                                                          damaged: Set(caseload.damaged.map(\.id)))
        verification.problems += unaudited
        verification.notes += unfinished
        return verification
    }

    /// Every plan revision on disk must have its create or update entry in the trail (a removed
    /// segment, or a cut tail that held a change, is found this way), unless it was written in a month
    /// the retention purge removed. An entry naming a revision that never reached disk is no damage:
    /// the process stopped between the two, and the plan is as it was; nor is a case deleted by a purge.
    static func reconcile(onDisk: [String: (revision: Int, updated: CalendarDate)], verification: AuditTrail.Verification,
                          damaged: Set<String>) -> (problems: [IntegrityFinding], notes: [IntegrityFinding]) {
        var problems: [IntegrityFinding] = []
        var notes: [IntegrityFinding] = []
        for (id, disk) in onDisk.sorted(by: { $0.key < $1.key }) where disk.revision > 0 {
            let logged = verification.revisions[id]?.revisionAfter ?? 0
            let month = String(disk.updated.iso.prefix(7))
            if logged < disk.revision, verification.purgedBefore.map({ month < $0 }) != true {
                problems.append(IntegrityFinding(file: id, .revisionNotAudited(revision: disk.revision, logged: logged)))
            }
        }
        for (id, entry) in verification.revisions.sorted(by: { $0.key < $1.key })
        where !damaged.contains(id) && !verification.deleted.contains(id) {
            if let revision = entry.revisionAfter, (onDisk[id]?.revision ?? 0) < revision {
                notes.append(IntegrityFinding(file: id, .changeNeverReachedDisk(user: entry.user, action: entry.action.rawValue,
                                                                              revision: revision, time: entry.time)))
            }
        }
        return (problems, notes)
    }

    /// Nothing may be readable by others than the owner and the enplan group.
    func unsafePermissions() -> [IntegrityFinding] {
        var problems: [IntegrityFinding] = []
        func visit(_ path: String, _ display: String, depth: Int) {
            guard let mode = FileSystem.mode(path) else { return }
            if mode & 0o007 != 0 {
                problems.append(IntegrityFinding(file: display.isEmpty ? layout.root : display, .othersMayAccess(mode: UInt32(mode))))
            }
            guard depth < 3, let children = try? FileSystem.list(path) else { return }
            for child in children.sorted() {
                visit(path + "/" + child, display.isEmpty ? child : display + "/" + child, depth: depth + 1)
            }
        }
        visit(layout.root, "", depth: 0)
        return problems
    }
}
