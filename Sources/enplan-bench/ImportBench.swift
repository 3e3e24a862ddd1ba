import Foundation

/// `enplan import` of a CSV as Danish Excel writes it (`;`, Danish headers), into an empty folder:
/// rows per second from process start to exit.
struct ImportBench {
    let binFolder: String
    let rows: Int

    func run() throws {
        print("\n== import (\(rows) rows, ';' and Danish headers, into an empty folder) ==")
        let folder = NSTemporaryDirectory() + "enplan-bench-import-\(getpid())"
        let csv = folder + ".csv"
        var text = "navn;cpr-nr.;målgruppe;telefon\n"
        text.reserveCapacity(rows * 40)
        let groups = ["aktivitetsparat", "Ressourceforløb", "sygedagpenge", "ung", "Familie"]
        for i in 0..<rows { text += "Borger \(i) Ærø Sørensen;;\(groups[i % groups.count]);\(20_000_000 + i)\n" }
        try text.write(toFile: csv, atomically: false, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(atPath: csv)
            try? FileManager.default.removeItem(atPath: folder)
        }
        let result = try Clock.run(binFolder + "/enplan", ["import", csv, "--data", folder])
        guard result.status == 0 else { throw BenchError(description: "enplan import failed") }
        print("enplan import: \(Clock.format(result.seconds)), \(Int(Double(rows) / result.seconds)) rows/s, "
              + "peak memory \(result.maxRSSKiB / 1024) MiB")
    }
}
