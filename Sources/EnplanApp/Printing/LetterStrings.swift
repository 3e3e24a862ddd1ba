import PlanCore

/// The words of the plan printed for the citizen: plain language, no codes, in the citizen's own
/// language (not the coordinator's). Memberwise, so the compiler refuses a language that lacks one.
public struct LetterStrings: Sendable {
    public var title: String                 // "Din helhedsorienterede plan": its name in the law
    public var printed: String               // "Udskrevet %@"
    public var cpr: String
    public var ownWords: String
    public var noOwnWords: String
    public var overallGoal: String
    public var noOverallGoal: String
    public var goals: String
    public var efforts: String
    public var emptySection: String          // "Der står ikke noget om %@ i planen endnu."
    public var responsible: String           // "Din kontakt her: %@"
    public var goalActive: String            // "sat %@"
    public var goalAchieved: String          // "nået %@"
    public var goalDropped: String           // "lagt til side %@"
    public var effortRunning: String         // "fra %@"
    public var effortPeriod: String          // "%@ til %@"
    public var effortPlanned: String         // "planlagt fra %@"
    public var effortEnded: String           // "sluttede %@"
    public var effortCancelled: String       // "stoppet %@"
    public var provider: String              // "hos %@"
    public var mentor: String                // "Din mentor: %@"
    public var mentorHours: String           // "%@ timer om ugen"
    public var mentorUntil: String           // "Mentorstøtten løber til %@."
    public var progress: String              // "Sådan går det"
    public var noProgress: String
    public var progressLine: String          // "Ved målingen %@ var du i gennemsnit på %@ ud af %d: %@."
    /// The same, saying what the top of the scale means: "… ud af 7, hvor 7 er klar til job eller
    /// uddannelse: et stykke fra."
    public var progressLineWithTop: String
    public var progressEarlier: String       // "Første gang (%@) var det %@."
    public var caseworkerView: String        // the caseworker's scores, said apart from the citizen's
    public var talkAboutGap: String          // the two views differ: something to talk about
    public var assessment: String            // "Det har vi talt om"
    public var assessmentIntro: String       // "Fra vores fælles udredning %@:"
    public var youSay: String                // "Du siger"
    public var meaning: String               // "Det betyder"
    public var nextMeeting: String
    public var nextMeetingOn: String         // "Vi ses næste gang %@."
    public var noNextMeeting: String
    public var contact: String               // "Din plankoordinator"
    public var contactLine: String           // "%@, telefon %@"
    public var contactNoPhone: String        // "%@"
    public var contactText: String           // "Ring eller skriv, hvis noget ændrer sig."
    public var consent: String               // "Samtykke"
    public var consentGiven: String          // "Du har givet samtykke %@ til, at %@ arbejder sammen om planen."
    public var consentMissing: String
    public var signatures: String
    public var signatureText: String
    public var citizenSigns: String
    public var coordinatorSigns: String
    public var date: String
    public var sectionNames: [PlanSection: String]
}

extension LetterStrings {
    public static let danish = LetterStrings(
        title: "Din helhedsorienterede plan", printed: "Udskrevet %@", cpr: "CPR-nummer",
        ownWords: "Det er vigtigt for mig", noOwnWords: "Vi har ikke skrevet dine egne ord ned endnu.",
        overallGoal: "Mit mål", noOverallGoal: "Vi har ikke skrevet dit samlede mål ned endnu.",
        goals: "Mål", efforts: "Det gør vi",
        emptySection: "Der står ikke noget om %@ i planen endnu.", responsible: "Din kontakt her: %@",
        goalActive: "sat %@", goalAchieved: "nået %@", goalDropped: "lagt til side %@",
        effortRunning: "fra %@", effortPeriod: "%@ til %@", effortPlanned: "planlagt fra %@",
        effortEnded: "sluttede %@", effortCancelled: "stoppet %@", provider: "hos %@",
        mentor: "Din mentor: %@", mentorHours: "%@ timer om ugen", mentorUntil: "Mentorstøtten løber til %@.",
        progress: "Sådan går det", noProgress: "Vi har ikke målt, hvordan det går, endnu.",
        progressLine: "Ved målingen %@ var du i gennemsnit på %@ ud af %d: %@.",
        progressLineWithTop: "Ved målingen %1$@ var du i gennemsnit på %2$@ ud af %3$d, hvor %3$d er %4$@: %5$@.",
        progressEarlier: "Første gang, %@, var det %@.",
        caseworkerView: "Din sagsbehandlers vurdering (ikke din egen, og ikke med i gennemsnittet):",
        talkAboutGap: "I ser forskelligt på, hvor du er. Det er noget, vi kan tale om næste gang.",
        assessment: "Det har vi talt om", assessmentIntro: "Fra vores fælles udredning %@:",
        youSay: "Du siger", meaning: "Det betyder",
        nextMeeting: "Næste samtale", nextMeetingOn: "Vi ses næste gang %@.", noNextMeeting: "Vi har ikke aftalt den næste samtale endnu.",
        contact: "Din plankoordinator", contactLine: "%@, telefon %@", contactNoPhone: "%@",
        contactText: "Ring eller skriv, hvis noget ændrer sig. Du skal ikke fortælle din historie forfra.",
        consent: "Samtykke",
        consentGiven: "Du sagde ja %@ til, at disse afdelinger arbejder sammen om din plan: %@.",
        consentMissing: "Du har endnu ikke sagt ja til, at afdelingerne arbejder sammen om én plan.",
        signatures: "Underskrifter", signatureText: "Vi har lavet planen sammen.",
        citizenSigns: "Borger", coordinatorSigns: "Plankoordinator", date: "Dato",
        sectionNames: [.employment: "Arbejde og uddannelse", .social: "Dit liv og din hverdag",
                       .family: "Din familie", .mentor: "Din mentor"])

    public static let english = LetterStrings(
        title: "Your holistic plan", printed: "Printed %@", cpr: "CPR number",
        ownWords: "What matters to me", noOwnWords: "We have not written down your own words yet.",
        overallGoal: "My goal", noOverallGoal: "We have not written down your overall goal yet.",
        goals: "Goals", efforts: "What we do",
        emptySection: "There is nothing about %@ in the plan yet.", responsible: "Your contact here: %@",
        goalActive: "set %@", goalAchieved: "reached %@", goalDropped: "put aside %@",
        effortRunning: "from %@", effortPeriod: "%@ to %@", effortPlanned: "planned from %@",
        effortEnded: "ended %@", effortCancelled: "stopped %@", provider: "at %@",
        mentor: "Your mentor: %@", mentorHours: "%@ hours a week", mentorUntil: "Mentor support runs until %@.",
        progress: "How it is going", noProgress: "We have not measured how it is going yet.",
        progressLine: "At the measurement on %@ you were on average at %@ out of %d: %@.",
        progressLineWithTop: "At the measurement on %1$@ you were on average at %2$@ out of %3$d, where %3$d is %4$@: %5$@.",
        progressEarlier: "The first time, %@, it was %@.",
        caseworkerView: "Your caseworker's view (not your own, and not in the average):",
        talkAboutGap: "You and your caseworker see where you are differently. That is something we can talk about next time.",
        assessment: "What we talked about", assessmentIntro: "From our joint assessment on %@:",
        youSay: "You say", meaning: "What it means",
        nextMeeting: "Next meeting", nextMeetingOn: "We meet next on %@.", noNextMeeting: "We have not agreed on the next meeting yet.",
        contact: "Your plan coordinator", contactLine: "%@, phone %@", contactNoPhone: "%@",
        contactText: "Call or write if anything changes. You do not have to tell your story again.",
        consent: "Consent",
        consentGiven: "On %@ you said yes to these departments working together on your plan: %@.",
        consentMissing: "You have not yet said yes to the departments working together on one plan.",
        signatures: "Signatures", signatureText: "We made this plan together.",
        citizenSigns: "Citizen", coordinatorSigns: "Plan coordinator", date: "Date",
        sectionNames: [.employment: "Work and education", .social: "Your life and daily life",
                       .family: "Your family", .mentor: "Your mentor"])
}
