#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanCore

/// The index's journal (`index/journal.tsv`): one line per document enplan wrote since the index was
/// written, with the `citizens/` folder's stamp just before and just after the write. Writes that
/// journal hold the store-wide lock, so the stamps form a chain: while the chain leads from the
/// index's stamp to the folder as it is now, index and journal together are the caseload, and a
/// coordinator's own save does not make the next start check 50,000 documents. A gap in the chain
/// (a write by an older enplan, a lost line, a file changed by hand) means: check every document.
/// Each line begins with its MAC under the folder's key: a line someone appended by hand (a forged row
/// that `list` would show) makes the whole journal untrusted, and `check` names it.
enum IndexJournal {
    struct Record {
        var before: FileSystem.Stamp
        var after: FileSystem.Stamp
        var entry: SummaryIndex.Entry
    }

    /// The records, or nil when the file cannot be read, there is no key to check it with, or a line
    /// is damaged or was not written by enplan (a torn last line after a crash included).
    static func load(_ path: String, key: StoreKey?) -> [Record]? {
        guard let (records, untrusted) = read(path, key: key), untrusted.isEmpty else { return nil }
        return records
    }

    /// The records whose MAC matches, and the numbers of the lines whose MAC does not (written by hand,
    /// or damaged), for `check`; nil as for `load`, except for lines not written by enplan. A torn last
    /// line is a crash, not a forgery.
    static func read(_ path: String, key: StoreKey?) -> (records: [Record], untrusted: [Int])? {
        let read: Data??
        do { read = .some(try FileSystem.read(path)) } catch { read = nil }
        guard let found = read, let key else { return nil }
        guard let data = found else { return ([], []) }
        var records: [Record] = []
        var untrusted: [Int] = []
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.isEmpty {
            let torn = number == lines.count - 1
            let parts = line.split(separator: 0x09, maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, parts[0].count == 64, key.mac(Data(line.dropFirst(65))) == String(decoding: parts[0], as: UTF8.self),
                  let inode = SummaryText.parseInt(parts[1]).flatMap(UInt64.init(exactly:)),
                  let before = SummaryText.parseInt(parts[2]), let after = SummaryText.parseInt(parts[3]),
                  let entry = SummaryIndex.entry(line: parts[4]) else {
                if !torn { untrusted.append(number + 1) } else { return nil }
                continue
            }
            records.append(Record(before: FileSystem.Stamp(inode: inode, size: 0, modifiedNanoseconds: before),
                                  after: FileSystem.Stamp(inode: inode, size: 0, modifiedNanoseconds: after), entry: entry))
        }
        return (records, untrusted)
    }

    /// Appends one record. Only a cache: a line that is not written costs the next start a full check.
    static func append(_ record: Record, to path: String, mode: mode_t, key: StoreKey?) {
        guard let key else { return }
        let body = "\(record.before.inode)\t\(record.before.modifiedNanoseconds)\t\(record.after.modifiedNanoseconds)\t"
            + SummaryIndex.line(record.entry)
        let line = key.mac(Data(body.utf8)) + "\t" + body + "\n"
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// The index brought up to date with the records that follow on from its stamp, and the folder
    /// stamp that leaves it at; nil when the chain has a gap. Records from before the index was
    /// written (a compaction that could not remove the journal) are skipped.
    static func apply(_ records: [Record], to index: SummaryIndex) -> (entries: [SummaryIndex.Entry], folder: FileSystem.Stamp)? {
        guard var current = index.folder else { return nil }
        // Only each citizen's last record counts: one pass over the journal, one over the rows, then
        // the new rows merged in (a reader that never folds the journal must not pay rows × records).
        var latest: [CitizenID: SummaryIndex.Entry] = [:]
        var chained = false
        for record in records {
            guard CaseStore.sameFolder(record.before, current) else {
                if chained { return nil }
                continue
            }
            chained = true
            current = record.after
            latest[record.entry.summary.id] = record.entry
        }
        guard !latest.isEmpty else { return (index.entries, current) }
        let kept = index.entries.filter { latest[$0.summary.id] == nil }
        // Read for one coordinator: a row that now belongs to another (a hand-over) only leaves.
        let added = latest.values.filter { index.partial == nil || $0.summary.coordinator == index.partial }
        guard index.inListOrder else { return (kept + added.sorted { $0.summary.id < $1.summary.id }, current) }
        var merged: [SummaryIndex.Entry] = []
        merged.reserveCapacity(kept.count + added.count)
        var next = 0
        for (key, entry) in added.map({ (NameOrderKey($0.summary), $0) }).sorted(by: { $0.0 < $1.0 }) {
            let place = insertionPoint(of: key, in: kept, from: next)
            merged += kept[next..<place]
            merged.append(entry)
            next = place
        }
        merged += kept[next...]
        return (merged, current)
    }

    /// Where an entry goes in a list in list order, at or after `start`: a binary search, a key per probe.
    private static func insertionPoint(of key: NameOrderKey, in entries: [SummaryIndex.Entry], from start: Int) -> Int {
        var low = start, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if NameOrderKey(entries[mid].summary) < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A citizen's place in list order: the coordinator's and the name's Danish keys, then the id (the
/// same order as `NameOrder.sorted` over "coordinator NUL name").
struct NameOrderKey: Comparable {
    let key: [UInt8]
    let id: CitizenID

    init(_ summary: CitizenSummary) {
        key = NameOrder.byteKey(summary.listOrderName)
        id = summary.id
    }

    static func < (a: NameOrderKey, b: NameOrderKey) -> Bool {
        a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.id < b.id
    }
}
