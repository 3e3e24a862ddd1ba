import PlanCore
import TerminalKit

/// A case note: the day, how the information came, from or with whom, the note itself, and whether
/// the citizen's letter shows it (never unless chosen).
enum CaseNoteForm {
    enum Field: String, FieldName { case date, kind, who, text, inLetter }

    static func make(_ note: CaseNote?, _ c: EditorContext) -> Form {
        let s = c.strings, n = c.language.notes
        return Form(title: n.title, fields: [
            Fields<Field>.line(.date, c.e.fieldDate, c.language.date(note?.date ?? c.today)),
            Fields<Field>.choice(.kind, n.fieldKind, .all(CaseNoteKind.self) { n.kinds[$0] },
                                 selected: (note?.kind ?? .phone).rawValue),
            Fields<Field>.line(.who, n.fieldWho, note?.who ?? ""),
            Fields<Field>.text(.text, n.fieldText, note?.text ?? "", height: 6),
            Fields<Field>.choice(.inLetter, n.fieldInLetter, [Form.Option(id: "no", label: s.no), Form.Option(id: "yes", label: s.yes)],
                                 selected: note?.inLetter == true ? "yes" : "no"),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ note: CaseNote?, _ c: EditorContext) -> PlanChange? {
        let date = r.date(.date, required: true)
        let text = r.required(.text)
        var n = note ?? CaseNote(date: c.today, kind: .phone, text: "")
        n.date = date ?? c.today
        n.kind = r.choice(.kind, as: CaseNoteKind.self, default: .phone)
        n.who = r.text(.who)
        n.text = text
        n.inLetter = r.choice(.inLetter) == "yes"
        return .note(n)
    }

    /// Where the domain's refusal of a note belongs in the form.
    static func field(for error: ValidationError) -> Field? {
        switch error {
        case .inFuture: return .date
        case .tooLong(field: "note who", _), .controlCharacter(field: "note who"): return .who
        case .required, .tooLong, .controlCharacter: return .text
        default: return nil
        }
    }
}
