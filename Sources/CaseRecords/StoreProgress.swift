/// Long work the store does, reported as it goes so a command line can show how far it is.
public enum StoreWork: Sendable, Equatable {
    /// Writing new documents: an import or a demo.
    case writing
    /// Reading every document whose index line is missing or out of date (rebuilding the index).
    case readingDocuments
    /// `check`: every document, the audit chain.
    case checking
    /// `purge`: deleting the cases past retention.
    case purging
}

/// Called now and then with the work, how much of it is done and how much there is; last with done
/// equal to total when the work has ended, whether it went through or failed.
public typealias StoreProgress = (_ work: StoreWork, _ done: Int, _ total: Int) -> Void
