import PlanCore
import TerminalKit

/// A mentor period: at most six months; a renewal starts the day after the last period ends.
enum MentorPeriodForm {
    enum Field: String, FieldName { case start, end }

    static func make(_ index: Int?, _ c: EditorContext) -> Form {
        let periods = c.file.mentorAgreement?.periods ?? []
        let existing = index.flatMap { periods.indices.contains($0) ? periods[$0] : nil }
        let start = existing?.start ?? periods.last.map { max($0.end.adding(days: 1), c.today) } ?? c.today
        let end = existing?.end ?? MentorPeriod.latestEnd(from: start)
        return Form(title: c.e.titleMentorPeriod, fields: [
            Fields<Field>.line(.start, c.e.fieldStart, c.language.date(start)),
            Fields<Field>.line(.end, c.e.fieldEnd, c.language.date(end)),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ index: Int?, _ c: EditorContext) -> PlanChange? {
        let start = r.date(.start, required: true), end = r.date(.end, required: true)
        guard let start, let end else { return nil }
        // An overlap with another period is the domain's rule: the plan refuses it, and the editor puts
        // its words under the start (`field(for:)`).
        do {
            return .mentorPeriod(try MentorPeriod(start: start, end: end), index: index)
        } catch .mentorPeriodTooLong {
            r.fail(.end, c.e.mentorPeriodTooLong)
        } catch {
            r.fail(.end, c.e.endBeforeStart)
        }
        return nil
    }

    /// The field a rule of the domain refers to, for its message to stand under it.
    static func field(for error: ValidationError) -> Field? {
        if case .mentorPeriodsOverlap = error { return .start }
        return nil
    }
}
