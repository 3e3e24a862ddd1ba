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

    var e: EditorStrings { strings.editor }
}

/// A form over the plan screen: which item it edits (or adds), and the typed values.
public struct PlanEditor {
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
        case consent
        case ownWords
        case nextFollowUp
        case citizenDetails
        case revision
        case print(defaultPath: String)
    }

    public var kind: Kind
    public var modal: ModalForm
    /// Why the form is still open after Ctrl-S (a conflict, a full disk): shown under it until it closes.
    public var notice: String?
    /// The choices offered by pick lists, in the order shown.
    let offers: [Offer]
    let goalChoices: [Goal]

    public var form: Form {
        get { modal.form }
        set { modal.form = newValue }
    }

    init(_ kind: Kind, context c: EditorContext) {
        self.kind = kind
        let e = c.e, s = c.strings
        var offers: [Offer] = []
        var goals: [Goal] = []
        let fields: [Form.Field]
        let title: String
        switch kind {
        case let .section(section):
            title = String(format: e.titleSection, section.name(c.language))
            fields = [Self.line(e.responsibleCaseworker, c.file.sections[section].responsible),
                      Self.text(s.notes, c.file.sections[section].notes, height: 4)]
        case let .goal(_, goal):
            title = e.titleGoal
            fields = [Self.line(e.fieldTitle, goal?.title ?? ""),
                      Self.choice(e.fieldStatus, GoalStatus.allCases.map { s.goalStatuses[$0] ?? $0.rawValue },
                                  GoalStatus.allCases.firstIndex(of: goal?.status ?? .active) ?? 0),
                      Self.line(e.fieldCurrentLevel, goal?.currentLevel.map(String.init) ?? ""),
                      Self.line(e.fieldExpectedLevel, goal?.expectedLevel.map(String.init) ?? ""),
                      Self.text(e.fieldNote, goal?.note ?? "", height: 3)]
        case let .subGoal(_, sub):
            title = e.titleSubGoal
            fields = [Self.line(e.fieldTitle, sub?.title ?? ""),
                      Self.choice(e.fieldStatus, GoalStatus.allCases.map { s.goalStatuses[$0] ?? $0.rawValue },
                                  GoalStatus.allCases.firstIndex(of: sub?.status ?? .active) ?? 0)]
        case let .effort(section, effort):
            title = e.titleEffort
            offers = c.catalogues.offers(in: section)
            goals = c.file.sections[section].goals
            let bases = Self.legalBasisOptions(c, current: effort?.legalBasis)
            let offerIndex = effort?.offerID.flatMap { id in offers.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            let goalIndex = effort?.goalIDs.first.flatMap { id in goals.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            fields = [Self.choice(e.fieldOffer, [e.freeText] + offers.map(\.title), offerIndex),
                      Self.line(e.fieldTitle, effort?.title ?? ""),
                      Self.line(s.provider, effort?.provider ?? ""),
                      Self.line(s.responsible, effort?.responsible ?? c.file.sections[section].responsible),
                      Self.choice(s.legalBasis, bases, effort.flatMap { bases.firstIndex(of: $0.legalBasis) } ?? 0),
                      Self.line(e.fieldStart, (effort?.start ?? c.today).iso),
                      Self.line(e.fieldEnd, effort?.end?.iso ?? ""),
                      Self.choice(e.fieldStatus, EffortStatus.allCases.map { s.effortStatuses[$0] ?? $0.rawValue },
                                  EffortStatus.allCases.firstIndex(of: effort?.status ?? .active) ?? 0),
                      Self.choice(e.fieldGoalServed, [s.none] + goals.map(\.title), goalIndex)]
        case .mentorAgreement:
            title = e.titleMentorAgreement
            let a = c.file.mentorAgreement ?? MentorAgreement()
            fields = [Self.text(s.purpose, a.purpose, height: 2),
                      Self.line(e.fieldMentorName, a.mentorName),
                      Self.line(e.fieldOrganisation, a.organisation),
                      Self.line(e.fieldContact, a.contact),
                      Self.text(s.tasks, a.tasks, height: 2),
                      Self.line(s.hoursPerWeek, a.hoursPerWeek == 0 ? "" : Self.hours(a.hoursPerWeek))]
        case let .mentorPeriod(index):
            title = e.titleMentorPeriod
            let periods = c.file.mentorAgreement?.periods ?? []
            let existing = index.flatMap { periods.indices.contains($0) ? periods[$0] : nil }
            // A renewal starts the day after the last period ends.
            let start = existing?.start ?? periods.last.map { max($0.end.adding(days: 1), c.today) } ?? c.today
            let end = existing?.end ?? start.adding(months: MentorPeriod.maximumMonths).adding(days: -1)
            fields = [Self.line(e.fieldStart, start.iso), Self.line(e.fieldEnd, end.iso)]
        case let .meeting(meeting):
            title = e.titleMeeting
            let results = [s.none] + FollowUpResult.allCases.map { s.followUpResults[$0] ?? $0.rawValue }
            fields = [Self.line(e.fieldDate, (meeting?.date ?? c.today).iso),
                      Self.choice(e.fieldKind, MeetingKind.allCases.map { s.meetingKinds[$0] ?? $0.rawValue },
                                  MeetingKind.allCases.firstIndex(of: meeting?.kind ?? .followUp) ?? 0),
                      Self.line(e.fieldParticipants, meeting?.participants.joined(separator: ", ") ?? ""),
                      Self.choice(e.fieldOutcome, MeetingOutcome.allCases.map { s.meetingOutcomes[$0] ?? $0.rawValue },
                                  MeetingOutcome.allCases.firstIndex(of: meeting?.outcome ?? .held) ?? 0),
                      Self.text(e.fieldSummary, meeting?.summary ?? "", height: 3),
                      Self.choice(e.fieldFollowUpResult, results,
                                  meeting?.followUpResult.flatMap { FollowUpResult.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
                      Self.line(s.nextFollowUp, meeting?.nextFollowUp?.iso ?? "")]
        case let .networkMember(member):
            title = e.titleNetworkMember
            fields = [Self.line(s.fieldName, member?.name ?? ""), Self.line(e.fieldRole, member?.role ?? ""),
                      Self.line(e.fieldContact, member?.contact ?? "")]
        case .consent:
            title = e.titleConsent
            let current = c.file.consent
            let states: [Consent.State] = [.given, .withdrawn, .notRecorded]
            fields = [Self.choice(s.consent, states.map { s.consentStates[$0] ?? $0.rawValue },
                                  current.state == .withdrawn ? 1 : 0),
                      Self.line(e.fieldDate, c.today.iso),
                      Self.line(s.consentScope, current.scope.joined(separator: ", ")),
                      Self.line(e.fieldNote, current.note)]
        case .ownWords:
            title = e.titleOwnWords
            fields = [Self.text(s.ownWords, c.file.ownWords, height: 5),
                      Self.text(s.overallGoal, c.file.overallGoal, height: 2)]
        case .nextFollowUp:
            title = e.titleNextFollowUp
            fields = [Self.line(s.nextFollowUp, c.file.nextFollowUp?.iso ?? "")]
        case .citizenDetails:
            title = e.titleCitizenDetails
            let z = c.file.citizen
            fields = [Self.line(s.fieldName, z.name), Self.line(s.fieldPhone, z.phone), Self.line(s.fieldEmail, z.email),
                      Self.line(e.fieldAddress, z.address),
                      Self.choice(s.fieldTargetGroup, TargetGroup.allCases.map { $0.name(c.language) },
                                  TargetGroup.allCases.firstIndex(of: z.targetGroup) ?? 0)]
        case .revision:
            title = e.titleRevision
            fields = [Self.text(e.fieldChangeSummary, "", height: 3), Self.line(e.fieldReason, ""),
                      Self.choice(e.fieldWithCitizen, [s.yes, s.no], 0)]
        case let .print(path):
            title = e.titlePrint
            fields = [Self.line(e.fieldFile, path)]
        }
        self.offers = offers
        goalChoices = goals
        modal = ModalForm(Form(title: title, fields: fields))
    }

    /// The kind of form that adds what `item` is, or edits it.
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
        case .consent: return .consent
        case .ownWords: return .ownWords
        case .nextFollowUp: return .nextFollowUp
        case .citizenDetails: return .citizenDetails
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
        default: break
        }
    }

    // MARK: - Reading the form back

    /// The change the form describes, or nil with a message next to each field that needs attention.
    mutating func change(context c: EditorContext) -> PlanChange? {
        var r = FieldReader(form: form, strings: c.e)
        let result: PlanChange?
        switch kind {
        case let .section(section):
            result = .section(section, responsible: r.text(0), notes: r.text(1, trimmed: false))
        case let .goal(section, goal):
            let title = r.required(0)
            let status = GoalStatus.allCases[r.choiceIndex(1)]
            let scale = c.catalogues.instrument.scale.range
            let current = r.level(2, in: scale), expected = r.level(3, in: scale)
            var g = goal ?? Goal(id: "", title: "", created: c.today)
            g.title = title
            g.status = status
            g.currentLevel = current
            g.expectedLevel = expected
            g.note = r.text(4, trimmed: false)
            result = .goal(g, in: section)
        case let .subGoal(goalID, sub):
            var x = sub ?? SubGoal(id: "", title: "", created: c.today)
            x.title = r.required(0)
            x.status = GoalStatus.allCases[r.choiceIndex(1)]
            result = .subGoal(x, of: goalID)
        case let .effort(section, effort):
            let offerIndex = r.choiceIndex(0)
            let offer = offerIndex > 0 ? offers[offerIndex - 1] : nil
            var e = effort ?? Effort(id: "", title: "", start: c.today)
            e.offerID = offer?.id
            if r.text(1).isEmpty, let offer { r.set(1, offer.title) }
            e.title = r.required(1)
            e.provider = r.text(2).isEmpty ? offer?.provider ?? "" : r.text(2)
            e.responsible = r.text(3)
            let basis = r.choiceIndex(4) == 0 ? "" : r.value(4)
            e.legalBasis = basis.isEmpty ? offer?.legalBasis ?? "" : basis
            let start = r.date(5, required: true)
            let end = r.date(6, required: false)
            if let start, let end, end < start { r.fail(6, c.e.endBeforeStart) }
            e.start = start ?? c.today
            e.end = end
            e.status = EffortStatus.allCases[r.choiceIndex(7)]
            let goalIndex = r.choiceIndex(8)
            let others = e.goalIDs.dropFirst()
            e.goalIDs = (goalIndex > 0 ? [goalChoices[goalIndex - 1].id] : []) + others
            result = .effort(e, in: section)
        case .mentorAgreement:
            var a = c.file.mentorAgreement ?? MentorAgreement()
            a.purpose = r.text(0, trimmed: false)
            a.mentorName = r.required(1)
            a.organisation = r.text(2)
            a.contact = r.text(3)
            a.tasks = r.text(4, trimmed: false)
            a.hoursPerWeek = r.hours(5)
            result = .mentorAgreement(a)
        case let .mentorPeriod(index):
            let start = r.date(0, required: true), end = r.date(1, required: true)
            var period: MentorPeriod?
            if let start, let end {
                do {
                    period = try MentorPeriod(start: start, end: end)
                } catch .mentorPeriodTooLong {
                    r.fail(1, c.e.mentorPeriodTooLong)
                } catch {
                    r.fail(1, c.e.endBeforeStart)
                }
            }
            result = period.map { .mentorPeriod($0, index: index) }
        case let .meeting(meeting):
            let date = r.date(0, required: true)
            let next = r.date(6, required: false)
            var m = meeting ?? Meeting(id: "", date: c.today, kind: .followUp, outcome: .held)
            m.date = date ?? c.today
            m.kind = MeetingKind.allCases[r.choiceIndex(1)]
            m.participants = r.list(2)
            m.outcome = MeetingOutcome.allCases[r.choiceIndex(3)]
            m.summary = r.text(4, trimmed: false)
            let resultIndex = r.choiceIndex(5)
            m.followUpResult = resultIndex > 0 ? FollowUpResult.allCases[resultIndex - 1] : nil
            m.nextFollowUp = next
            result = .meeting(m)
        case let .networkMember(member):
            var n = member ?? NetworkMember(id: "", name: "", role: "")
            n.name = r.required(0)
            n.role = r.text(1)
            n.contact = r.text(2)
            result = .networkMember(n)
        case .consent:
            let states: [Consent.State] = [.given, .withdrawn, .notRecorded]
            let state = states[r.choiceIndex(0)]
            let date = r.date(1, required: state != .notRecorded)
            result = .consent(Consent(state: state, date: date, scope: r.list(2), note: r.text(3)))
        case .ownWords:
            result = .ownWords(r.text(0, trimmed: false).trimmingSpaces, overallGoal: r.text(1, trimmed: false).trimmingSpaces)
        case .nextFollowUp:
            result = .nextFollowUp(r.date(0, required: false))
        case .citizenDetails:
            result = .citizenDetails(name: r.required(0), phone: r.text(1), email: r.text(2), address: r.text(3),
                                     targetGroup: TargetGroup.allCases[r.choiceIndex(4)])
        case .revision:
            let summary = r.required(0)
            result = .revision(PlanRevision(date: c.today, author: c.user, summary: summary, reason: r.text(1),
                                            withCitizen: r.choiceIndex(2) == 0))
        case .print:
            _ = r.required(0)
            result = nil
        }
        form = r.form
        if let first = form.fields.firstIndex(where: { $0.message != nil }) {
            form.focus = first
            return nil
        }
        return result
    }

    /// The path typed into the print form, once it is not empty.
    mutating func printPath() -> String? {
        let path = form.fields.first?.value.trimmingSpaces ?? ""
        return path.isEmpty ? nil : path
    }

    // MARK: - Building fields

    static func line(_ label: String, _ text: String) -> Form.Field { Form.Field(label, .line(TextField(text))) }

    static func text(_ label: String, _ text: String, height: Int) -> Form.Field {
        Form.Field(label, .text(TextArea(text), height: height))
    }

    static func choice(_ label: String, _ options: [String], _ selected: Int) -> Form.Field {
        Form.Field(label, .choice(options: options, filter: TextField(), selected: selected))
    }

    static func legalBasisOptions(_ c: EditorContext, current: String?) -> [String] {
        var options = [c.strings.none] + c.catalogues.legalBases.map(\.reference)
        if let current, !current.isEmpty, !options.contains(current) { options.append(current) }
        return options
    }

    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Reads typed values back out of a form, putting a message next to each field that is wrong.
struct FieldReader {
    var form: Form
    let strings: EditorStrings

    func value(_ i: Int) -> String { form.fields[i].value }

    func text(_ i: Int, trimmed: Bool = true) -> String { trimmed ? value(i).trimmingSpaces : value(i) }

    mutating func set(_ i: Int, _ text: String) { form.fields[i].input = .line(TextField(text)) }

    mutating func fail(_ i: Int, _ message: String) {
        if form.fields[i].message == nil { form.fields[i].message = message }
    }

    mutating func required(_ i: Int) -> String {
        let t = text(i)
        if t.isEmpty { fail(i, strings.required) }
        return t
    }

    /// The position of the chosen option in the field's full option list.
    func choiceIndex(_ i: Int) -> Int {
        guard case let .choice(options, _, _) = form.fields[i].input else { return 0 }
        return options.firstIndex(of: value(i)) ?? 0
    }

    mutating func date(_ i: Int, required: Bool) -> CalendarDate? {
        let t = text(i)
        if t.isEmpty {
            if required { fail(i, strings.required) }
            return nil
        }
        do {
            return try CalendarDate.parse(typed: t)
        } catch {
            fail(i, strings.message(for: error))
            return nil
        }
    }

    mutating func level(_ i: Int, in scale: ClosedRange<Int>) -> Int? {
        let t = text(i)
        guard !t.isEmpty else { return nil }
        guard let n = Int(t), scale.contains(n) else {
            fail(i, String(format: strings.outOfScale, scale.lowerBound, scale.upperBound))
            return nil
        }
        return n
    }

    mutating func hours(_ i: Int) -> Double {
        let t = text(i).replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty else { return 0 }
        guard let n = Double(t), n >= 0, n <= 168 else {
            fail(i, strings.notANumber)
            return 0
        }
        return n
    }

    /// A comma-separated list.
    func list(_ i: Int) -> [String] {
        text(i).split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }
}
