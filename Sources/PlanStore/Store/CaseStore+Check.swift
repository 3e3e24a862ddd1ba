import Foundation
import CaseRecords
import PlanCore

extension CaseStore {
    /// Verifies every document, the index, the catalogues, the audit chain and the permissions.
    public func check() throws(StoreError) -> CheckReport {
        var report = CheckReport()
        var revisions: [String: OnDisk] = [:]
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
        let index = indexAsTrusted()
        var indexDiffers = Set(index.rows.keys)
        // The team's kept sums, where they stand at the folder as it is: made again alongside, to compare.
        let rules = catalogues.contactRules
        let kept = key.flatMap { key in TeamTotalsFile.read(layout.teamTotals, key: key) }.flatMap { kept in
            FileSystem.stamp(layout.citizens).map { kept.stands(at: $0, rules: TeamTotalsFile.digest(rules)) } == true ? kept.totals : nil
        }
        var fresh = kept.map { TeamTotals(today: $0.today, from: $0.from, to: $0.to) }
        // What each document says is worked out on every core; the report is written here, in id order.
        let (rows, key, catalogues, today, summing) = (index.rows, key, catalogues, today, kept != nil)
        let damaged = try forEachDocument(reportingAs: .checking, inspect: { file, bytes in
            let row = rows[file.id.rawValue]
            return Inspection(
                sha256: Digest.sha256Hex(bytes),
                agreesWithIndex: row.map { SummaryIndex.line($0) == SummaryIndex.line(SummaryIndex.Entry(stamp: $0.stamp,
                                                                                                       summary: CitizenSummary(file, key: key, instrument: catalogues.instrument))) } ?? false,
                problems: file.problems(instrument: catalogues.instrument),
                warnings: CheckWarning.about(file, catalogues, on: today),
                summary: summing ? CitizenSummary(file, instrument: catalogues.instrument) : nil)
        }) { file, seen throws(StoreError) in
            report.documents += 1
            if let summary = seen.summary { fresh?.add(summary, rules: rules) }
            revisions[file.id.rawValue] = OnDisk(revision: file.revision, sha256: seen.sha256)
            if seen.agreesWithIndex { indexDiffers.remove(file.id.rawValue) }
            if let cpr = file.citizen.cpr { byCPR[cpr.digits, default: []].append(file.id) }
            for problem in seen.problems {
                report.problems.append(IntegrityFinding(file: "citizens/\(file.id).json", .invalidContent(problem)))
            }
            report.warnings += seen.warnings
        }
        for d in damaged {
            report.problems.append(IntegrityFinding(file: "citizens/\(d.id).json", .unreadable(d.reason)))
            indexDiffers.remove(d.id)
        }
        report.problems += index.forged.map { IntegrityFinding(file: "index/journal.tsv", line: $0, .indexJournalLineForged) }
        report.problems += indexDiffers.sorted().map { IntegrityFinding(file: $0, .indexRowDiffers) }
        if !index.forged.isEmpty || !indexDiffers.isEmpty { forgetIndex() }
        if let kept, let fresh, kept.coordinators != fresh.coordinators || kept.groups != fresh.groups {
            report.problems.append(IntegrityFinding(file: "index/team-totals.tsv", .teamTotalsDiffer))
            if !isReadOnly { unlink(layout.teamTotals) }
        }
        do { _ = try teamMembers() } catch {
            report.problems.append(IntegrityFinding(file: "users.json", .usersCatalogueDamaged(reason: CaseStore.reason(error))))
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
        report.warnings += CheckWarning.about(catalogues.legalBases, on: today)
        let verification = try audit.verify()
        report.auditEntries = verification.entries
        report.problems += verification.problems
        report.notes += verification.notes
        let (unaudited, unfinished) = CaseStore.reconcile(onDisk: revisions, verification: verification,
                                                          damaged: Set(damaged.map(\.id)), known: index.known)
        report.problems += unaudited
        report.notes += unfinished
        report.problems += unsafePermissions()
        return report
    }

    /// The index as a listing would trust it: its rows with the journal's applied, when that chain
    /// leads to the folder as it is; the journal's lines that enplan did not write; and every id the
    /// index or the journal holds a row for (they were written to disk by enplan).
    func indexAsTrusted() -> (rows: [String: SummaryIndex.Entry], forged: [Int], known: Set<String>) {
        let stored = SummaryIndex.load(from: layout.indexFile)
        // Read once: the lines enplan wrote, and those it did not (which make the journal untrusted).
        let journal = IndexJournal.read(layout.indexJournal, key: key)
        let trustedJournal = journal?.untrusted.isEmpty == true ? journal?.records : nil
        var known = Set(stored?.entries.map(\.summary.id.rawValue) ?? [])
        known.formUnion(trustedJournal?.map(\.entry.summary.id.rawValue) ?? [])
        var rows: [String: SummaryIndex.Entry] = [:]
        if let stored, let folder = FileSystem.stamp(layout.citizens),
           let (entries, chained) = IndexJournal.apply(trustedJournal ?? [], to: stored), CaseStore.sameFolder(chained, folder) {
            for entry in entries { rows[entry.summary.id.rawValue] = entry }
        }
        return (rows, journal?.untrusted ?? [], known)
    }

    /// The index and its journal removed, so the next listing rebuilds them from the documents.
    func forgetIndex() {
        guard !isReadOnly else { return }
        unlink(layout.indexJournal)
        unlink(layout.indexFile)
    }

    /// The audit trail checked on its own and against the documents: `enplan audit verify`.
    public func verifyAudit() throws(StoreError) -> AuditVerification {
        var verification = try audit.verify()
        let caseload = try caseload()
        var onDisk: [String: OnDisk] = [:]
        for c in caseload.citizens { onDisk[c.id.rawValue] = OnDisk(revision: c.revision) }
        let (unaudited, unfinished) = CaseStore.reconcile(onDisk: onDisk, verification: verification,
                                                          damaged: Set(caseload.damaged.map(\.id)))
        verification.problems += unaudited
        verification.notes += unfinished
        return verification
    }

    /// What `check` makes of one document, worked out beside the others.
    struct Inspection: Sendable {
        var sha256: String
        var agreesWithIndex: Bool
        var problems: [ValidationError]
        var warnings: [CheckWarning]
        var summary: CitizenSummary?
    }

    /// A document as `check` found it on disk: its revision and, when its bytes were read, their SHA-256.
    struct OnDisk {
        var revision: Int
        var sha256: String?
    }

    /// The trail must prove every revision on disk: each transition 0→1→…→n has its entry (or was
    /// covered by purged months, per the purge markers), the document's bytes are those its last
    /// entry wrote, and a document the trail saw on disk is either there or was deleted by enplan.
    /// An entry naming a revision that never reached disk is no damage: the process stopped between
    /// the two, and the plan is as it was.
    /// - Parameter known: ids the index or its journal hold a row for (enplan wrote them to disk).
    static func reconcile(onDisk: [String: OnDisk], verification: AuditVerification, damaged: Set<String>,
                          known: Set<String> = []) -> (problems: [IntegrityFinding], notes: [IntegrityFinding]) {
        var problems: [IntegrityFinding] = []
        var notes: [IntegrityFinding] = []
        for (id, disk) in onDisk.sorted(by: { $0.key < $1.key }) where disk.revision > 0 {
            let changes = verification.changes[id] ?? []
            let written = Set(changes.map(\.revision))
            let covered = verification.covered[id] ?? 0
            let logged = written.max() ?? 0
            if logged < disk.revision && covered < disk.revision {
                problems.append(IntegrityFinding(file: id, .revisionNotAudited(revision: disk.revision, logged: logged)))
            }
            // Gaps below the top, from the revisions written (never by counting up to a revision a
            // hand-edited document may make huge).
            var expected = covered + 1
            for revision in written.filter({ $0 > covered && $0 < disk.revision }).sorted() {
                if revision > expected { problems.append(IntegrityFinding(file: id, .revisionsNotAudited(from: expected, to: revision - 1))) }
                expected = revision + 1
            }
            if !written.isEmpty || covered > 0, expected < disk.revision {
                problems.append(IntegrityFinding(file: id, .revisionsNotAudited(from: expected, to: disk.revision - 1)))
            }
            // Entries from before hashes were kept carry none: nothing to compare.
            let hashes = changes.filter { $0.revision == disk.revision }.compactMap(\.sha256)
            if let sha = disk.sha256, !hashes.isEmpty, !hashes.contains(sha) {
                problems.append(IntegrityFinding(file: id, .documentChangedOutsideEnplan(revision: disk.revision)))
            }
        }
        for (id, entry) in verification.revisions.sorted(by: { $0.key < $1.key })
        where !damaged.contains(id) && !verification.deleted.contains(id) {
            guard let revision = entry.revisionAfter, (onDisk[id]?.revision ?? 0) < revision else { continue }
            let seen = verification.seenOnDisk[id] ?? 0
            if onDisk[id] == nil, seen > 0 || known.contains(id) {
                problems.append(IntegrityFinding(file: id, .documentRemovedOutsideEnplan(revision: max(seen, 1))))
            } else {
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
