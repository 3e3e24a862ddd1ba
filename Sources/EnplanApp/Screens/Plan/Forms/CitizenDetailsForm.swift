import PlanCore
import TerminalKit

/// The citizen's name, contact details and target group.
enum CitizenDetailsForm {
    enum Field: String, FieldName { case name, phone, email, address, targetGroup }

    static func make(_ c: EditorContext) -> Form {
        let s = c.strings, z = c.file.citizen
        return Form(title: c.e.titleCitizenDetails, fields: [
            Fields<Field>.line(.name, s.fieldName, z.name),
            Fields<Field>.line(.phone, s.fieldPhone, z.phone),
            Fields<Field>.line(.email, s.fieldEmail, z.email),
            Fields<Field>.line(.address, c.e.fieldAddress, z.address),
            Fields<Field>.choice(.targetGroup, s.fieldTargetGroup, .all(TargetGroup.self) { $0.name(c.language) },
                                 selected: z.targetGroup.rawValue),
        ])
    }

    static func change(_ r: inout FieldReader<Field>) -> PlanChange? {
        .citizenDetails(name: r.required(.name), phone: r.text(.phone), email: r.text(.email), address: r.text(.address),
                        targetGroup: r.choice(.targetGroup, as: TargetGroup.self, default: .andet))
    }
}
