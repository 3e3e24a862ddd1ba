/// What is wrong with data a person entered or a file held, precise enough to show next to a field.
public enum ValidationError: Error, Equatable, Sendable {
    public enum CPRProblem: Equatable, Sendable { case format, noSuchBirthDate }

    case invalidCPR(String, reason: CPRProblem)
    case required(field: String)
    case invalidDate(field: String, DateInputError)
    case endBeforeStart(field: String)
    case mentorPeriodTooLong(start: CalendarDate, end: CalendarDate)
    case unknownTargetGroup(String)
    case invalidIdentifier(String)
    case scoreOutOfScale(indicator: String, score: Int, scale: ClosedRange<Int>)
    case unknownIndicator(String)
    case unknownGoal(String)
    case tooLong(field: String, limit: Int)
    case negative(field: String)
    case controlCharacter(field: String)
    /// The case already has this status (its key).
    case caseAlready(String)
    /// A closed case is reopened before it is paused.
    case caseClosed
    case inFuture(field: String)
    /// A status change dated before the case's last one (or before it began).
    case statusBeforeLastChange(CalendarDate)
    /// The coordinator a case is handed to already has it.
    case sameCoordinator(String)
    /// A mentor period that overlaps another (its start and end).
    case mentorPeriodsOverlap(CalendarDate, CalendarDate)
    /// A meeting's next follow-up before the meeting itself.
    case followUpBeforeMeeting(CalendarDate)
    case invalidPhone(String)
    case invalidEmail(String)
    /// A minor's consent without the custody holder's.
    case custodyConsentMissing
    /// A department key that is not in the department catalogue.
    case unknownDepartment(String)
    /// A refusal is for an effort not yet begun; one under way is stopped.
    case effortUnderway(ItemID)
    /// Only a planned or running effort can be stopped.
    case effortAlreadyEnded(ItemID)
    /// Undo would take back a decision: a decision is corrected by a new one, never removed.
    case decisionIsFinal(ItemID)
    /// A consent is given only once the citizen has been told they may withdraw it.
    case withdrawalNotExplained
    /// Joint custody: both custody holders consent.
    case jointCustodyNeedsBoth
}

extension ValidationError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidCPR(text, .format):
            return "'\(CPRNumber.maskedForMessages(text))' is not a CPR number: write DDMMYY-SSSS, ten digits"
        case let .invalidCPR(text, .noSuchBirthDate):
            return "'\(CPRNumber.maskedForMessages(text))' is not a CPR number: the first six digits are not a real birth date"
        case let .required(field):
            return "\(field) is required"
        case let .invalidDate(field, .empty):
            return "\(field): a date is required"
        case let .invalidDate(field, .unrecognised(text)):
            return "\(field): '\(text)' is not a date; write 2026-11-22, 22-11-2026 or 22.11.26"
        case let .invalidDate(field, .noSuchDay(text)):
            return "\(field): '\(text)' is not a day in the calendar"
        case let .endBeforeStart(field):
            return "\(field): the end is before the start"
        case let .mentorPeriodTooLong(start, end):
            return "a mentor period may last at most 6 months (\(start) to \(end) is longer); renew it instead"
        case let .unknownTargetGroup(text):
            return "'\(text)' is not a target group; use one of: "
                + TargetGroup.allCases.map(\.rawValue).joined(separator: ", ")
        case let .invalidIdentifier(text):
            return "'\(text)' is not a valid id (letters a-z, digits and '-', at most 40)"
        case let .scoreOutOfScale(indicator, score, scale):
            return "\(indicator): \(score) is outside the scale \(scale.lowerBound)-\(scale.upperBound)"
        case let .unknownIndicator(key):
            return "'\(key)' is not an indicator of the instrument"
        case let .unknownGoal(id):
            return "no goal with id '\(id)'"
        case let .tooLong(field, limit):
            return "\(field) is longer than \(limit) characters"
        case let .negative(field):
            return "\(field) cannot be negative"
        case let .controlCharacter(field):
            return "\(field) holds a control character (such as Escape or a line break); remove it"
        case let .caseAlready(key):
            return "the case is already \(key.hasPrefix("closed") ? "closed" : key)"
        case .caseClosed:
            return "the case is closed; reopen it first"
        case let .inFuture(field):
            return "\(field): the day has not come yet"
        case let .statusBeforeLastChange(date):
            return "date: the case's status last changed on \(date.iso); a change cannot be dated before that"
        case let .sameCoordinator(name):
            return "the case is already \(name)'s"
        case let .mentorPeriodsOverlap(start, end):
            return "the mentor period overlaps the period \(start) to \(end); start the renewal the day after"
        case let .followUpBeforeMeeting(date):
            return "next follow-up: it must be on or after the meeting (\(date))"
        case let .invalidPhone(text):
            return "phone: '\(text)' is not a phone number; write 8 digits, optionally with +45 and spaces"
        case let .invalidEmail(text):
            return "e-mail: '\(text)' is not an e-mail address (name@example.dk)"
        case .custodyConsentMissing:
            return "under 18: the custody holder's consent is missing"
        case let .unknownDepartment(key):
            return "'\(key)' is not a department of the department catalogue"
        case let .effortUnderway(id):
            return "effort \(id) has begun: use stopped, not refused"
        case let .effortAlreadyEnded(id):
            return "effort \(id) has already ended and cannot be stopped"
        case let .decisionIsFinal(id):
            return "decision \(id) cannot be undone: record a new decision that corrects it"
        case .withdrawalNotExplained:
            return "tell the citizen they may withdraw it first"
        case .jointCustodyNeedsBoth:
            return "joint custody: both holders must consent"
        }
    }
}
