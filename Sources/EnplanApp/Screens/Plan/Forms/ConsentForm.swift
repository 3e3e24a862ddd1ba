import PlanCore
import TerminalKit

/// Consent to the one plan in full: given or withdrawn and when, how it was given and where that is
/// kept, the sector plans it replaces (on a withdrawal: the ones that come back), which departments
/// share and why, that the citizen was told they may withdraw it, a note, and for a citizen under 18
/// every custody holder's consent (two with joint custody).
enum ConsentForm {
    enum Field: String, FieldName {
        case state, date, form, document, replaces, scope, purpose, informed, note, custody
        case holder1Name, holder1Relation, holder1Date, holder2Name, holder2Relation, holder2Date
    }

    static let states: [Consent.State] = [.given, .withdrawn, .notRecorded]

    static func make(_ c: EditorContext) -> Form {
        let s = c.strings, e = c.e, a = c.language.assessment, k = c.language.consent
        let current = c.file.consent
        var fields = [
            Fields<Field>.choice(.state, s.consent, states.map { Form.Option(id: $0.rawValue, label: s.consentStates[$0] ?? $0.rawValue) },
                                 selected: (current.state == .withdrawn ? Consent.State.withdrawn : .given).rawValue),
            Fields<Field>.line(.date, e.fieldDate, c.language.date(c.today)),
            Fields<Field>.choice(.form, k.fieldForm, [Form.Option(id: "", label: "–")] + .all(ConsentMedium.self) { k.forms[$0] },
                                 selected: current.form?.rawValue ?? ""),
            Fields<Field>.line(.document, k.fieldDocument, current.documentReference),
            Fields<Field>.sectorPlans(.replaces, k.fieldReplaces, chosen: current.replaces, c.catalogues, c.language),
            Fields<Field>.departments(.scope, a.fieldScopeDepartments, chosen: current.scope, c.catalogues, on: c.today, c.language),
            Fields<Field>.line(.purpose, k.fieldPurpose, current.purpose),
            Fields<Field>.choice(.informed, k.fieldInformed, [Form.Option(id: "no", label: k.informedNo), Form.Option(id: "yes", label: k.informedYes)],
                                 selected: current.informedOfWithdrawal ? "yes" : "no"),
            Fields<Field>.line(.note, e.fieldNote, current.note),
        ]
        // Custody is asked only where it matters: a minor, or a consent that already names holders.
        if c.file.citizen.isMinor(on: c.today) || !current.custodyHolders.isEmpty {
            let holders = current.custodyHolders
            fields.append(Fields<Field>.choice(.custody, k.fieldCustody,
                                               [Form.Option(id: "sole", label: k.soleCustody), Form.Option(id: "joint", label: k.jointCustody)],
                                               selected: current.jointCustody ? "joint" : "sole"))
            for (n, names) in [(1, (Field.holder1Name, Field.holder1Relation, Field.holder1Date)),
                               (2, (Field.holder2Name, Field.holder2Relation, Field.holder2Date))] {
                let holder = holders.indices.contains(n - 1) ? holders[n - 1] : nil
                let group = [Fields<Field>.line(names.0, String(format: k.fieldHolderName, n), holder?.name ?? ""),
                             Fields<Field>.line(names.1, String(format: k.fieldHolderRelation, n), holder?.relation ?? ""),
                             Fields<Field>.line(names.2, String(format: k.fieldHolderDate, n), holder.map { c.language.date($0.date) } ?? "")]
                fields += n == 2 ? group.map { $0.shown(when: Field.custody, is: "joint") } : group
            }
        }
        return Form(title: e.titleConsent, fields: fields)
    }

    static func change(_ r: inout FieldReader<Field>, _ c: EditorContext) -> PlanChange? {
        let state = r.choice(.state, as: Consent.State.self, default: .given)
        let date = r.date(.date, required: state != .notRecorded)
        let joint = r.choice(.custody) == "joint"
        var holders = c.file.consent.custodyHolders
        if r.form[Field.custody.rawValue] != nil {
            holders = []
            let groups = [(Field.holder1Name, Field.holder1Relation, Field.holder1Date)]
                + (joint ? [(Field.holder2Name, Field.holder2Relation, Field.holder2Date)] : [])
            for (nameField, relationField, dateField) in groups {
                let name = r.text(nameField)
                let day = r.date(dateField, required: !name.isEmpty)
                if !name.isEmpty, let day { holders.append(CustodyConsent(name: name, relation: r.text(relationField), date: day)) }
            }
        }
        return .consent(Consent(state: state, date: date, scope: r.ticked(.scope), note: r.text(.note), replaces: r.ticked(.replaces),
                                purpose: r.text(.purpose), form: ConsentMedium(rawValue: r.choice(.form)),
                                documentReference: r.text(.document), informedOfWithdrawal: r.choice(.informed) == "yes",
                                jointCustody: joint, custodyHolders: holders))
    }

    /// Where the domain's refusal of a consent belongs in the form.
    static func field(for error: ValidationError) -> Field? {
        switch error {
        case .required(field: "consent replaces"): return .replaces
        case .required(field: "consent form"): return .form
        case .required(field: "consent date"), .inFuture(field: "consent date"): return .date
        case .withdrawalNotExplained: return .informed
        case .custodyConsentMissing: return .holder1Name
        case .jointCustodyNeedsBoth: return .holder2Name
        case .tooLong(field: "consent purpose", _), .controlCharacter(field: "consent purpose"): return .purpose
        case .tooLong(field: "consent document", _), .controlCharacter(field: "consent document"): return .document
        case .tooLong(field: "custody name", _), .controlCharacter(field: "custody name"),
             .tooLong(field: "custody relation", _), .controlCharacter(field: "custody relation"): return .holder1Name
        default: return nil
        }
    }
}
