import ArgumentParser
import Foundation
import PlanCore
import PlanStore

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "The interactive terminal UI (the default).")

    @OptionGroup var store: StoreOptionGroup

    @Flag(name: .customLong("read-only"), help: "Browse every caseload without being able to change anything.")
    var readOnly = false

    @Option(help: "Colour theme: default, light, high-contrast, monochrome, or a path to a .toml file.")
    var theme: String?

    @Option(help: "Language: da or en (default from LANG).")
    var lang: String?

    @Flag(help: "Open on a fresh demo caseload in a temporary folder.")
    var demo = false

    func run() throws(CLIError) {
        throw .problems("the terminal UI is not built yet; use 'enplan list' and 'enplan show'")
    }
}
