import TerminalKit

/// Where to print the plan: a new file, never one that exists.
enum PrintForm {
    enum Field: String, FieldName { case path }

    static func make(defaultPath: String, _ c: EditorContext) -> Form {
        Form(title: c.e.titlePrint, fields: [Fields<Field>.line(.path, c.e.fieldFile, defaultPath)])
    }

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
