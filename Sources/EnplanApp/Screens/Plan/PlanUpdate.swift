import Foundation
import PlanCore
import CaseRecords
import TerminalKit

/// The plan screen: moving through the tabs, opening forms and questions, and turning each change
/// into a save effect. The outcome of the save (saved, conflict, failed) comes back as an action.
extension AppState {
    func planLines(_ plan: PlanState) -> PlanLines {
        PlanLines(file: plan.file, catalogues: catalogues, strings: strings, language: language, today: dashboard.today,
                  glyphs: .unicode, width: size.width, assessment: plan.shownAssessment)
    }

    /// The items of the tab on screen, in the order they can be selected.
    func items(_ plan: PlanState) -> [PlanItem] { planLines(plan).lines(for: plan.tab).compactMap(\.item) }

    /// The item on the selected line, if the tab has any.
    func selectedItem(_ plan: PlanState) -> PlanItem? {
        let items = self.items(plan)
        return items.isEmpty ? nil : items[min(max(0, plan.selected), items.count - 1)]
    }

    func editorContext(_ plan: PlanState, _ env: Environment) -> EditorContext {
        EditorContext(file: plan.file, language: language, environment: env)
    }

    mutating func planCommand(_ command: Command, _ env: Environment) -> [Effect] {
        guard var plan else { return [] }
        var effects: [Effect] = []
        let page = max(1, PlanView.bodyHeight(size) - 1)
        switch command {
        case .moveUp: plan.selected -= 1
        case .moveDown: plan.selected += 1
        case .pageUp: plan.selected -= page
        case .pageDown: plan.selected += page
        case .top: plan.selected = 0
        case .bottom: plan.selected = Int.max / 2
        case .nextTab, .previousTab, .showTab:
            let count = PlanTab.allCases.count
            let next: Int
            switch command {
            case .nextTab: next = (plan.tab.rawValue + 1) % count
            case .previousTab: next = (plan.tab.rawValue + count - 1) % count
            case let .showTab(n): next = n
            default: next = plan.tab.rawValue
            }
            plan.tab = PlanTab(rawValue: next) ?? .employment
            plan.selected = 0
            plan.offset = 0
        case .edit, .open:
            if selectedItem(plan) == .coordinator {
                openHandOver(plan, env)
            } else if let item = selectedItem(plan), let kind = PlanForm.kind(editing: item, in: plan.file) {
                overlays.push(.form(PlanForm(kind, context: editorContext(plan, env))))
            } else {
                say(strings.editor.nothingToEdit)
            }
        case .add:
            let kinds = addableKinds(plan)
            if kinds.isEmpty {
                say(strings.editor.nothingToEdit)
            } else if kinds.count == 1, let only = kinds.first {
                overlays.push(.form(PlanForm(only, context: editorContext(plan, env))))
            } else {
                overlays.push(.question(Question(.add(kinds))))
            }
        case .delete:
            if let item = selectedItem(plan), item.isDeletable {
                overlays.push(.question(Question(.delete(item, title: planLines(plan).title(of: item)), selected: 1)))
            } else {
                say(strings.editor.notDeletable, isError: true)
            }
        case .markAchieved, .markDropped:
            if let item = selectedItem(plan),
               let change = plan.file.statusChange(of: item, achieved: command == .markAchieved, today: env.today) {
                if plan.file.isEnded(item) && change.makesActive {
                    // Back to active only when asked twice: a stray key must not reopen what ended.
                    overlays.push(.question(Question(.reopenItem(change, title: planLines(plan).title(of: item)), selected: 1)))
                } else {
                    effects = save(change, in: plan, env)
                }
            }
        case .recordMeeting:
            overlays.push(.form(PlanForm(.meeting(nil), context: editorContext(plan, env))))
        case .addNote:
            overlays.push(.form(PlanForm(.note(nil), context: editorContext(plan, env))))
        case .decide:
            if case let .effort(id)? = selectedItem(plan), let effort = plan.file.effort(id)?.1 {
                overlays.push(.form(PlanForm(.decision(effort), context: editorContext(plan, env))))
            } else {
                say(language.decisions.selectEffort, isError: true)
            }
        case .recordMeasurement:
            overlays.push(.measurement(MeasurementForm(instrument: env.instrument, file: plan.file, today: env.today,
                                                         language: language)))
        case .openTimeline:
            var timeline = TimelineState(file: plan.file, today: env.today, returnTo: plan)
            keepSelectionVisible(&timeline)
            screen = .timeline(timeline)
            return []
        case .editConsent: overlays.push(.form(PlanForm(.consent, context: editorContext(plan, env))))
        case .editOwnWords: overlays.push(.form(PlanForm(.ownWords, context: editorContext(plan, env))))
        case .addRevision: overlays.push(.form(PlanForm(.revision, context: editorContext(plan, env))))
        case .undo:
            self.plan = plan
            return undo(plan, env)
        case .print:
            if let login = env.sessionLogin {
                let id = plan.file.id.rawValue
                say(String(format: strings.editor.printInSession, "\(login) letter \(id) --format html > plan-\(id).html"))
                break
            }
            let path = env.workingFolder + "/plan-\(plan.file.id.rawValue).md"
            overlays.push(.form(PlanForm(.print(defaultPath: path), context: editorContext(plan, env))))
        case .revealCPR:
            if plan.revealCPR {
                plan.revealCPR = false
                say(strings.editor.cprHidden)
            } else if plan.file.citizen.cpr != nil {
                // Shown only once the reveal is in the audit trail.
                effects = [.record(AuditEvent(.revealCPR, citizen: plan.file.id))]
            }
        case .back:
            screen = .dashboard
            if plan.savedSomething { dashboard.update(CitizenSummary(plan.file, instrument: catalogues.instrument)) }
            if let team = teamBehindPlan {
                teamBehindPlan = nil
                screen = .team(team)
                if plan.savedSomething { return [.loadTeamTotals] }
            }
            return []
        case .changeStatus:
            overlays.push(.form(PlanForm(.status(closing: false), context: editorContext(plan, env))))
        case .olderAssessment, .newerAssessment:
            let count = plan.file.assessments.count
            guard count > 1 else { break }
            let current = plan.assessmentIndex ?? count - 1
            plan.assessmentIndex = min(max(0, current + (command == .olderAssessment ? -1 : 1)), count - 1)
        case .goalFromFinding:
            if case let .assessmentFinding(id, area)? = selectedItem(plan), plan.shownAssessment?.finding(area) != nil {
                overlays.push(.form(PlanForm(.goalFromFinding(assessment: id, area: area), context: editorContext(plan, env))))
            } else {
                say(language.assessment.noFindingYet, isError: true)
            }
        case .handOver:
            openHandOver(plan, env)
        case .quit: quit = true
        default: break
        }
        keepSelectionVisible(&plan)
        self.plan = plan
        return effects
    }

    private mutating func openHandOver(_ plan: PlanState, _ env: Environment) {
        let candidates = handOverCandidates(env, excluding: plan.file.citizen.coordinator)
        if candidates.isEmpty {
            say(language.caseLife.noOneToHandTo, isError: true)
        } else {
            overlays.push(.form(PlanForm(.assign(candidates: candidates), context: editorContext(plan, env))))
        }
    }

    /// Keeps the selection on a selectable line and that line on screen.
    func keepSelectionVisible(_ plan: inout PlanState) {
        let all = planLines(plan).lines(for: plan.tab)
        let selectable = all.indices.filter { all[$0].item != nil }
        plan.selected = min(max(0, plan.selected), max(0, selectable.count - 1))
        let height = PlanView.bodyHeight(size)
        guard !selectable.isEmpty else {
            plan.offset = 0
            return
        }
        // Headings just above the first selectable line of a group scroll in with it.
        let line = plan.selected == 0 ? 0 : selectable[plan.selected]
        plan.offset = Table.scrollOffset(selected: line, offset: plan.offset, height: height, count: all.count)
    }

    /// What `a` can add on this tab; sub-goals go under the selected goal.
    private func addableKinds(_ plan: PlanState) -> [PlanForm.Kind] {
        if plan.tab == .assessment {
            // A new assessment, starting with the area on the selected line.
            guard case let .assessmentFinding(_, area)? = selectedItem(plan) else { return [] }
            return [.assessmentFinding(assessment: nil, area: area)]
        }
        guard let section = plan.tab.section else { return [.networkMember(nil), .meeting(nil), .note(nil), .revision] }
        var kinds: [PlanForm.Kind] = [.goal(section, nil)]
        switch selectedItem(plan) {
        case let .goal(id)?: kinds.append(.subGoal(of: id, nil))
        case let .subGoal(id)?: if let (_, goal) = plan.file.subGoalOwner(id) { kinds.append(.subGoal(of: goal, nil)) }
        default: break
        }
        kinds.append(.effort(section, nil))
        if section == .mentor {
            if plan.file.mentorAgreement == nil { kinds.append(.mentorAgreement) }
            kinds.append(.mentorPeriod(nil))
        }
        return kinds
    }

    // MARK: - Forms, the measurement and questions

    mutating func planFormKey(_ key: Key, form: PlanForm, _ env: Environment) -> [Effect] {
        guard let plan else { return [] }
        var editor = form
        let outcome = editor.form.handle(key, width: min(76, size.width))
        overlays.replaceTop(with: .form(editor))
        switch outcome {
        case .cancel?:
            if overlays.top?.hasUnsavedInput == true {
                overlays.push(.question(Question(.discard, selected: 1)))
            } else {
                overlays.pop()
            }
        case .submit?:
            if editor.isPrint {
                let request = editor.printRequest(strings: strings.editor, home: env.home)
                overlays.replaceTop(with: .form(editor))
                guard let (which, path) = request else { return [] }
                let format: PlanLetter.Format = path.lowercased().hasSuffix(".html") || path.lowercased().hasSuffix(".htm") ? .html : .markdown
                switch which {
                case .plan:
                    let letter = PlanLetter(file: plan.file, catalogues: env.catalogues,
                                            coordinator: env.contacts[plan.file.citizen.coordinator],
                                            revealCPR: plan.revealCPR, today: env.today)
                    return [.export(text: letter.render(format), of: plan.file.id, to: path)]
                case .access:
                    return [.exportAccessLetter(AccessLetter(file: plan.file, contacts: env.contacts, today: env.today, format: format),
                                                to: path)]
                }
            }
            let change = editor.change(context: editorContext(plan, env))
            overlays.replaceTop(with: .form(editor))
            if let change { return save(change, in: plan, env) }
        case nil:
            break
        }
        return []
    }

    mutating func measurementKey(_ key: Key, form: MeasurementForm, _ env: Environment) -> [Effect] {
        guard let plan else { return [] }
        var editor = form
        let outcome = editor.handle(key)
        overlays.replaceTop(with: .measurement(editor))
        switch outcome {
        case .cancel?:
            if editor.changed {
                overlays.push(.question(Question(.discard, selected: 1)))
            } else {
                overlays.pop()
            }
        case .submit?:
            let measurement = editor.measurement(by: env.user)
            overlays.replaceTop(with: .measurement(editor))
            if let measurement { return save(.measurement(measurement), in: plan, env) }
        case nil:
            break
        }
        return []
    }

    /// The answer to a question: `confirm` with the highlighted button.
    mutating func answer(_ question: Question, _ env: Environment) -> [Effect] {
        overlays.pop()
        switch question.kind {
        case let .add(kinds):
            guard let plan, kinds.indices.contains(question.selected) else { return [] }
            overlays.push(.form(PlanForm(kinds[question.selected], context: editorContext(plan, env))))
        case let .delete(item, _):
            if question.selected == 0, let plan { return save(.delete(item), in: plan, env) }
        case let .conflict(change, _, _):
            if question.selected == 0, let plan { return save(change, in: plan, env) }
        case .quit:
            if question.selected == 0 { quit = true }
        case let .reopenItem(change, _):
            if question.selected == 0, let plan { return save(change, in: plan, env) }
        case .closeCase:
            if question.selected == 0, let plan {
                overlays.push(.form(PlanForm(.status(closing: true), context: editorContext(plan, env))))
            }
        case .discard:
            // The layer below is the form whose typed text the user chose to throw away.
            if question.selected == 0, !overlays.isEmpty { overlays.pop() }
        }
        return []
    }

    // MARK: - Saving

    /// Applies a change to the plan as it is on screen and asks for it to be saved. The form stays
    /// open until the save is confirmed, so a conflict or failure never loses what was typed.
    mutating func save(_ change: PlanChange, in plan: PlanState, _ env: Environment) -> [Effect] {
        var updated = plan.file
        do {
            try updated.apply(change, on: env.today, by: env.user)
        } catch .invalid(let error) {
            // A rule of the domain (an overlap, a minor's consent): under its field where the form has one.
            let text = strings.editor.message(for: error, language: language)
            if case var .form(f)? = topOverlay, let field = f.field(for: error) {
                f.form.setMessage(text, for: field)
                // A long form scrolls to the field, so the message is seen where it is.
                f.form.focus(on: field)
                overlays.replaceTop(with: .form(f))
            } else {
                notify(text, detach: false)
            }
            return []
        } catch {
            // What the change was made to is no longer in the plan (someone removed it).
            notify(String(format: strings.editor.conflictItemGone, plan.file.updatedBy), detach: true)
            return []
        }
        return [.save(updated, change: change)]
    }

    /// Puts back the plan as it was before this person's last change, as a new revision, unless
    /// someone else saved since: undoing then would overwrite their work.
    private mutating func undo(_ plan: PlanState, _ env: Environment) -> [Effect] {
        let e = strings.editor
        guard let last = plan.undoable.last else {
            say(e.nothingToUndo)
            return []
        }
        guard last.made == plan.file.revision else {
            say(String(format: e.undoWouldOverwrite, plan.file.updatedBy, plan.file.revision), isError: true)
            return []
        }
        return save(.undo(to: last.before), in: plan, env)
    }

    /// A save went through: the plan shows the new revision, the form closes, and the selection
    /// stays on the edited item or moves to the one just added.
    mutating func planSaved(_ saved: CaseFile, _ change: PlanChange, _ env: Environment) {
        guard var plan else { return }
        if case .undo = change {
            plan.undoable.removeLast()
            // What is left can still be undone: on top of the revision the undo made.
            if let i = plan.undoable.indices.last { plan.undoable[i].made = saved.revision }
        } else {
            plan.undoable.append((before: plan.file, made: saved.revision))
        }
        let before = Set(items(plan))
        let keep = selectedItem(plan)
        plan.file = saved
        plan.savedSomething = true
        switch topOverlay {
        case .form?, .measurement?: overlays.pop()
        default: break
        }
        if case .assessmentFinding(_, nil, _) = change { plan.assessmentIndex = nil }
        let after = items(plan)
        if case let .assessmentFinding(finding, nil, _) = change {
            // A new assessment renames every line of the tab: stay on the area just recorded.
            plan.selected = after.firstIndex { if case let .assessmentFinding(_, area) = $0 { return area == finding.area } else { return false } } ?? 0
        } else if change.target == nil, let added = after.firstIndex(where: { !before.contains($0) }) {
            plan.selected = added
        } else if let keep, let index = after.firstIndex(of: keep) {
            plan.selected = index
        }
        keepSelectionVisible(&plan)
        self.plan = plan
        let e = strings.editor
        switch change {
        case .status:
            say(String(format: language.caseLife.statusSaved, strings.caseStatuses[saved.status.key] ?? saved.status.key))
        case .assign:
            say(String(format: language.caseLife.handedOver, saved.citizen.name, env.colleagues.name(saved.citizen.coordinator)))
        case let .goal(g, section) where g.origin != nil && g.id.isEmpty:
            say(String(format: language.assessment.goalSaved, section.name(language)))
        case let .meeting(m) where m.followUpResult == .closed && saved.status.isOpen && !env.readOnly:
            // FSIII "afsluttes": the result of the follow-up is that the case ends; offer to close it.
            say(String(format: e.saved, saved.revision))
            overlays.push(.question(Question(.closeCase)))
        case .undo:
            say(String(format: e.undone, saved.revision))
        default:
            say(String(format: change.isDeletion ? e.deleted : e.saved, saved.revision))
        }
    }

    /// Someone else saved first; `fresh` is their revision. A change to something they did not touch
    /// is offered again on top of theirs; a change to the same item keeps the form open with the
    /// user's text over their version.
    mutating func reloadAfterConflict(_ fresh: CaseFile, _ change: PlanChange, by: String, revision: Int, _ env: Environment) {
        guard var plan else { return }
        let base = plan.file
        plan.file = fresh
        keepSelectionVisible(&plan)
        self.plan = plan
        let e = strings.editor
        if case .undo = change {
            // Put back on top of someone else's save, the earlier plan would overwrite it.
            notify(String(format: e.undoWouldOverwrite, by, revision), detach: false)
            return
        }
        if let target = change.target, !fresh.hasSame(target, as: base) {
            let gone = fresh.lacks(target)
            notify(gone ? String(format: e.conflictItemGone, by) : String(format: e.conflictSameItem, by, revision), detach: gone)
        } else {
            switch topOverlay {
            case .form?, .measurement?: overlays.pop()
            default: break
            }
            overlays.push(.question(Question(.conflict(change, by: by, revision: revision))))
        }
    }

    /// Says what happened: under the open form (which stays open with the user's text), else at the bottom.
    mutating func notify(_ text: String, detach: Bool) {
        switch topOverlay {
        case var .measurement(m)?:
            m.message = text
            overlays.replaceTop(with: .measurement(m))
        case var .form(f)?:
            if detach { f.detach() }
            f.notice = text
            overlays.replaceTop(with: .form(f))
        default:
            say(text, isError: true)
        }
    }
}

extension PlanItem {
    var isDeletable: Bool {
        switch self {
        case .goal, .subGoal, .effort, .meeting, .networkMember, .note, .mentorPeriod, .mentorAgreement, .assessment: return true
        case let .assessmentFinding(id, _): return !id.isEmpty
        case .section, .consent, .ownWords, .nextFollowUp, .citizenDetails, .status, .coordinator, .decision: return false
        }
    }
}

extension CaseFile {
    /// `x` / `X`: a goal achieved or dropped, an effort ended or cancelled; pressed again, active again.
    /// Whether the item has ended: a goal or sub-goal achieved or dropped, an effort ended or stopped.
    func isEnded(_ item: PlanItem) -> Bool {
        switch item {
        case let .goal(id): return goal(id).map { $0.1.status != .active } ?? false
        case let .subGoal(id): return subGoal(id).map { $0.status != .active } ?? false
        case let .effort(id): return effort(id).map { $0.1.status != .active && $0.1.status != .planned } ?? false
        default: return false
        }
    }

    func statusChange(of item: PlanItem, achieved: Bool, today: CalendarDate) -> PlanChange? {
        switch item {
        case let .goal(id):
            guard let (section, found) = goal(id) else { return nil }
            var goal = found
            let target: GoalStatus = achieved ? .achieved : .dropped
            goal.status = goal.status == target ? .active : target
            return .goal(goal, in: section)
        case let .subGoal(id):
            guard let (_, goalID) = subGoalOwner(id), var sub = subGoal(id) else { return nil }
            let target: GoalStatus = achieved ? .achieved : .dropped
            sub.status = sub.status == target ? .active : target
            return .subGoal(sub, of: goalID)
        case let .effort(id):
            guard let (section, found) = effort(id) else { return nil }
            var effort = found
            let target: EffortStatus = achieved ? .ended : .cancelled
            if effort.status == target {
                // Reopened: the end it had stays, as the end it is now planned to have; no key loses a date.
                effort.status = .active
            } else {
                effort.status = target
                effort.end = effort.end ?? today
            }
            return .effort(effort, in: section)
        default:
            return nil
        }
    }
}

extension PlanChange {
    var isDeletion: Bool {
        if case .delete = self { return true }
        return false
    }
}

extension PlanChange {
    /// Whether the change leaves its goal, sub-goal or effort active.
    var makesActive: Bool {
        switch self {
        case let .goal(goal, _): return goal.status == .active
        case let .subGoal(sub, _): return sub.status == .active
        case let .effort(effort, _): return effort.status == .active
        default: return false
        }
    }
}
