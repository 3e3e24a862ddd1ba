import Foundation
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

    static func csv(header: [String], rows: [[String]]) -> String {
        func field(_ s: String) -> String {
            s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = ""
        out.reserveCapacity(rows.count * 100)
        for row in [header] + rows {
            out += row.map(field).joined(separator: ",")
            out += "\n"
        }
        return out
    }

    static func json<T: Encodable>(_ value: T) throws(CLIError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            throw .problems("could not write JSON: \(error)")
        }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
