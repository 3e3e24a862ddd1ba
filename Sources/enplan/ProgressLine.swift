#if canImport(Glibc)
import Glibc
#endif
import EnplanApp
import Foundation
import CaseRecords

/// A line on standard error that says how long the store's work is going: what, count, total, rate and
/// time left, redrawn at most five times a second and erased when the store reports the work ended
/// (done equal to total, also when it failed), before anything else is printed. Nothing at all when standard
/// error is not a terminal, so scripts and logs get only the result; nothing for work done within
/// half a second, so a quick command does not flicker.
final class ProgressLine {
    private let language: Language
    private let words: CLIStrings
    /// What this command calls writing new documents ("importing", "writing the demo").
    private let writing: String
    private let enabled: Bool
    private var work: StoreWork?
    private var started = Date()
    private var lastDrawn = Date.distantPast
    private var drew = false

    init(language: Language, writing: KeyPath<CLIStrings, String> = \.progressImporting, enabled: Bool = isatty(2) == 1) {
        self.language = language
        words = CLIStrings.of(language)
        self.writing = words[keyPath: writing]
        self.enabled = enabled
    }

    /// Shows the progress of the store's long work on this line until `finish`.
    func attach(to store: MaintenanceStore) {
        guard enabled else { return }
        store.progress = { [self] work, done, total in update(work, done, of: total) }
    }

    func update(_ work: StoreWork, _ done: Int, of total: Int) {
        guard done < total else { return finish() }
        let now = Date()
        if work != self.work {
            self.work = work
            started = now
        }
        guard now.timeIntervalSince(started) >= 0.5, now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let elapsed = max(0.001, now.timeIntervalSince(started))
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let text = "\(label(work)) \(language.whole(done)) / \(language.whole(total)) · \(language.whole(Int(rate)))/s · "
            + words.secondsLeft(Int(left.rounded(.up)))
        _ = "\r\u{1B}[K\(text)".withCString { write(2, $0, strlen($0)) }
        drew = true
    }

    func finish() {
        guard drew else { return }
        _ = "\r\u{1B}[K".withCString { write(2, $0, strlen($0)) }
        drew = false
    }

    private func label(_ work: StoreWork) -> String {
        switch work {
        case .writing: return writing
        case .readingDocuments: return words.progressReading
        case .checking: return words.progressChecking
        case .purging: return words.progressPurging
        }
    }
}
