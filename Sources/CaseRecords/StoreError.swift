#if canImport(Glibc)
import Glibc
#endif
import PlanCore

/// Everything the store can refuse or fail at, in terms a person can act on.
public indirect enum StoreError: Error, Equatable, Sendable {
    /// The data folder is missing, unreadable, or of a newer format than this enplan.
    case folderUnusable(path: String, FolderProblem)
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
    case refused(Refusal)
    /// A system call failed; `operation` says what we were doing.
    case io(operation: String, path: String, code: Int32)
    /// Something other than a regular file stands where a file belongs; it is left alone.
    case oddFile(path: String, kind: OddKind)
    /// A citizen with this CPR number is already in the data folder.
    case duplicateCPR(existing: CitizenID, name: String)
    /// The caseload could be read, but its listing could not be audited (why): nobody may be shown.
    case listingNotAudited(StoreError)
    /// The database cannot be reached (or refused the connection), with the server's words.
    case unreachable(place: String, reason: String)
    /// The database has no enplan schema yet: `enplan init` makes it.
    case notInitialized(place: String)
    /// The database refused a statement.
    case database(DatabaseProblem)

    public enum OddKind: Equatable, Sendable {
        case folder, symbolicLink, device, pipe, socket, unknown


        public var words: String {
            switch self {
            case .folder: return "a folder"
            case .symbolicLink: return "a symbolic link, which enplan never follows"
            case .device: return "a device"
            case .pipe: return "a pipe"
            case .socket: return "a socket"
            case .unknown: return "not a regular file"
            }
        }
    }
}

/// One problem in an import file, by row and column.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    public var row: Int
    /// The column as the file names it.
    public var column: String?
    public var kind: Kind

    /// What is wrong with a row or the header; never the whole CPR number.
    public enum Kind: Equatable, Sendable {
        /// The header has no name column; it has these.
        case noNameColumn(header: [String])
        case unknownColumn
        case repeatedColumn
        case tooManyFields(count: Int, header: Int)
        case cprAlreadyHere(masked: String)
        case sameCPRAsRow(Int)
        case notACPRNumber(ValidationError.CPRProblem)
        case invalid(ValidationError)
        case noCitizens
        /// The date a case was opened is not a date (as written).
        case notADate(String)
        /// The date a case was opened is after today (ISO).
        case createdInFuture(String)
        /// A first day of absence after today (ISO).
        case absenceInFuture(String)

        /// The problem in English.
        public var message: String {
            switch self {
            case let .noNameColumn(header):
                return "the header has no name column ('navn' or 'name'); it has: " + header.joined(separator: ", ")
            case .unknownColumn:
                return "a column the import does not read (--strict refuses it); it reads: navn/name, cpr, "
                    + "målgruppe/target_group, koordinator/coordinator, sagsbehandler/caseworker, telefon/phone, "
                    + "e-mail/email, adresse/address, postnr./postcode, by/town, oprettet dato/created, "
                + "ydelsesstart/benefit_start, første fraværsdag/first_absence_day"
            case .repeatedColumn: return "this column comes twice in the header; keep one"
            case let .tooManyFields(count, header): return "\(count) fields, but the header has \(header)"
            case let .cprAlreadyHere(masked): return "a citizen with CPR \(masked) already exists"
            case let .sameCPRAsRow(row): return "the same CPR number as row \(row)"
            case .notACPRNumber(.format): return "not a CPR number: write DDMMYY-SSSS, ten digits"
            case .notACPRNumber(.noSuchBirthDate): return "not a CPR number: the first six digits are not a real birth date"
            case let .invalid(problem): return problem.description
            case .noCitizens: return "the file has a header but no citizens"
            case let .notADate(text): return "'\(text)' is not a date; write 22.11.2026 or 2026-11-22"
            case let .createdInFuture(iso): return "the case cannot be opened on \(iso), after today"
            case let .absenceInFuture(iso): return "a first day of absence cannot be \(iso), after today"
            }
        }
    }

    public init(row: Int, column: String?, kind: Kind) {
        self.row = row
        self.column = column
        self.kind = kind
    }

    /// The problem in English.
    public var message: String { kind.message }

    public var description: String {
        if let column { return "row \(row), column '\(column)': \(message)" }
        return "row \(row): \(message)"
    }
}

extension StoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .folderUnusable(path, problem):
            return "the data folder \(path) cannot be used: \(problem)"
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
        case let .refused(refusal):
            return refusal.description
        case let .io(operation, path, code):
            return "could not \(operation) \(path): \(StoreError.explain(code))"
        case let .oddFile(path, kind):
            return "\(path) is \(kind.words), where a file belongs; it is left alone"
        case let .duplicateCPR(existing, name):
            return "a citizen with this CPR number is already here: \(SafeText.neutralized(name)) (\(existing))"
        case let .listingNotAudited(error):
            return "no one is shown: the audit trail cannot be written (\(error)); every view must be audited"
        case let .unreachable(place, reason):
            return "the database \(place) cannot be reached: \(reason); nothing was changed"
        case let .notInitialized(place):
            return "the database \(place) has no enplan records yet; run 'enplan init --data \(place)' first"
        case let .database(problem):
            return "the database refused it: \(problem.message)" + (problem.isTransient ? "; try again" : "")
        }
    }

    /// An errno in words a person can act on.
    public static func explain(_ code: Int32) -> String {
        switch code {
        case 28: return "the disk is full; free some space and try again (nothing was changed)"
        case 13, 1: return "permission denied"
        case 2: return "it does not exist"
        case 17: return "it already exists; choose another name"
        case 30: return "the file system is read-only"
        case 122: return "the disk quota is exceeded"
        case 27: return "the file is larger than this system allows (a file size limit); nothing was changed"
        case 21: return "it is a folder, not a file"
        case 20: return "a part of the path is not a folder"
        case 40: return "it is a symbolic link, which enplan never follows"
        case 5: return "the disk reported an input/output error; the disk may be failing"
        case 36: return "the name is too long"
        case 16: return "it is busy"
        case 24, 23: return "too many files are open"
        case 12: return "the system is out of memory"
        case 4: return "interrupted; try again"
        case 11: return "temporarily unavailable; try again"
        case 18: return "it would have to move to another file system"
        case 39: return "the folder is not empty"
        case 22: return "the request was invalid"
        case 9: return "an internal file handle was invalid"
        default:
            // Every other errno in words, from the C library, never as a bare number.
            return strerror(code).map { String(cString: $0).lowercased() } ?? "an unexpected system error"
        }
    }

    /// True for conditions the user causes and can fix (as opposed to a damaged system).
    public var isConflict: Bool {
        if case .conflict = self { return true }
        return false
    }
}
