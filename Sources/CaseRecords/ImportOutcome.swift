import PlanCore

/// What an import made, and what it left out of the file.
public struct ImportOutcome: Sendable {
    public var files: [CaseFile]
    /// Columns the import does not read, as the file names them.
    public var ignoredColumns: [String]
    /// Caseworkers named in the file who are not in the team: their citizens went to the one importing.
    public var caseworkersOutsideTeam: [String]
    /// Rows whose CPR number was masked (a list written without --reveal-cpr): imported without one.
    public var maskedCPRs: Int

    public init(files: [CaseFile], ignoredColumns: [String], caseworkersOutsideTeam: [String], maskedCPRs: Int) {
        self.files = files
        self.ignoredColumns = ignoredColumns
        self.caseworkersOutsideTeam = caseworkersOutsideTeam
        self.maskedCPRs = maskedCPRs
    }
}
