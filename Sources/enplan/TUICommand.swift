import ArgumentParser
import Dispatch
import EnplanApp
import Foundation
import NcursesTerminal
import PlanCore
import CaseRecords
import Synchronization
import TerminalKit

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "The interactive terminal UI (the default).")

    @OptionGroup var store: StoreOptionGroup

    @Flag(name: .customLong("read-only"), help: "Browse every caseload without being able to change anything.")
    var readOnly = false

    @Option(help: "Colour theme: default, light, high-contrast, monochrome, or a path to a .toml file.",
            completion: .list(["default", "light", "high-contrast", "monochrome"]))
    var theme: String?

    @Flag(help: "Open on a fresh demo caseload in a temporary folder.")
    var demo = false

    func run() throws(CLIError) {
        let environment = ProcessInfo.processInfo.environment
        let language = try store.language()
        var options = store
        if demo {
            options.data = try makeDemoFolder(environment: environment)
            options.actingAs = options.actingAs ?? DemoCaseload.coordinatorNames[0]
        }
        let caseStore = try options.open(readOnly: readOnly, create: !readOnly, progressWriting: nil)
        try TUICommand.runInterface(caseStore, language: language, theme: theme, environment: environment)
        if demo, let folder = options.data {
            let user = options.actingAs ?? DemoCaseload.coordinatorNames[0]
            let again = "\(CommandLine.arguments[0]) --data \(folder) --as \(user)"
            Console.standardError(language == .da ? """
                enplan: demodata ligger i \(folder)
                enplan: åbn dem igen som deres koordinator: \(again)
                """ : """
                enplan: the demo data is in \(folder)
                enplan: to open it again as its coordinator: \(again)
                """)
        }
    }

    /// The interactive screen on an open store until the user quits, the terminal goes away or a
    /// signal comes; the terminal is restored on every path.
    static func runInterface(_ store: MaintenanceStore, language: Language, theme: String?, environment: [String: String],
                             sessionLogin: String? = nil) throws(CLIError) {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let (chosenTheme, themeProblem) = ThemeLocator.load(theme, executable: executable, environment: environment, language: language)
        let stop = SignalWatch()
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(environment: environment, crashNote: TUICommand.crashNote(language)) } catch {
            throw .problems(error.description, da: TUICommand.danish(error))
        }
        let substituted = terminal.substitutedTerminal.map { term in
            language == .da ? "TERM=\(term) kendes ikke her; tegner som xterm-256color" : "TERM=\(term) is unknown here; drawing as xterm-256color"
        }
        var notes = [themeProblem, substituted].compactMap { $0 }
        notes += store.catalogueProblems.map(language.describe)
        let app = App(source: store, language: language, theme: chosenTheme, size: terminal.size, startupMessage: notes.first,
                      sessionLogin: sessionLogin)
        app.run(on: terminal, shouldStop: { stop.signalled })
        terminal.end()
        // A database's chain is anchored outside it as the session ends (a folder's needs none).
        do { try Backend.anchor(store) } catch {
            notes.append((language == .da ? "revisionssporet kunne ikke forankres: " : "the audit trail could not be anchored: ") + error.words(language))
        }
        for note in notes { Console.standardError("enplan: " + note) }
    }

    /// Said after the terminal is given back when enplan traps: every save is whole on disk or not there.
    static func crashNote(_ language: Language) -> String {
        language == .da ? "enplan: stoppede på grund af en fejl; det, der var gemt, er i behold"
            : "enplan: stopped because of an error; what was saved is safe"
    }

    /// Why the screen could not start, in Danish (the toolkit speaks English only).
    static func danish(_ error: NcursesTerminal.StartError) -> String {
        switch error {
        case .notATerminal:
            return "den interaktive skærm kræver en terminal; brug 'enplan list' eller 'enplan show' i scripts"
        case let .unknownTerminal(term):
            return "denne terminaltype (TERM=\(term)) kendes ikke her; prøv TERM=xterm-256color enplan"
        case let .cannotMoveCursor(term):
            return "denne terminal (TERM=\(term)) kan ikke flytte markøren, så den interaktive skærm kan ikke tegnes; "
                + "brug 'enplan list' og 'enplan show ID', eller en terminal, der kan (fx TERM=xterm-256color enplan)"
        }
    }

    private func makeDemoFolder(environment: [String: String]) throws(CLIError) -> String {
        let base = (environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp") + "/enplan-demo-XXXXXX"
        var template = Array(base.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) else {
            throw .problems("could not create a temporary folder for the demo under \(base)",
                            da: "kunne ikke oprette en midlertidig mappe til demoen under \(base)")
        }
        let folder = String(cString: made) + "/data"
        var demoOptions = store
        demoOptions.data = folder
        let s = try demoOptions.open(create: true, initialSettings: StoreSettings(allowActingAs: true, demo: true),
                                     progressWriting: \.progressWritingDemo)
        let demo = DemoCaseload(citizens: 40, coordinators: 3, seed: 2016, today: s.today)
        _ = try withStore { () throws(StoreError) in try s.writeDemo(demo, detail: "enplan --demo") }
        return folder
    }
}

/// SIGTERM, SIGHUP (a dropped ssh connection) and SIGINT end the UI through its normal exit path, so
/// the terminal is always restored; curses is never touched from a signal handler.
final class SignalWatch {
    private final class Flag: Sendable {
        let value = Atomic<Bool>(false)
    }

    private let flag = Flag()
    private let sources: [DispatchSourceSignal]

    init() {
        let flag = self.flag
        let queue = DispatchQueue(label: "enplan.signals")
        sources = [SIGTERM, SIGHUP, SIGINT].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { flag.value.store(true, ordering: .relaxed) }
            source.resume()
            return source
        }
    }

    var signalled: Bool { flag.value.load(ordering: .relaxed) }
}
