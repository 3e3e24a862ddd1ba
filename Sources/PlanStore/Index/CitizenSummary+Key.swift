import CaseRecords
import PlanCore

extension CitizenSummary {
    /// The summary the index keeps, with the CPR number's digest under the folder's key.
    convenience init(_ file: CaseFile, key: StoreKey?, instrument: Instrument) {
        self.init(file, instrument: instrument, details: IndexTail(file, cprDigest: file.citizen.cpr.flatMap { cpr in key.map { $0.cprDigest(cpr.digits) } }))
    }
}
