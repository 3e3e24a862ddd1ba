import Foundation
import PlanCore
import CaseRecords
@testable import PlanStore
import TestSupport

let fixedDay = CalendarDate(daysSinceEpoch: 20_415) // 2025-11-23

func actor(_ name: String = "mette", role: StoreActor.Role = .coordinator) -> StoreActor {
    StoreActor(user: name, uid: getuid(), role: role)
}

func openStore(_ folder: String, as user: String = "mette", readOnly: Bool = false, create: Bool = true,
               today: CalendarDate? = nil) throws -> CaseStore {
    try CaseStore(root: folder, actor: actor(user, role: readOnly ? .supervisor : .coordinator),
                  options: StoreOptions(readOnly: readOnly, createIfMissing: create, today: today ?? fixedDay))
}

@discardableResult
func newCitizen(_ store: CaseStore, name: String = "Søren Ærø", cpr: String? = nil) throws -> CaseFile {
    let citizen = Citizen(id: store.freshID(), name: name, cpr: try cpr.map { try CPRNumber($0) },
                          targetGroup: .aktivitetsparat, coordinator: store.actor.user)
    return try store.create(CaseFile(citizen: citizen, created: store.today, createdBy: store.actor.user))
}

func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
}

func files(under folder: String) -> [String] {
    (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
}
