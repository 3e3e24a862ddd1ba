import PlanCore
import TerminalKit

/// A person around the citizen: name, role and contact.
enum NetworkMemberForm {
    enum Field: String, FieldName { case name, role, contact }

    static func make(_ member: NetworkMember?, _ c: EditorContext) -> Form {
        Form(title: c.e.titleNetworkMember, fields: [
            Fields<Field>.line(.name, c.strings.fieldName, member?.name ?? ""),
            Fields<Field>.line(.role, c.e.fieldRole, member?.role ?? ""),
            Fields<Field>.line(.contact, c.e.fieldContact, member?.contact ?? ""),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ member: NetworkMember?) -> PlanChange? {
        var n = member ?? NetworkMember(id: "", name: "", role: "")
        n.name = r.required(.name)
        n.role = r.text(.role)
        n.contact = r.text(.contact)
        return .networkMember(n)
    }
}
