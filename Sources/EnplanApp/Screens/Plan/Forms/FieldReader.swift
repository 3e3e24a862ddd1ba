import Foundation
import PlanCore
import TerminalKit

/// The names of a form's fields: each form kind declares its own, so its fields are read by name.
protocol FieldName: RawRepresentable, CaseIterable where RawValue == String {}

/// Builds a form's fields by name.
enum Fields<Name: FieldName> {
    static func line(_ name: Name, _ label: String, _ text: String) -> Form.Field {
        Form.Field(name.rawValue, label: label, .line(TextField(text)))
    }

    static func text(_ name: Name, _ label: String, _ text: String, height: Int) -> Form.Field {
        Form.Field(name.rawValue, label: label, .text(TextArea(text), height: height))
    }

    static func choice(_ name: Name, _ label: String, _ options: [Form.Option], selected id: String?) -> Form.Field {
        Form.Field(name.rawValue, label: label, .choice(Form.Choice(options, selectedID: id)))
    }
}

extension Fields {
    /// The catalogue's departments in force on `day`, every one on its own row, with `chosen` ticked.
    /// A chosen one stays: by its name when the catalogue has it at another time, under its key when
    /// not at all, so saving unchanged never loses it.
    static func departments(_ name: Name, _ label: String, chosen: [String], _ catalogues: Catalogues, on day: CalendarDate,
                            _ language: Language) -> Form.Field {
        ticks(name, label, catalogues.departments.offered(on: day, keeping: chosen)
                .map { Form.Option(id: $0.id, label: $0.name(danish: language == .da)) },
              chosen: chosen, language)
    }

    /// The sector plan catalogue's plans, ticked like the departments.
    static func sectorPlans(_ name: Name, _ label: String, chosen: [String], _ catalogues: Catalogues,
                            _ language: Language) -> Form.Field {
        ticks(name, label, catalogues.sectorPlans.map { Form.Option(id: $0.id, label: $0.name(danish: language == .da)) },
              chosen: chosen, language)
    }

    private static func ticks(_ name: Name, _ label: String, _ known: [Form.Option], chosen: [String], _ language: Language) -> Form.Field {
        let kept = chosen.filter { id in !known.contains { $0.id == id } }.map { Form.Option(id: $0, label: $0) }
        return Form.Field(name.rawValue, label: label,
                          .multiChoice(Form.MultiChoice(known + kept, chosen: chosen, hint: language.assessment.spaceTicks)))
    }
}

extension Form.Field {
    /// The field, shown only while the pick list `field` has one of `choices`.
    func shown<Name: FieldName>(when field: Name, is choices: String...) -> Form.Field {
        var copy = self
        copy.shownWhen = Form.Condition(field: field.rawValue, choices: Set(choices))
        return copy
    }
}

extension Array where Element == Form.Option {
    /// The options of an enumeration whose raw values are its ids.
    static func all<T: CaseIterable & RawRepresentable>(_ type: T.Type, label: (T) -> String?) -> [Form.Option]
    where T.RawValue == String {
        T.allCases.map { Form.Option(id: $0.rawValue, label: label($0) ?? $0.rawValue) }
    }
}

/// Reads typed values back out of a form by field name, putting a message next to each field that
/// is wrong.
struct FieldReader<Name: FieldName> {
    var form: Form
    let strings: EditorStrings

    func value(_ name: Name) -> String { form.value(name.rawValue) }

    func text(_ name: Name, trimmed: Bool = true) -> String { trimmed ? value(name).trimmingSpaces : value(name) }

    /// The chosen option's id ("" when none is chosen).
    func choice(_ name: Name) -> String { form.choiceID(name.rawValue) ?? "" }

    /// The chosen option as a value of an enumeration, or `fallback`.
    func choice<T: RawRepresentable>(_ name: Name, as type: T.Type, default fallback: T) -> T where T.RawValue == String {
        T(rawValue: choice(name)) ?? fallback
    }

    mutating func set(_ name: Name, _ text: String) { form.setText(text, for: name.rawValue) }

    mutating func fail(_ name: Name, _ message: String) {
        if form[name.rawValue]?.message == nil { form.setMessage(message, for: name.rawValue) }
    }

    mutating func required(_ name: Name) -> String {
        let t = text(name)
        if t.isEmpty { fail(name, strings.required) }
        return t
    }

    mutating func date(_ name: Name, required: Bool) -> CalendarDate? {
        let t = text(name)
        if t.isEmpty {
            if required { fail(name, strings.required) }
            return nil
        }
        do {
            return try CalendarDate.parse(typed: t)
        } catch {
            fail(name, strings.message(for: error))
            return nil
        }
    }

    mutating func level(_ name: Name, in scale: ClosedRange<Int>) -> Int? {
        let t = text(name)
        guard !t.isEmpty else { return nil }
        guard let n = Int(t), scale.contains(n) else {
            fail(name, String(format: strings.outOfScale, scale.lowerBound, scale.upperBound))
            return nil
        }
        return n
    }

    mutating func hours(_ name: Name) -> Double {
        let t = text(name).replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty else { return 0 }
        guard let n = Double(t), n.isFinite, n >= 0, n <= 168 else {
            fail(name, strings.notANumber)
            return 0
        }
        return n
    }

    /// A comma-separated list.
    func list(_ name: Name) -> [String] {
        text(name).split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// The departments ticked, as keys.
    /// The ids ticked in a list of ticks (departments, sector plans).
    func ticked(_ name: Name) -> [String] { form.chosenIDs(name.rawValue) }
}
