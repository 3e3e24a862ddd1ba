import PlanCore

/// Everything the store can refuse or fail at, in terms a person can act on.
public enum StoreError: Error, Equatable, Sendable {
    /// The data folder is missing, unreadable, or of a newer format than this enplan.
    case folderUnusable(path: String, reason: String)
    case notFound(CitizenID)
    /// Someone saved this citizen after the edit began; nothing was written.
    case conflict(CitizenID, basedOn: Int, onDisk: Int, by: String)
    /// The document cannot be read; it is left untouched.
    case damaged(CitizenID, path: String, reason: String)
    /// Written by a newer enplan; reading would risk losing what it knows and we don't.
    case newerFormat(path: String, version: Int)
    case readOnly
    case alreadyExists(CitizenID)
    case invalid(ValidationError)
    case importFailed([ImportProblem])
    /// Not allowed here, with the reason.
    case refused(String)
    /// A system call failed; `operation` says what we were doing.
    case io(operation: String, path: String, code: Int32)
}

/// One problem in an import file, by row and column.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: String?
    public var message: String

    public init(row: Int, column: String?, message: String) {
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String {
        if let column { return "row \(row), column '\(column)': \(message)" }
        return "row \(row): \(message)"
    }
}

extension StoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .folderUnusable(path, reason):
            return "the data folder \(path) cannot be used: \(reason)"
        case let .notFound(id):
            return "no citizen with id \(id); 'enplan list' shows the ids"
        case let .conflict(id, basedOn, onDisk, by):
            return "\(id) was changed by \(by) (revision \(onDisk)) after you opened revision \(basedOn); "
                + "nothing was overwritten: reload and apply your change again"
        case let .damaged(id, path, reason):
            return "the plan of \(id) cannot be read (\(path): \(reason)); it is left untouched"
        case let .newerFormat(path, version):
            return "\(path) was written by a newer enplan (format \(version)); upgrade enplan to use it"
        case .readOnly:
            return "the data folder is open read-only; nothing can be changed"
        case let .alreadyExists(id):
            return "a citizen with id \(id) already exists"
        case let .invalid(problem):
            return problem.description
        case let .importFailed(problems):
            return "nothing was imported:\n" + problems.map { "  " + $0.description }.joined(separator: "\n")
        case let .refused(reason):
            return reason
        case let .io(operation, path, code):
            return "could not \(operation) \(path): \(StoreError.explain(code))"
        }
    }

    static func explain(_ code: Int32) -> String {
        switch code {
        case 28: return "the disk is full; free some space and try again (nothing was changed)"
        case 13, 1: return "permission denied"
        case 2: return "it does not exist"
        case 17: return "it already exists; choose another name"
        case 30: return "the file system is read-only"
        case 122: return "the disk quota is exceeded"
        case 27: return "the file is larger than this system allows (a file size limit); nothing was changed"
        default: return "system error \(code)"
        }
    }

    /// True for conditions the user causes and can fix (as opposed to a damaged system).
    public var isConflict: Bool {
        if case .conflict = self { return true }
        return false
    }
}
