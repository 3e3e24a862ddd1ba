import PlanCore

/// The strings of case notes (journalnotater) and of searching the timeline. Memberwise, so the
/// compiler refuses a language that lacks one.
public struct CaseNoteStrings: Sendable {
    public var heading: String              // "Journalnotater"
    public var none: String
    public var kinds: [CaseNoteKind: String]
    public var keyNote: String
    public var addNote: String
    public var title: String
    public var fieldKind: String
    public var fieldWho: String
    public var fieldText: String
    public var fieldInLetter: String
    public var inLetter: String             // marker on the note's line
    public var writtenBy: String            // "skrevet af %@"
    public var letterHeading: String        // the notes the coordinator chose for the citizen's letter
    // The timeline's search
    public var keySearchTimeline: String
    public var searching: String            // "søg: %@"
}

extension CaseNoteStrings {
    public static let danish = CaseNoteStrings(
        heading: "Journalnotater", none: "Ingen notater endnu · n skriver et",
        kinds: [.phone: "telefon", .email: "e-mail", .conversation: "samtale", .partner: "fra samarbejdspartner", .other: "andet"],
        keyNote: "journalnotat", addNote: "Journalnotat", title: "Journalnotat",
        fieldKind: "Hvordan", fieldWho: "Fra eller med", fieldText: "Notat", fieldInLetter: "I brevet til borgeren",
        inLetter: "i brevet", writtenBy: "skrevet af %@", letterHeading: "Det har vi skrevet ned",
        keySearchTimeline: "søg i tidslinjen", searching: "søg: %@")

    public static let english = CaseNoteStrings(
        heading: "Case notes", none: "No notes yet · n writes one",
        kinds: [.phone: "phone", .email: "e-mail", .conversation: "conversation", .partner: "from a partner", .other: "other"],
        keyNote: "case note", addNote: "Case note", title: "Case note",
        fieldKind: "How", fieldWho: "From or with", fieldText: "Note", fieldInLetter: "In the citizen's letter",
        inLetter: "in the letter", writtenBy: "written by %@", letterHeading: "What we wrote down",
        keySearchTimeline: "search the timeline", searching: "search: %@")
}

extension Language {
    public var notes: CaseNoteStrings { self == .da ? .danish : .english }
}
