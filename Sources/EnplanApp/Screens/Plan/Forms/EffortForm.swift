import PlanCore
import TerminalKit

/// An effort: chosen from the section's offer catalogue (or free text), with provider, responsible
/// caseworker, legal basis, dates, status and the goal it serves. Every pick list carries ids, so two
/// goals with the same title can never be confused.
enum EffortForm {
    enum Field: String, FieldName { case offer, title, provider, responsible, legalBasis, start, end, status, goal, department, requested }

    static func make(_ section: PlanSection, _ effort: Effort?, _ c: EditorContext) -> Form {
        let s = c.strings, e = c.e
        // What is offered today; the effort's own offer and department stay when they have ended since.
        let offers = c.catalogues.offers(in: section).offered(on: c.today, keeping: [effort?.offerID].compactMap { $0 })
        let departments = c.catalogues.departments.offered(on: c.today, keeping: [effort?.department].compactMap { $0 })
        let goals = c.file.sections[section].goals
        var bases = [Form.Option(id: "", label: s.none)] + c.catalogues.legalBases.map { Form.Option(id: $0.reference, label: $0.reference) }
        if let current = effort?.legalBasis, !current.isEmpty, !bases.contains(where: { $0.id == current }) {
            bases.append(Form.Option(id: current, label: current))
        }
        return Form(title: e.titleEffort, fields: [
            Fields<Field>.choice(.offer, e.fieldOffer, [Form.Option(id: "", label: e.freeText)] + offers.map { Form.Option(id: $0.id, label: $0.title) },
                                 selected: effort?.offerID),
            Fields<Field>.line(.title, e.fieldTitle, effort?.title ?? ""),
            Fields<Field>.line(.provider, s.provider, effort?.provider ?? ""),
            Fields<Field>.line(.responsible, s.responsible, effort?.responsible ?? c.file.sections[section].responsible),
            Fields<Field>.choice(.legalBasis, s.legalBasis, bases, selected: effort?.legalBasis),
            Fields<Field>.line(.start, e.fieldStart, c.language.date(effort?.start ?? c.today)),
            Fields<Field>.line(.end, e.fieldEnd, effort?.end.map(c.language.date) ?? ""),
            Fields<Field>.choice(.status, e.fieldStatus, .all(EffortStatus.self) { s.effortStatuses[$0] },
                                 selected: (effort?.status ?? .active).rawValue),
            Fields<Field>.choice(.goal, e.fieldGoalServed, [Form.Option(id: "", label: s.none)] + goals.map { Form.Option(id: $0.id, label: $0.title) },
                                 selected: effort?.goalIDs.first),
            Fields<Field>.choice(.department, e.fieldDepartment,
                                 [Form.Option(id: "", label: e.departmentFromOffer)]
                                    + departments.map { Form.Option(id: $0.id, label: $0.name(danish: c.language == .da)) },
                                 selected: effort?.department),
            // Last: most efforts have no guarantee to count from the request.
            Fields<Field>.line(.requested, e.fieldRequested, effort?.requested.map(c.language.date) ?? ""),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ section: PlanSection, _ effort: Effort?, _ c: EditorContext) -> PlanChange? {
        let offerID = r.choice(.offer)
        let offer = c.catalogues.offers(in: section).first { $0.id == offerID }
        var e = effort ?? Effort(id: "", title: "", start: c.today)
        e.offerID = offer?.id
        if r.text(.title).isEmpty, let offer { r.set(.title, offer.title) }
        e.title = r.required(.title)
        e.provider = r.text(.provider).isEmpty ? offer?.provider ?? "" : r.text(.provider)
        e.responsible = r.text(.responsible)
        let basis = r.choice(.legalBasis)
        e.legalBasis = basis.isEmpty ? offer?.legalBasis ?? "" : basis
        let department = r.choice(.department)
        e.department = department.isEmpty ? nil : department
        let start = r.date(.start, required: true)
        let end = r.date(.end, required: false)
        if let start, let end, end < start { r.fail(.end, c.e.endBeforeStart) }
        e.start = start ?? c.today
        e.end = end
        e.requested = r.date(.requested, required: false)
        e.status = r.choice(.status, as: EffortStatus.self, default: .active)
        let goalID = r.choice(.goal)
        let others = e.goalIDs.dropFirst()
        e.goalIDs = (goalID.isEmpty ? [] : [goalID]) + others
        return .effort(e, in: section)
    }
}
