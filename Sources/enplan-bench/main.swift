// Benchmarks that print figures (not timed tests). Build in release mode first:
//
//   swift build -c release && .build/release/enplan-bench [store|tui|supervisor|timeline|import|all] [--citizens N] [--data DIR]
//
// Each figure is the median of several runs on a caseload generated once into a temporary folder.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CaseRecords
import PlanStore

var arguments = Array(CommandLine.arguments.dropFirst())
var citizens = 10_000
if let i = arguments.firstIndex(of: "--citizens"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    citizens = n
    arguments.removeSubrange(i...(i + 1))
}
// --data DIR: measure an existing caseload (from an earlier run) instead of generating one.
var existing: String?
if let i = arguments.firstIndex(of: "--data"), i + 1 < arguments.count {
    existing = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
// --keep: leave the generated caseload (its folder is printed) for a later run's --data.
let keep = arguments.contains("--keep")
arguments.removeAll { $0 == "--keep" }
let usage = """
    usage: enplan-bench [store|tui|supervisor|timeline|import|all] [--citizens N] [--data DIR] [--keep]

    Prints the figures of the README (medians of several runs), on a caseload of N citizens (default
    10000) generated into a temporary folder that is removed at the end (kept with --keep), or on an
    existing folder (--data).
    Build in release mode first: swift build -c release --product enplan, then --product enplan-bench
    (one product per call: with two, swift build builds only the last).

    """
let benchmarks: Set<String> = ["store", "tui", "supervisor", "timeline", "import", "all"]
if arguments.contains(where: { $0 == "--help" || $0 == "-h" || $0 == "help" }) {
    print(usage, terminator: "")
    exit(0)
}
// Anything else is a mistake, said before a caseload is written.
if let unknown = arguments.first(where: { !benchmarks.contains($0) }) ?? (arguments.count > 1 ? arguments[1] : nil) {
    FileHandle.standardError.write(Data("enplan-bench: '\(unknown)' is not a benchmark or an option\n\(usage)".utf8))
    exit(2)
}
let which = arguments.first ?? "all"
let binFolder = PathName.parent(of: CommandLine.arguments[0])

do {
    // First: the others remove whole caseloads when they end, which slows the next inode allocations here.
    if which == "import" || which == "all" { try ImportBench(binFolder: binFolder, rows: 100_000).run() }
    if which != "timeline" && which != "import" {
        let bench = try Bench(citizens: citizens, binFolder: binFolder, existing: existing)
        // A generated caseload is hundreds of megabytes on a shared machine: gone when the run ends.
        defer { if existing == nil && !keep { try? FileManager.default.removeItem(atPath: bench.folder) } }
        if which == "tui" || which == "all" { try bench.tui() }
        if which == "supervisor" || which == "all" { try bench.supervisor() }
        if which == "store" || which == "all" { try bench.store() }
    }
    if which == "timeline" || which == "all" { try TimelineBench(binFolder: binFolder).run() }
} catch {
    FileHandle.standardError.write(Data("enplan-bench: \(error)\n".utf8))
    exit(1)
}
