/// Styles for roles, degraded to what the terminal can show.
public struct Theme: Sendable {
    public var name: String
    public var styles: [String: Style]

    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role on a terminal with `colors` colours. Without colour, only attributes remain:
    /// the theme's own plus the role's monochrome attributes. A role the theme does not name falls back
    /// to its parent ("section.employment" to "section") and then to "text". With 8 or 16 colours, a
    /// foreground on the terminal's own background that comes down to black or white (a grey has no
    /// place there) would vanish on a dark or a light screen: the terminal's own foreground is used
    /// instead, dimmed where the theme meant something quieter than text.
    public func style(_ role: Role, colors: Int) -> Style {
        var name = role.name
        var found = styles[name]
        while found == nil, let dot = name.lastIndex(of: ".") {
            name = String(name[..<dot])
            found = styles[name]
        }
        let style = found ?? styles["text"] ?? .plain
        guard colors > 0 else { return Style(attributes: style.attributes.union(role.monochrome)) }
        return Theme.readable(style, colors: colors)
    }

    /// See `style(_:colors:)`: the colours a screen's background may be, never a foreground on it.
    static func readable(_ style: Style, colors: Int) -> Style {
        guard colors < 256, style.background == .default, style.foreground != .default,
              Color.backgroundLike.contains(style.foreground.index(forTerminalColors: colors)) else { return style }
        var readable = style
        readable.foreground = .default
        if style.foreground.isGrey { readable.attributes.insert(.dim) }
        return readable
    }

    /// The theme enplan falls back to when no theme file can be read.
    public static let builtIn = Theme(name: "default", styles: [
        "text": Style(),
        "muted": Style(foreground: .brightBlack),
        "title": Style(foreground: .brightCyan, attributes: .bold),
        "border": Style(foreground: .brightBlack),
        "selection": Style(foreground: .black, background: .cyan),
        "status-bar": Style(foreground: .black, background: .white),
        "key": Style(foreground: .brightYellow, attributes: .bold),
        "error": Style(foreground: .brightRed, attributes: .bold),
        "warning": Style(foreground: .yellow, attributes: .bold),
        "success": Style(foreground: .green),
        "accent": Style(foreground: .cyan, attributes: .bold),
        "input": Style(attributes: .underline),
        "chart.1": Style(foreground: .cyan),
        "chart.2": Style(foreground: .magenta),
        "chart.3": Style(foreground: .green),
        "chart.4": Style(foreground: .yellow),
    ])

    /// Monochrome: attributes only, whatever the terminal can do.
    public static let monochrome = Theme(name: "monochrome", styles: ["text": Style()])
}

/// A theme file that could not be read, with the place to fix it.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var problem: Problem

    /// What is wrong at that line, as a value an application can put in its own language.
    public enum Problem: Equatable, Sendable {
        case badTableHeader
        case badTableName(String)
        case tableTwice(String)
        case expectedKeyValue
        case badKey(String)
        case keySetTwice(String)
        case unclosedString
        case notAValue(String)
        case notARole(String, roles: [String])
        case notAColour(String)
        case unknownSetting(String, table: String)
    }

    public var message: String {
        switch problem {
        case .badTableHeader: return "a table header must look like [name]"
        case let .badTableName(name): return "'\(name)' is not a valid table name"
        case let .tableTwice(name): return "[\(name)] appears twice"
        case .expectedKeyValue: return "expected key = value"
        case let .badKey(key): return "'\(key)' is not a valid key"
        case let .keySetTwice(key): return "'\(key)' is set twice"
        case .unclosedString: return "a string is not closed with \""
        case let .notAValue(raw): return "'\(raw)' is not a value: use \"text\", a number, true or false"
        case let .notARole(table, roles): return "[\(table)] is not a role; the roles are: " + roles.joined(separator: ", ")
        case let .notAColour(text): return "'\(text)' is not a colour: use a name such as \"cyan\", 0-255 or \"#rrggbb\""
        case let .unknownSetting(key, table): return "unknown setting '\(key)' in [\(table)]: use fg, bg, bold, reverse, underline or dim"
        }
    }

    /// "file:line: " and then the problem in whatever words the caller gives.
    public func described(_ message: String) -> String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }

    public var description: String { described(message) }
}

extension Theme {
    /// Reads a theme from TOML: one table per role with `fg`, `bg` (a name, 0-255 or #rrggbb) and
    /// `bold`, `reverse`, `underline`, `dim` (true or false).
    /// - Parameter roles: the roles the application draws with; a table naming none of them (a
    ///   misspelt `[selecton]`) is an error at its line, since it would silently style nothing.
    public static func parse(_ text: String, file: String, roles: [Role]? = nil) throws(ThemeError) -> Theme {
        let document: TOMLSubset.Document
        do { document = try TOMLSubset.parse(text) } catch {
            throw ThemeError(file: file, line: error.line, problem: error.problem)
        }
        var styles: [String: Style] = [:]
        if let roles {
            // A dotted role falls back to its parent ("section.employment" to "section"): parents are roles too.
            let known = Set(roles.flatMap { role in
                role.name.split(separator: ".").indices.map { role.name.split(separator: ".")[...$0].joined(separator: ".") }
            })
            for (table, line) in document.tableLines.sorted(by: { $0.value < $1.value }) where !known.contains(table) {
                throw ThemeError(file: file, line: line, problem: .notARole(table, roles: roles.map(\.name)))
            }
        }
        for (table, entries) in document.tables where !table.isEmpty {
            var style = Style()
            for (key, entry) in entries {
                switch (key, entry.value) {
                case ("fg", .string(let s)), ("bg", .string(let s)), ("fg", .integer(let s)), ("bg", .integer(let s)):
                    guard let color = Color(parsing: s) else {
                        throw ThemeError(file: file, line: entry.line, problem: .notAColour(s))
                    }
                    if key == "fg" { style.foreground = color } else { style.background = color }
                case ("bold", .bool(let on)): if on { style.attributes.insert(.bold) }
                case ("reverse", .bool(let on)): if on { style.attributes.insert(.reverse) }
                case ("underline", .bool(let on)): if on { style.attributes.insert(.underline) }
                case ("dim", .bool(let on)): if on { style.attributes.insert(.dim) }
                default:
                    throw ThemeError(file: file, line: entry.line, problem: .unknownSetting(key, table: table))
                }
            }
            styles[table] = style
        }
        if styles["text"] == nil { styles["text"] = Style() }
        let name: String
        if case let .string(n)? = document.tables[""]?["name"]?.value { name = n } else { name = file }
        return Theme(name: name, styles: styles)
    }
}

/// The part of TOML that theme files use: comments, `[table]` headers (dotted names kept whole), and
/// `key = value` with strings, integers and booleans.
enum TOMLSubset {
    enum Value: Equatable {
        case string(String)
        case integer(String)
        case bool(Bool)
    }

    struct Entry {
        var value: Value
        var line: Int
    }

    struct Document {
        var tables: [String: [String: Entry]] = [:]
        /// The line of each table's header.
        var tableLines: [String: Int] = [:]
    }

    struct ParseError: Error {
        var line: Int
        var problem: ThemeError.Problem
    }

    static func parse(_ text: String) throws(ParseError) -> Document {
        var document = Document()
        var table = ""
        document.tables[""] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = stripComment(String(rawLine)).trimmed
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw ParseError(line: number, problem: .badTableHeader)
                }
                table = String(line.dropFirst().dropLast()).trimmed
                guard !table.isEmpty, table.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                    throw ParseError(line: number, problem: .badTableName(table))
                }
                guard document.tables[table] == nil else {
                    throw ParseError(line: number, problem: .tableTwice(table))
                }
                document.tables[table] = [:]
                document.tableLines[table] = number
                continue
            }
            guard let eq = line.firstIndex(of: "=") else {
                throw ParseError(line: number, problem: .expectedKeyValue)
            }
            let key = String(line[..<eq]).trimmed
            let rawValue = String(line[line.index(after: eq)...]).trimmed
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "-_".contains($0) }) else {
                throw ParseError(line: number, problem: .badKey(key))
            }
            guard document.tables[table]?[key] == nil else {
                throw ParseError(line: number, problem: .keySetTwice(key))
            }
            document.tables[table]?[key] = Entry(value: try value(rawValue, line: number), line: number)
        }
        return document
    }

    static func value(_ raw: String, line: Int) throws(ParseError) -> Value {
        if raw == "true" { return .bool(true) }
        if raw == "false" { return .bool(false) }
        if raw.hasPrefix("\"") {
            guard raw.count >= 2, raw.hasSuffix("\"") else {
                throw ParseError(line: line, problem: .unclosedString)
            }
            return .string(String(raw.dropFirst().dropLast()))
        }
        if !raw.isEmpty, raw.allSatisfy(\.isNumber) { return .integer(raw) }
        throw ParseError(line: line, problem: .notAValue(raw))
    }

    /// Removes a `#` comment that is not inside a string.
    static func stripComment(_ line: String) -> String {
        var inString = false
        for (i, ch) in line.enumerated() {
            if ch == "\"" { inString.toggle() }
            if ch == "#" && !inString { return String(line.prefix(i)) }
        }
        return line
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
