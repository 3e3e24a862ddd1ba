import PlanCore
import TerminalKit

/// The strings of the timeline, the chart and the measurement form. Memberwise, so the compiler
/// refuses a language that lacks one.
public struct TimelineStrings: Sendable {
    public var title: String             // "Tidslinje"
    public var kinds: [TimelineEvent.Kind: String]
    public var wholePlan: String
    public var noEvents: String
    public var noMeasurements: String
    public var oneMeasurement: String
    public var total: String             // the citizen's own average
    public var caseworkerView: String    // the caseworker's scores, said beside the citizen's
    public var chartOf: String           // "Progression: %@"
    public var revisionMarker: String
    public var meetingMarker: String
    public var goToDate: String
    public var event: String             // "hændelse"
    public var events: String            // "hændelser"
    public var keyFilterSection: String
    public var keyFilterKind: String
    public var keyChart: String
    public var keyGoToDate: String
    public var keyOpenItem: String

    // Measurement form
    public var measurementTitle: String
    public var indicator: String
    public var score: String
    public var last: String
    public var change: String
    public var notScored: String
    public var scoreSomething: String
}

extension TimelineStrings {
    /// What the chart's markers mean, with the symbols this terminal draws.
    func markersLegend(_ g: Glyphs) -> String { "\(g.pencil) \(revisionMarker)  \(g.diamond) \(meetingMarker)" }

    public static let danish = TimelineStrings(
        title: "Tidslinje",
        kinds: [.planCreated: "plan oprettet", .planRevised: "plan revideret", .consent: "samtykke",
                .statusChanged: "status ændret", .goalSet: "mål sat", .goalAchieved: "mål nået", .goalDropped: "mål opgivet",
                .effortStarted: "indsats startet", .effortEnded: "indsats afsluttet", .meeting: "møde",
                .measurement: "måling", .mentorPeriodStarted: "mentorperiode start", .mentorPeriodEnded: "mentorperiode slut",
                .assessment: "fælles udredning", .note: "journalnotat", .decision: "afgørelse"],
        wholePlan: "hele planen",
        noEvents: "Ingen hændelser med dette filter", noMeasurements: "Ingen progressionsmålinger endnu · p registrerer en",
        oneMeasurement: "Én måling: kurven kommer med den næste", total: "borgerens gennemsnit", caseworkerView: "sagsbehandlerens vurdering", chartOf: "Progression: %@",
        revisionMarker: "revision", meetingMarker: "møde", goToDate: "Gå til dato", event: "hændelse", events: "hændelser",
        keyFilterSection: "filtrér afsnit", keyFilterKind: "filtrér type", keyChart: "næste kurve",
        keyGoToDate: "gå til dato", keyOpenItem: "åbn i planen",
        measurementTitle: "Progressionsmåling", indicator: "Indikator", score: "Score", last: "Sidst", change: "Ændring",
        notScored: "·",
        scoreSomething: "giv mindst én indikator en score")

    public static let english = TimelineStrings(
        title: "Timeline",
        kinds: [.planCreated: "plan created", .planRevised: "plan revised", .consent: "consent",
                .statusChanged: "status changed", .goalSet: "goal set", .goalAchieved: "goal achieved", .goalDropped: "goal dropped",
                .effortStarted: "effort started", .effortEnded: "effort ended", .meeting: "meeting",
                .measurement: "measurement", .mentorPeriodStarted: "mentor period start", .mentorPeriodEnded: "mentor period end",
                .assessment: "joint assessment", .note: "case note", .decision: "decision"],
        wholePlan: "whole plan",
        noEvents: "No events with this filter", noMeasurements: "No progression measurements yet · p records one",
        oneMeasurement: "One measurement: the line comes with the next", total: "citizen's average", caseworkerView: "caseworker's view", chartOf: "Progression: %@",
        revisionMarker: "revision", meetingMarker: "meeting", goToDate: "Go to date", event: "event", events: "events",
        keyFilterSection: "filter section", keyFilterKind: "filter kind", keyChart: "next chart",
        keyGoToDate: "go to date", keyOpenItem: "open in the plan",
        measurementTitle: "Progression measurement", indicator: "Indicator", score: "Score", last: "Last", change: "Change",
        notScored: "·",
        scoreSomething: "score at least one indicator")
}
