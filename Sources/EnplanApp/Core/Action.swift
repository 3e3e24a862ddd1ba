import PlanCore
import CaseRecords
import TerminalKit

/// Everything that can happen to the app: what the terminal reports, and what the store work asked
/// for by an `Effect` came to. `AppState.update` takes one at a time.
public enum Action {
    case key(Key)
    case resize(Size)
    /// The terminal went away (a dropped ssh connection).
    case closed
    /// No key for a while: type-ahead buffers are forgotten.
    case idle
    /// Colleagues changed these citizens (saved, closed, handed over) since the screen last asked.
    case changedByOthers(Set<CitizenID>)

    case caseloadLoaded(Caseload)
    case caseloadFailed(StoreError)
    case teamTotalsLoaded(TeamTotals)
    case teamTotalsFailed(StoreError)
    case opened(CaseFile, for: OpenPurpose)
    case openFailed(StoreError)
    case saved(CaseFile, PlanChange)
    /// Someone else saved revision `revision` since the plan on screen was read.
    case conflict(PlanChange, by: String, revision: Int)
    case saveFailed(StoreError)
    case created(CaseFile)
    case createFailed(StoreError)
    case exported(path: String)
    case exportFailed(StoreError)
    case recorded(AuditEvent)
    case recordFailed(StoreError)
    /// What became of each citizen of a hand-over.
    case assigned([(CitizenID, Result<CaseFile, StoreError>)], to: String)
    case assignFailed(StoreError)
}

/// Why a citizen's file is being read: what to show once it is there.
public enum OpenPurpose {
    case plan
    case timeline
    /// The newer revision after a save conflict, to re-apply the user's change to.
    case conflict(PlanChange, by: String, revision: Int)
}
