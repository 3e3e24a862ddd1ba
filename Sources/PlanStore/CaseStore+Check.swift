import Foundation
import PlanCore

/// The result of `enplan check`: problems (damage, tampering, unsafe permissions) and notes that need
/// no action.
public struct CheckReport: Sendable {
    public var documents = 0
    public var auditEntries = 0
    public var problems: [String] = []
    public var notes: [String] = []
}

extension CaseStore {
    /// Verifies every document, the index, the catalogues, the audit chain and the permissions.
    public func check() throws(StoreError) -> CheckReport {
        var report = CheckReport()
        var revisions: [String: Int] = [:]
        for name in try FileSystem.list(layout.citizens).sorted() {
            if name.hasPrefix(".") {
                if name.contains(".tmp.") { report.notes.append("citizens/\(name): an unfinished write of a running or killed enplan; removed on the next writable open") }
                continue
            }
            guard name.hasSuffix(".json"), CitizenID.isValid(String(name.dropLast(5))) else {
                report.problems.append("citizens/\(name): not an enplan document (unexpected file name)")
                continue
            }
        }
        let damaged = try forEachCaseFile { file throws(StoreError) in
            report.documents += 1
            revisions[file.id.rawValue] = file.revision
            for problem in file.problems(instrument: catalogues.instrument) {
                report.problems.append("citizens/\(file.id).json: \(problem)")
            }
        }
        for d in damaged {
            report.problems.append("citizens/\(d.id).json: \(d.reason)")
        }
        if SummaryIndex.load(from: layout.indexFile) == nil && report.documents > 0 {
            report.notes.append("index/summaries.tsv is missing or unreadable; it is rebuilt from the documents")
        }
        for problem in catalogueProblems { report.problems.append(problem) }
        let (entries, auditProblems) = try audit.verify()
        report.auditEntries = entries
        report.problems += auditProblems.map(\.description)
        report.notes += try unfinishedChanges(revisions: revisions)
        report.problems += unsafePermissions()
        return report
    }

    /// Audit entries announce a change before it is made; if the process died in between, the
    /// revision they name never reached disk. That is not damage (nothing was lost), but worth knowing.
    func unfinishedChanges(revisions: [String: Int]) throws(StoreError) -> [String] {
        var latest: [String: AuditEntry] = [:]
        for segment in try audit.segments() {
            for (_, text) in try AuditTrail.contents(of: segment.path).lines {
                guard let parsed = AuditTrail.parse(line: Data(text.utf8)), let citizen = parsed.entry.citizen,
                      let after = parsed.entry.revisionAfter else { continue }
                if (latest[citizen]?.revisionAfter ?? 0) < after { latest[citizen] = parsed.entry }
            }
        }
        return latest.sorted { $0.key < $1.key }.compactMap { id, entry in
            guard let after = entry.revisionAfter, (revisions[id] ?? 0) < after else { return nil }
            return "\(id): \(entry.user) began \(entry.action.rawValue) to revision \(after) at \(entry.time), "
                + "but it never reached disk (the process stopped); the plan is as it was"
        }
    }

    /// Nothing may be readable by others than the owner and the enplan group.
    func unsafePermissions() -> [String] {
        var problems: [String] = []
        func visit(_ path: String, _ display: String, depth: Int) {
            guard let mode = FileSystem.mode(path) else { return }
            if mode & 0o007 != 0 {
                problems.append("\(display): others may access it (mode \(String(mode, radix: 8))); "
                                + "run chmod o-rwx on it")
            }
            guard depth < 3, let children = try? FileSystem.list(path) else { return }
            for child in children.sorted() {
                visit(path + "/" + child, display.isEmpty ? child : display + "/" + child, depth: depth + 1)
            }
        }
        visit(layout.root, "", depth: 0)
        return problems.map { $0.hasPrefix(":") ? "the data folder" + $0 : $0 }
    }
}
