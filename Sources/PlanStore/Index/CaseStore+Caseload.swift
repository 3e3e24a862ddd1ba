#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import CaseRecords
import PlanCore

extension CaseStore {
    /// The whole caseload from the index. While the `citizens/` folder is as the index last saw it,
    /// that costs one stat; otherwise every entry is checked against its document's stamp and rebuilt
    /// from the document when they differ. Documents that cannot be read are listed as damaged.
    ///
    /// - Parameter onlyCoordinator: read only this coordinator's citizens when the index can say which
    ///   they are (a trusted index); the caseload then says so, and the rest is a second read.
    package func caseload(onlyCoordinator: String? = nil) throws(StoreError) -> Caseload {
        // Before anything is read: a write after this moment moves the folder past the stamp kept.
        let folderNow = FileSystem.stamp(layout.citizens)
        // Parse the index on a second core while this one lists and stats the documents.
        let loaded = IndexLoad()
        let group = DispatchGroup()
        let indexPath = layout.indexFile
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            loaded.index = SummaryIndex.load(from: indexPath, onlyCoordinator: onlyCoordinator)
        }
        if let folderNow, SummaryIndex.folderStamp(at: indexPath) != nil, let journal = IndexJournal.load(layout.indexJournal, key: key),
           committedStages().isEmpty {
            group.wait()
            if let index = loaded.index, let (entries, folder) = IndexJournal.apply(journal, to: index),
               CaseStore.sameFolder(folder, folderNow) {
                var entries = entries, inListOrder = index.inListOrder
                if !isReadOnly && index.partial == nil && (journal.count >= CaseStore.journalLimit || !inListOrder) {
                    // Folded into the index now and then, so the journal stays short to read; an index
                    // of an older order is put in list order, so a coordinator's own rows can be read alone.
                    if !inListOrder { entries = CaseStore.inListOrder(entries) }
                    inListOrder = true
                    let merged = SummaryIndex(entries: entries, damaged: index.damaged, folder: folderNow, inListOrder: true)
                    if (try? merged.write(to: indexPath, mode: modes.file)) != nil { unlink(layout.indexJournal) }
                }
                return Caseload(citizens: entries.map(\.summary), damaged: index.damaged, inListOrder: inListOrder,
                                onlyCoordinator: index.partial)
            }
        }
        let documents: [(String, String)]
        do { documents = try documentPaths() } catch {
            group.wait()
            throw error
        }
        var stamps: [FileSystem.Stamp?] = []
        stamps.reserveCapacity(documents.count)
        let folder = Glibc.open(layout.citizens, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        let citizensPrefix = layout.citizens + "/"
        for (name, path) in documents {
            let inCitizens = folder >= 0 && path.hasPrefix(citizensPrefix)
            stamps.append(inCitizens ? FileSystem.stamp(in: folder, name + ".json") : FileSystem.stamp(path))
        }
        if folder >= 0 { close(folder) }
        group.wait()
        // A coordinator's part of the index is no use to a full check: the whole of it is.
        let stored = loaded.index?.partial == nil ? loaded.index : SummaryIndex.load(from: indexPath)
        var byID: [String: SummaryIndex.Entry] = [:]
        if let stored {
            byID.reserveCapacity(stored.entries.count)
            for entry in stored.entries { byID[entry.summary.id.rawValue] = entry }
        }
        var entries: [SummaryIndex.Entry] = []
        var damaged: [DamagedDocument] = []
        var rebuilt = 0
        entries.reserveCapacity(documents.count)
        // How many must be read, counted first only when someone is shown how far the reading is.
        let toRead = progress == nil ? 0 : zip(documents, stamps).count { document, stamp in
            stamp != nil && byID[document.0]?.stamp != stamp
        }
        defer { progress?(.readingDocuments, toRead, toRead) }
        let instrument = catalogues.instrument
        for ((name, path), stamp) in zip(documents, stamps) {
            guard let stamp else { continue }
            if let entry = byID[name], entry.stamp == stamp {
                entries.append(entry)
                continue
            }
            progress?(.readingDocuments, rebuilt, toRead)
            rebuilt += 1
            do {
                let id = try CitizenID(name)
                guard let data = try FileSystem.read(path) else { continue }
                let file = try DocumentCodec.decodeCaseFile(data, id: id, path: path)
                entries.append(SummaryIndex.Entry(stamp: stamp, summary: CitizenSummary(file, key: key, instrument: instrument)))
            } catch let error as StoreError {
                damaged.append(DamagedDocument(id: name, path: path, reason: CaseStore.reason(error)))
            } catch {
                damaged.append(DamagedDocument(id: name, path: path, reason: "\(error)"))
            }
        }
        entries = CaseStore.inListOrder(entries)
        // A folder changed within the last moments may change again within the same tick of the
        // file system's clock without its mtime moving: such a stamp is not kept.
        let settled = folderNow.flatMap { f in
            f.modifiedNanoseconds <= CaseStore.nowNanoseconds() - indexSettleNanoseconds ? f : nil
        }
        let kept = documents.count == entries.count + damaged.count ? settled : nil
        let index = SummaryIndex(entries: entries, damaged: damaged, folder: kept, inListOrder: true)
        let removed = (stored?.entries.count ?? 0) + rebuilt - entries.count - damaged.count
        let folderChanged = stored?.folder.map { f in kept.map { CaseStore.sameFolder(f, $0) } != true } ?? (kept != nil)
        if !isReadOnly, stored == nil || rebuilt > 0 || removed != 0 || stored?.damaged != damaged || folderChanged
            || stored?.inListOrder != true {
            // The index is only a cache: failing to refresh it costs speed next time, never data.
            // The journal's records are in it now (or, written since, leave a gap: a full check).
            if (try? index.write(to: layout.indexFile, mode: modes.file)) != nil { unlink(layout.indexJournal) }
        }
        return Caseload(citizens: entries.map(\.summary), damaged: damaged, inListOrder: true)
    }

    /// Journal records read at each start before they are folded into the index.
    static let journalLimit = 200

    /// The same folder, unchanged since: its inode and mtime (its size moves in blocks, not per file).
    static func sameFolder(_ a: FileSystem.Stamp, _ b: FileSystem.Stamp) -> Bool {
        a.inode == b.inode && a.modifiedNanoseconds == b.modifiedNanoseconds
    }

    static func nowNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// Entries in the order lists show: by coordinator, then Danish name order, then id, each key
    /// computed once.
    static func inListOrder(_ entries: [SummaryIndex.Entry]) -> [SummaryIndex.Entry] {
        NameOrder.sorted(entries, name: \.summary.listOrderName, then: { $0.summary.id < $1.summary.id })
    }

    static func reason(_ error: StoreError) -> String {
        switch error {
        case let .damaged(_, _, reason): return reason
        case let .oddFile(_, kind): return "it is \(kind.words), not a file; left alone"
        case let .io(operation, _, code): return "could not \(operation) it: \(StoreError.explain(code))"
        case let .newerFormat(_, version): return "written by a newer enplan (format \(version))"
        case let .invalid(problem): return problem.description
        default: return error.description
        }
    }

    /// Every document by id: those in `citizens/` and those of committed, unfinished imports.
    func documentPaths() throws(StoreError) -> [(String, String)] {
        var result: [(String, String)] = []
        var seen = Set<String>()
        for name in try FileSystem.list(layout.citizens) {
            if name.hasPrefix(".") {
                removeIfStaleTemporary(name, in: layout.citizens)
                continue
            }
            guard name.hasSuffix(".json") else { continue }
            let id = String(name.dropLast(5))
            seen.insert(id)
            result.append((id, layout.citizens + "/" + name))
        }
        for stage in committedStages() {
            for name in try FileSystem.list(stage) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let id = String(name.dropLast(5))
                if seen.insert(id).inserted { result.append((id, stage + "/" + name)) }
            }
        }
        return result
    }

    /// Every readable case file, one at a time: for reports and checks that need whole documents.
    /// - Parameter work: what to call the reading in progress reports; nil for none.
    public func forEachCaseFile(reportingAs work: StoreWork? = nil,
                                _ body: (CaseFile) throws(StoreError) -> Void) throws(StoreError) -> [DamagedDocument] {
        try forEachDocument(reportingAs: work) { file, _ throws(StoreError) in try body(file) }
    }

    /// The same with each document's bytes as read, for checks of what is on disk.
    func forEachDocument(reportingAs work: StoreWork? = nil,
                         _ body: (CaseFile, Data) throws(StoreError) -> Void) throws(StoreError) -> [DamagedDocument] {
        try forEachDocument(reportingAs: work, inspect: { _, bytes in bytes }, body)
    }

    /// Every readable document in id order: read, decoded and looked at by `inspect` on every core, a
    /// batch at a time; `body` gets each one with what `inspect` made of it, in order, on this thread.
    /// Decoding is most of a check's time, and a document is independent of the others.
    func forEachDocument<T: Sendable>(reportingAs work: StoreWork? = nil, inspect: @escaping @Sendable (CaseFile, Data) -> T,
                                      _ body: (CaseFile, T) throws(StoreError) -> Void) throws(StoreError) -> [DamagedDocument] {
        var damaged: [DamagedDocument] = []
        let documents = try documentPaths().sorted(by: { $0.0 < $1.0 })
        defer { if let work { progress?(work, documents.count, documents.count) } }
        let batch = 128 * Concurrently.cores
        for start in stride(from: 0, to: documents.count, by: batch) {
            let slice = Array(documents[start..<min(documents.count, start + batch)])
            let outcomes = Concurrently.map(slice.count) { i in CaseStore.readDocument(slice[i].0, at: slice[i].1, inspect: inspect) }
            for (i, outcome) in outcomes.enumerated() {
                if let work { progress?(work, start + i, documents.count) }
                switch outcome {
                case .gone: continue
                case let .read(file, value): try body(file, value)
                case let .damaged(reason): damaged.append(DamagedDocument(id: slice[i].0, path: slice[i].1, reason: reason))
                }
            }
        }
        return damaged
    }

    /// One document read and decoded; one that is odd or unreadable is reported by id, the rest still read.
    private static func readDocument<T: Sendable>(_ name: String, at path: String, inspect: (CaseFile, Data) -> T) -> DocumentOutcome<T> {
        do throws(StoreError) {
            let id: CitizenID
            do { id = try CitizenID(name) } catch { return .damaged("\(error)") }
            guard let data = try FileSystem.read(path) else { return .gone }
            let file = try DocumentCodec.decodeCaseFile(data, id: id, path: path)
            return .read(file, inspect(file, data))
        } catch {
            return .damaged(CaseStore.reason(error))
        }
    }
}

enum DocumentOutcome<T: Sendable>: Sendable {
    /// Removed between the listing and the reading.
    case gone
    case read(CaseFile, T)
    case damaged(String)
}

/// The index parsed on another thread: written once before the group is left, read after the wait,
/// which orders the two.
private final class IndexLoad: @unchecked Sendable {
    var index: SummaryIndex?
}
