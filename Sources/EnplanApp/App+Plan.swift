import Foundation
import PlanCore
import PlanStore
import TerminalKit

/// The plan screen: moving through the tabs, opening forms, and writing each change through to the store.
extension App {
    var planContext: EditorContext? {
        guard case let .plan(plan) = state.screen else { return nil }
        return EditorContext(file: plan.file, strings: state.strings, language: state.language,
                             catalogues: source.catalogues, today: source.today, user: source.user)
    }

    func openPlan(_ id: CitizenID) {
        do {
            state.screen = .plan(PlanScreenState(file: try source.open(id)))
        } catch {
            state.message = AppState.Message(text: error.description, isError: true)
        }
    }

    func lines(of plan: PlanScreenState) -> [PlanLine] {
        PlanLines(file: plan.file, strings: state.strings, language: state.language, today: source.today, unicode: true)
            .lines(for: plan.tab)
    }

    /// The item on the selected line, if the tab has any.
    func selectedItem(_ plan: PlanScreenState) -> PlanItem? {
        let items = lines(of: plan).compactMap(\.item)
        return items.isEmpty ? nil : items[min(plan.selected, items.count - 1)]
    }

    func performOnPlan(_ action: AppAction) {
        guard case var .plan(plan) = state.screen else { return }
        switch action {
        case .moveUp: plan.selected -= 1
        case .moveDown: plan.selected += 1
        case .pageUp: plan.selected -= PlanScreenView.bodyHeight(state.size)
        case .pageDown: plan.selected += PlanScreenView.bodyHeight(state.size)
        case .top: plan.selected = 0
        case .bottom: plan.selected = Int.max / 2
        case .nextTab, .previousTab, .showTab:
            let count = PlanTab.allCases.count
            let next: Int
            switch action {
            case .nextTab: next = (plan.tab.rawValue + 1) % count
            case .previousTab: next = (plan.tab.rawValue + count - 1) % count
            case let .showTab(n): next = n
            default: next = plan.tab.rawValue
            }
            plan.tab = PlanTab(rawValue: next) ?? .employment
            plan.selected = 0
            plan.offset = 0
        case .edit, .open:
            if let item = selectedItem(plan), let kind = PlanEditor.kind(editing: item, in: plan.file) {
                plan.editor = editor(kind)
            } else {
                state.message = AppState.Message(text: state.strings.editor.nothingToEdit, isError: false)
            }
        case .add:
            let kinds = addableKinds(plan)
            if kinds.count == 1, let only = kinds.first {
                plan.editor = editor(only)
            } else {
                plan.dialog = .add(kinds, selected: 0)
            }
        case .delete:
            switch selectedItem(plan) {
            case let item? where isDeletable(item):
                let title = PlanLines(file: plan.file, strings: state.strings, language: state.language,
                                      today: source.today, unicode: true).title(of: item)
                plan.dialog = .delete(item, title: title, selected: 1)
            default:
                state.message = AppState.Message(text: state.strings.editor.notDeletable, isError: true)
            }
        case .markAchieved, .markDropped:
            if let item = selectedItem(plan), let change = statusChange(item, in: plan.file, achieved: action == .markAchieved) {
                commit(change, on: &plan)
            }
        case .recordMeeting: plan.editor = editor(.meeting(nil))
        case .recordMeasurement:
            plan.measurement = MeasurementEditor(instrument: source.instrument, file: plan.file, today: source.today)
        case .openTimeline:
            state.screen = .plan(plan)
            openTimeline()
            return
        case .editConsent: plan.editor = editor(.consent)
        case .editOwnWords: plan.editor = editor(.ownWords)
        case .addRevision: plan.editor = editor(.revision)
        case .print:
            let folder = FileManager.default.currentDirectoryPath
            plan.editor = editor(.print(defaultPath: folder + "/plan-\(plan.file.id.rawValue).md"))
        case .revealCPR: revealCPR(&plan)
        case .toggleHelp: state.showingHelp.toggle()
        case .back:
            state.screen = .dashboard
            if plan.savedSomething { state.dashboard.update(CitizenSummary(plan.file)) }
            return
        case .forceQuit, .quit: state.quit = true
        default: break
        }
        keepSelectionVisible(&plan)
        state.screen = .plan(plan)
    }

    private func editor(_ kind: PlanEditor.Kind) -> PlanEditor? {
        planContext.map { PlanEditor(kind, context: $0) }
    }

    /// Keeps the selection on a selectable line and that line on screen.
    func keepSelectionVisible(_ plan: inout PlanScreenState) {
        let all = lines(of: plan)
        let selectable = all.indices.filter { all[$0].item != nil }
        plan.selected = min(max(0, plan.selected), max(0, selectable.count - 1))
        let height = PlanScreenView.bodyHeight(state.size)
        guard !selectable.isEmpty else {
            plan.offset = 0
            return
        }
        var line = selectable[plan.selected]
        // Headings just above the first selectable line of a group scroll in with it.
        if plan.selected == 0 { line = 0 }
        plan.offset = Table.scrollOffset(selected: line, offset: plan.offset, height: height, count: all.count)
    }

    /// What `a` can add on this tab; sub-goals go under the selected goal.
    private func addableKinds(_ plan: PlanScreenState) -> [PlanEditor.Kind] {
        guard let section = plan.tab.section else { return [.networkMember(nil), .meeting(nil), .revision] }
        var kinds: [PlanEditor.Kind] = [.goal(section, nil)]
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

    private func isDeletable(_ item: PlanItem) -> Bool {
        switch item {
        case .goal, .subGoal, .effort, .meeting, .networkMember, .mentorPeriod, .mentorAgreement: return true
        case .section, .consent, .ownWords, .nextFollowUp, .citizenDetails: return false
        }
    }

    /// `x` / `X`: a goal achieved or dropped, an effort ended or cancelled; pressed again, active again.
    private func statusChange(_ item: PlanItem, in file: CaseFile, achieved: Bool) -> PlanChange? {
        switch item {
        case let .goal(id):
            guard let (section, found) = file.goal(id) else { return nil }
            var goal = found
            let target: GoalStatus = achieved ? .achieved : .dropped
            goal.status = goal.status == target ? .active : target
            return .goal(goal, in: section)
        case let .subGoal(id):
            guard let (_, goalID) = file.subGoalOwner(id), var sub = file.subGoal(id) else { return nil }
            let target: GoalStatus = achieved ? .achieved : .dropped
            sub.status = sub.status == target ? .active : target
            return .subGoal(sub, of: goalID)
        case let .effort(id):
            guard let (section, found) = file.effort(id) else { return nil }
            var effort = found
            let target: EffortStatus = achieved ? .ended : .cancelled
            if effort.status == target {
                effort.status = .active
                effort.end = nil
            } else {
                effort.status = target
                effort.end = effort.end ?? source.today
            }
            return .effort(effort, in: section)
        default:
            return nil
        }
    }

    private func revealCPR(_ plan: inout PlanScreenState) {
        guard !plan.revealCPR, plan.file.citizen.cpr != nil else { return }
        do {
            try source.record(AuditEvent(.revealCPR, citizen: plan.file.id))
            plan.revealCPR = true
        } catch {
            state.message = AppState.Message(text: error.description, isError: true)
        }
    }

    // MARK: - Forms and questions

    func handlePlanEditor(_ key: Key) {
        guard case var .plan(plan) = state.screen, var editor = plan.editor, let context = planContext else { return }
        switch editor.modal.handle(key, width: min(76, state.size.width)) {
        case .close?:
            plan.editor = nil
        case .submit?:
            if case .print = editor.kind {
                plan.editor = print(plan, editor: &editor) ? nil : editor
            } else if let change = editor.change(context: context) {
                plan.editor = editor
                commit(change, on: &plan)
            } else {
                plan.editor = editor
            }
        case nil:
            plan.editor = editor
        }
        state.screen = .plan(plan)
    }

    func handleMeasurement(_ key: Key) {
        guard case var .plan(plan) = state.screen, var editor = plan.measurement else { return }
        switch editor.handle(key) {
        case .close?:
            plan.measurement = nil
        case .submit?:
            plan.measurement = editor
            if let measurement = editor.measurement(by: source.user, strings: state.strings) {
                commit(.measurement(measurement), on: &plan)
            } else {
                plan.measurement = editor
            }
        case nil:
            plan.measurement = editor
        }
        state.screen = .plan(plan)
    }

    func handlePlanDialog(_ key: Key) {
        guard case var .plan(plan) = state.screen, let dialog = plan.dialog else { return }
        switch key {
        case .left, .backTab:
            plan.dialog = dialog.selecting((dialog.selected + dialog.buttonCount - 1) % dialog.buttonCount)
        case .right, .tab:
            plan.dialog = dialog.selecting((dialog.selected + 1) % dialog.buttonCount)
        case .escape, .character("q"):
            plan.dialog = nil
        case .enter:
            plan.dialog = nil
            switch dialog {
            case let .add(kinds, selected): plan.editor = editor(kinds[selected])
            case let .delete(item, _, selected): if selected == 0 { commit(.delete(item), on: &plan) }
            case let .conflict(change, _, _, selected): if selected == 0 { commit(change, on: &plan) }
            }
        default:
            break
        }
        keepSelectionVisible(&plan)
        state.screen = .plan(plan)
    }

    /// Applies a change to the plan as it is on screen and saves it at once. On success the form
    /// closes; on a conflict the newer revision is loaded and the user's change is kept, in the form
    /// or in a question, so neither their text nor the other person's is lost.
    func commit(_ change: PlanChange, on plan: inout PlanScreenState) {
        let e = state.strings.editor
        let base = plan.file
        var updated = base
        do {
            try updated.apply(change, on: source.today, by: source.user)
        } catch {
            notify(String(format: e.conflictItemGone, base.updatedBy), on: &plan, detach: true)
            return
        }
        do {
            let saved = try source.save(updated, detail: PlanChange.auditDetail(change))
            let keep = selectedItem(plan)
            plan.file = saved
            plan.editor = nil
            plan.measurement = nil
            plan.savedSomething = true
            if let keep, let index = lines(of: plan).compactMap(\.item).firstIndex(of: keep) { plan.selected = index }
            let format = change.isDeletion ? e.deleted : e.saved
            state.message = AppState.Message(text: String(format: format, saved.revision), isError: false)
        } catch .conflict(_, _, let onDisk, let by) {
            let fresh: CaseFile
            do {
                fresh = try source.open(base.id)
            } catch {
                notify(error.description, on: &plan, detach: false)
                return
            }
            plan.file = fresh
            if let target = change.target, !fresh.hasSame(target, as: base) {
                let gone = fresh.lacks(target)
                let text = gone ? String(format: e.conflictItemGone, by) : String(format: e.conflictSameItem, by, onDisk)
                notify(text, on: &plan, detach: gone)
            } else {
                plan.editor = nil
                plan.measurement = nil
                plan.dialog = .conflict(change, by: by, revision: onDisk, selected: 0)
            }
        } catch {
            notify(error.description, on: &plan, detach: false)
        }
    }

    /// Says what happened: under the open form (which stays open with the user's text), else at the bottom.
    private func notify(_ text: String, on plan: inout PlanScreenState, detach: Bool) {
        if var measurement = plan.measurement {
            measurement.message = text
            plan.measurement = measurement
        } else if var editor = plan.editor {
            if detach { editor.detach() }
            editor.notice = text
            plan.editor = editor
        } else {
            state.message = AppState.Message(text: text, isError: true)
        }
    }

    /// Writes the printable plan to the file the user named; false (with a message) when it cannot.
    private func print(_ plan: PlanScreenState, editor: inout PlanEditor) -> Bool {
        guard let path = editor.printPath() else {
            editor.form.fields[0].message = state.strings.editor.required
            return false
        }
        let text = PlanPrintout(file: plan.file, instrument: source.instrument, language: state.language,
                                revealCPR: plan.revealCPR, today: source.today).render(.markdown)
        do {
            try source.export(text, of: plan.file.id, to: path)
            state.message = AppState.Message(text: String(format: state.strings.editor.printed, path), isError: false)
            return true
        } catch {
            editor.form.fields[0].message = error.description
            return false
        }
    }
}

extension PlanChange {
    var isDeletion: Bool {
        if case .delete = self { return true }
        return false
    }

    /// What the audit trail says about a change: the kind of item and its id, never its text.
    static func auditDetail(_ change: PlanChange) -> String {
        switch change {
        case let .section(s, _, _): return "section \(s.rawValue)"
        case let .goal(g, s): return (g.id.isEmpty ? "add goal in " : "edit goal \(g.id) in ") + s.rawValue
        case let .subGoal(x, g): return (x.id.isEmpty ? "add sub-goal" : "edit sub-goal \(x.id)") + " of \(g)"
        case let .effort(x, s): return (x.id.isEmpty ? "add effort in " : "edit effort \(x.id) in ") + s.rawValue
        case .mentorAgreement: return "mentor agreement"
        case let .mentorPeriod(_, i): return i.map { "edit mentor period \($0 + 1)" } ?? "add mentor period"
        case let .meeting(m): return m.id.isEmpty ? "record meeting" : "edit meeting \(m.id)"
        case let .networkMember(n): return n.id.isEmpty ? "add network member" : "edit network member \(n.id)"
        case let .consent(c): return "consent \(c.state.rawValue)"
        case .ownWords: return "own words and overall goal"
        case .nextFollowUp: return "next follow-up"
        case .citizenDetails: return "citizen details"
        case .revision: return "revision note"
        case .measurement: return "progression measurement"
        case let .delete(item): return "delete \(item)"
        }
    }
}
