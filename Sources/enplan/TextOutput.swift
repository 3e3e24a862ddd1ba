import Foundation
import CaseRecords
import PlanCore
import TerminalKit

/// Tables, CSV and JSON for the non-interactive commands.
enum TextOutput {
    /// Columns aligned by terminal width, so names in any script line up.
    static func table(header: [String], rows: [[String]]) -> String {
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], min(DisplayWidth.of(cell), 40))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                parts.append(i == cells.count - 1 ? DisplayWidth.truncate(cell, to: 40) : DisplayWidth.pad(cell, to: widths[i]))
            }
            return parts.joined(separator: "  ")
        }
        var out = line(header) + "\n"
        out.reserveCapacity(rows.count * 120)
        for row in rows {
            out += line(row)
            out += "\n"
        }
        return out
    }

    static func csv(header: [String], rows: [[String]]) -> String { csv(rows: [header] + rows) }

    private static func csv(rows: some Sequence<[String]>) -> String {
        // Appended field by field into one string: a list of 200,000 rows spent a tenth of its time
        // joining arrays of fields.
        var out = ""
        for row in rows {
            for (i, s) in row.enumerated() {
                if i > 0 { out.append(",") }
                if s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                    out.append("\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
                } else {
                    out.append(s)
                }
            }
            out.append("\n")
        }
        return out
    }

    /// For Danish Excel: UTF-8 with a byte-order mark (else Excel reads Windows-1252), `;` (Danish
    /// Excel's list separator), CRLF, and a cell that Excel would run as a formula (`=`, `+`, `-`, `@`, a
    /// tab or CR first: `-2+3` is a formula too) prefixed with `'` so that it stays text. Cells are
    /// neutralised here, so the CRLF survives the output filter.
    static func excel(header: [String], rows: [[String]]) -> String { "\u{FEFF}" + excel(rows: [header] + rows) }

    private static func excel(rows: some Sequence<[String]>) -> String {
        func field(_ raw: String) -> String {
            var s = SafeText.neutralized(raw, keepingLines: true)
            if let first = s.unicodeScalars.first, SafeText.formulaStarts.contains(first) { s = "'" + s }
            return s.utf8.contains(where: { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = ""
        for row in rows {
            out += row.map(field).joined(separator: ";")
            out += "\r\n"
        }
        return out
    }

    /// CSV or Excel rows made and written a batch at a time: a caseload of 200,000 is never one string.
    /// Two batches are made at once, one on each core, and written in order.
    static func stream(_ format: OutputFormat, header: [String], count: Int, row: @escaping @Sendable (Int) -> [String]) {
        guard format == .csv || format == .excel else { return write(format, header: header, rows: (0..<count).map(row)) }
        let batch = 2000
        @Sendable func text(_ start: Int) -> String {
            let rows = (start..<min(count, start + batch)).lazy.map(row)
            let lines = start == 0 ? AnySequence([header] + Array(rows)) : AnySequence(rows)
            // The output filter per batch, on the core that made it.
            return format == .excel ? (start == 0 ? "\u{FEFF}" : "") + excel(rows: lines)
                                    : SafeText.neutralized(csv(rows: lines), keepingLines: true)
        }
        let starts = Array(stride(from: 0, to: max(count, 1), by: batch))
        for pair in stride(from: 0, to: starts.count, by: 2) {
            for piece in Concurrently.map(min(2, starts.count - pair), { i in text(starts[pair + i]) }) { Console.standardOutput(piece) }
        }
    }

    /// Rows in the format asked for: an aligned table (upper-case headers), CSV for scripts, or Excel's.
    /// - Parameter tableHeader: the table's column names in the user's language; csv and excel keep
    ///   the stable names of `header`.
    static func write(_ format: OutputFormat, header: [String], rows: [[String]], tableHeader: [String]? = nil) {
        switch format {
        case .excel: Console.standardOutput(excel(header: header, rows: rows))
        case .csv: write(csv(header: header, rows: rows))
        case .table, .json: write(table(header: tableHeader ?? header.map { $0.uppercased() }, rows: rows))
        }
    }

    static func json<T: Encodable>(_ value: T) throws(CLIError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
        } catch {
            throw .problems("could not write JSON: \(error)", da: "kunne ikke skrive JSON: \(error)")
        }
    }

    /// JSON with every control and bidi character that the encoder leaves raw (DEL, C1, the bidi
    /// overrides) written as a \u escape: the same JSON to a parser, harmless to a terminal.
    static func escapingControls(_ json: String) -> String {
        guard SafeText.mayNeedNeutralizing(json, keepingLines: true) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if s != "\n" && (SafeText.isControl(s) || SafeText.isBidiControl(s)) {
                let hex = String(s.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Everything printed goes through here: data from a document or an import never reaches the
    /// terminal as a control sequence (a name could otherwise set the title, clear the screen or write
    /// the clipboard).
    static func write(_ text: String) {
        Console.standardOutput(SafeText.neutralized(text, keepingLines: true))
    }
}
