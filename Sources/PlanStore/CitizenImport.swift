import PlanCore

/// Turns a CSV of citizens into new case files, collecting every problem by row and column so the
/// person fixing the file sees them all at once.
public enum CitizenImport {
    public static let knownColumns = ["name", "cpr", "target_group", "coordinator", "phone", "email", "address"]

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
            "address": ["adresse", "address"],
        ]
        for (column, words) in names { for w in words { table[w] = column } }
        return table
    }()

    /// The import's own name for a column as written in a header, or nil for one it does not know.
    public static func canonicalColumn(_ written: String) -> String? {
        aliases[String(written.lowercased().filter { !" _-.\t".contains($0) })]
    }

    /// - Parameters:
    ///   - isRegistered: whether a CPR number is already in the store, so a citizen is never imported twice.
    ///   - makeID: a fresh id per new citizen.
    public static func caseFiles(from table: CSVTable, isRegistered: (CPRNumber) -> Bool, defaultCoordinator: String,
                                 today: CalendarDate, makeID: () -> CitizenID) throws(StoreError) -> [CaseFile] {
        var problems: [ImportProblem] = []
        let header = table.header.map { canonicalColumn($0) }
        let written = table.headerAsWritten
        guard let nameColumn = header.firstIndex(of: "name") else {
            throw .importFailed([ImportProblem(row: 1, column: "name", kind: .noNameColumn(header: written))])
        }
        for (i, known) in header.enumerated() where known == nil {
            problems.append(ImportProblem(row: 1, column: written[i].isEmpty ? "#\(i + 1)" : written[i], kind: .unknownColumn))
        }
        var seenColumns = Set<String>()
        for (i, known) in header.enumerated() where known.map({ !seenColumns.insert($0).inserted }) == true {
            problems.append(ImportProblem(row: 1, column: written[i], kind: .repeatedColumn))
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        /// The column as the file names it, for messages in the user's words.
        func words(_ name: String) -> String { column(name).map { written[$0] } ?? name }
        var seenCPRs: [CPRNumber: Int] = [:]
        var groups: [String: Result<TargetGroup, ValidationError>] = [:]
        var files: [CaseFile] = []
        for (rowNumber, fields) in table.rows {
            func value(_ index: Int?) -> String {
                guard let index, index < fields.count else { return "" }
                return fields[index].trimmingSpaces
            }
            if fields.count > header.count {
                problems.append(ImportProblem(row: rowNumber, column: nil, kind: .tooManyFields(count: fields.count, header: header.count)))
            }
            let name = value(nameColumn)
            var cpr: CPRNumber?
            let cprText = value(column("cpr"))
            if !cprText.isEmpty {
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
            let coordinatorText = value(column("coordinator"))
            let citizen = Citizen(id: makeID(), name: name, cpr: cpr, phone: value(column("phone")),
                                  email: value(column("email")),
                                  // An address typed over lines in an Excel cell (Alt+Enter) is one line here.
                                  address: value(column("address")).split(separator: "\n").map { $0.trimmingSpaces }
                                      .joined(separator: ", "),
                                  targetGroup: group,
                                  coordinator: coordinatorText.isEmpty ? defaultCoordinator : coordinatorText)
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
            files.append(CaseFile(citizen: citizen, created: today, createdBy: defaultCoordinator))
        }
        if table.rows.isEmpty {
            problems.append(ImportProblem(row: 2, column: nil, kind: .noCitizens))
        }
        guard problems.isEmpty else { throw .importFailed(problems) }
        return files
    }

    /// A CPR problem without the number typed: the message goes to a terminal.
    static func masked(_ error: ValidationError) -> ImportProblem.Kind {
        if case let .invalidCPR(_, reason) = error { return .notACPRNumber(reason) }
        return .invalid(error)
    }
}
