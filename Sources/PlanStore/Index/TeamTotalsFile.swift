#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

/// The team's sums kept beside the index (`index/team-totals.tsv`), for one day, one period and one
/// set of contact rules, as they stand at one stamp of the `citizens/` folder. Each save under the
/// store-wide lock takes the citizen's old part away and adds the new one and moves the stamp on, so
/// the supervisor's overview and the caseload report read a dozen lines instead of every citizen. A
/// file that does not match (another day, a write it did not see, a line changed by hand: its MAC is
/// the folder key's) is simply not used: the sums are made again from the caseload.
struct TeamTotalsFile {
    var folder: FileSystem.Stamp
    var rules: String
    var totals: TeamTotals

    static let magic = "enplan-team-totals\t2"

    /// What identifies a set of contact rules: the digest of their stored form.
    static func digest(_ rules: [ContactRule]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Digest.sha256Hex((try? encoder.encode(rules)) ?? Data())
    }

    /// Whether the sums are those of the folder at this stamp, under these rules (of their own day and period).
    func stands(at folder: FileSystem.Stamp, rules digest: String) -> Bool {
        CaseStore.sameFolder(self.folder, folder) && rules == digest
    }

    /// The kept sums when they are those of this folder, day, period and rules.
    static func read(_ path: String, key: StoreKey, folder: FileSystem.Stamp, today: CalendarDate, from: CalendarDate,
                     to: CalendarDate, rules: String) -> TeamTotals? {
        guard let kept = read(path, key: key), kept.stands(at: folder, rules: rules),
              kept.totals.today == today, kept.totals.from == from, kept.totals.to == to else { return nil }
        return kept.totals
    }

    static func read(_ path: String, key: StoreKey) -> TeamTotalsFile? {
        guard let data = try? FileSystem.read(path),
              let newline = data.firstIndex(of: 0x0A) else { return nil }
        let body = data[(newline + 1)...]
        guard key.mac(Data(body)) == String(decoding: data[..<newline], as: UTF8.self) else { return nil }
        return parse(Array(body))
    }

    /// Writes the sums. Only a cache: not flushed, and a failure costs the next reader a full sum.
    func write(to path: String, key: StoreKey, mode: mode_t) {
        let body = Data(encoded().utf8)
        try? FileSystem.overwrite(path, with: Data((key.mac(body) + "\n").utf8) + body, mode: mode)
    }

    /// After a write of one citizen under the store-wide lock: their old part out, the new one in, the
    /// stamp moved on. Sums that did not stand at the stamp before the write are left as they are
    /// (the next reader finds them stale).
    static func update(_ path: String, key: StoreKey, mode: mode_t, before: FileSystem.Stamp, after: FileSystem.Stamp,
                       removing old: CitizenSummary?, adding new: CitizenSummary, rules: [ContactRule]) {
        guard var kept = read(path, key: key), kept.stands(at: before, rules: digest(rules)) else { return }
        if let old { kept.totals.add(old, rules: rules, sign: -1) }
        kept.totals.add(new, rules: rules)
        kept.folder = after
        kept.write(to: path, key: key, mode: mode)
    }

    // MARK: - Format

    func encoded() -> String {
        var lines = [TeamTotalsFile.magic + "\t\(folder.inode)\t\(folder.modifiedNanoseconds)\t\(totals.today.iso)\t"
                     + "\(totals.from.iso)\t\(totals.to.iso)\t\(rules)"]
        for (name, c) in totals.coordinators.sorted(by: { $0.key < $1.key }) {
            let counts = [c.cases, c.active, c.paused, c.overdue, c.dueThisWeek, c.measurementsDue, c.withoutConsent, c.mentorEnding]
            lines.append((["c", SummaryText.escape(name)] + (counts + TeamTotalsFile.fields(c.compliance)).map(String.init)
                          + [c.trend.sums.map(String.init).joined(separator: ","), c.trend.counts.map(String.init).joined(separator: ",")])
                .joined(separator: "\t"))
        }
        for (group, t) in totals.groups.sorted(by: { $0.key < $1.key }) {
            lines.append((["g", group.rawValue] + TeamTotalsFile.fields(t).map(String.init)).joined(separator: "\t"))
        }
        for d in totals.damaged {
            lines.append(["d", SummaryText.escape(d.id), SummaryText.escape(d.path), SummaryText.escape(d.reason)].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static let fieldCount = 8

    private static func fields(_ t: ComplianceTotals) -> [Int] {
        [t.citizens, t.held, t.required, t.firstContactMet, t.firstContactMissed, t.met, t.missed, t.pending]
    }

    private static func totals(_ f: ArraySlice<Int>) -> ComplianceTotals? {
        guard f.count == fieldCount else { return nil }
        let v = Array(f)
        var t = ComplianceTotals(citizens: v[0], held: v[1], required: v[2])
        (t.firstContactMet, t.firstContactMissed) = (v[3], v[4])
        (t.met, t.missed, t.pending) = (v[5], v[6], v[7])
        return t
    }

    /// Nil for anything enplan did not write (its MAC matched, so only an older or newer enplan's file).
    static func parse(_ body: [UInt8]) -> TeamTotalsFile? {
        let lines = body.split(separator: 0x0A)
        guard let head = lines.first?.split(separator: 0x09, omittingEmptySubsequences: false), head.count == 8,
              String(decoding: head[0], as: UTF8.self) + "\t" + String(decoding: head[1], as: UTF8.self) == magic,
              let inode = SummaryText.parseInt(head[2]).flatMap(UInt64.init(exactly:)), let mtime = SummaryText.parseInt(head[3]),
              let today = CalendarDate(iso: String(decoding: head[4], as: UTF8.self)),
              let from = CalendarDate(iso: String(decoding: head[5], as: UTF8.self)),
              let to = CalendarDate(iso: String(decoding: head[6], as: UTF8.self)) else { return nil }
        var totals = TeamTotals(today: today, from: from, to: to)
        func number(_ bytes: ArraySlice<UInt8>) -> Int? { SummaryText.parseInt(bytes).flatMap(Int.init(exactly:)) }
        func numbers(_ bytes: ArraySlice<UInt8>) -> [Int]? {
            guard !bytes.isEmpty else { return [] }
            let parts = bytes.split(separator: 0x2C, omittingEmptySubsequences: false)
            let values = parts.compactMap(number)
            return values.count == parts.count ? values : nil
        }
        for line in lines.dropFirst() {
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false)
            switch f.first.map({ String(decoding: $0, as: UTF8.self) }) {
            case "c":
                guard f.count == 12 + fieldCount, case let counts = f[2..<(10 + fieldCount)].compactMap(number), counts.count == 8 + fieldCount,
                      let compliance = TeamTotalsFile.totals(counts[8...]),
                      let sums = numbers(f[10 + fieldCount]), let tally = numbers(f[11 + fieldCount]), let trend = TrendSums(sums: sums, counts: tally) else { return nil }
                var c = TeamTotals.Coordinator()
                (c.cases, c.active, c.paused, c.overdue) = (counts[0], counts[1], counts[2], counts[3])
                (c.dueThisWeek, c.measurementsDue, c.withoutConsent, c.mentorEnding) = (counts[4], counts[5], counts[6], counts[7])
                (c.compliance, c.trend) = (compliance, trend)
                totals.coordinators[SummaryText.unescape(f[1])] = c
            case "g":
                guard f.count == 2 + fieldCount, let group = TargetGroup(rawValue: String(decoding: f[1], as: UTF8.self)),
                      let t = TeamTotalsFile.totals(f[2...].compactMap(number)[...]) else { return nil }
                totals.groups[group] = t
            case "d":
                guard f.count == 4 else { return nil }
                totals.damaged.append(DamagedDocument(id: SummaryText.unescape(f[1]), path: SummaryText.unescape(f[2]),
                                                      reason: SummaryText.unescape(f[3])))
            default:
                return nil
            }
        }
        return TeamTotalsFile(folder: FileSystem.Stamp(inode: inode, size: 0, modifiedNanoseconds: mtime),
                              rules: String(decoding: head[7], as: UTF8.self), totals: totals)
    }
}
