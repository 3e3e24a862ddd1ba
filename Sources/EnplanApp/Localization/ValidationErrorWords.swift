import PlanCore

extension Language {
    /// What is wrong with what was typed or read, in this language, precise enough to show next to a
    /// field or on the command line.
    public func describe(_ error: ValidationError) -> String {
        guard self == .da else { return error.description }
        switch error {
        case let .invalidCPR(text, .format):
            return "'\(CPRNumber.maskedForMessages(text))' er ikke et CPR-nummer: skriv DDMMÅÅ-SSSS, ti cifre"
        case let .invalidCPR(text, .noSuchBirthDate):
            return "'\(CPRNumber.maskedForMessages(text))' er ikke et CPR-nummer: de første seks cifre er ikke en rigtig fødselsdato"
        case let .required(field):
            return "\(fieldName(field)) skal udfyldes"
        case let .invalidDate(field, .empty):
            return "\(fieldName(field)): en dato skal udfyldes"
        case let .invalidDate(field, .unrecognised(text)):
            return "\(fieldName(field)): '\(text)' er ikke en dato; skriv 22.11.2026, 22-11-2026 eller 2026-11-22"
        case let .invalidDate(field, .noSuchDay(text)):
            return "\(fieldName(field)): '\(text)' findes ikke i kalenderen"
        case let .endBeforeStart(field):
            return "\(fieldName(field)): slutningen ligger før starten"
        case let .mentorPeriodTooLong(start, end):
            return "en mentorperiode er højst 6 måneder (\(date(start)) til \(date(end)) er længere); forny den i stedet"
        case let .unknownTargetGroup(text):
            return "'\(text)' er ikke en målgruppe; brug en af: " + TargetGroup.allCases.map(\.rawValue).joined(separator: ", ")
        case let .invalidIdentifier(text):
            return "'\(text)' er ikke et gyldigt id (bogstaverne a-z, cifre og '-', højst 40)"
        case let .scoreOutOfScale(indicator, score, scale):
            return "\(indicator): \(score) ligger uden for skalaen \(scale.lowerBound)-\(scale.upperBound)"
        case let .unknownIndicator(key):
            return "'\(key)' er ikke en indikator i måleredskabet"
        case let .unknownGoal(id):
            return "intet mål med id '\(id)'"
        case let .tooLong(field, limit):
            return "\(fieldName(field)) er længere end \(limit) tegn"
        case let .negative(field):
            return "\(fieldName(field)) kan ikke være negativ"
        case let .controlCharacter(field):
            return "\(fieldName(field)) indeholder et kontroltegn (fx Escape eller et linjeskift); fjern det"
        case let .caseAlready(key):
            return "sagen er allerede " + (strings.caseStatuses[key] ?? (key.hasPrefix("closed") ? "afsluttet" : key))
        case .caseClosed:
            return "sagen er afsluttet; genåbn den først"
        case let .inFuture(field):
            return "\(fieldName(field)): dagen er ikke kommet endnu"
        case let .statusBeforeLastChange(day):
            return "dato: sagens status blev sidst ændret \(date(day)); en ændring kan ikke dateres før det"
        case let .sameCoordinator(name):
            return "sagen er allerede \(name)s"
        case let .mentorPeriodsOverlap(start, end):
            return "mentorperioden overlapper perioden \(date(start)) til \(date(end)); start fornyelsen dagen efter"
        case let .followUpBeforeMeeting(day):
            return "næste opfølgning: den skal ligge på eller efter mødet (\(date(day)))"
        case let .invalidPhone(text):
            return "telefon: '\(text)' er ikke et telefonnummer; skriv 8 cifre, evt. med +45 og mellemrum"
        case let .invalidEmail(text):
            return "e-mail: '\(text)' er ikke en e-mailadresse (navn@eksempel.dk)"
        case .custodyConsentMissing:
            return "under 18: forældremyndighedens samtykke mangler"
        case let .unknownDepartment(key):
            return "'\(key)' er ikke en afdeling i afdelingskataloget"
        case let .effortUnderway(id):
            return "indsats \(id) er begyndt: brug stoppet, ikke afslået"
        case let .effortAlreadyEnded(id):
            return "indsats \(id) er allerede afsluttet og kan ikke stoppes"
        case let .decisionIsFinal(id):
            return "afgørelse \(id) kan ikke fortrydes: registrér en ny afgørelse, der retter den"
        case .withdrawalNotExplained:
            return "oplys borgeren om retten til at trække tilbage"
        case .jointCustodyNeedsBoth:
            return "fælles myndighed: begge indehavere skal samtykke"
        }
    }
}

extension Language {
    /// A field as the domain names it ("name", "employment goal g-1 title") in this language: word by
    /// word, longest phrase first; ids and unknown words are kept as they are.
    public func fieldName(_ field: String) -> String {
        guard self == .da else { return field }
        let words = field.split(separator: " ").map(String.init)
        var out: [String] = []
        var i = 0
        while i < words.count {
            var matched = false
            for length in stride(from: min(4, words.count - i), through: 1, by: -1) {
                if let danish = Language.danishFieldWords[words[i..<(i + length)].joined(separator: " ")] {
                    out.append(danish)
                    i += length
                    matched = true
                    break
                }
            }
            if !matched {
                out.append(words[i])
                i += 1
            }
        }
        return out.joined(separator: " ")
    }

    static let danishFieldWords: [String: String] = [
        "name": "navn", "phone": "telefon", "email": "e-mail", "coordinator": "koordinator", "address": "adresse",
        "cpr": "CPR-nummer", "date": "dato", "until": "til", "own words": "egne ord", "overall goal": "overordnet mål",
        "employment": "beskæftigelse", "social": "socialt", "family": "familie", "mentor": "mentor",
        "responsible": "ansvarlig", "notes": "noter", "note": "note", "goal": "mål", "sub-goal": "delmål", "title": "titel",
        "effort": "indsats", "provider": "leverandør", "legal basis": "lovgrundlag", "meeting": "samtale",
        "summary": "referat", "participant": "deltager", "network": "netværk", "role": "rolle", "contact": "kontakt",
        "revision summary": "revisionens resumé", "revision reason": "revisionens begrundelse",
        "mentor purpose": "mentorforløbets formål", "mentor tasks": "mentorens opgaver", "mentor name": "mentorens navn",
        "mentor organisation": "mentorens organisation", "mentor contact": "mentorens kontakt",
        "mentor period": "mentorperiode", "mentor hours per week": "mentortimer pr. uge",
        "measurement": "måling", "consent note": "samtykkenote",
        "decision reasons": "begrundelsen", "decision legal basis": "afgørelsens lovgrundlag", "decision date": "afgørelsens dato",
        "case note": "journalnotat", "note text": "notatet", "note date": "notatets dato", "note who": "fra eller med",
        "who": "fra eller med", "text": "tekst",
        "consent date": "samtykkets dato", "consent replaces": "planer, samtykket erstatter", "consent form": "skriftligt eller mundtligt",
        "consent purpose": "formålet med delingen", "consent document": "dokumenthenvisning", "custody name": "forældremyndighedens navn",
        "custody relation": "relation", "custody holders": "indehavere af forældremyndigheden",
        "first absence day": "første fraværsdag",
    ]
}
