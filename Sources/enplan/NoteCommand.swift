import ArgumentParser
import Foundation
import PlanCore
import CaseRecords

/// `enplan note`: a case note from the command line, as `n` writes one in the plan.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Write a case note: what was learnt by phone, e-mail, in conversation or from a partner.",
        discussion: """
        Kinds: \(CaseNoteKind.allCases.map(\.rawValue).joined(separator: ", ")). The note is a timeline event and \
        is in 'show'; the letter to the citizen leaves it out unless --in-letter is given. '--text -' reads \
        the note from standard input.
        """)

    @OptionGroup var store: StoreOptionGroup
    @Argument(help: "The citizen: an id, a name or a CPR number.") var id: String
    @Option(help: "How it came: phone, email, conversation, partner or other.") var kind: String
    @Option(help: "The note; '-' reads it from standard input.") var text: String
    @Option(help: ArgumentHelp("From or with whom (\"the citizen's mother\", \"GP\").", valueName: "WHO")) var who: String = ""
    @Option(help: "The day it happened (22.11.2026 or 2026-11-22); default today.") var date: String?
    @Flag(name: .customLong("in-letter"), help: "Show the note in the letter to the citizen.") var inLetter = false

    func run() throws(CLIError) {
        guard let noteKind = CaseNoteKind(rawValue: kind.lowercased()) else {
            let kinds = CaseNoteKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("--kind: '\(kind)' is not a kind of note; use one of: " + kinds,
                         da: "--kind: '\(kind)' er ikke en slags notat; brug en af: " + kinds)
        }
        let body = Console.text(text)
        let s = try store.open()
        let language = try store.language()
        let citizen = try CitizenLookup.resolve(id, in: s, language: language)
        let day = try parseDate(date, option: "--date") ?? s.today
        let note = CaseNote(date: day, kind: noteKind, who: who, text: body.trimmingCharacters(in: .newlines), inLetter: inLetter)
        let saved = try withStore { () throws(StoreError) in try s.apply(.note(note), to: citizen, expecting: nil) }
        Console.standardOutput(CLIStrings.of(language).noteAdded(citizen.rawValue, saved.newestNote?.id ?? "") + " (revision \(saved.revision))\n")
    }
}
