@testable import EnplanApp
import PlanCore
import CaseRecords
import TerminalKit
import Testing

/// The update on its own: actions in, state and effects out. No store, no terminal: what the store
/// did is fed in as the action the effect runner would report.
@Suite struct UpdateTests {
    let env = Environment(user: "mette", readOnly: false, today: Fixtures.today, catalogues: .standard,
                          workingFolder: "/home/mette", home: "/home/mette")
    var bindings: Bindings { Bindings(language: .en, readOnly: false, scale: Instrument.standard.scale.range) }
    let files = Fixtures.caseload()
    var aase: CaseFile { files[0] }

    /// The dashboard with the caseload loaded.
    func dashboard() -> AppState {
        var s = AppState(language: .en, environment: env, size: Size(width: 80, height: 24))
        let effects = s.update(.caseloadLoaded(Caseload(citizens: files.map { CitizenSummary($0, instrument: .standard) }, damaged: [])), env, bindings)
        #expect(effects.isEmpty)
        return s
    }

    /// Åse's plan on screen, as if the store had opened it.
    func plan() -> AppState {
        var s = dashboard()
        _ = s.update(.opened(aase, for: .plan), env, bindings)
        return s
    }

    mutating func keys(_ s: inout AppState, _ keys: Key...) -> [Effect] {
        keys.flatMap { s.update(.key($0), env, bindings) }
    }

    func type(_ s: inout AppState, _ text: String) {
        for ch in text { _ = s.update(.key(.character(ch)), env, bindings) }
    }

    @Test mutating func enterAsksTheStoreForThePlanAndShowsItOnlyWhenItCame() {
        var s = dashboard()
        let effects = keys(&s, .enter)
        guard case let .open(id, .plan)? = effects.first, effects.count == 1 else {
            Issue.record("expected one open effect, got \(effects)")
            return
        }
        #expect(id == aase.id)
        #expect(s.plan == nil, "nothing is shown before the store answered")
        _ = s.update(.opened(aase, for: .plan), env, bindings)
        #expect(s.plan?.file.id == aase.id)
    }

    @Test mutating func aSavedGoalClosesTheFormAndIsSelected() throws {
        var s = plan()
        _ = keys(&s, .character("a"), .enter)   // Add: Goal
        #expect(s.planForm != nil)
        type(&s, "Ny praktik")
        let effects = keys(&s, .control("s"))
        guard case let .save(file, change)? = effects.first else {
            Issue.record("expected a save effect, got \(effects)")
            return
        }
        #expect(s.planForm != nil, "the form stays open until the store has saved")
        #expect(file.sections.employment.goals.map(\.title).contains("Ny praktik"))
        var saved = file
        saved.revision += 1
        _ = s.update(.saved(saved, change), env, bindings)
        #expect(s.planForm == nil)
        #expect(s.message?.text == "Saved (revision 4)")
        let p = try #require(s.plan)
        #expect(s.selectedItem(p) == .goal(saved.sections.employment.goals.last?.id ?? ""), "the new goal is selected")
    }

    @Test mutating func aConflictReadsTheNewerRevisionThenAsksBeforeReapplying() {
        var s = plan()
        _ = keys(&s, .down, .character("e"))
        type(&s, " i januar")
        guard case let .save(_, change)? = keys(&s, .control("s")).first else {
            Issue.record("no save")
            return
        }
        let reload = s.update(.conflict(change, by: "jonas", revision: 4), env, bindings)
        guard case let .open(id, .conflict(_, by, revision))? = reload.first else {
            Issue.record("expected the newer revision to be read, got \(reload)")
            return
        }
        #expect(id == aase.id && by == "jonas" && revision == 4)
        var theirs = aase
        theirs.revision = 4
        theirs.ownWords = "Jonas' notat"
        _ = s.update(.opened(theirs, for: .conflict(change, by: "jonas", revision: 4)), env, bindings)
        #expect(s.plan?.file.ownWords == "Jonas' notat", "their revision is on screen")
        guard case .conflict? = s.question?.kind else {
            Issue.record("expected the conflict question")
            return
        }
        let again = keys(&s, .enter)   // Apply my change again
        guard case let .save(file, _)? = again.first else {
            Issue.record("expected a save of my change on their revision")
            return
        }
        #expect(file.revision == 4 && file.ownWords == "Jonas' notat")
        #expect(file.sections.employment.goals[0].title == "Komme i virksomhedspraktik i januar")
    }

    @Test mutating func aFailedSaveKeepsTheFormAndItsTextAndSaysWhyInWords() {
        var s = plan()
        _ = keys(&s, .down, .character("e"))
        type(&s, "!")
        _ = keys(&s, .control("s"))
        _ = s.update(.saveFailed(.io(operation: "write", path: "/data/citizens/b-aase.json", code: 28)), env, bindings)
        #expect(s.planForm?.form.value("title") == "Komme i virksomhedspraktik!")
        #expect(s.planForm?.notice?.contains("the disk is full") == true, "\(s.planForm?.notice ?? "")")
    }

    @Test mutating func theCPRNumberIsShownOnlyOnceItsRevealIsAudited() {
        var s = plan()
        let effects = keys(&s, .character("C"))
        guard case let .record(event)? = effects.first else {
            Issue.record("expected an audit record, got \(effects)")
            return
        }
        #expect(event.action == .revealCPR && event.citizen == aase.id)
        #expect(s.plan?.revealCPR == false, "not shown before the audit line is written")
        _ = s.update(.recordFailed(.io(operation: "append to the audit trail", path: "audit", code: 30)), env, bindings)
        #expect(s.plan?.revealCPR == false, "an unwritten audit line shows nothing")
        _ = s.update(.recorded(event), env, bindings)
        #expect(s.plan?.revealCPR == true)
        #expect(s.message?.text.contains("logged") == true)
        _ = keys(&s, .character("C"))
        #expect(s.plan?.revealCPR == false, "C again hides it")
    }

    @Test mutating func aSearchIsAuditedWithItsTextOnce() {
        var s = dashboard()
        _ = keys(&s, .character("/"))
        type(&s, "soren")
        #expect(s.dashboard.visible.count == 1, "the list filters as it is typed")
        let effects = keys(&s, .enter)
        guard case let .record(event)? = effects.first else {
            Issue.record("expected the search to be audited, got \(effects)")
            return
        }
        #expect(event.action == .search && event.query == "soren")
        _ = s.update(.recorded(event), env, bindings)
        _ = keys(&s, .character("/"))
        #expect(keys(&s, .enter).isEmpty, "the same search again is not recorded twice")
    }

    @Test mutating func aCaseloadWhoseListingCannotBeAuditedShowsNoOne() {
        var s = AppState(language: .en, environment: env, size: Size(width: 80, height: 24))
        _ = s.update(.caseloadFailed(.io(operation: "append to the audit trail", path: "/data/audit", code: 30)), env, bindings)
        #expect(s.dashboard.citizens.isEmpty)
        #expect(s.message?.text.contains("read-only") == true, "\(s.message?.text ?? "")")
    }

    @Test mutating func ctrlCAsksWhenAFormHoldsTypedTextAndASecondCtrlCQuits() {
        var s = plan()
        _ = keys(&s, .control("c"))
        #expect(s.quit, "nothing typed: Ctrl-C quits at once")
        s = plan()
        _ = keys(&s, .character("m"))
        type(&s, "x")
        _ = keys(&s, .control("c"))
        #expect(!s.quit)
        guard case .quit? = s.question?.kind else {
            Issue.record("expected the quit question")
            return
        }
        _ = keys(&s, .enter)   // Keep editing is the default
        #expect(!s.quit && s.planForm != nil)
        _ = keys(&s, .control("c"), .control("c"))
        #expect(s.quit)
    }

    @Test mutating func theTopLayerGetsTheKeyFirstAndF1ShowsItsKeys() {
        var s = plan()
        _ = keys(&s, .character("o"))       // own words: a text area
        type(&s, "Hvad vil jeg?")
        #expect(s.planForm?.form.value("ownWords").hasSuffix("Hvad vil jeg?") == true, "? is text in a form")
        _ = keys(&s, .function(1))
        guard case .help? = s.topOverlay else {
            Issue.record("F1 shows help")
            return
        }
        let sections = s.helpSections(bindings)
        #expect(sections.first?.lines.contains { $0.keys == "Ctrl-S" } == true, "the form's keys, not the plan's")
        _ = keys(&s, .escape)
        #expect(s.planForm != nil, "Esc closes the help, not the form")
    }

    @Test mutating func anIdleMomentForgetsTypeAhead() {
        var s = plan()
        _ = keys(&s, .down, .character("e"), .tab)   // the status pick list
        type(&s, "d")
        #expect(s.planForm?.form.choiceID("status") == GoalStatus.dropped.rawValue)
        _ = s.update(.idle, env, bindings)
        guard case let .choice(choice)? = s.planForm?.form["status"]?.input else {
            Issue.record("not a choice")
            return
        }
        #expect(choice.typed.isEmpty)
    }

    @Test mutating func twoGoalsWithTheSameTitleAreNeverConfused() {
        var file = aase
        file.sections.employment.goals.append(Goal(id: "g-twin", title: "Komme i virksomhedspraktik", created: Fixtures.today))
        var s = dashboard()
        _ = s.update(.opened(file, for: .plan), env, bindings)
        _ = keys(&s, .character("a"))
        // Add: Goal or Effort (the section line is selected): choose Effort.
        _ = keys(&s, .right, .enter)
        type(&s, "Praktik")
        for _ in 0..<8 { _ = keys(&s, .tab) }   // to "Goal served"
        _ = keys(&s, .down, .down)               // none → first goal → its twin
        guard case let .save(saved, _)? = keys(&s, .control("s")).first else {
            Issue.record("no save")
            return
        }
        #expect(saved.sections.employment.efforts.last?.goalIDs == ["g-twin"])
    }
}
