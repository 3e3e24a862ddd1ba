/// How a piece of information reached the coordinator. The duty to note down what is learnt orally
/// (offentlighedsloven § 13) covers every kind, not only meetings.
public enum CaseNoteKind: String, CaseIterable, Codable, Sendable {
    case phone
    case email
    case conversation
    /// A message from a partner: a doctor, a school, a provider of an effort.
    case partner
    case other
}

/// A case note (journalnotat): what the coordinator learnt, from whom, on which day. Notes are the
/// case's record, not the citizen's plan: the letter leaves them out unless one is marked for it.
public struct CaseNote: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var date: CalendarDate
    public var kind: CaseNoteKind
    /// Who the information came from or was exchanged with ("the citizen's mother", "GP").
    public var who: String
    public var text: String
    /// Whether the citizen's letter shows this note.
    public var inLetter: Bool
    /// The login of the person who wrote the note; set by `apply`.
    public var author: String

    public init(id: ItemID = "", date: CalendarDate, kind: CaseNoteKind, who: String = "", text: String,
                inLetter: Bool = false, author: String = "") {
        self.id = id
        self.date = date
        self.kind = kind
        self.who = who
        self.text = text
        self.inLetter = inLetter
        self.author = author
    }

    /// Long enough for a careful account of a conversation; far below what would bloat a document.
    public static let maximumTextLength = 20_000

    /// The number in the id: ids count up, so the highest is the note written last.
    var number: Int { Int(id.drop { !$0.isNumber }) ?? 0 }

    /// The first line of the text, for a timeline or a list.
    public var headline: String {
        String(text.trimmingSpaces.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
    }

    /// Checks what a person typed, on `today` (a note is about what happened, never about the future).
    public func validate(today: CalendarDate) throws(ValidationError) {
        guard !text.trimmingSpaces.isEmpty else { throw .required(field: "note text") }
        guard text.count <= CaseNote.maximumTextLength else { throw .tooLong(field: "note text", limit: CaseNote.maximumTextLength) }
        guard who.count <= Citizen.maximumFieldLength else { throw .tooLong(field: "note who", limit: Citizen.maximumFieldLength) }
        guard !SafeText.containsControl(who) else { throw .controlCharacter(field: "note who") }
        guard !SafeText.containsControl(text, allowingLines: true) else { throw .controlCharacter(field: "note text") }
        guard date <= today else { throw .inFuture(field: "note date") }
    }
}

extension CaseFile {
    /// The note written last (not the latest by date: a note may be about an earlier day).
    public var newestNote: CaseNote? { notes.max { $0.number < $1.number } }
}
