import PlanCore

/// RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside, CRLF or LF, a UTF-8 byte
/// order mark tolerated; `;` accepted as the separator because Danish spreadsheets write it.
public struct CSVTable: Equatable, Sendable {
    public var header: [String]
    /// Rows after the header, each with its 1-based line number in the file as a person counts rows.
    public var rows: [(number: Int, fields: [String])]

    public static func == (l: CSVTable, r: CSVTable) -> Bool {
        l.header == r.header && l.rows.map(\.fields) == r.rows.map(\.fields) && l.rows.map(\.number) == r.rows.map(\.number)
    }

    public enum ParseError: Error, Equatable, Sendable {
        case empty
        case unterminatedQuote(row: Int)
    }

    public init(parsing text: String) throws(ParseError) {
        var text = Substring(text)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        var records: [(Int, [String])] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var row = 1
        var recordStart = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.append("\"") } else { inQuotes = false; pending = n }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { row += 1 }
                    field.append(c == "\r\n" ? "\n" : c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
            case separator:
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                field = ""
                if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordStart, fields)) }
                fields = []
                row += 1
                recordStart = row
            default:
                field.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(row: recordStart) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordStart, fields))
        }
        guard let first = records.first else { throw .empty }
        header = first.1.map { $0.trimmingSpaces.lowercased() }
        rows = records.dropFirst().map { (number: $0.0, fields: $0.1) }
    }
}
