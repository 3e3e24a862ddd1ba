import Dispatch
import Foundation

/// A seeded mutation fuzzer run as a test where libFuzzer cannot be (Swift Testing's runner): inputs
/// are mutated from a seed corpus for a bounded time. Before each input is tried it is written to
/// `$TMPDIR/enplan-fuzz/<target>.input`, so a crash (which ends the test process) leaves the input
/// that caused it; an input that takes too long is saved likewise and stops the run as a hang.
///
/// The time per target is `ENPLAN_FUZZ_SECONDS` (default 2; CI gives each target 30).
public struct Fuzzer {
    public let target: String
    public let corpus: [[UInt8]]
    public var dictionary: [[UInt8]]
    var generator: SplitMix

    public static var seconds: Double {
        ProcessInfo.processInfo.environment["ENPLAN_FUZZ_SECONDS"].flatMap(Double.init) ?? 2
    }

    public static let hangSeconds = 5.0

    public init(target: String, corpus folder: String, dictionary: [String] = [], seed: UInt64 = 1) {
        self.target = target
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
        corpus = files.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
        self.dictionary = (dictionary + Fuzzer.tokens).map { Array($0.utf8) }
        generator = SplitMix(seed: seed)
    }

    /// Tokens that have broken parsers before: signs and extremes of numbers, separators, escapes.
    static let tokens = ["-9223372036854775808", "9223372036854775807", "18446744073709551616", "-", "-1", "0", "1e999",
                         "nan", "inf", "\t", "\n", "\r\n", "\"", "\\", "\\u0000", "\u{0}", "\u{1B}[2J", "{", "}", "[", "]",
                         ",", ";", ":", "null", "true", "\u{202E}", "க\u{0BBE}", "e\u{0301}", "王", String(repeating: "9", count: 40)]

    /// Runs `body` on mutated inputs until the time is up; returns how many inputs were tried.
    @discardableResult
    public mutating func run(_ body: ([UInt8]) -> Void) -> Int {
        let folder = NSTemporaryDirectory() + "enplan-fuzz"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let inputPath = folder + "/" + target + ".input"
        let watchdog = Watchdog(target: target, inputPath: inputPath)
        let deadline = Date().addingTimeInterval(Fuzzer.seconds)
        var count = 0
        for seed in corpus {
            try? Data(seed).write(to: URL(fileURLWithPath: inputPath))
            watchdog.begin()
            body(seed)
            count += 1
        }
        while Date() < deadline {
            let input = mutate()
            try? Data(input).write(to: URL(fileURLWithPath: inputPath))
            watchdog.begin()
            body(input)
            count += 1
        }
        watchdog.stop()
        try? FileManager.default.removeItem(atPath: inputPath)
        // The folder too, once no other target's input is in it (a crash leaves its input there).
        rmdir(folder)
        return count
    }

    mutating func mutate() -> [UInt8] {
        var data = corpus.isEmpty ? [] : corpus[Int.random(in: 0..<corpus.count, using: &generator)]
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            let at = data.isEmpty ? 0 : Int.random(in: 0...data.count, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0 where at < data.count: data[at] = UInt8.random(in: 0...255, using: &generator)
            case 1 where at < data.count: data[at] ^= 1 << UInt8.random(in: 0...7, using: &generator)
            case 2 where at < data.count: data.remove(at: at)
            case 3: data.insert(contentsOf: dictionary[Int.random(in: 0..<dictionary.count, using: &generator)], at: at)
            case 4 where at < data.count:
                let end = min(data.count, at + Int.random(in: 1...64, using: &generator))
                data.insert(contentsOf: data[at..<end], at: at)
            case 5 where at < data.count:
                data.removeSubrange(at..<min(data.count, at + Int.random(in: 1...32, using: &generator)))
            case 6 where !corpus.isEmpty:
                let other = corpus[Int.random(in: 0..<corpus.count, using: &generator)]
                if !other.isEmpty {
                    let from = Int.random(in: 0..<other.count, using: &generator)
                    data.insert(contentsOf: other[from...].prefix(128), at: at)
                }
            default: data.insert(UInt8.random(in: 0...255, using: &generator), at: at)
            }
        }
        return data
    }
}

/// Aborts the process, keeping the input, when one input runs longer than `Fuzzer.hangSeconds`.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var started = Date()
    private var running = true
    private let timer: DispatchSourceTimer

    init(target: String, inputPath: String) {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "enplan.fuzz.watchdog"))
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [unowned self] in
            lock.lock()
            let hung = running && Date().timeIntervalSince(started) > Fuzzer.hangSeconds
            lock.unlock()
            if hung {
                let kept = inputPath + ".hang"
                try? FileManager.default.removeItem(atPath: kept)
                try? FileManager.default.copyItem(atPath: inputPath, toPath: kept)
                FileHandle.standardError.write(Data("fuzz target \(target) hung on the input kept in \(kept)\n".utf8))
                abort()
            }
        }
        timer.resume()
    }

    func begin() {
        lock.lock()
        started = Date()
        lock.unlock()
    }

    func stop() {
        lock.lock()
        running = false
        lock.unlock()
        timer.cancel()
    }
}

/// SplitMix64: a small, fast generator, so a seed gives the same inputs every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
