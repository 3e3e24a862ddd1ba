import PlanCore
import CaseRecords
import TerminalKit

/// The dashboard's state: the caseload, how it is filtered and sorted, and where the selection is.
public struct DashboardState {
    public enum Scope: Hashable, Sendable {
        case mine, all
        /// One colleague's caseload, opened from the team overview.
        case coordinator(String)
    }

    public enum SortKey: Int, CaseIterable, Sendable {
        case followUp, name, targetGroup, progress
    }

    public private(set) var citizens: [CitizenSummary] = []
    /// Set while only this coordinator's citizens are loaded (the first frame of their session).
    public private(set) var onlyCoordinator: String?
    /// Whether a caseload was read at all (a supervisor's first frame shows the team's sums before it).
    public private(set) var isLoaded = false
    /// Whether everyone's rows are read, not only the person's own.
    public var hasEveryone: Bool { isLoaded && onlyCoordinator == nil }
    public var damaged: [DamagedDocument] = []
    /// Why the caseload could not be read, if it could not.
    public var loadError: String?
    public var scope: Scope
    public var sort: SortKey = .followUp
    public var onlyOverdue = false
    /// Closed cases are left out unless asked for; their history stays in the store.
    public var showClosed = false
    /// The search text the list is filtered by (live while it is typed).
    public var filter = ""
    /// The search last written to the audit trail, so one search is audited once.
    public var lastRecordedSearch: String?
    public var selected = 0
    public var offset = 0
    public var showDetail = false
    public let user: String
    public let today: CalendarDate
    /// Indices into `citizens`, filtered and sorted: what the table shows.
    public private(set) var visible: [Int] = []
    /// Search keys per citizen (name and id, folded), made on the first search after a load.
    private var searchKeys: [String] = []
    /// Sorted indices per sort key and scope: the coordinator's own few hundred are sorted without
    /// touching everyone's ten thousand until they are asked for.
    private var orders: [OrderKey: [Int]] = [:]

    private struct OrderKey: Hashable {
        var sort: SortKey
        /// Whose citizens; nil for everyone's.
        var coordinator: String?
    }

    /// The coordinator whose caseload the scope shows; nil for everyone's.
    public var scopeCoordinator: String? {
        switch scope {
        case .mine: return user
        case .all: return nil
        case let .coordinator(name): return name
        }
    }

    public init(user: String, today: CalendarDate, scope: Scope) {
        self.user = user
        self.today = today
        self.scope = scope
    }

    /// Replaces the caseload, keeping the selected citizen selected where possible.
    public mutating func load(_ caseload: Caseload) {
        isLoaded = true
        let selectedID = selectedCitizen?.id
        onlyCoordinator = caseload.onlyCoordinator
        citizens = caseload.citizens
        damaged = caseload.damaged
        loadError = nil
        searchKeys = []
        orders = [:]
        refresh(keeping: selectedID)
    }

    /// Puts one citizen's new summary in place after a save: the rest of the caseload is unchanged,
    /// so it is not read again.
    public mutating func update(_ summary: CitizenSummary) {
        guard let i = citizens.firstIndex(where: { $0.id == summary.id }) else { return }
        citizens[i] = summary
        if !searchKeys.isEmpty { searchKeys[i] = DashboardState.searchKey(summary) }
        orders = [:]
        refresh(keeping: summary.id)
    }

    /// Adds a citizen created in this session without reading the caseload again.
    public mutating func insert(_ summary: CitizenSummary) {
        guard !citizens.contains(where: { $0.id == summary.id }) else { return update(summary) }
        citizens.append(summary)
        if !searchKeys.isEmpty { searchKeys.append(DashboardState.searchKey(summary)) }
        orders = [:]
        refresh(keeping: summary.id)
    }

    /// Keeps the selection within the list and on screen in `rows` rows.
    public mutating func keepSelectionVisible(rows: Int) {
        var list = ListState(selected: selected, offset: offset)
        list.clamp(count: visible.count, height: rows)
        (selected, offset) = (list.selected, list.offset)
    }

    /// What a search matches: the folded name and the id.
    static func searchKey(_ c: CitizenSummary) -> String { SearchText.key(name: c.name, id: c.id) }

    public var selectedCitizen: CitizenSummary? {
        visible.indices.contains(selected) ? citizens[visible[selected]] : nil
    }


    /// Recomputes the visible rows after the scope, sort or filter changed.
    public mutating func refresh(keeping id: CitizenID? = nil) {
        recount()
        let order = sortedIndices(sort, coordinator: scopeCoordinator)
        let words = SearchText.words(filter)
        if !words.isEmpty && searchKeys.count != citizens.count {
            searchKeys = citizens.map(DashboardState.searchKey)
        }
        visible = order.filter { i in
            if !showClosed && !citizens[i].status.isOpen { return false }
            if onlyOverdue && !citizens[i].followUpState(today: today).isOverdue { return false }
            return words.isEmpty || SearchText.matches(words, key: searchKeys[i])
        }
        if let id, let index = visible.firstIndex(where: { citizens[$0].id == id }) {
            selected = index
        }
        selected = min(max(0, selected), max(0, visible.count - 1))
    }

    public mutating func move(by delta: Int) {
        guard !visible.isEmpty else { return }
        selected = min(max(0, selected + delta), visible.count - 1)
    }

    public mutating func moveTo(_ index: Int) {
        guard !visible.isEmpty else { return }
        selected = min(max(0, index), visible.count - 1)
    }

    /// Counts for the status bar, over the current scope (not the search); kept up to date by
    /// `refresh`, so drawing a frame does not walk the whole caseload.
    public private(set) var counts: (overdue: Int, dueThisWeek: Int, total: Int) = (0, 0, 0)
    public private(set) var mineCount = 0

    private mutating func recount() {
        var overdue = 0, soon = 0, total = 0, mine = 0
        let member = scopeCoordinator
        for c in citizens {
            if c.coordinator == user { mine += 1 }
            guard member.map({ c.coordinator == $0 }) ?? true, showClosed || c.status.isOpen else { continue }
            total += 1
            let state = c.followUpState(today: today)
            if state.isOverdue { overdue += 1 } else if state.isDueSoon { soon += 1 }
        }
        counts = (overdue, soon, total)
        mineCount = mine
    }

    private mutating func sortedIndices(_ key: SortKey, coordinator: String?) -> [Int] {
        let cacheKey = OrderKey(sort: key, coordinator: coordinator)
        if let cached = orders[cacheKey] { return cached }
        let all = self.citizens
        let members = coordinator.map { name in all.indices.filter { all[$0].coordinator == name } } ?? Array(all.indices)
        var names: [Int: [UInt8]] = [:]
        names.reserveCapacity(members.count)
        for i in members { names[i] = NameOrder.byteKey(all[i].name) }
        let today = self.today
        let citizens = self.citizens
        func byName(_ a: Int, _ b: Int) -> Bool {
            let x = names[a] ?? [], y = names[b] ?? []
            return x != y ? x.lexicographicallyPrecedes(y) : citizens[a].id < citizens[b].id
        }
        let order: [Int]
        switch key {
        case .name:
            order = members.sorted(by: byName)
        case .followUp:
            let states = citizens.map { $0.followUpState(today: today) }
            order = members.sorted { a, b in states[a] != states[b] ? states[a] < states[b] : byName(a, b) }
        case .targetGroup:
            order = members.sorted { a, b in
                citizens[a].targetGroup != citizens[b].targetGroup ? citizens[a].targetGroup < citizens[b].targetGroup : byName(a, b)
            }
        case .progress:
            // Who is progressing most first; no measurements last.
            let change = citizens.map { c -> Double in
                guard let last = c.trend.last, c.trend.count >= 2 else { return -.infinity }
                return last - c.trend[max(0, c.trend.count - 3)]
            }
            order = members.sorted { a, b in change[a] != change[b] ? change[a] > change[b] : byName(a, b) }
        }
        orders[cacheKey] = order
        return order
    }

}
