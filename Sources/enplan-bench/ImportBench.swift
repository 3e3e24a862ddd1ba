import Foundation

/// `enplan import` of a CSV as Danish Excel writes it (`;`, Danish headers), into an empty folder:
/// rows per second from process start to exit, three runs into three fresh folders.
///
/// The folders are removed only after the last run, and `all` runs this before the other benchmarks
/// remove their caseloads: this VM's ext4 has no journal, and there the kernel skips every inode freed in
/// the last half minute or so when it allocates one, so an import right after a mass deletion measures
/// the deletion (about half the speed here).
struct ImportBench {
    let binFolder: String
    let rows: Int

    func run() throws {
        print("\n== import (\(rows) rows, ';' and Danish headers, into an empty folder) ==")
        let base = NSTemporaryDirectory() + "enplan-bench-import-\(getpid())"
        let csv = base + ".csv"
        var text = "navn;cpr-nr.;målgruppe;telefon\n"
        text.reserveCapacity(rows * 40)
        let groups = ["aktivitetsparat", "Ressourceforløb", "sygedagpenge", "ung", "Familie"]
        for i in 0..<rows { text += "Borger \(i) Ærø Sørensen;;\(groups[i % groups.count]);\(20_000_000 + i)\n" }
        try text.write(toFile: csv, atomically: false, encoding: .utf8)
        let folders = (1...3).map { base + "-\($0)" }
        defer {
            try? FileManager.default.removeItem(atPath: csv)
            for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        }
        var rates: [Int] = []
        for folder in folders {
            let result = try Clock.run(binFolder + "/enplan", ["import", csv, "--data", folder])
            guard result.status == 0 else { throw BenchError(description: "enplan import failed") }
            rates.append(Int(Double(rows) / result.seconds))
            print("enplan import: \(Clock.format(result.seconds)), \(rates.last ?? 0) rows/s, "
                  + "peak memory \(result.maxRSSKiB / 1024) MiB")
        }
        print("median: \(rates.sorted()[rates.count / 2]) rows/s")
    }
}
