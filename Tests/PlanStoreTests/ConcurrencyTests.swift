import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import Testing
import TestSupport

@Suite struct ConcurrencyTests {
    /// Two real processes save the same citizen as fast as they can. The lock and the revision check
    /// must make every save either land on top of the latest revision or fail as a conflict: no goal
    /// added by either process may be lost.
    @Test func twoWriterProcessesNeverLoseEachOthersChanges() throws {
        let tmp = TemporaryFolder()
        let data = tmp.child("data")
        let store = try openStore(data)
        let file = try newCitizen(store)
        let perProcess = 40
        let a = try Binaries.start("enplan-stress", [data, file.id.rawValue, "A", String(perProcess)])
        let b = try Binaries.start("enplan-stress", [data, file.id.rawValue, "B", String(perProcess)])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let final = try store.open(file.id)
        let titles = Set(final.sections.employment.goals.map(\.title))
        for tag in ["A", "B"] {
            for n in 0..<perProcess { #expect(titles.contains("\(tag) \(n)"), "lost \(tag) \(n)") }
        }
        #expect(final.revision == 1 + 2 * perProcess)
        let problems = try store.audit.verify().problems
        #expect(problems.isEmpty, "\(problems)")
    }
}
