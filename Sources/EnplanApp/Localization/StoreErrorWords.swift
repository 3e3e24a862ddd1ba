import Foundation
import PlanCore
import CaseRecords

extension Language {
    /// A store error in this language: what went wrong and what to do. Reasons the store composed
    /// deep inside (a decoding detail, a file's path) are kept as they are.
    public func describe(_ error: StoreError) -> String {
        guard self == .da else { return error.description }
        switch error {
        case let .folderUnusable(path, problem):
            return "datamappen \(path) kan ikke bruges: " + describe(problem)
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
                "  række \(p.row)" + (p.column.map { ", kolonne '\($0)'" } ?? "") + ": " + describe(p.kind)
            }.joined(separator: "\n")
        case let .refused(refusal):
            return describe(refusal)
        case let .io(operation, path, code):
            return "kunne ikke \(Language.danishOperations[operation] ?? operation) \(path): \(Language.explainInDanish(code))"
        case let .oddFile(path, kind):
            return "\(path) er \(Language.danishKinds[kind] ?? "ikke en almindelig fil"), hvor der skal være en fil; den er ikke rørt"
        case let .duplicateCPR(existing, name):
            return "en borger med dette CPR-nummer er her allerede: \(SafeText.neutralized(name)) (\(existing))"
        case let .listingNotAudited(error):
            return "ingen vises: revisionssporet kan ikke skrives (\(describe(error))); enhver visning skal logges"
        case let .unreachable(place, reason):
            return "databasen \(place) kan ikke nås: \(reason); intet blev ændret"
        case let .notInitialized(place):
            return "databasen \(place) har endnu ingen enplan-data; kør først 'enplan init --data \(place)'"
        case let .database(problem):
            return "databasen afviste det: \(problem.message)" + (problem.isTransient ? "; prøv igen" : "")
        }
    }

    /// What is wrong with a row or the header of an import, in this language.
    public func describe(_ problem: ImportProblem.Kind) -> String {
        guard self == .da else { return problem.message }
        switch problem {
        case let .noNameColumn(header):
            return "overskriften har ingen navnekolonne ('navn' eller 'name'); den har: " + header.joined(separator: ", ")
        case .unknownColumn:
            return "en kolonne, importen ikke læser (--strict afviser den); den læser: navn, cpr, målgruppe, koordinator, "
                + "sagsbehandler, telefon, e-mail, adresse, postnr., by, oprettet dato, ydelsesstart, første fraværsdag "
                + "(eller de engelske navne)"
        case .repeatedColumn: return "kolonnen står to gange i overskriften; behold én"
        case let .tooManyFields(count, header): return "\(count) felter, men overskriften har \(header)"
        case let .cprAlreadyHere(masked): return "en borger med CPR \(masked) findes allerede"
        case let .sameCPRAsRow(row): return "samme CPR-nummer som række \(row)"
        case .notACPRNumber(.format): return "ikke et CPR-nummer: skriv DDMMÅÅ-SSSS, ti cifre"
        case .notACPRNumber(.noSuchBirthDate): return "ikke et CPR-nummer: de første seks cifre er ikke en rigtig fødselsdato"
        case let .invalid(error): return describe(error)
        case .noCitizens: return "filen har en overskrift, men ingen borgere"
        case let .notADate(text): return "'\(text)' er ikke en dato; skriv 22.11.2026 eller 2026-11-22"
        case let .createdInFuture(iso):
            return "sagen kan ikke være oprettet \(CalendarDate(iso: iso).map { Language.da.date($0) } ?? iso), efter i dag"
        case let .absenceInFuture(iso):
            return "første fraværsdag kan ikke være \(CalendarDate(iso: iso).map { Language.da.date($0) } ?? iso), efter i dag"
        }
    }

    /// Why a data folder cannot be used, in this language.
    public func describe(_ problem: FolderProblem) -> String {
        guard self == .da else { return problem.description }
        switch problem {
        case let .noAccess(code):
            return "du har ikke adgang til den (\(Language.explainInDanish(code))); spørg den, der passer mappen, eller brug --data"
        case .missing: return "den findes ikke; kør 'enplan demo' eller 'enplan import' for at oprette en, eller brug --data"
        case let .notAFolder(kind):
            return "den er \(kind.map { Language.danishKinds[$0] ?? "ikke en almindelig fil" } ?? "en fil"), ikke en mappe; "
                + "angiv datamappen med --data"
        case let .unreadable(reason): return "den kan ikke læses: \(reason); bed den, der passer mappen, om adgang"
        case .empty: return "den er tom; kør 'enplan demo' eller 'enplan import' først"
        case .notAnEnplanFolder: return "den er ikke en enplan-datamappe (ingen enplan.json)"
        case let .settingsUnreadable(error): return "enplan.json kan ikke læses (\(describe(error)))"
        case .settingsDamaged: return "enplan.json er beskadiget; hent den fra en sikkerhedskopi"
        case let .newerFormat(version): return "den er skrevet af en nyere enplan (format \(version)); opdatér enplan"
        case let .parentCannotBeCreated(reason): return "mappen over den kan ikke oprettes (\(reason))"
        case let .cannotBeCreated(error): return "den kan ikke oprettes: \(describe(error)); intet blev efterladt"
        case .keyMissing: return "enplan.key mangler"
        case .keyDamaged: return "nøglefilen er beskadiget; hent enplan.key fra en sikkerhedskopi"
        case .keyMissingWithTrail:
            return "enplan.key mangler, men mappen har et auditspor lavet med den: hent enplan.key fra din sikkerhedskopi "
                + "(med en ny nøgle kunne ægte og forfalsket historik ikke skelnes)"
        case let .usersDamaged(reason): return "users.json er beskadiget (\(reason))"
        }
    }

    /// What `check` warns about, in this language.
    public func describe(_ warning: CheckWarning, _ catalogues: Catalogues) -> String {
        switch warning {
        case let .consent(id, consent): return "citizens/\(id).json: " + describe(consent, catalogues)
        case .legalBasisWithoutSource where self == .en: return warning.description
        case let .legalBasisWithoutSource(reference):
            return "catalogues/legal-bases.json: '\(reference)' nævner ingen kilde (lov, nummer og dato, paragraf, "
                + "dato for kontrol); tjek den mod den gældende lov"
        case .legalBasisNotInForce where self == .en, .legalBasisRecheckDue where self == .en, .offerNotInForce where self == .en:
            return warning.description
        case let .legalBasisNotInForce(id, effort, reference, start):
            return "citizens/\(id).json: indsats \(effort) begyndte \(start.iso) efter '\(reference)', som kataloget har gældende på et andet tidspunkt"
        case let .legalBasisRecheckDue(reference, since):
            return "catalogues/legal-bases.json: '\(reference)' skulle tjekkes mod loven igen fra \(since.iso)"
        case let .offerNotInForce(id, effort, offer, start):
            return "citizens/\(id).json: indsats \(effort) begyndte \(start.iso) som tilbuddet '\(offer)', som kataloget har gældende på et andet tidspunkt"
        }
    }

    /// What the store will not do, in this language.
    public func describe(_ refusal: Refusal) -> String {
        guard self == .da else { return refusal.description }
        switch refusal {
        case .auditKeyUnreadable:
            return "auditsporet kan ikke skrives: datamappens nøgle (enplan.key) kan ikke læses; "
                + "intet vises eller ændres uden en auditlinje"
        case let .auditTailDamaged(path):
            return "auditsporets sidste linje er beskadiget (\(path)); intet vises eller ændres, "
                + "før det er repareret: kør 'enplan audit repair'"
        case let .auditKeyMissing(forPurge):
            return "auditsporet kan ikke \(forPurge ? "ryddes" : "repareres") uden datamappens nøgle (enplan.key)"
        case let .auditSegmentNotOurs(path):
            return "\(path) er ikke en auditfil, enplan har lavet (den er linket andetsteds fra eller ejes af en anden); "
                + "intet blev skrevet i den"
        case let .auditFolderOfAnotherAccount(path, uid):
            return "\(path) tilhører en anden konto (uid \(uid)); enplan skriver kun sit auditspor i sin egen kontos mapper"
        case let .actingAsNotAllowed(user):
            return "--as er ikke tilladt i denne datamappe: enplan handler som styresystemets bruger (\(user))"
        case let .planChangedWhileSaving(id):
            return "\(id): planen blev ændret, mens den blev gemt; prøv igen"
        case let .notAUserName(name):
            return "'\(name)' er ikke et brugernavn (bogstaver, cifre, '.', '_' og '-')"
        case let .notInTeam(name):
            return "\(name) er ikke med i teamet (users.json); tilføj vedkommende med 'enplan users add' først"
        case let .supervisorCannotCoordinate(name):
            return "\(name) er supervisor og kan ikke være plankoordinator"
        case let .fileExists(path):
            return "\(path) findes allerede; vælg et andet filnavn"
        case .exportToPathInSession:
            return "i en teamsession skrives intet på serveren; hent brevet med 'ssh <servicekonto>@<server> letter ID'"
        case let .exportThroughSymbolicLink(path):
            return "\(path) går gennem et symbolsk link; en udskrift skrives kun i en rigtig mappe"
        case let .exportIntoHiddenPlace(path):
            return "\(path) er en skjult fil eller mappe (navnet begynder med '.'); vælg et synligt sted"
        case let .pathWithControlCharacter(path):
            return "stien \(SafeText.neutralized(path)) indeholder et kontroltegn (linjeskift, tabulator, escape); angiv den uden"
        case let .auditDirOnWritableFolder(path):
            return "--audit-dir er kun til en kopi, denne konto ikke kan skrive i; \(path) kan skrives, så dens visninger logges i dens eget spor"
        case let .demoIntoRecordsWithPlans(count):
            return "databasen rummer allerede \(count) planer, som kan være rigtige; en demo skrives kun i en tom"
        case .purgeNeedsArchive:
            return "purge arkiverer hver sag, før den slettes, og der er ingen arkivmappe: angiv en med "
                + "--archive MAPPE (eller archive_dir i enplan.json); intet blev slettet"
        case let .archiveNotVerified(package, finding):
            return "arkivpakken \(package) kunne ikke kontrolleres (\(describe(finding))); intet blev slettet"
        }
    }

    static let danishOperations = [
        "read": "læse", "write": "skrive", "create": "oprette", "replace": "erstatte", "flush": "gemme",
        "close": "lukke", "list": "liste", "lock": "låse", "open": "åbne", "remove": "fjerne", "delete": "slette",
        "set permissions on": "sætte rettigheder på", "encode": "kode", "create the folder": "oprette mappen",
        "append to the audit trail": "skrive i auditsporet", "encode an audit entry": "kode en auditlinje",
        "flush the audit trail": "gemme auditsporet", "flush the folder": "gemme mappen",
        "lock the audit trail": "låse auditsporet", "open the audit trail": "åbne auditsporet",
        "open the audit trail folder": "åbne auditsporets mappe", "open the folder": "åbne mappen",
        "open the lock": "åbne låsen", "read the audit trail": "læse auditsporet",
        "repair the audit trail": "reparere auditsporet", "make a random key for": "lave en tilfældig nøgle til",
        "move into place": "flytte på plads",
        "move into place (a document of that id appeared meanwhile)": "flytte på plads (en plan med det id kom til imens)",
        "finish work begun in the background": "gøre arbejdet i baggrunden færdigt",
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
