/// Decisions for the demo: most efforts with a legal basis were granted by a decision with reasons,
/// so the citizen tab, the timeline and the letter's complaint guidance show as they look in use.
enum DemoDecisions {
    static let reasons = [
        "Du har brug for støtte for at kunne komme tættere på job, og indsatsen passer til det, du selv har peget på.",
        "Indsatsen er nødvendig, for at du kan fastholde en stabil hverdag, mens du deltager i de øvrige aktiviteter.",
        "Vi har lagt vægt på lægens vurdering af, hvor mange timer du kan deltage, og på dine egne ønsker.",
    ]

    /// A grant on the day each of up to two efforts with a legal basis began (not after `today`).
    static func add(to file: inout CaseFile, coordinator: String, today: CalendarDate, rng: inout SeededGenerator) {
        var made = 0
        for section in PlanSection.allCases {
            for effort in file.sections[section].efforts where !effort.legalBasis.isEmpty && effort.start <= today {
                guard made < 2, rng.chance(0.6) else { continue }
                made += 1
                file.decisions.append(Decision(id: file.makeItemID(prefix: "d"), effort: effort.id, effortTitle: effort.title,
                                               section: section, outcome: .granted, date: effort.start,
                                               legalBasis: effort.legalBasis, reasons: reasons[rng.int(0...reasons.count - 1)],
                                               decidedBy: coordinator))
            }
        }
        file.decisions.sort { $0.date < $1.date }
    }
}
