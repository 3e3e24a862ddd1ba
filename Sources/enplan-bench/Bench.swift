#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PlanCore
import PlanStore

struct BenchError: Error, CustomStringConvertible {
    var description: String
}

/// One benchmark run over a generated caseload.
struct Bench {
    let citizens: Int
    let binFolder: String
    let folder: String
    let today = CalendarDate.today()

    init(citizens: Int, binFolder: String) throws {
        self.citizens = citizens
        self.binFolder = binFolder
        folder = NSTemporaryDirectory() + "enplan-bench-\(getpid())"
        let started = Clock.now()
        let store = try CaseStore(root: folder, actor: StoreActor(user: "mette", uid: getuid(), role: .coordinator),
                                  options: StoreOptions(createIfMissing: true, today: today,
                                                        initialSettings: StoreSettings(allowActingAs: true, demo: true)))
        let files = DemoCaseload(citizens: citizens, coordinators: 12, seed: 2016, today: today).makeCaseFiles()
        let sizes = try files.map { try JSONEncoder().encode($0).count }
        try store.insertAll(files, action: .create, detail: "benchmark")
        _ = try store.caseload()
        print("caseload: \(citizens) citizens, 2 years of history, documents \(sizes.min() ?? 0)-\(sizes.max() ?? 0) bytes "
              + "(median \(sizes.sorted()[sizes.count / 2])), written in \(Clock.format(Clock.now() - started))")
        print("data folder: \(folder)")
    }

    func store() throws {
        print("\n== store ==")
        let list = try (0..<15).map { _ in try Clock.run(binFolder + "/enplan", ["list", "--data", folder, "--format", "csv"]) }
        print("enplan list (\(citizens) citizens, process start to exit): median \(Clock.format(Clock.median(list.map(\.seconds)))), "
              + "peak memory \((list.map(\.maxRSSKiB).max() ?? 0) / 1024) MiB")
        guard list.allSatisfy({ $0.status == 0 }) else { throw BenchError(description: "enplan list failed") }
        let store = try CaseStore(root: folder, actor: StoreActor(user: "mette", uid: getuid(), role: .coordinator),
                                  options: StoreOptions(today: today))
        let caseload = try store.caseload()
        let ids = caseload.citizens.map(\.id)
        let indexLoad = try (0..<5).map { _ in try Clock.time { _ = try store.caseload() } }
        print("caseload from the index in-process: median \(Clock.format(Clock.median(indexLoad)))")
        var opens: [Double] = []
        var saves: [Double] = []
        for i in 0..<200 {
            let id = ids[(i * 7919) % ids.count]
            var file: CaseFile?
            opens.append(try Clock.time { file = try store.open(id) })
            guard var changed = file else { continue }
            changed.ownWords += "."
            saves.append(try Clock.time { try store.save(changed) })
        }
        print("open one citizen (read, decode, audit the view): median \(Clock.format(Clock.median(opens))), "
              + "p95 \(Clock.format(Clock.percentile(opens, 0.95)))")
        print("save one citizen (lock, revision check, audit, write, fsync, rename, fsync folder): median "
              + "\(Clock.format(Clock.median(saves))), p95 \(Clock.format(Clock.percentile(saves, 0.95)))")
        print("peak memory of this benchmark process: \(Clock.maxRSSKiB() / 1024) MiB")
    }

    func tui() throws {}
    func timeline() throws {}
}
