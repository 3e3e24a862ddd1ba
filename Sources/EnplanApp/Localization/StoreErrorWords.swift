import Foundation
import PlanCore
import PlanStore

extension Language {
    /// A store error in this language: what went wrong and what to do. Reasons the store composed
    /// deep inside (a decoding detail, a file's path) are kept as they are.
    public func describe(_ error: StoreError) -> String {
        guard self == .da else { return error.description }
        switch error {
        case let .folderUnusable(path, reason):
            return "datamappen \(path) kan ikke bruges: \(reason)"
        case let .notFound(id):
            return "ingen borger med id \(id); 'enplan list' viser id'erne"
        case let .conflict(id, basedOn, onDisk, by):
            return "\(id) blev ændret af \(by) (revision \(onDisk)), efter du åbnede revision \(basedOn); "
                + "intet blev overskrevet: genindlæs og læg din ændring ind igen"
        case let .damaged(id, path, reason):
            return "planen for \(id) kan ikke læses (\(path): \(reason)); den er ikke rørt"
        case let .newerFormat(path, version):
            return "\(path) er skrevet af en nyere enplan (format \(version)); opdatér enplan for at bruge den"
        case .readOnly:
            return "datamappen er kun åbnet til læsning; intet kan ændres"
        case let .alreadyExists(id):
            return "der findes allerede en borger med id \(id)"
        case let .invalid(problem):
            return describe(problem)
        case let .importFailed(problems):
            return "intet blev importeret:\n" + problems.map { p in
                "  række \(p.row)" + (p.column.map { ", kolonne '\($0)'" } ?? "") + ": " + p.message
            }.joined(separator: "\n")
        case let .refused(reason):
            return reason
        case let .io(operation, path, code):
            return "kunne ikke \(Language.danishOperations[operation] ?? operation) \(path): \(Language.explainInDanish(code))"
        case let .oddFile(path, kind):
            return "\(path) er \(Language.danishKinds[kind] ?? "ikke en almindelig fil"), hvor der skal være en fil; den er ikke rørt"
        case let .duplicateCPR(existing, name):
            return "en borger med dette CPR-nummer er her allerede: \(SafeText.neutralized(name)) (\(existing))"
        }
    }

    private static let danishOperations = [
        "read": "læse", "write": "skrive", "create": "oprette", "replace": "erstatte", "flush": "gemme",
        "close": "lukke", "list": "liste", "lock": "låse", "open": "åbne", "remove": "fjerne",
        "set permissions on": "sætte rettigheder på", "encode": "kode",
    ]

    private static let danishKinds: [StoreError.OddKind: String] = [
        .folder: "en mappe", .symbolicLink: "et symbolsk link, som enplan aldrig følger", .device: "en enhed",
        .pipe: "en pipe", .socket: "en socket", .unknown: "ikke en almindelig fil",
    ]

    /// An errno in Danish words a person can act on; the C library's English for the rare ones.
    static func explainInDanish(_ code: Int32) -> String {
        switch code {
        case 28: return "disken er fuld; frigør plads og prøv igen (intet blev ændret)"
        case 13, 1: return "adgang nægtet"
        case 2: return "den findes ikke"
        case 17: return "den findes allerede; vælg et andet navn"
        case 30: return "filsystemet er skrivebeskyttet"
        case 122: return "diskkvoten er opbrugt"
        case 27: return "filen er større end systemet tillader; intet blev ændret"
        case 21: return "det er en mappe, ikke en fil"
        case 20: return "en del af stien er ikke en mappe"
        case 40: return "det er et symbolsk link, som enplan aldrig følger"
        case 5: return "disken meldte en ind/ud-fejl; disken kan være ved at gå i stykker"
        case 36: return "navnet er for langt"
        case 16: return "den er optaget"
        case 24, 23: return "for mange filer er åbne"
        case 12: return "systemet mangler hukommelse"
        case 4, 11: return "afbrudt; prøv igen"
        case 39: return "mappen er ikke tom"
        default: return StoreError.explain(code)
        }
    }
}
