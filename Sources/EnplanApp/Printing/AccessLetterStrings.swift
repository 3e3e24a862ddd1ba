import CaseRecords

/// The words of the letter that tells a citizen who looked at their case. Plain language, in the
/// citizen's own language. Memberwise, so the compiler refuses a language that lacks one.
struct AccessLetterStrings: Sendable {
    var title: String           // "Hvem har arbejdet med din sag: %@"
    var printed: String
    var intro: String
    var nothing: String
    var whoAndWhen: String
    var at: String              // "kl. %@"
    var times: String           // "(%d gange)"
    var coordinator: String
    var supervisor: String
    var created: String
    var opened: String
    var exported: String
    var revealedCPR: String
    var deleted: String
    var handedOver: String      // "overdrog din sag til %@"
    var changed: String         // "ændrede din plan: %@"
    var parts: [PlanPart: String]
    var notShownHeading: String
    var notShown: String
    var questionsHeading: String
    var questions: String
}

extension AccessLetterStrings {
    static let danish = AccessLetterStrings(
        title: "Hvem har arbejdet med din sag: %@", printed: "Udskrevet %@",
        intro: "Her kan du se, hvem i kommunen der har læst, ændret, udskrevet eller overdraget din plan, og hvornår. "
            + "Alt, hvad vi gør med dine oplysninger i planværktøjet, bliver registreret.",
        nothing: "Ingen har endnu læst eller ændret din plan.",
        whoAndWhen: "Hvem og hvornår", at: "kl. %@", times: "(%d gange)",
        coordinator: "plankoordinator", supervisor: "leder",
        created: "oprettede din plan", opened: "læste din plan", exported: "udskrev din plan",
        revealedCPR: "så dit fulde CPR-nummer", deleted: "slettede din sag",
        handedOver: "gav din sag videre til %@", changed: "ændrede din plan: %@",
        parts: [.plan: "planen", .goal: "et mål", .subGoal: "et delmål", .effort: "en indsats", .mentor: "mentoraftalen",
                .meeting: "en samtale", .network: "dit netværk", .consent: "dit samtykke",
                .ownWords: "dine egne ord og dit mål", .followUp: "næste opfølgning", .details: "dine kontaktoplysninger",
                .revision: "en revision af planen", .measurement: "en måling af, hvordan det går", .status: "sagens status",
                .assessment: "den fælles udredning", .note: "et notat i sagen", .removal: "noget blev slettet",
                .undo: "en ændring blev fortrudt"],
        notShownHeading: "Det står ikke her",
        notShown: "Når en medarbejder ser en liste over alle sine borgere eller søger efter et navn, kan dit navn stå "
            + "blandt andres. Det bliver også registreret, men står ikke her enkeltvis.",
        questionsHeading: "Har du spørgsmål?",
        questions: "Du har ret til at få indsigt i, hvordan dine oplysninger bliver brugt. Spørg din plankoordinator, "
            + "hvis du vil vide mere, eller hvis du mener, at nogen har set din sag uden grund.")

    static let english = AccessLetterStrings(
        title: "Who has worked on your case: %@", printed: "Printed %@",
        intro: "Here you can see who in the municipality has read, changed, printed or handed over your plan, and when. "
            + "Everything we do with your information in the planning tool is recorded.",
        nothing: "No one has read or changed your plan yet.",
        whoAndWhen: "Who and when", at: "at %@", times: "(%d times)",
        coordinator: "plan coordinator", supervisor: "manager",
        created: "created your plan", opened: "read your plan", exported: "printed your plan",
        revealedCPR: "saw your full CPR number", deleted: "deleted your case",
        handedOver: "handed your case on to %@", changed: "changed your plan: %@",
        parts: [.plan: "the plan", .goal: "a goal", .subGoal: "a sub-goal", .effort: "an effort", .mentor: "the mentor agreement",
                .meeting: "a meeting", .network: "your network", .consent: "your consent",
                .ownWords: "your own words and your goal", .followUp: "the next follow-up", .details: "your contact details",
                .revision: "a revision of the plan", .measurement: "a measurement of how things are going", .status: "the case's status",
                .assessment: "the joint assessment", .note: "a note on the case", .removal: "something was deleted",
                .undo: "a change was undone"],
        notShownHeading: "What is not here",
        notShown: "When a member of staff sees a list of all their citizens or searches for a name, your name may be "
            + "among others. That is recorded too, but is not listed here one by one.",
        questionsHeading: "Questions?",
        questions: "You have the right to know how your information is used. Ask your plan coordinator if you want to "
            + "know more, or if you think someone has looked at your case without reason.")
}
