import PlanCore

/// Turns a CSV of citizens into new case files, collecting every problem by row and column so the
/// person fixing the file sees them all at once. Reads the columns a municipality's own export has
/// (post code and town into the address, the caseworker as coordinator when they are in the team,
/// the date the case was opened); any other column is left out and named, or refused when strict.
public enum CitizenImport {
    public static let knownColumns = ["name", "cpr", "target_group", "coordinator", "phone", "email", "address",
                                      "postcode", "town", "caseworker", "created", "benefit_start", "first_absence_day"]

    /// Columns `enplan list --format excel` adds after the ones it reads back: what a list only shows.
    static let listedOnly: Set<String> = ["id", "status", "nextfollowup", "næsteopfølgning", "consent", "samtykke",
                                          "overduedays", "overskredet", "cprmasked"]

    /// Danish and English column names, compared without case, spaces, '_', '-' and '.'.
    static let aliases: [String: String] = {
        var table: [String: String] = [:]
        let names: [String: [String]] = [
            "name": ["navn", "name", "fuldenavn", "fullname"],
            "cpr": ["cpr", "cprnummer", "cprnr", "cprnumber"],
            "target_group": ["målgruppe", "malgruppe", "maalgruppe", "targetgroup"],
            "coordinator": ["koordinator", "plankoordinator", "coordinator"],
            "phone": ["telefon", "tlf", "telefonnummer", "mobil", "phone"],
            "email": ["email", "mail"],
            "address": ["adresse", "address", "vejnavn", "street"],
            "postcode": ["postnr", "postnummer", "postcode", "zipcode", "zip"],
            "town": ["by", "bynavn", "postdistrikt", "town", "city"],
            "caseworker": ["sagsbehandler", "caseworker", "rådgiver", "radgiver"],
            "created": ["oprettetdato", "oprettet", "oprettelsesdato", "startdato", "created", "createddate", "opened"],
            "benefit_start": ["ydelsesstart", "benefitstart"],
            "first_absence_day": ["førstefraværsdag", "1fraværsdag", "firstabsenceday", "firstdayofabsence"],
        ]
        for (column, words) in names { for w in words { table[w] = column } }
        return table
    }()

    /// The import's own name for a column as written in a header, or nil for one it does not know.
    public static func canonicalColumn(_ written: String) -> String? {
        let folded = String(written.lowercased().filter { !" _-.\t".contains($0) })
        return aliases[folded] ?? (listedOnly.contains(folded) ? listedOnlyColumn : nil)
    }

    /// The name for a column that is read past without a note.
    static let listedOnlyColumn = "listed"

    /// - Parameters:
    ///   - isRegistered: whether a CPR number is already in the store, so a citizen is never imported twice.
    ///   - team: who a caseworker column may name (by login or full name).
    ///   - strict: a column the import does not read is a problem, not a note.
    ///   - makeID: a fresh id per new citizen.
    public static func caseFiles(from table: CSVTable, isRegistered: (CPRNumber) -> Bool, defaultCoordinator: String,
                                 team: [TeamMember] = [], strict: Bool = false,
                                 today: CalendarDate, makeID: () -> CitizenID) throws(StoreError) -> ImportOutcome {
        var problems: [ImportProblem] = []
        let header = table.header.map { canonicalColumn($0) }
        let written = table.headerAsWritten
        guard let nameColumn = header.firstIndex(of: "name") else {
            throw .importFailed([ImportProblem(row: 1, column: "name", kind: .noNameColumn(header: written))])
        }
        var ignored: [String] = []
        for (i, known) in header.enumerated() where known == nil {
            let name = written[i].isEmpty ? "#\(i + 1)" : written[i]
            if strict { problems.append(ImportProblem(row: 1, column: name, kind: .unknownColumn)) } else { ignored.append(name) }
        }
        var seenColumns = Set<String>()
        for (i, known) in header.enumerated() where known != listedOnlyColumn && known.map({ !seenColumns.insert($0).inserted }) == true {
            problems.append(ImportProblem(row: 1, column: written[i], kind: .repeatedColumn))
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        /// The column as the file names it, for messages in the user's words.
        func words(_ name: String) -> String { column(name).map { written[$0] } ?? name }
        var seenCPRs: [CPRNumber: Int] = [:]
        var groups: [String: Result<TargetGroup, ValidationError>] = [:]
        var files: [CaseFile] = []
        var outside: [String] = []
        var maskedCPRs = 0
        let colleagues = Dictionary(team.flatMap { m in [(SearchText.fold(m.name), m.name), (SearchText.fold(m.fullName), m.name)] }
                                        .filter { !$0.0.isEmpty }, uniquingKeysWith: { a, _ in a })
        for (rowNumber, fields) in table.rows {
            func value(_ index: Int?) -> String {
                guard let index, index < fields.count else { return "" }
                let text = fields[index].trimmingSpaces
                // The apostrophe enplan's own spreadsheet puts before a cell that would start a formula.
                if text.hasPrefix("'"), let next = text.unicodeScalars.dropFirst().first, SafeText.formulaStarts.contains(next) {
                    return String(text.dropFirst())
                }
                return text
            }
            if fields.count > header.count {
                problems.append(ImportProblem(row: rowNumber, column: nil, kind: .tooManyFields(count: fields.count, header: header.count)))
            }
            let name = value(nameColumn)
            var cpr: CPRNumber?
            let cprText = value(column("cpr"))
            if CPRNumber.isMasked(cprText) {
                maskedCPRs += 1
            } else if !cprText.isEmpty {
                do {
                    let number = try CPRNumber(cprText)
                    if isRegistered(number) {
                        problems.append(ImportProblem(row: rowNumber, column: words("cpr"), kind: .cprAlreadyHere(masked: number.masked)))
                    } else if let first = seenCPRs[number] {
                        problems.append(ImportProblem(row: rowNumber, column: words("cpr"), kind: .sameCPRAsRow(first)))
                    }
                    seenCPRs[number] = seenCPRs[number] ?? rowNumber
                    cpr = number
                } catch {
                    // The message must not repeat the full number: it goes to a terminal.
                    problems.append(ImportProblem(row: rowNumber, column: words("cpr"), kind: masked(error)))
                }
            }
            var group = TargetGroup.andet
            let groupText = value(column("target_group"))
            if !groupText.isEmpty {
                // A column of a few distinct words over 100,000 rows: each is read once.
                let parsed = groups[groupText] ?? Result { () throws(ValidationError) in try TargetGroup(parsing: groupText) }
                groups[groupText] = parsed
                switch parsed {
                case let .success(g): group = g
                case let .failure(error):
                    problems.append(ImportProblem(row: rowNumber, column: words("target_group"), kind: .invalid(error)))
                }
            }
            var coordinator = value(column("coordinator"))
            let caseworker = value(column("caseworker"))
            if coordinator.isEmpty, !caseworker.isEmpty {
                if let login = colleagues[SearchText.fold(caseworker)] {
                    coordinator = login
                } else if !outside.contains(caseworker) {
                    outside.append(caseworker)
                }
            }
            // An address typed over lines in an Excel cell (Alt+Enter) is one line here; the post
            // code and town of their own columns go after it, as on an envelope.
            let street = value(column("address")).split(separator: "\n").map { $0.trimmingSpaces }.joined(separator: ", ")
            let town = [value(column("postcode")), value(column("town"))].filter { !$0.isEmpty }.joined(separator: " ")
            // The days a contact rule counts from: a date, or nothing; a first day of absence not yet come is refused.
            func day(_ name: String) -> CalendarDate? {
                let text = value(column(name))
                guard !text.isEmpty else { return nil }
                guard let date = try? CalendarDate.parse(typed: String(text.split(separator: " ").first ?? "")) else {
                    problems.append(ImportProblem(row: rowNumber, column: words(name), kind: .notADate(text)))
                    return nil
                }
                if name == "first_absence_day", date > today {
                    problems.append(ImportProblem(row: rowNumber, column: words(name), kind: .absenceInFuture(date.iso)))
                    return nil
                }
                return date
            }
            var citizen = Citizen(id: makeID(), name: name, cpr: cpr, phone: value(column("phone")),
                                  email: value(column("email")),
                                  address: [street, town].filter { !$0.isEmpty }.joined(separator: ", "),
                                  targetGroup: group,
                                  coordinator: coordinator.isEmpty ? defaultCoordinator : coordinator)
            citizen.benefitStart = day("benefit_start")
            citizen.firstAbsenceDay = day("first_absence_day")
            var created = today
            let createdText = value(column("created"))
            if !createdText.isEmpty {
                // Excel may add a time of day: the date is the first word.
                let day = String(createdText.split(separator: " ").first ?? "")
                do {
                    let date = try CalendarDate.parse(typed: day)
                    if date > today {
                        problems.append(ImportProblem(row: rowNumber, column: words("created"), kind: .createdInFuture(date.iso)))
                    } else {
                        created = date
                    }
                } catch {
                    problems.append(ImportProblem(row: rowNumber, column: words("created"), kind: .notADate(createdText)))
                }
            }
            do { try citizen.validate() } catch {
                let field: String
                switch error {
                case let .required(f), let .tooLong(f, _), let .controlCharacter(f): field = f
                case .invalidPhone: field = "phone"
                case .invalidEmail: field = "email"
                default: field = "name"
                }
                problems.append(ImportProblem(row: rowNumber, column: column(field).map { written[$0] } ?? field,
                                              kind: .invalid(error)))
            }
            files.append(CaseFile(citizen: citizen, created: created, createdBy: defaultCoordinator))
        }
        if table.rows.isEmpty {
            problems.append(ImportProblem(row: 2, column: nil, kind: .noCitizens))
        }
        guard problems.isEmpty else { throw .importFailed(problems) }
        return ImportOutcome(files: files, ignoredColumns: ignored, caseworkersOutsideTeam: outside, maskedCPRs: maskedCPRs)
    }

    /// A CPR problem without the number typed: the message goes to a terminal.
    static func masked(_ error: ValidationError) -> ImportProblem.Kind {
        if case let .invalidCPR(_, reason) = error { return .notACPRNumber(reason) }
        return .invalid(error)
    }
}
