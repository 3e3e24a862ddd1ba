import CaseRecords
/// Where everything lives inside a data folder. Plain files a person can read, back up and diff:
///
///     enplan.json                  settings (format version, retention, who may act as whom)
///     enplan.key                   the folder's secret (0600): keys the audit chain and CPR digests
///     users.json                   the team: name, full name, phone, role, ssh key (`enplan users`)
///     citizens/<id>.json           one document per citizen; never a CPR number in a name
///     locks/<id>.lock              per-citizen writer locks, never replaced
///     index/summaries.tsv          derived caseload index, rebuilt whenever stale
///     index/journal.tsv            rows written since the index, each with the folder's stamps
///     index/team-totals.tsv        the team overview's sums for one day, updated by each save
///     catalogues/*.json            offers, progression instrument, contact rules, legal bases
///     audit/<user>/<yyyy-mm>.jsonl append-only, hash-chained audit segments
///     staging/<tx>/                multi-file operations in flight (import)
public struct StoreLayout: Sendable, Equatable {
    public let root: String

    public init(root: String) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        self.root = r
    }

    public var settings: String { root + "/enplan.json" }
    public var key: String { root + "/enplan.key" }
    public var users: String { root + "/users.json" }
    public var citizens: String { root + "/citizens" }
    public var locks: String { root + "/locks" }
    public var index: String { root + "/index" }
    public var indexFile: String { index + "/summaries.tsv" }
    /// Rows enplan changed since the index was written, each with the folder stamps around its write.
    public var indexJournal: String { index + "/journal.tsv" }
    /// The team overview's sums for one day, kept up to date by each save (a cache).
    public var teamTotals: String { index + "/team-totals.tsv" }
    public var catalogues: String { root + "/catalogues" }
    public var audit: String { root + "/audit" }
    public var staging: String { root + "/staging" }

    public func document(_ id: String) -> String { citizens + "/" + id + ".json" }
    public func lock(_ id: String) -> String { locks + "/" + id + ".lock" }
    public func catalogue(_ name: String) -> String { catalogues + "/" + name + ".json" }
    public var storeLock: String { locks + "/.store.lock" }
}
