import Foundation
import CaseRecords

/// Store work done on a thread of its own while the caller does something else, such as encoding the
/// next batch of an import while this one is written, or appending its audit lines while the
/// documents are flushed: both cores of a small server busy.
final class BackgroundWork<Success: Sendable>: @unchecked Sendable {
    private var outcome: Result<Success, StoreError>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws(StoreError) -> Success) {
        Thread.detachNewThread { [self] in
            outcome = Result { () throws(StoreError) in try work() }
            done.signal()
        }
    }

    /// Waits for the work and returns what it made or throws what it threw. `outcome` was written
    /// before the signal, which orders it before this read.
    func result() throws(StoreError) -> Success {
        done.wait()
        guard let outcome else { throw .io(operation: "finish work begun in the background", path: "", code: EINTR) }
        return try outcome.get()
    }
}
