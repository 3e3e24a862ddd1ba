/// Why a data folder (or a file that makes it up: the key, the settings, the team) cannot be used,
/// as a value the command line and the screen say in the user's language.
public indirect enum FolderProblem: Equatable, Sendable, CustomStringConvertible {
    /// Looking at it failed with this errno (EACCES on a folder on the way): never "it does not exist".
    case noAccess(Int32)
    case missing
    /// A file (nil) or something odder where the folder belongs.
    case notAFolder(StoreError.OddKind?)
    case unreadable(reason: String)
    case empty
    /// It has files, but no enplan.json.
    case notAnEnplanFolder
    case settingsUnreadable(StoreError)
    case settingsDamaged
    case newerFormat(Int)
    case parentCannotBeCreated(reason: String)
    case cannotBeCreated(StoreError)
    case keyMissing
    case keyDamaged
    /// The key is gone but the trail it keyed is there: only the backup's key can tell its history true.
    case keyMissingWithTrail
    case usersDamaged(reason: String)

    public var description: String {
        switch self {
        case let .noAccess(code):
            return "you have no access to it (\(StoreError.explain(code))); ask whoever keeps the folder, or pass --data"
        case .missing: return "it does not exist; run 'enplan demo' or 'enplan import' to create one, or pass --data"
        case let .notAFolder(kind): return "it is \(kind?.words ?? "a file"), not a folder; pass the data folder with --data"
        case let .unreadable(reason): return "it cannot be read: \(reason); ask whoever keeps the folder for access"
        case .empty: return "it is empty; run 'enplan demo' or 'enplan import' first"
        case .notAnEnplanFolder: return "it is not an enplan data folder (no enplan.json)"
        case let .settingsUnreadable(error): return "enplan.json cannot be read (\(error))"
        case .settingsDamaged: return "enplan.json is damaged; restore it from a backup"
        case let .newerFormat(version): return "it was written by a newer enplan (format \(version)); upgrade enplan"
        case let .parentCannotBeCreated(reason): return "its parent folder cannot be created (\(reason))"
        case let .cannotBeCreated(error): return "it cannot be created: \(error); nothing was left behind"
        case .keyMissing: return "enplan.key is missing"
        case .keyDamaged: return "its key file is damaged; restore enplan.key from a backup"
        case .keyMissingWithTrail:
            return "enplan.key is missing, but the folder has an audit trail made with it: restore enplan.key from your backup "
                + "(a new key would make genuine and forged history impossible to tell apart)"
        case let .usersDamaged(reason): return "users.json is damaged (\(reason))"
        }
    }
}
