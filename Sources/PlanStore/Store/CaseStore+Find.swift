import CaseRecords
import PlanCore

extension CaseStore {
    /// The citizens a person means by what they typed: a CPR number finds its citizen through the
    /// keyed digest; anything else is searched as the dashboard's search does (every word in the name
    /// or the id). Recorded as a search, with a CPR number masked, before anything is returned.
    public func find(_ text: String) throws(StoreError) -> [CitizenSummary] {
        let citizens = try caseload().citizens
        try record(AuditEvent(.search, query: text))
        if let cpr = try? CPRNumber(text.trimmingSpaces) {
            let digest = try cprDigest(cpr)
            return citizens.filter { $0.cprDigest == digest }
        }
        let words = SearchText.words(text)
        guard !words.isEmpty else { return [] }
        return citizens.filter { SearchText.matches(words, key: SearchText.key(name: $0.name, id: $0.id)) }
    }
}
