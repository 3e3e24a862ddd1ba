import Foundation
import PlanCore
import TerminalKit

/// What the plan screen's forms need to know besides the form itself.
struct EditorContext {
    let file: CaseFile
    let strings: Strings
    let language: Language
    let catalogues: Catalogues
    let today: CalendarDate
    let user: String
    let colleagues: Colleagues

    var e: EditorStrings { strings.editor }

    init(file: CaseFile, language: Language, environment env: Environment) {
        self.file = file
        strings = language.strings
        self.language = language
        catalogues = env.catalogues
        today = env.today
        user = env.user
        colleagues = env.colleagues
    }
}

/// A form over the plan screen: which item it edits (or adds), and the typed values. Each kind's
/// fields and how they are read back live in that kind's own file (GoalForm, EffortForm, …).
public struct PlanForm {
    public enum Kind: Equatable, Sendable {
        case section(PlanSection)
        /// nil adds a new one.
        case goal(PlanSection, Goal?)
        case subGoal(of: ItemID, SubGoal?)
        case effort(PlanSection, Effort?)
        case mentorAgreement
        case mentorPeriod(Int?)
        case meeting(Meeting?)
        case networkMember(NetworkMember?)
        case note(CaseNote?)
        /// A decision on this effort.
        case decision(Effort)
        case consent
        case ownWords
        case nextFollowUp
        case citizenDetails
        case revision
        case print(defaultPath: String)
        /// Close, pause or reopen; `closing` starts on closing (after an FSIII "afsluttes").
        case status(closing: Bool)
        /// Hand the citizen to one of `candidates`.
        case assign(candidates: [String])
        /// One area of a joint assessment; `assessment` nil starts a new one.
        case assessmentFinding(assessment: ItemID?, area: String)
        /// A goal made from a finding.
        case goalFromFinding(assessment: ItemID, area: String)
    }

    public var kind: Kind
    public var form: Form
    /// Why the form is still open after Ctrl-S (a conflict, a full disk): shown under it until it closes.
    public var notice: String?

    init(_ kind: Kind, context c: EditorContext) {
        self.kind = kind
        switch kind {
        case let .section(section): form = SectionForm.make(section, c)
        case let .goal(_, goal): form = GoalForm.make(goal, c)
        case let .subGoal(goalID, sub): form = SubGoalForm.make(of: goalID, sub, c)
        case let .effort(section, effort): form = EffortForm.make(section, effort, c)
        case .mentorAgreement: form = MentorAgreementForm.make(c)
        case let .mentorPeriod(index): form = MentorPeriodForm.make(index, c)
        case let .meeting(meeting): form = MeetingForm.make(meeting, c)
        case let .networkMember(member): form = NetworkMemberForm.make(member, c)
        case let .note(note): form = CaseNoteForm.make(note, c)
        case let .decision(effort): form = DecisionForm.make(effort, c)
        case .consent: form = ConsentForm.make(c)
        case .ownWords: form = OwnWordsForm.make(c)
        case .nextFollowUp: form = NextFollowUpForm.make(c)
        case .citizenDetails: form = CitizenDetailsForm.make(c)
        case .revision: form = RevisionForm.make(c)
        case let .print(path): form = PrintForm.make(defaultPath: path, c)
        case let .status(closing): form = StatusForm.make(preset: closing ? .close : nil, c)
        case let .assign(candidates):
            form = AssignForm.make(title: String(format: c.language.caseLife.titleHandOver, c.file.citizen.name),
                                   candidates: candidates, c)
        case let .assessmentFinding(id, area): form = AssessmentForm.make(assessment: id, area: area, c)
        case let .goalFromFinding(id, area): form = GoalFromFindingForm.make(assessment: id, area: area, c)
        }
    }

    /// Where the domain's refusal of the change belongs in this form, by field name; nil for the form's notice.
    func field(for error: ValidationError) -> String? {
        switch kind {
        case .mentorPeriod: return MentorPeriodForm.field(for: error)?.rawValue
        case .note: return CaseNoteForm.field(for: error)?.rawValue
        case .decision: return DecisionForm.field(for: error)?.rawValue
        case .consent: return ConsentForm.field(for: error)?.rawValue
        default: return nil
        }
    }

    var isPrint: Bool {
        if case .print = kind { return true }
        return false
    }

    /// The kind of form that edits `item`.
    static func kind(editing item: PlanItem, in file: CaseFile) -> Kind? {
        switch item {
        case let .section(s): return .section(s)
        case let .goal(id): return file.goal(id).map { .goal($0.0, $0.1) }
        case let .subGoal(id):
            guard let (_, goal) = file.subGoalOwner(id), let sub = file.subGoal(id) else { return nil }
            return .subGoal(of: goal, sub)
        case let .effort(id): return file.effort(id).map { .effort($0.0, $0.1) }
        case .mentorAgreement: return .mentorAgreement
        case let .mentorPeriod(i): return .mentorPeriod(i)
        case let .meeting(id): return file.meetings.first { $0.id == id }.map { .meeting($0) }
        case let .networkMember(id): return file.network.first { $0.id == id }.map { .networkMember($0) }
        case let .note(id): return file.notes.first { $0.id == id }.map { .note($0) }
        case .consent: return .consent
        case .ownWords: return .ownWords
        case .nextFollowUp: return .nextFollowUp
        case .citizenDetails: return .citizenDetails
        case .status: return .status(closing: false)
        case let .assessmentFinding(id, area): return .assessmentFinding(assessment: id.isEmpty ? nil : id, area: area)
        case .coordinator, .assessment, .decision: return nil
        }
    }

    /// After someone else removed the item being edited: the same form adds it anew.
    mutating func detach() {
        switch kind {
        case let .goal(s, g?): kind = .goal(s, Goal(id: "", title: g.title, created: g.created))
        case let .subGoal(goal, sub?): kind = .subGoal(of: goal, SubGoal(id: "", title: sub.title, created: sub.created))
        case let .effort(s, e?): kind = .effort(s, Effort(id: "", title: e.title, start: e.start))
        case .mentorPeriod: kind = .mentorPeriod(nil)
        case let .meeting(m?): kind = .meeting(Meeting(id: "", date: m.date, kind: m.kind, outcome: m.outcome))
        case let .networkMember(n?): kind = .networkMember(NetworkMember(id: "", name: n.name, role: n.role))
        case let .note(n?): kind = .note(CaseNote(date: n.date, kind: n.kind, who: n.who, text: n.text, inLetter: n.inLetter))
        case let .assessmentFinding(_?, area):
            // The assessment is gone: what was typed starts a new one dated today.
            kind = .assessmentFinding(assessment: nil, area: area)
        default: break
        }
    }

    // MARK: - Reading the form back

    /// The change the form describes, or nil with a message next to each field that needs attention.
    mutating func change(context c: EditorContext) -> PlanChange? {
        clearMessages()
        let result: PlanChange?
        switch kind {
        case let .section(section): result = read(c.e) { (r: inout FieldReader<SectionForm.Field>) in SectionForm.change(&r, section) }
        case let .goal(section, goal): result = read(c.e) { GoalForm.change(&$0, section, goal, c) }
        case let .subGoal(goalID, sub): result = read(c.e) { SubGoalForm.change(&$0, of: goalID, sub, c) }
        case let .effort(section, effort): result = read(c.e) { EffortForm.change(&$0, section, effort, c) }
        case .mentorAgreement: result = read(c.e) { MentorAgreementForm.change(&$0, c) }
        case let .mentorPeriod(index): result = read(c.e) { MentorPeriodForm.change(&$0, index, c) }
        case let .meeting(meeting): result = read(c.e) { MeetingForm.change(&$0, meeting, c) }
        case let .networkMember(member): result = read(c.e) { NetworkMemberForm.change(&$0, member) }
        case let .note(note): result = read(c.e) { CaseNoteForm.change(&$0, note, c) }
        case let .decision(effort): result = read(c.e) { DecisionForm.change(&$0, effort, c) }
        case .consent: result = read(c.e) { ConsentForm.change(&$0, c) }
        case .ownWords: result = read(c.e) { OwnWordsForm.change(&$0) }
        case .nextFollowUp: result = read(c.e) { NextFollowUpForm.change(&$0) }
        case .citizenDetails: result = read(c.e) { CitizenDetailsForm.change(&$0, c) }
        case let .assessmentFinding(id, area): result = read(c.e) { AssessmentForm.change(&$0, assessment: id, area: area, c) }
        case let .goalFromFinding(id, area): result = read(c.e) { GoalFromFindingForm.change(&$0, assessment: id, area: area, c) }
        case .revision: result = read(c.e) { RevisionForm.change(&$0, c) }
        case .status: result = read(c.e) { StatusForm.change(&$0, c) }
        case .assign: result = read(c.e) { (r: inout FieldReader<AssignForm.Field>) in AssignForm.coordinator(&r).map { .assign(to: $0) } }
        case .print: result = nil
        }
        return form.focusFirstMessage() ? nil : result
    }

    /// The file to print to, or nil with a message next to the field.
    /// The letter chosen and the file to print it to, or nil with a message next to the field.
    mutating func printRequest(strings: EditorStrings, home: String?) -> (letter: PrintForm.Letter, path: String)? {
        clearMessages()
        var r = FieldReader<PrintForm.Field>(form: form, strings: strings)
        let letter = PrintForm.letter(r)
        let typed = PrintForm.path(&r, home: home)
        form = r.form
        guard var path = typed else { return nil }
        // The name offered is the plan letter's; the other letter left under it gets a name of its own.
        if letter == .access, case let .print(offered) = kind, path == offered,
           let slash = path.lastIndex(of: "/"), path[path.index(after: slash)...].hasPrefix("plan-") {
            path = String(path[...slash]) + strings.accessFileStem + path[path.index(slash, offsetBy: 5)...]
        }
        return (letter, path)
    }

    private mutating func clearMessages() {
        for field in form.fields { form.setMessage(nil, for: field.name) }
    }

    private mutating func read<Name: FieldName>(_ strings: EditorStrings,
                                                _ body: (inout FieldReader<Name>) -> PlanChange?) -> PlanChange? {
        var r = FieldReader<Name>(form: form, strings: strings)
        let result = body(&r)
        form = r.form
        return result
    }
}
