import CaseRecords
import Foundation
import PlanCore

/// Checks, retention, imports and the team on the database.
extension PostgresStore {
    public func check() throws(StoreError) -> CheckReport {
        var report = CheckReport()
        let audited = Dictionary(try db.execute("""
            SELECT citizen, max(revision_after) FROM enplan.audit WHERE revision_after IS NOT NULL GROUP BY citizen
            """).compactMap { r in r[0].map { ($0, Int(r[1] ?? "") ?? 0) } }, uniquingKeysWith: max)
        let rows = try db.execute("SELECT id, revision, document::text FROM enplan.citizens ORDER BY id")
        for (n, row) in rows.enumerated() {
            progress?(.checking, n, rows.count)
            let id = row[0] ?? ""
            report.documents += 1
            do throws(StoreError) {
                let file = try decode(row[2], id: id)
                if String(file.revision) != row[1] {
                    report.problems.append(IntegrityFinding(file: id, .unreadable("the revision column says \(row[1] ?? "none"), the plan \(file.revision)")))
                }
                let logged = audited[id] ?? 0
                if logged < file.revision { report.problems.append(IntegrityFinding(file: id, .revisionNotAudited(revision: file.revision, logged: logged))) }
                for problem in file.problems(instrument: catalogues.instrument) {
                    report.problems.append(IntegrityFinding(file: id, .invalidContent(problem)))
                }
                report.warnings += CheckWarning.about(file, catalogues, on: today)
            } catch {
                report.problems.append(IntegrityFinding(file: id, .unreadable("\(error)")))
            }
        }
        progress?(.checking, rows.count, rows.count)
        let audit = try verifyAudit()
        report.auditEntries = audit.entries
        report.problems += audit.problems
        report.warnings += CheckWarning.about(catalogues.legalBases, on: today)
        return report
    }

    /// Recomputes every row's hash and its link to the row before, and the head kept beside them.
    public func verifyAudit() throws(StoreError) -> AuditVerification {
        var result = AuditVerification()
        var previous = "genesis", expected = 1
        let rows = try db.execute("SELECT a.seq, a.prev, a.hash, enplan.audit_hash(a) FROM enplan.audit a ORDER BY a.seq")
        for row in rows {
            let seq = Int(row[0] ?? "") ?? 0
            let place = "enplan.audit"
            if seq != expected { result.problems.append(IntegrityFinding(file: place, line: seq, .auditSequenceJump(from: expected - 1, to: seq))) }
            if row[1] != previous { result.problems.append(IntegrityFinding(file: place, line: seq, .auditChainBroken)) }
            if row[2] != row[3] { result.problems.append(IntegrityFinding(file: place, line: seq, .auditLineChanged)) }
            previous = row[2] ?? ""
            expected = seq + 1
            result.entries += 1
        }
        if let head = try db.execute("SELECT seq, hash FROM enplan.audit_head").first,
           Int(head[0] ?? "") != expected - 1 || head[1] != previous {
            result.problems.append(IntegrityFinding(file: "enplan.audit_head", .auditChainBroken))
        }
        return result
    }

    public func auditHead() throws(StoreError) -> AuditHead? {
        guard let row = try db.execute("SELECT identity, seq, hash FROM enplan.audit_head()").first,
              let identity = row[0], let seq = row[1].flatMap({ Int($0) }), let hash = row[2] else { return nil }
        return AuditHead(identity: identity, seq: seq, hash: hash)
    }

    public func auditHash(at seq: Int) throws(StoreError) -> String? {
        try db.execute("SELECT enplan.audit_hash_at($1)", [String(seq)]).first?[0] ?? nil
    }

    /// A database trail has no torn tail to move aside: a row is written whole or not at all.
    public func repairAudit() throws(StoreError) -> [String] { [] }

    /// Closed cases past retention. The audit rows stay: the table refuses every removal.
    public func purgePlan() throws(StoreError) -> PurgePlan {
        let cutoff = today.adding(months: -12 * max(0, min(settings.caseRetentionYears, 1000)))
        var cases: [PurgePlan.Case] = []
        for row in try db.execute("SELECT id, document::text FROM enplan.citizens ORDER BY id") {
            guard let file = try? decode(row[1], id: row[0] ?? ""), !file.status.isOpen,
                  let closed = file.closedOn, closed <= cutoff else { continue }
            cases.append(PurgePlan.Case(id: file.id, closedOn: closed))
        }
        cases.sort { ($0.closedOn, $0.id) < ($1.closedOn, $1.id) }
        return PurgePlan(closedOnOrBefore: cutoff, cases: cases, auditBefore: "", auditSegments: [])
    }

    /// Archives first, as the folder does; a database never purges without an archive (its settings
    /// are enplan's defaults).
    public func purge(_ plan: PurgePlan, archive: CaseArchive?) throws(StoreError) -> PurgeResult {
        guard !isReadOnly else { throw .readOnly }
        guard let archive else { throw .refused(.purgeNeedsArchive) }
        var result = PurgeResult()
        let archived = try plan.archive(into: archive, by: actor, reading: { id throws(StoreError) in
            do throws(StoreError) { return try read(id, locking: false) } catch .notFound { return nil }
        }, auditEntries: { id throws(StoreError) in try auditEntries(about: id) })
        for (number, item) in plan.cases.enumerated() {
            progress?(.purging, number, plan.cases.count)
            try db.transaction { () throws(StoreError) in
                let file: CaseFile
                do throws(StoreError) { file = try read(item.id, locking: true) } catch .notFound { return }
                // Reopened, or changed after its package was written: left alone.
                guard case let .delete(package) = plan.deletion(of: item, as: file, archived: archived) else {
                    result.skipped.append(item.id)
                    return
                }
                try audit(AuditEvent(.delete, citizen: item.id, revisionBefore: file.revision,
                                     detail: PurgePlan.auditDetail(of: file, closedOn: item.closedOn, retentionYears: settings.caseRetentionYears,
                                                                   archivedIn: package)))
                try db.execute("DELETE FROM enplan.changes WHERE citizen = $1", [item.id.rawValue])
                try db.execute("DELETE FROM enplan.citizens WHERE id = $1", [item.id.rawValue])
                result.deletedCases.append(item.id)
                result.packages[item.id] = package
            }
        }
        progress?(.purging, plan.cases.count, plan.cases.count)
        return result
    }

    public func importCitizens(from table: CSVTable, detail: String, strict: Bool) throws(StoreError) -> ImportOutcome {
        guard !isReadOnly else { throw .readOnly }
        var generator = SystemRandomNumberGenerator()
        // A number already here is found by the database's digest; the unique index stops one added meanwhile.
        var lookupFailure: StoreError?
        let outcome = try CitizenImport.caseFiles(from: table, isRegistered: { cpr in
            do throws(StoreError) { return try registered(cpr) != nil } catch {
                lookupFailure = error
                return false
            }
        }, defaultCoordinator: actor.user, team: try teamMembers(), strict: strict, today: today,
           makeID: { CitizenID.random(using: &generator) })
        if let lookupFailure { throw lookupFailure }
        _ = try insert(outcome.files, action: .create, detail: detail)
        return outcome
    }

    @discardableResult
    public func writeDemo(_ demo: DemoCaseload, detail: String) throws(StoreError) -> Int {
        let count = Int(try db.execute("SELECT count(*) FROM enplan.citizens").first?[0] ?? "") ?? 0
        guard count == 0 else { throw .refused(.demoIntoRecordsWithPlans(count: count)) }
        var written = 0
        try demo.makeCaseFiles(inBatchesOf: 20_000, catalogues: catalogues) { (files) throws(StoreError) in
            written += try insert(files, action: .create, detail: detail).count
        }
        if try teamMembers().isEmpty {
            try writeTeam(demo.coordinatorContacts.map {
                TeamMember(name: $0.login, fullName: $0.fullName, phone: $0.phone, role: .coordinator, key: "", fingerprint: "")
            })
        }
        return written
    }

    /// The team, each member a database role in their group (so the database itself knows who may
    /// write), then the ssh lines that let them in.
    public func saveTeam(_ members: [TeamMember], authorizedKeys: String, enplan: String) throws(StoreError) {
        let before = try teamMembers()
        try writeTeam(members)
        try db.transaction { () throws(StoreError) in
            for member in members {
                // Logins are a-z, 0-9, '.', '_' and '-' (checked when added): quoted, they are safe identifiers.
                let role = "\"" + member.name + "\""
                let (group, other) = member.role == .coordinator ? ("enplan_coordinator", "enplan_supervisor") : ("enplan_supervisor", "enplan_coordinator")
                if try db.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", [member.name]).isEmpty {
                    try db.execute("CREATE ROLE \(role) LOGIN")
                }
                try db.execute("GRANT \(group) TO \(role)")
                try db.execute("REVOKE \(other) FROM \(role)")
            }
            // Someone who left keeps their role (it names them in the audit) but leaves both groups.
            for gone in before where !members.contains(where: { $0.name == gone.name }) && TeamMember.isValidLogin(gone.name) {
                if try !db.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", [gone.name]).isEmpty {
                    try db.execute("REVOKE enplan_coordinator, enplan_supervisor FROM \"\(gone.name)\"")
                }
            }
        }
        try writeKeys?(members, authorizedKeys, enplan, connection)
    }

    func writeTeam(_ members: [TeamMember]) throws(StoreError) {
        guard !isReadOnly else { throw .readOnly }
        try db.transaction { () throws(StoreError) in
            try db.execute("DELETE FROM enplan.team")
            for m in members {
                try db.execute("INSERT INTO enplan.team (name, full_name, phone, role, key, fingerprint) VALUES ($1, $2, $3, $4, $5, $6)",
                               [m.name, m.fullName, m.phone, m.role.rawValue, m.key, m.fingerprint])
            }
        }
    }
}
