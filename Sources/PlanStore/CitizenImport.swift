import PlanCore

/// Turns a CSV of citizens into new case files, collecting every problem by row and column so the
/// person fixing the file sees them all at once.
public enum CitizenImport {
    public static let knownColumns = ["name", "cpr", "target_group", "coordinator", "phone", "email"]

    /// - Parameters:
    ///   - isRegistered: whether a CPR number is already in the store, so a citizen is never imported twice.
    ///   - makeID: a fresh id per new citizen.
    public static func caseFiles(from table: CSVTable, isRegistered: (CPRNumber) -> Bool, defaultCoordinator: String,
                                 today: CalendarDate, makeID: () -> CitizenID) throws(StoreError) -> [CaseFile] {
        var problems: [ImportProblem] = []
        guard let nameColumn = table.header.firstIndex(of: "name") else {
            throw .importFailed([ImportProblem(row: 1, column: "name", message: "the header has no 'name' column")])
        }
        for (i, column) in table.header.enumerated() where !knownColumns.contains(column) {
            problems.append(ImportProblem(row: 1, column: column.isEmpty ? "#\(i + 1)" : column,
                                          message: "unknown column; use: " + knownColumns.joined(separator: ", ")))
        }
        var seenColumns = Set<String>()
        for column in table.header where !column.isEmpty && !seenColumns.insert(column).inserted {
            problems.append(ImportProblem(row: 1, column: column, message: "this column comes twice in the header; keep one"))
        }
        func column(_ name: String) -> Int? { table.header.firstIndex(of: name) }
        var seenCPRs: [CPRNumber: Int] = [:]
        var files: [CaseFile] = []
        for (rowNumber, fields) in table.rows {
            func value(_ index: Int?) -> String {
                guard let index, index < fields.count else { return "" }
                return fields[index].trimmingSpaces
            }
            if fields.count > table.header.count {
                problems.append(ImportProblem(row: rowNumber, column: nil,
                    message: "\(fields.count) fields, but the header has \(table.header.count)"))
            }
            let name = value(nameColumn)
            var cpr: CPRNumber?
            let cprText = value(column("cpr"))
            if !cprText.isEmpty {
                do {
                    let number = try CPRNumber(cprText)
                    if isRegistered(number) {
                        problems.append(ImportProblem(row: rowNumber, column: "cpr",
                            message: "a citizen with CPR \(number.masked) already exists"))
                    } else if let first = seenCPRs[number] {
                        problems.append(ImportProblem(row: rowNumber, column: "cpr",
                            message: "the same CPR number as row \(first)"))
                    }
                    seenCPRs[number] = seenCPRs[number] ?? rowNumber
                    cpr = number
                } catch {
                    // The message must not repeat the full number: it goes to a terminal.
                    problems.append(ImportProblem(row: rowNumber, column: "cpr", message: maskedMessage(error)))
                }
            }
            var group = TargetGroup.andet
            let groupText = value(column("target_group"))
            if !groupText.isEmpty {
                do { group = try TargetGroup(parsing: groupText) } catch {
                    problems.append(ImportProblem(row: rowNumber, column: "target_group", message: error.description))
                }
            }
            let coordinatorText = value(column("coordinator"))
            let citizen = Citizen(id: makeID(), name: name, cpr: cpr, phone: value(column("phone")),
                                  email: value(column("email")), targetGroup: group,
                                  coordinator: coordinatorText.isEmpty ? defaultCoordinator : coordinatorText)
            do { try citizen.validate() } catch {
                let field: String
                switch error {
                case let .required(f), let .tooLong(f, _), let .controlCharacter(f): field = f
                default: field = "name"
                }
                problems.append(ImportProblem(row: rowNumber, column: field, message: error.description))
            }
            files.append(CaseFile(citizen: citizen, created: today, createdBy: defaultCoordinator))
        }
        if table.rows.isEmpty {
            problems.append(ImportProblem(row: 2, column: nil, message: "the file has a header but no citizens"))
        }
        guard problems.isEmpty else { throw .importFailed(problems) }
        return files
    }

    static func maskedMessage(_ error: ValidationError) -> String {
        switch error {
        case .invalidCPR(_, .format): return "not a CPR number: write DDMMYY-SSSS, ten digits"
        case .invalidCPR(_, .noSuchBirthDate): return "not a CPR number: the first six digits are not a real birth date"
        default: return error.description
        }
    }
}
