import Foundation
import PlanCore

/// The strings of the plan screen and its forms, kept apart from the dashboard's so each catalogue
/// stays readable. Memberwise, so the compiler refuses a language that lacks one.
public struct EditorStrings: Sendable {
    // Screen
    public var citizenTab: String
    public var responsibleCaseworker: String
    public var noGoals: String
    public var noEfforts: String
    public var noMentorAgreement: String
    public var noNetwork: String
    public var noMeetings: String
    public var noRevisions: String
    public var period: String            // "Periode %d"
    public var periodEndsIn: String      // "slutter om %d d"
    public var periodOver: String
    public var serves: String
    public var withCitizen: String
    public var updatedBy: String         // "rev. %d, saved by %@ on %@"
    public var noConsentWarning: String

    // Keys
    public var keySection: String
    public var keyAdd: String
    public var keyEdit: String
    public var keyDelete: String
    public var keyAchieved: String
    public var keyDropped: String
    public var keyMeeting: String
    public var keyConsent: String
    public var keyOwnWords: String
    public var keyRevision: String
    public var keyPrint: String
    public var keyMeasurement: String

    // Form titles
    public var titleSection: String      // "%@: ansvarlig og noter"
    public var titleGoal: String
    public var titleSubGoal: String
    public var titleEffort: String
    public var titleMentorAgreement: String
    public var titleMentorPeriod: String
    public var titleMeeting: String
    public var titleNetworkMember: String
    public var titleConsent: String
    public var titleOwnWords: String
    public var titleNextFollowUp: String
    public var titleCitizenDetails: String
    public var titleRevision: String
    public var titlePrint: String

    // Field labels
    public var fieldTitle: String
    public var fieldStatus: String
    public var fieldCurrentLevel: String
    public var fieldExpectedLevel: String
    public var fieldNote: String
    public var fieldOffer: String
    public var freeText: String
    /// The day the citizen asked for an effort: a treatment guarantee counts from it.
    public var fieldRequested: String
    public var fieldStart: String
    public var fieldEnd: String
    public var fieldGoalServed: String
    public var fieldDate: String
    public var fieldKind: String
    public var fieldParticipants: String
    public var fieldOutcome: String
    public var fieldSummary: String
    public var fieldFollowUpResult: String
    public var fieldRole: String
    public var fieldContact: String
    public var fieldOrganisation: String
    public var fieldMentorName: String
    public var fieldChangeSummary: String
    public var fieldReason: String
    public var fieldWithCitizen: String
    public var fieldFile: String
    public var fieldAddress: String

    // Validation and feedback
    public var required: String
    public var dateFormat: String
    public var noSuchDay: String         // "'%@' ..."
    public var endBeforeStart: String
    public var mentorPeriodTooLong: String
    public var notANumber: String
    public var outOfScale: String        // "%d til %d"
    public var saved: String             // "Gemt (revision %d)"
    public var deleted: String
    public var conflictTitle: String
    public var conflictQuestion: String  // "%@ ... revision %d"
    public var applyMine: String
    public var discardMine: String
    public var conflictSameItem: String  // "%@ ... %d"
    public var conflictItemGone: String  // "%@"
    public var deleteTitle: String
    public var deleteQuestion: String    // "%@"
    public var deleteButton: String
    public var keepButton: String
    public var addTitle: String
    public var addQuestion: String
    public var addGoal: String
    public var addSubGoal: String
    public var addEffort: String
    public var addPeriod: String
    public var addAgreement: String
    public var addNetworkMember: String
    public var addMeeting: String
    public var addRevision: String
    public var printed: String           // "%@"
    public var fileExists: String
    public var printInSession: String    // "%@": the command that fetches the letter
    public var reopenTitle: String
    public var reopenQuestion: String    // "%@": the item's title
    public var reopenButton: String
    public var notDeletable: String
    public var nothingToEdit: String
    public var cprRevealed: String
    public var cprHidden: String
    public var fieldDepartment: String
    public var departmentFromOffer: String
    public var invalidPhone: String
    public var invalidEmail: String
    public var mentorPeriodsOverlap: String  // "overlaps period %@ – %@"
    public var followUpBeforeMeeting: String
    public var keyUndo: String
    public var nothingToUndo: String
    public var undone: String                // "… fortrudt (revision %d)"
    public var undoWouldOverwrite: String    // "%@ has saved since (revision %d); …"
    // Printing: which letter
    public var fieldLetter: String
    public var letterPlan: String
    public var letterAccess: String          // who worked on the case
    public var accessFileStem: String        // the default file name's start for that letter
}

extension EditorStrings {
    /// Why a rule refused what was typed, in words to show next to the field.
    func message(for error: ValidationError, language: Language) -> String {
        switch error {
        case .invalidPhone: return invalidPhone
        case .invalidEmail: return invalidEmail
        case let .mentorPeriodsOverlap(start, end): return String(format: mentorPeriodsOverlap, language.date(start), language.date(end))
        case .followUpBeforeMeeting: return followUpBeforeMeeting
        case .mentorPeriodTooLong: return mentorPeriodTooLong
        default: return language.describe(error)
        }
    }

    /// Why a typed date was not taken, in words to show next to it.
    func message(for error: DateInputError) -> String {
        if case let .noSuchDay(text) = error { return String(format: noSuchDay, text) }
        return dateFormat
    }
}
