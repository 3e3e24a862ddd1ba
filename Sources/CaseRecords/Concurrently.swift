import Foundation

/// Work spread over the machine's cores with its results in order: the one way enplan runs a loop on
/// several threads (sums over a caseload, documents a check decodes, the index's halves, CSV batches).
public enum Concurrently {
    /// The cores worth using here (at most eight).
    public static var cores: Int { max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) }

    /// `body(i)` for each `i` in `0..<count`, as many at once as there are cores; the results in order.
    /// One is done on this thread.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
        return slots.all
    }
}

/// Each result, set once by the thread that made it before `concurrentPerform` returns, read after it.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [T?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.withLock { values[i] = value } }
    var all: [T] { lock.withLock { values.compactMap { $0 } } }
}
