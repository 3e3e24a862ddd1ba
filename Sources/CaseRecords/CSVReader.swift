import PlanCore

/// RFC 4180 CSV as spreadsheets write it: quoted fields with doubled quotes and line breaks inside,
/// CRLF or LF, a byte-order mark tolerated, the separator `,` `;` or a tab (found from the header line,
/// or from Excel's own `sep=;` first line), empty trailing columns and separator-only rows ignored.
///
/// Our own reader rather than a package: SwiftCSV and CSV.swift (yaslab) read one fixed delimiter and
/// UTF-8 only and know nothing of `sep=`, so the detection around them would be most of this file
/// anyway; this one is about sixty lines, counts rows as a person does, and is fuzzed in CI.
public struct CSVTable: Equatable, Sendable {
    /// Column names lower-cased and trimmed (the import maps Danish and English names to its own).
    public var header: [String]
    /// The header as written, for messages in the user's words.
    public var headerAsWritten: [String]
    /// Rows after the header, each with its 1-based line number in the file as a person counts rows.
    public var rows: [(number: Int, fields: [String])]
    /// The separator found.
    public var separator: Character

    public static func == (l: CSVTable, r: CSVTable) -> Bool {
        l.header == r.header && l.rows.map(\.fields) == r.rows.map(\.fields) && l.rows.map(\.number) == r.rows.map(\.number)
    }

    public enum ParseError: Error, Equatable, Sendable {
        case empty
        case unterminatedQuote(row: Int)
    }

    /// The separator the header line uses most, outside quotes: tab, `;` or `,`.
    package static func separator(of line: Substring) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if !quoted, counts[c] != nil { counts[c, default: 0] += 1 }
        }
        let best = ["\t", ";", ","].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ","
        return (counts[best] ?? 0) > 0 ? best : ","
    }

    public init(parsing text: String) throws(ParseError) {
        var text = Substring(text)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        var firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let separator: Character
        // Excel's "sep=;" line names the separator; Excel does not show it as a row, so neither do we.
        if firstLine.lowercased().hasPrefix("sep="), firstLine.count == 5, let named = firstLine.last {
            separator = named
            text = text.dropFirst(firstLine.count).drop { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        } else {
            separator = CSVTable.separator(of: firstLine)
        }
        self.separator = separator
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
                // A row of separators only (Excel writes them under a table) is no row.
                if !fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { records.append((recordStart, fields)) }
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
            if !fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { records.append((recordStart, fields)) }
        }
        guard let first = records.first else { throw .empty }
        // Excel's empty columns after the last named one are no columns.
        var written = first.1
        while let last = written.last, last.trimmingSpaces.isEmpty, written.count > 1 { written.removeLast() }
        headerAsWritten = written.map(\.trimmingSpaces)
        header = headerAsWritten.map { $0.lowercased() }
        let width = written.count
        rows = records.dropFirst().map { record in
            var fields = record.1
            while fields.count > width, let last = fields.last, last.trimmingSpaces.isEmpty { fields.removeLast() }
            return (number: record.0, fields: fields)
        }
    }
}
