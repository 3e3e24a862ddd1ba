// A test helper, not part of enplan: opens a data folder as a second real process and saves one
// citizen over and over, re-reading after every conflict, so the store's tests can show that two
// writers never lose each other's changes.
//
//   enplan-stress [--limit-file-size BYTES] DATA ID TAG COUNT
//       adds COUNT goals titled "TAG n"; prints "saves=N conflicts=M". With a file-size limit, writes
//       beyond it fail the way they do on a full disk.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PlanCore
import CaseRecords
import PlanStore

var args = CommandLine.arguments
if args.count > 2, args[1] == "--limit-file-size", let limit = rlim_t(args[2]) {
    signal(SIGXFSZ, SIG_IGN)
    var rl = rlimit(rlim_cur: limit, rlim_max: limit)
    setrlimit(Int32(RLIMIT_FSIZE.rawValue), &rl)
    args.removeSubrange(1...2)
}
guard args.count == 5, let count = Int(args[4]), let id = try? CitizenID(args[2]) else {
    FileHandle.standardError.write(Data("usage: enplan-stress DATA ID TAG COUNT\n".utf8))
    exit(2)
}
let tag = args[3]
do {
    let store = try CaseStore(root: args[1], actor: StoreActor(user: "stress-" + tag, uid: getuid(), role: .coordinator),
                              options: StoreOptions(today: .today()))
    var saves = 0
    var conflicts = 0
    while saves < count {
        var file = try store.open(id)
        let goalID = file.makeItemID(prefix: "g")
        file.sections.employment.goals.append(Goal(id: goalID, title: "\(tag) \(saves)", created: store.today))
        do {
            try store.save(file)
            saves += 1
        } catch where error.isConflict {
            conflicts += 1
        }
    }
    print("saves=\(saves) conflicts=\(conflicts)")
} catch {
    FileHandle.standardError.write(Data("enplan-stress: \(error)\n".utf8))
    exit(1)
}
