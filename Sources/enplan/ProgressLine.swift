#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A line on standard error that says how long work is going: count, total, rate and time left,
/// redrawn at most five times a second and erased at the end. Nothing at all when standard error is
/// not a terminal, so scripts and logs get only the result.
final class ProgressLine {
    private let label: String
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drew = false

    init(_ label: String, enabled: Bool = isatty(2) == 1) {
        self.label = label
        self.enabled = enabled
    }

    func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 || done == total else { return }
        lastDrawn = now
        let elapsed = max(0.001, now.timeIntervalSince(started))
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let text = "\(label) \(done) / \(total) · \(Int(rate))/s · \(Int(left.rounded(.up))) s left"
        _ = "\r\u{1B}[K\(text)".withCString { write(2, $0, strlen($0)) }
        drew = true
    }

    func finish() {
        guard drew else { return }
        _ = "\r\u{1B}[K".withCString { write(2, $0, strlen($0)) }
        drew = false
    }
}
