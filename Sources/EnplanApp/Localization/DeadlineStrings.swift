import PlanCore

/// The words of deadlines, for the dashboard's deadline view and `enplan report deadlines`.
/// Memberwise, so the compiler refuses a language that lacks one.
public struct DeadlineStrings: Sendable {
    public var kinds: [Deadline.Kind: String]
    /// The rule of a deadline the catalogue gives no words for (an agreement, local practice).
    public var agreed: String
    public var measurementRule: String      // "hver %d. måned (forsøgets praksis, ingen lovregel)"
    public var title: String                // "Frister"
    public var overdue: String
    public var none: String
    public var keyDeadlines: String
    public var header: [String]             // date, citizen, due, rule, source
    public var reportTitle: String          // "Frister til og med %@ (overskredne først)"
    public var fieldBenefitStart: String
    public var fieldFirstAbsence: String
}

extension DeadlineStrings {
    public static let danish = DeadlineStrings(
        kinds: [.followUp: "opfølgning", .firstMeeting: "første samtale", .contactCourse: "næste samtale i kontaktforløbet",
                .mentorPeriodEnds: "mentorperiode slutter", .measurement: "progressionsmåling",
                .treatmentStart: "behandlingen skal være startet"],
        agreed: "aftalt med borgeren", measurementRule: "hver %d. måned (forsøgets praksis, ingen lovregel)",
        title: "Frister", overdue: "overskredet", none: "Ingen frister i perioden",
        keyDeadlines: "frister", header: ["Dato", "Id", "Navn", "Koordinator", "Hvad", "Regel", "Kilde"],
        reportTitle: "Frister til og med %@ (overskredne først)",
        fieldBenefitStart: "Ydelsesstart", fieldFirstAbsence: "1. fraværsdag")

    public static let english = DeadlineStrings(
        kinds: [.followUp: "follow-up", .firstMeeting: "first meeting", .contactCourse: "next contact course meeting",
                .mentorPeriodEnds: "mentor period ends", .measurement: "progression measurement",
                .treatmentStart: "treatment must have begun"],
        agreed: "agreed with the citizen", measurementRule: "every %d months (the experiment's practice, no law)",
        title: "Deadlines", overdue: "overdue", none: "No deadlines in the period",
        keyDeadlines: "deadlines", header: ["Date", "Id", "Name", "Coordinator", "Due", "Rule", "Source"],
        reportTitle: "Deadlines up to %@ (overdue first)",
        fieldBenefitStart: "Benefit start", fieldFirstAbsence: "First absence day")
}

extension Language {
    public var deadlines: DeadlineStrings { self == .da ? .danish : .english }

    /// The rule a deadline rests on, in words.
    public func rule(of deadline: Deadline) -> String {
        if !deadline.rule.isEmpty { return deadline.rule }
        return deadline.kind == .measurement ? String(format: deadlines.measurementRule, MeasurementState.intervalMonths) : deadlines.agreed
    }
}
