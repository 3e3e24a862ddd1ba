import EnplanApp
import PlanCore
import CaseRecords

/// What a command that takes a citizen takes: an id, a name or a CPR number. One match acts on it;
/// several are listed, so the person can give the id.
enum CitizenLookup {
    static func resolve(_ text: String, in store: MaintenanceStore, language: Language) throws(CLIError) -> CitizenID {
        // An id is taken as it is: the command says when there is no such citizen (a purged case's
        // trail can still be shown).
        if (try? CPRNumber(text.trimmingSpaces)) == nil, let id = try? CitizenID(text) { return id }
        let found = try withStore { () throws(StoreError) in try store.find(text) }
        if found.count == 1, let only = found.first { return only.id }
        let shown = SafeText.neutralized(text)
        guard !found.isEmpty else {
            throw .usage("'\(shown)' is not a citizen id, and no citizen's name or CPR number matches it; 'enplan list' shows them",
                         da: "'\(shown)' er ikke et borger-id, og ingen borgers navn eller CPR-nummer passer; 'enplan list' viser dem")
        }
        let rows = found.prefix(20).map { "  \($0.id)  \(SafeText.neutralized($0.name))  \($0.cprMasked ?? "")  \($0.coordinator)" }
        let more = found.count > 20 ? "\n  …" : ""
        throw .usage("\(found.count) citizens match '\(shown)'; give the id of the one you mean:\n" + rows.joined(separator: "\n") + more,
                     da: "\(found.count) borgere passer på '\(shown)'; angiv id'et på den, du mener:\n" + rows.joined(separator: "\n") + more)
    }
}
