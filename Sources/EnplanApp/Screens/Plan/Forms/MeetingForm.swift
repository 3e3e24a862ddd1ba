import PlanCore
import TerminalKit

/// A meeting: date, kind, participants, whether it was held, a summary, the FSIII follow-up result
/// and the next follow-up agreed.
enum MeetingForm {
    enum Field: String, FieldName { case date, kind, participants, outcome, summary, result, nextFollowUp }

    static func make(_ meeting: Meeting?, _ c: EditorContext) -> Form {
        let s = c.strings, e = c.e
        let results = [Form.Option(id: "", label: s.none)] + .all(FollowUpResult.self) { s.followUpResults[$0] }
        return Form(title: e.titleMeeting, fields: [
            Fields<Field>.line(.date, e.fieldDate, c.language.date(meeting?.date ?? c.today)),
            Fields<Field>.choice(.kind, e.fieldKind, .all(MeetingKind.self) { s.meetingKinds[$0] },
                                 selected: (meeting?.kind ?? .followUp).rawValue),
            Fields<Field>.line(.participants, e.fieldParticipants, meeting?.participants.joined(separator: ", ") ?? ""),
            Fields<Field>.choice(.outcome, e.fieldOutcome, .all(MeetingOutcome.self) { s.meetingOutcomes[$0] },
                                 selected: (meeting?.outcome ?? .held).rawValue),
            Fields<Field>.text(.summary, e.fieldSummary, meeting?.summary ?? "", height: 3),
            Fields<Field>.choice(.result, e.fieldFollowUpResult, results, selected: meeting?.followUpResult?.rawValue),
            Fields<Field>.line(.nextFollowUp, s.nextFollowUp, meeting?.nextFollowUp.map(c.language.date) ?? ""),
        ])
    }

    static func change(_ r: inout FieldReader<Field>, _ meeting: Meeting?, _ c: EditorContext) -> PlanChange? {
        let date = r.date(.date, required: true)
        let next = r.date(.nextFollowUp, required: false)
        if let date, let next, next < date { r.fail(.nextFollowUp, c.e.followUpBeforeMeeting) }
        var m = meeting ?? Meeting(id: "", date: c.today, kind: .followUp, outcome: .held)
        m.date = date ?? c.today
        m.kind = r.choice(.kind, as: MeetingKind.self, default: .followUp)
        m.participants = r.list(.participants)
        m.outcome = r.choice(.outcome, as: MeetingOutcome.self, default: .held)
        m.summary = r.text(.summary, trimmed: false)
        m.followUpResult = FollowUpResult(rawValue: r.choice(.result))
        m.nextFollowUp = next
        return .meeting(m)
    }
}
