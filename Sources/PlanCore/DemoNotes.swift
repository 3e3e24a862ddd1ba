/// Case notes for the demo: what a coordinator writes down between meetings, so the timeline and the
/// citizen tab show notes as they look in use.
enum DemoNotes {
    static let samples: [(CaseNoteKind, String, String)] = [
        (.phone, "borgeren", "Borgeren ringede og flyttede næste samtale en uge; har fået tid hos tandlægen samme dag."),
        (.email, "praktikvært", "Praktikværten skriver, at fremmødet er stabilt tre dage om ugen.\nØnsker et opfølgningsmøde inden jul."),
        (.partner, "egen læge", "Egen læge oplyser, at borgeren kan deltage op til 10 timer om ugen i de næste tre måneder."),
        (.conversation, "borgerens mor", "Mor fortæller ved uanmeldt fremmøde, at boligsituationen er uafklaret efter flytningen."),
        (.phone, "Familieafdelingen", "Familieafdelingen bekræfter, at familiebehandlingen fortsætter; deres rådgiver deltager i næste netværksmøde."),
        (.email, "borgeren", "Borgeren sender kursusbevis fra førstehjælpskurset og spørger til næste forløb."),
        (.other, "", "Brev om mødeindkaldelse returneret fra Postnord: ukendt adresse. Ringet til borgeren i stedet."),
    ]

    /// Up to three notes between the plan's start and `today`, by the coordinator; now and then one is
    /// marked for the citizen's letter.
    static func add(to file: inout CaseFile, coordinator: String, today: CalendarDate, rng: inout SeededGenerator) {
        let span = max(1, today.daysSinceEpoch - file.created.daysSinceEpoch)
        for _ in 0..<rng.int(0...3) {
            let (kind, who, text) = samples[rng.int(0...samples.count - 1)]
            let date = file.created.adding(days: rng.int(0...span))
            file.notes.append(CaseNote(id: file.makeItemID(prefix: "k"), date: min(date, today), kind: kind, who: who,
                                       text: text, inLetter: kind == .email && who == "borgeren" && rng.chance(0.5),
                                       author: coordinator))
        }
        file.notes.sort { $0.date < $1.date }
    }
}
