import PlanCore

/// What the store will not do, and why, as a value: each command line and screen says it in the
/// user's language (`Language.describe`), and tests can ask which refusal it was.
public enum Refusal: Equatable, Sendable {
    /// The data folder's key (enplan.key) cannot be read, so no audit line can be written.
    case auditKeyUnreadable
    /// The audit trail's last line in this segment is damaged.
    case auditTailDamaged(path: String)
    /// Purging or repairing the trail needs the key.
    case auditKeyMissing(forPurge: Bool)
    /// An audit segment that is a hard link, not a regular file, or not the service account's.
    case auditSegmentNotOurs(path: String)
    /// An audit folder of another account.
    case auditFolderOfAnotherAccount(path: String, uid: UInt32)
    /// `--as` in a folder that does not allow it.
    case actingAsNotAllowed(user: String)
    /// The item a change was about was removed by someone else meanwhile.
    case planChangedWhileSaving(CitizenID)
    case notAUserName(String)
    /// In a team, plans go only to members of users.json …
    case notInTeam(String)
    /// … who coordinate.
    case supervisorCannotCoordinate(String)
    /// An export never replaces a file.
    case fileExists(path: String)
    /// In a team session nothing is written to a path the person names: a letter leaves the server as
    /// the output of the one fixed command the forced line allows.
    case exportToPathInSession
    /// A printed copy is never written through a symbolic link (one the person, or a colleague, planted).
    case exportThroughSymbolicLink(path: String)
    /// Nor into a hidden file or folder (`~/.ssh`, `~/.profile`): where programs, not people, look.
    case exportIntoHiddenPlace(path: String)
    /// A path with a control character (a newline would split an `authorized_keys` line in two).
    case pathWithControlCharacter(String)
    /// `--audit-dir` is for a copy this account cannot write: a live folder's views belong in its own trail.
    case auditDirOnWritableFolder(path: String)
    /// A demo goes only into records that hold no plans (they may be real).
    case demoIntoRecordsWithPlans(count: Int)
    /// Purge deletes only what it archived first, unless the settings say otherwise.
    case purgeNeedsArchive
    /// An archive package did not read back as written; nothing was deleted.
    case archiveNotVerified(package: String, finding: ArchiveFinding)
}

extension Refusal: CustomStringConvertible {
    public var description: String {
        switch self {
        case .auditKeyUnreadable:
            return "the audit trail cannot be written: the data folder's key (enplan.key) cannot be read; "
                + "nothing is shown or changed without an audit line"
        case let .auditTailDamaged(path):
            return "the audit trail's last line is damaged (\(path)); nothing is shown or changed "
                + "until it is repaired: run 'enplan audit repair'"
        case let .auditKeyMissing(forPurge):
            return "the audit trail cannot be \(forPurge ? "purged" : "repaired") without the data folder's key (enplan.key)"
        case let .auditSegmentNotOurs(path):
            return "\(path) is not an audit segment enplan made (it is linked elsewhere, or owned by someone else); "
                + "nothing was written to it"
        case let .auditFolderOfAnotherAccount(path, uid):
            return "\(path) belongs to another account (uid \(uid)); enplan writes its audit trail only "
                + "into folders of its own account"
        case let .actingAsNotAllowed(user):
            return "--as is not allowed in this data folder: enplan acts as the OS user (\(user))"
        case let .planChangedWhileSaving(id):
            return "\(id): the plan changed while it was being saved; try again"
        case let .notAUserName(name):
            return "'\(name)' is not a user name (letters, digits, '.', '_' and '-')"
        case let .notInTeam(name):
            return "\(name) is not in the team (users.json); add them with 'enplan users add' first"
        case let .supervisorCannotCoordinate(name):
            return "\(name) is a supervisor and cannot coordinate plans"
        case let .fileExists(path):
            return "\(path) already exists; choose another file name"
        case .exportToPathInSession:
            return "in a team session nothing is written on the server; fetch the letter with 'ssh <service account>@<server> letter ID'"
        case let .exportThroughSymbolicLink(path):
            return "\(path) goes through a symbolic link; a printed plan is written only to a real folder"
        case let .exportIntoHiddenPlace(path):
            return "\(path) is a hidden file or folder (its name begins with '.'); choose a visible place"
        case let .pathWithControlCharacter(path):
            return "the path \(SafeText.neutralized(path)) holds a control character (a newline, a tab, an escape); name it without"
        case let .auditDirOnWritableFolder(path):
            return "--audit-dir is only for a copy this account cannot write; \(path) can be written, so its views go into its own trail"
        case let .demoIntoRecordsWithPlans(count):
            return "the database already holds \(count) plans, which may be real; a demo goes only into an empty one"
        case .purgeNeedsArchive:
            return "purge archives each case before deleting it, and there is no archive folder: name one with "
                + "--archive DIR (or archive_dir in enplan.json); nothing was deleted"
        case let .archiveNotVerified(package, finding):
            return "the archive package \(package) did not check out (\(finding)); nothing was deleted"
        }
    }
}
