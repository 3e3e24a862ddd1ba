/// Something in a plan that can be edited on its own: what a change touches, and what a conflict is
/// checked against.
public enum PlanItem: Hashable, Sendable {
    case section(PlanSection)
    case goal(ItemID)
    case subGoal(ItemID)
    case effort(ItemID)
    case mentorAgreement
    case mentorPeriod(Int)
    case meeting(ItemID)
    case networkMember(ItemID)
    case consent
    case ownWords
    case nextFollowUp
    case citizenDetails
    /// The case's status: active, paused or closed.
    case status
    /// Who coordinates the plan.
    case coordinator
    /// A joint assessment as a whole (for deleting it).
    case assessment(ItemID)
    /// One area's finding in a joint assessment.
    case assessmentFinding(ItemID, area: String)
    case note(ItemID)
    /// A decision on an effort: read only, never edited or deleted.
    case decision(ItemID)
}

/// One edit to a plan, as a value. Because it is a value and not the edited document, a change that
/// met a newer revision on disk can be applied again to that revision without losing anyone's text.
/// New items carry an empty id; `apply` gives them one that is free in the document it is applied to.
public enum PlanChange: Equatable, Sendable {
    case section(PlanSection, responsible: String, notes: String)
    case goal(Goal, in: PlanSection)
    case subGoal(SubGoal, of: ItemID)
    case effort(Effort, in: PlanSection)
    case mentorAgreement(MentorAgreement)
    /// A period of the mentor agreement: `index` nil adds one.
    case mentorPeriod(MentorPeriod, index: Int?)
    case meeting(Meeting)
    case networkMember(NetworkMember)
    case consent(Consent)
    case ownWords(String, overallGoal: String)
    case nextFollowUp(CalendarDate?)
    case citizenDetails(name: String, phone: String, email: String, address: String, targetGroup: TargetGroup,
                        language: CitizenLanguage? = nil, birthDate: CalendarDate? = nil,
                        benefitStart: CalendarDate? = nil, firstAbsenceDay: CalendarDate? = nil)
    case revision(PlanRevision)
    case measurement(Measurement)
    /// Close, pause or reopen the case.
    case status(StatusChange)
    /// Hand the citizen to another coordinator; the plan's revisions say who handed over to whom.
    case assign(to: String)
    /// One area of a joint assessment: `assessment` nil starts a new assessment dated `date`.
    case assessmentFinding(AssessmentFinding, assessment: ItemID?, date: CalendarDate)
    /// A case note: an empty id adds one, written by the person applying the change.
    case note(CaseNote)
    /// A decision on an effort; only ever added.
    case decision(Decision)
    case delete(PlanItem)
    /// Puts the plan back as it was before the person's last change: a new revision of the earlier
    /// content. Item numbers never go back, so an id is never given twice.
    indirect case undo(to: CaseFile)

    /// The existing item this change replaces or removes; nil when it only adds.
    public var target: PlanItem? {
        switch self {
        case let .section(s, _, _): return .section(s)
        case let .goal(g, _): return g.id.isEmpty ? nil : .goal(g.id)
        case let .subGoal(s, _): return s.id.isEmpty ? nil : .subGoal(s.id)
        case let .effort(e, _): return e.id.isEmpty ? nil : .effort(e.id)
        case .mentorAgreement: return .mentorAgreement
        case let .mentorPeriod(_, index): return index.map { .mentorPeriod($0) }
        case let .meeting(m): return m.id.isEmpty ? nil : .meeting(m.id)
        case let .networkMember(n): return n.id.isEmpty ? nil : .networkMember(n.id)
        case .consent: return .consent
        case .ownWords: return .ownWords
        case .nextFollowUp: return .nextFollowUp
        case .citizenDetails: return .citizenDetails
        case .revision, .measurement: return nil
        case .status: return .status
        case .assign: return .coordinator
        case let .assessmentFinding(f, id, _): return id.map { .assessmentFinding($0, area: f.area) }
        case let .note(n): return n.id.isEmpty ? nil : .note(n.id)
        case let .decision(d): return .effort(d.effort)
        case let .delete(item): return item
        case .undo: return nil
        }
    }
}

/// Why a change could not be applied to a document.
public enum PlanChangeError: Error, Equatable, Sendable {
    /// The item was removed (by someone else) before the change reached it.
    case itemGone(PlanItem)
    /// The change does not fit the document (closing a closed case, a date before the last change).
    case invalid(ValidationError)
}

extension CaseFile {
    /// Applies one change, made by `user` on `date`; the document's revision is left to the store.
    public mutating func apply(_ change: PlanChange, on date: CalendarDate, by user: String) throws(PlanChangeError) {
        switch change {
        case let .section(section, responsible, notes):
            sections[section].responsible = responsible
            sections[section].notes = notes
        case let .goal(goal, section):
            var g = goal
            if g.id.isEmpty {
                g.id = makeItemID(prefix: "g")
                g.created = date
                sections[section].goals.append(g)
            } else {
                guard let i = sections[section].goals.firstIndex(where: { $0.id == g.id }) else { throw .itemGone(.goal(g.id)) }
                let old = sections[section].goals[i]
                g.subGoals = old.subGoals
                g.statusDate = g.status == old.status ? old.statusDate : (g.status == .active ? nil : date)
                sections[section].goals[i] = g
            }
        case let .subGoal(sub, goalID):
            guard let (section, _) = goal(goalID),
                  let gi = sections[section].goals.firstIndex(where: { $0.id == goalID }) else { throw .itemGone(.goal(goalID)) }
            var s = sub
            if s.id.isEmpty {
                s.id = makeItemID(prefix: "s")
                s.created = date
                sections[section].goals[gi].subGoals.append(s)
            } else {
                guard let si = sections[section].goals[gi].subGoals.firstIndex(where: { $0.id == s.id }) else {
                    throw .itemGone(.subGoal(s.id))
                }
                let old = sections[section].goals[gi].subGoals[si]
                s.statusDate = s.status == old.status ? old.statusDate : (s.status == .active ? nil : date)
                sections[section].goals[gi].subGoals[si] = s
            }
        case let .effort(effort, section):
            var e = effort
            // An effort may only serve goals that still exist.
            e.goalIDs = e.goalIDs.filter { goal($0) != nil }
            if e.id.isEmpty {
                e.id = makeItemID(prefix: "e")
                sections[section].efforts.append(e)
            } else {
                guard let i = sections[section].efforts.firstIndex(where: { $0.id == e.id }) else { throw .itemGone(.effort(e.id)) }
                sections[section].efforts[i] = e
            }
        case let .mentorAgreement(agreement):
            var a = agreement
            a.periods = mentorAgreement?.periods ?? agreement.periods
            mentorAgreement = a
        case let .mentorPeriod(period, index):
            var a = mentorAgreement ?? MentorAgreement()
            for (i, other) in a.periods.enumerated() where i != index && other.overlaps(period) {
                throw .invalid(.mentorPeriodsOverlap(other.start, other.end))
            }
            if let index {
                guard a.periods.indices.contains(index) else { throw .itemGone(.mentorPeriod(index)) }
                a.periods[index] = period
            } else {
                a.periods.append(period)
            }
            a.periods.sort { $0.start < $1.start }
            mentorAgreement = a
        case let .meeting(meeting):
            var m = meeting
            if let next = m.nextFollowUp, next < m.date { throw .invalid(.followUpBeforeMeeting(m.date)) }
            if m.id.isEmpty {
                m.id = makeItemID(prefix: "m")
                meetings.append(m)
            } else {
                guard let i = meetings.firstIndex(where: { $0.id == m.id }) else { throw .itemGone(.meeting(m.id)) }
                meetings[i] = m
            }
            meetings.sort { $0.date < $1.date }
            // The follow-up agreed at the latest meeting is the plan's next follow-up.
            if let next = m.nextFollowUp, meetings.last(where: { $0.nextFollowUp != nil })?.id == m.id {
                nextFollowUp = next
            }
        case let .networkMember(member):
            var n = member
            if n.id.isEmpty {
                n.id = makeItemID(prefix: "n")
                network.append(n)
            } else {
                guard let i = network.firstIndex(where: { $0.id == n.id }) else { throw .itemGone(.networkMember(n.id)) }
                network[i] = n
            }
        case let .consent(new):
            do { try new.validate(for: citizen, on: date) } catch { throw .invalid(error) }
            record(consent: new)
        case let .ownWords(words, overall):
            ownWords = words
            overallGoal = overall
        case let .nextFollowUp(next):
            nextFollowUp = next
        case let .citizenDetails(name, phone, email, address, group, language, birthDate, benefitStart, firstAbsenceDay):
            if let firstAbsenceDay, firstAbsenceDay > date { throw .invalid(.inFuture(field: "first absence day")) }
            var c = citizen
            c.benefitStart = benefitStart
            c.firstAbsenceDay = firstAbsenceDay
            c.name = name
            c.phone = phone
            c.email = email
            c.address = address
            c.targetGroup = group
            c.language = language
            c.birthDate = birthDate
            do { try c.validate() } catch { throw .invalid(error) }
            citizen = c
        case let .revision(revision):
            revisions.append(revision)
        case let .measurement(measurement):
            var m = measurement
            if m.id.isEmpty { m.id = makeItemID(prefix: "p") }
            measurements.append(m)
        case let .status(change):
            do { try checkStatusChange(to: change.status, on: change.date, until: change.until, today: date) } catch {
                throw .invalid(error)
            }
            status = change.status
            statusHistory.append(change)
        case let .assign(to):
            let from = citizen.coordinator
            guard to != from else { throw .invalid(.sameCoordinator(to)) }
            citizen.coordinator = to
            revisions.append(PlanRevision(date: date, author: user, summary: "Plankoordinator: \(from) → \(to)",
                                          reason: "Overdraget af \(user)", withCitizen: false))
        case let .assessmentFinding(finding, id, day):
            if let id {
                guard let i = assessments.firstIndex(where: { $0.id == id }) else { throw .itemGone(.assessment(id)) }
                if let f = assessments[i].findings.firstIndex(where: { $0.area == finding.area }) {
                    assessments[i].findings[f] = finding
                } else {
                    assessments[i].findings.append(finding)
                }
            } else {
                assessments.append(Assessment(id: makeItemID(prefix: "a"), date: day, findings: [finding]))
            }
        case let .note(note):
            do { try note.validate(today: date) } catch { throw .invalid(error) }
            var n = note
            if n.id.isEmpty {
                n.id = makeItemID(prefix: "k")
                n.author = user
                notes.append(n)
            } else {
                guard let i = notes.firstIndex(where: { $0.id == n.id }) else { throw .itemGone(.note(n.id)) }
                // A note keeps the name of the person who wrote it; the audit trail says who changed it.
                n.author = notes[i].author
                notes[i] = n
            }
            notes.sort { $0.date < $1.date }
        case let .decision(decision):
            try record(decision, on: date, by: user)
        case let .delete(item):
            try delete(item)
        case let .undo(earlier):
            // A decision is a legal act the citizen may already have been told of.
            if let taken = decisions.first(where: { d in !earlier.decisions.contains { $0.id == d.id } }) {
                throw .invalid(.decisionIsFinal(taken.id))
            }
            let (kept, counter) = (revision, nextItemNumber)
            self = earlier
            revision = kept
            nextItemNumber = max(counter, earlier.nextItemNumber)
        }
        updated = date
        updatedBy = user
    }

    private mutating func delete(_ item: PlanItem) throws(PlanChangeError) {
        switch item {
        case let .goal(id):
            guard let (section, _) = goal(id) else { throw .itemGone(item) }
            sections[section].goals.removeAll { $0.id == id }
            for s in PlanSection.allCases {
                for i in sections[s].efforts.indices { sections[s].efforts[i].goalIDs.removeAll { $0 == id } }
            }
        case let .subGoal(id):
            guard let (section, g) = subGoalOwner(id),
                  let gi = sections[section].goals.firstIndex(where: { $0.id == g }) else { throw .itemGone(item) }
            sections[section].goals[gi].subGoals.removeAll { $0.id == id }
        case let .effort(id):
            guard let section = PlanSection.allCases.first(where: { s in sections[s].efforts.contains { $0.id == id } }) else {
                throw .itemGone(item)
            }
            sections[section].efforts.removeAll { $0.id == id }
        case let .mentorPeriod(index):
            guard var a = mentorAgreement, a.periods.indices.contains(index) else { throw .itemGone(item) }
            a.periods.remove(at: index)
            mentorAgreement = a
        case .mentorAgreement:
            guard mentorAgreement != nil else { throw .itemGone(item) }
            mentorAgreement = nil
        case let .meeting(id):
            guard let gone = meetings.first(where: { $0.id == id }) else { throw .itemGone(item) }
            let setFollowUp = gone.nextFollowUp != nil && meetings.last(where: { $0.nextFollowUp != nil })?.id == id
            meetings.removeAll { $0.id == id }
            // The follow-up that meeting agreed goes with it: the one agreed before it stands again.
            if setFollowUp, nextFollowUp == gone.nextFollowUp {
                nextFollowUp = meetings.last(where: { $0.nextFollowUp != nil })?.nextFollowUp
            }
        case let .assessment(id):
            guard assessments.contains(where: { $0.id == id }) else { throw .itemGone(item) }
            assessments.removeAll { $0.id == id }
        case let .assessmentFinding(id, area):
            guard let i = assessments.firstIndex(where: { $0.id == id }),
                  assessments[i].finding(area) != nil else { throw .itemGone(item) }
            assessments[i].findings.removeAll { $0.area == area }
        case let .networkMember(id):
            guard network.contains(where: { $0.id == id }) else { throw .itemGone(item) }
            network.removeAll { $0.id == id }
        case let .note(id):
            guard notes.contains(where: { $0.id == id }) else { throw .itemGone(item) }
            notes.removeAll { $0.id == id }
        case .section, .consent, .ownWords, .nextFollowUp, .citizenDetails, .status, .coordinator, .decision:
            // Not removable: these are cleared by editing them, and a decision is corrected by a new one.
            throw .itemGone(item)
        }
    }

    /// The section and goal a sub-goal belongs to.
    public func subGoalOwner(_ id: ItemID) -> (PlanSection, ItemID)? {
        for section in PlanSection.allCases {
            for g in sections[section].goals where g.subGoals.contains(where: { $0.id == id }) { return (section, g.id) }
        }
        return nil
    }

    /// The section an effort is in, with the effort.
    public func effort(_ id: ItemID) -> (PlanSection, Effort)? {
        for section in PlanSection.allCases {
            if let e = sections[section].efforts.first(where: { $0.id == id }) { return (section, e) }
        }
        return nil
    }

    /// Whether `item` is the same here as in `other`: false when someone else changed or removed it.
    public func hasSame(_ item: PlanItem, as other: CaseFile) -> Bool {
        switch item {
        case let .section(s):
            return sections[s].responsible == other.sections[s].responsible && sections[s].notes == other.sections[s].notes
        case let .goal(id):
            // Sub-goals are items of their own; a goal is unchanged when its own fields are.
            var mine = goal(id)?.1, theirs = other.goal(id)?.1
            mine?.subGoals = []
            theirs?.subGoals = []
            return mine == theirs
        case let .subGoal(id): return subGoal(id) == other.subGoal(id)
        case let .effort(id): return effort(id)?.1 == other.effort(id)?.1
        case .mentorAgreement:
            var mine = mentorAgreement, theirs = other.mentorAgreement
            mine?.periods = []
            theirs?.periods = []
            return mine == theirs
        case let .mentorPeriod(i): return mentorAgreement?.periods.element(at: i) == other.mentorAgreement?.periods.element(at: i)
        case let .meeting(id): return meetings.first { $0.id == id } == other.meetings.first { $0.id == id }
        case let .networkMember(id): return network.first { $0.id == id } == other.network.first { $0.id == id }
        case let .note(id): return notes.first { $0.id == id } == other.notes.first { $0.id == id }
        case let .decision(id): return decisions.first { $0.id == id } == other.decisions.first { $0.id == id }
        case .consent: return consent == other.consent
        case .ownWords: return ownWords == other.ownWords && overallGoal == other.overallGoal
        case .nextFollowUp: return nextFollowUp == other.nextFollowUp
        case .citizenDetails:
            return citizen.name == other.citizen.name && citizen.phone == other.citizen.phone
                && citizen.email == other.citizen.email && citizen.address == other.citizen.address
                && citizen.targetGroup == other.citizen.targetGroup && citizen.language == other.citizen.language
                && citizen.birthDate == other.citizen.birthDate && citizen.benefitStart == other.citizen.benefitStart
                && citizen.firstAbsenceDay == other.citizen.firstAbsenceDay
        case .status: return status == other.status && statusHistory == other.statusHistory
        case .coordinator: return citizen.coordinator == other.citizen.coordinator
        case let .assessment(id): return assessment(id) == other.assessment(id)
        case let .assessmentFinding(id, area): return assessment(id)?.finding(area) == other.assessment(id)?.finding(area)
        }
    }

    /// Whether the item is no longer in this document (someone removed it).
    public func lacks(_ item: PlanItem) -> Bool {
        switch item {
        case let .goal(id): return goal(id) == nil
        case let .subGoal(id): return subGoal(id) == nil
        case let .effort(id): return effort(id) == nil
        case let .mentorPeriod(i): return mentorAgreement?.periods.indices.contains(i) != true
        case .mentorAgreement: return mentorAgreement == nil
        case let .meeting(id): return !meetings.contains { $0.id == id }
        case let .networkMember(id): return !network.contains { $0.id == id }
        case let .note(id): return !notes.contains { $0.id == id }
        case let .decision(id): return !decisions.contains { $0.id == id }
        case let .assessment(id), let .assessmentFinding(id, _): return assessment(id) == nil
        case .section, .consent, .ownWords, .nextFollowUp, .citizenDetails, .status, .coordinator: return false
        }
    }

    /// A sub-goal, wherever it is.
    public func subGoal(_ id: ItemID) -> SubGoal? {
        guard let (section, g) = subGoalOwner(id) else { return nil }
        return sections[section].goals.first { $0.id == g }?.subGoals.first { $0.id == id }
    }
}

extension Array {
    func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
