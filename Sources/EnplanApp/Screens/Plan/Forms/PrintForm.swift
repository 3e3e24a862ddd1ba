import TerminalKit

/// Which letter to print (the plan, or who worked on the case) and where: a new file, never one that exists.
enum PrintForm {
    enum Field: String, FieldName { case letter, path }

    enum Letter: String { case plan, access }

    static func make(defaultPath: String, _ c: EditorContext) -> Form {
        var form = Form(title: c.e.titlePrint, fields: [
            Fields<Field>.choice(.letter, c.e.fieldLetter, [Form.Option(id: Letter.plan.rawValue, label: c.e.letterPlan),
                                                             Form.Option(id: Letter.access.rawValue, label: c.e.letterAccess)],
                                 selected: Letter.plan.rawValue),
            Fields<Field>.line(.path, c.e.fieldFile, defaultPath),
        ])
        // The file is what is typed most; it is last, so Enter there prints, and Shift-Tab reaches the letter.
        form.focus = 1
        return form
    }

    static func letter(_ r: FieldReader<Field>) -> Letter { r.choice(.letter, as: Letter.self, default: .plan) }

    /// The path typed, with `~` expanded, or nil (with a message) when it is empty.
    static func path(_ r: inout FieldReader<Field>, home: String?) -> String? {
        let typed = r.required(.path)
        guard !typed.isEmpty else { return nil }
        if typed == "~" || typed.hasPrefix("~/"), let home, !home.isEmpty {
            return home + typed.dropFirst()
        }
        return typed
    }
}
