import Foundation
import CaseRecords
import TerminalKit

/// Finds a theme by name (or path) where `swift run` and an installed enplan look for them.
public enum ThemeLocator {
    /// Folders searched in order: $ENPLAN_THEMES, beside the binary (installed: ../share/enplan/themes),
    /// the package's themes/ when run from .build, then the user's and the system's share folders.
    public static func folders(executable: String, environment: [String: String]) -> [String] {
        let exeDir = PathName.parent(of: executable)
        var folders: [String] = []
        if let env = environment["ENPLAN_THEMES"], !env.isEmpty { folders.append(env) }
        folders.append(exeDir + "/themes")
        folders.append(exeDir + "/../share/enplan/themes")
        // .build/<triple>/debug/enplan or .build/debug/enplan inside the package.
        var dir = exeDir
        for _ in 0..<4 {
            dir = PathName.parent(of: dir)
            if FileManager.default.fileExists(atPath: dir + "/Package.swift") {
                folders.append(dir + "/themes")
                break
            }
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        folders.append((environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share") + "/enplan/themes")
        folders += ["/usr/local/share/enplan/themes", "/usr/share/enplan/themes"]
        return folders
    }

    /// The theme, or the built-in one with a message saying why (file and line of a broken file).
    /// None asked for: the light theme where the terminal says its background is light (COLORFGBG),
    /// as long as it is found; the default one otherwise.
    public static func load(_ name: String?, executable: String, environment: [String: String],
                            language: Language = .en) -> (Theme, String?) {
        if name == nil, TerminalBackground(colorFGBG: environment["COLORFGBG"]) == .light {
            let (light, problem) = load("light", executable: executable, environment: environment, language: language)
            if problem == nil { return (light, nil) }
        }
        let danish = language == .da
        let builtIn = danish ? "; det indbyggede tema bruges" : "; using the built-in theme"
        let wanted = name ?? "default"
        let path: String?
        if wanted.contains("/") || wanted.hasSuffix(".toml") {
            path = wanted
        } else {
            path = folders(executable: executable, environment: environment)
                .map { $0 + "/" + wanted + ".toml" }
                .first { FileManager.default.fileExists(atPath: $0) }
        }
        guard let path else {
            return (.builtIn, name == nil ? nil : (danish ? "temaet '\(wanted)' findes ikke" : "theme '\(wanted)' not found") + builtIn)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.builtIn, "\(path): " + (danish ? "kan ikke læses" : "cannot be read") + builtIn)
        }
        do {
            return (try Theme.parse(String(decoding: data, as: UTF8.self), file: path, roles: Role.enplan), nil)
        } catch {
            return (.builtIn, (danish ? error.described(danishMessage(error.problem)) : error.description) + builtIn)
        }
    }

    /// A theme file's problem in Danish (TerminalKit speaks English only).
    static func danishMessage(_ problem: ThemeError.Problem) -> String {
        switch problem {
        case .badTableHeader: return "en tabeloverskrift skal se ud som [navn]"
        case let .badTableName(name): return "'\(name)' er ikke et gyldigt tabelnavn"
        case let .tableTwice(name): return "[\(name)] står der to gange"
        case .expectedKeyValue: return "her skal stå nøgle = værdi"
        case let .badKey(key): return "'\(key)' er ikke en gyldig nøgle"
        case let .keySetTwice(key): return "'\(key)' er sat to gange"
        case .unclosedString: return "en tekst er ikke lukket med \""
        case let .notAValue(raw): return "'\(raw)' er ikke en værdi: brug \"tekst\", et tal, true eller false"
        case let .notARole(table, roles): return "[\(table)] er ikke en rolle; rollerne er: " + roles.joined(separator: ", ")
        case let .notAColour(text): return "'\(text)' er ikke en farve: brug et navn som \"cyan\", 0-255 eller \"#rrggbb\""
        case let .unknownSetting(key, table): return "ukendt indstilling '\(key)' i [\(table)]: brug fg, bg, bold, reverse, underline eller dim"
        }
    }
}
