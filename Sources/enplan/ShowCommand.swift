import ArgumentParser
import EnplanApp
import Foundation
import PlanCore
import CaseRecords

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one citizen's whole plan; 'md' and 'html' are the letter for the citizen to read and sign.",
        discussion: """
        'md' and 'html' are written in the citizen's language (set on the citizen), whatever --lang \
        says, with the coordinator's full name and phone from the users catalogue; they are recorded \
        in the audit trail as an export. 'html' is one self-contained page to print from a browser.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, json }

    @OptionGroup var store: StoreOptionGroup

    @Argument(help: "The citizen: an id (see 'enplan list'), a name or a CPR number.", completion: .custom(CitizenIDCompletion.complete))
    var id: String

    @Option(help: "text, md or html (the letter for the citizen), or json.")
    var format: Format = .text

    @Flag(name: .customLong("reveal-cpr"), help: "Show the full CPR number (recorded in the audit trail).")
    var revealCPR = false

    func run() throws(CLIError) {
        let language = try store.language()
        let s = try store.open()
        let citizenID = try CitizenLookup.resolve(id, in: s, language: language)
        if format == .md || format == .html {
            return try ShowCommand.writeLetter(of: citizenID, from: s, format: format, revealCPR: revealCPR, language: language)
        }
        let file = try withStore { () throws(StoreError) in
            let file = try s.open(citizenID)
            if revealCPR && file.citizen.cpr != nil { try s.record(AuditEvent(.revealCPR, citizen: citizenID)) }
            return file
        }
        switch format {
        case .text:
            let printout = PlanPrintout(file: file, catalogues: s.catalogues, language: language,
                                        revealCPR: revealCPR, today: s.today)
            TextOutput.write(printout.render())
        case .md, .html:
            break
        case .json:
            TextOutput.write(try json(file, revealCPR: revealCPR))
        }
    }

    /// The letter for the citizen (md or html) on standard output, its opening audited as an export.
    static func writeLetter(of id: CitizenID, from s: MaintenanceStore, format: Format, revealCPR: Bool, language: Language,
                            detail: String? = nil) throws(CLIError) {
        let file = try withStore { () throws(StoreError) in
            let file = try s.open(id, purpose: .export, detail: detail)
            if revealCPR && file.citizen.cpr != nil { try s.record(AuditEvent(.revealCPR, citizen: id)) }
            return file
        }
        let contact = s.member(file.citizen.coordinator).map { CoordinatorContact(fullName: $0.fullName, phone: $0.phone) }
        let letter = PlanLetter(file: file, catalogues: s.catalogues, coordinator: contact, revealCPR: revealCPR, today: s.today)
        TextOutput.write(letter.render(format == .html ? .html : .markdown))
    }
}

/// The document as JSON for scripts. Without a reveal, "cpr" holds the masked number, so the shape
/// stays the same either way.
func json(_ file: CaseFile, revealCPR: Bool) throws(CLIError) -> String {
    let text = try TextOutput.json(file)
    guard !revealCPR, let cpr = file.citizen.cpr else { return text }
    do {
        guard var object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              var citizen = object["citizen"] as? [String: Any] else { throw CLIError.problems("could not mask the CPR number", da: "kunne ikke maskere CPR-nummeret") }
        citizen["cpr"] = cpr.masked
        object["citizen"] = citizen
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
        throw .problems("could not write JSON: \(error)", da: "kunne ikke skrive JSON: \(error)")
    }
}

func parseLanguage(_ text: String?) throws(CLIError) -> Language {
    guard let text else { return Language(environment: ProcessInfo.processInfo.environment) }
    guard let language = Language(rawValue: text.lowercased()) else { throw .usage("--lang: use da or en, not '\(text)'", da: "--lang: brug da eller en, ikke '\(text)'") }
    return language
}
