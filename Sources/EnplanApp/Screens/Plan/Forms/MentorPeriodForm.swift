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
        do {
            let period = try MentorPeriod(start: start, end: end)
            let periods = c.file.mentorAgreement?.periods ?? []
            if let other = periods.indices.first(where: { $0 != index && periods[$0].overlaps(period) }).map({ periods[$0] }) {
                r.fail(.start, c.e.message(for: .mentorPeriodsOverlap(other.start, other.end), language: c.language))
                return nil
            }
            return .mentorPeriod(period, index: index)
        } catch .mentorPeriodTooLong {
            r.fail(.end, c.e.mentorPeriodTooLong)
        } catch {
            r.fail(.end, c.e.endBeforeStart)
        }
        return nil
    }
}
