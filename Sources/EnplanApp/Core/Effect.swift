import PlanCore
import CaseRecords

/// Store work the update asks for, as a value. `EffectRunner` performs it and reports the outcome
/// as an `Action`; nothing else in the app touches the store.
public enum Effect {
    /// Read the caseload (and audit the listing: no list without its audit line).
    case loadCaseload
    /// The user's own citizens first, where the store can read them alone: the first frame waits
    /// only for those; everyone's are read when a command needs them.
    case loadOwnCaseload
    /// Read the team overview's figures for the year up to today (audited as a listing): a store that
    /// keeps them answers without reading every citizen.
    case loadTeamTotals
    /// Read one citizen's file (the store audits the view).
    case open(CitizenID, for: OpenPurpose)
    /// Save a changed file that was read at `file.revision`; `change` is what the user did.
    case save(CaseFile, change: PlanChange)
    case create(NewCitizen)
    /// Write a printable copy to a new file, audited as an export.
    case export(text: String, of: CitizenID, to: String)
    /// Write the letter telling the citizen who worked on their case: the trail's lines about them,
    /// read when the letter is written, then exported like any letter.
    case exportAccessLetter(AccessLetter, to: String)
    case record(AuditEvent)
    /// Hand citizens to another coordinator (each audited by the store).
    case assign([CitizenID], to: String)
    /// Ask the store which citizens colleagues changed meanwhile (a database tells at once).
    case lookForChanges
}
