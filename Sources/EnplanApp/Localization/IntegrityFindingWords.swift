import PlanCore
import CaseRecords

extension Language {
    /// What `check` or `audit verify` found, with where, in this language.
    public func describe(_ finding: IntegrityFinding) -> String {
        finding.described(self == .da ? danishMessage(finding.kind) : finding.message)
    }

    /// A catalogue that cannot be used, in this language; what the file itself holds is quoted as it is.
    public func describe(_ problem: CatalogueProblem) -> String {
        guard self == .da else { return problem.description }
        if case .defaultNotWritten = problem.kind { return reason(problem) }
        return reason(problem) + "; det indbyggede katalog bruges, til filen er rettet"
    }

    /// What is wrong with a catalogue, without what stands in for it.
    public func reason(_ problem: CatalogueProblem) -> String {
        guard self == .da else { return problem.reason }
        switch problem.kind {
        case let .unreadable(error), let .defaultNotWritten(error): return "\(problem.file): \(describe(error))"
        case let .undecodable(detail): return "\(problem.file) kan ikke læses (\(detail))"
        case let .malformed(_, problems): return "\(problem.file): " + problems.joined(separator: "; ")
        }
    }

    private func danishMessage(_ kind: IntegrityFinding.Kind) -> String {
        switch kind {
        case .auditKeyUnreadable: return "nøglen kan ikke læses, så ingen linjes MAC kan kontrolleres"
        case .purgeMarkerForged: return "oprydningsmærket er skrevet eller ændret uden nøglen"
        case let .auditMonthMissing(month): return "filen for \(month) mangler: den er fjernet"
        case .notAnAuditLine: return "ikke en gyldig auditlinje"
        case .auditLineChanged: return "linjen er ændret, efter den blev skrevet, eller skrevet uden nøglen (MAC passer ikke)"
        case .unkeyedLine: return "en linje uden MAC under mappens nøgle: forfalsket eller skrevet uden om enplan; den stoles ikke på"
        case .auditFolderNotReal: return "ikke sporets egen mappe (et symbolsk link eller en fil); intet i den læses"
        case .auditChainBroken: return "kæden er brudt: en linje før den er fjernet, flyttet eller ændret"
        case let .auditSequenceJump(from, to): return "nummereringen springer fra \(from) til \(to): der mangler linjer"
        case let .auditTimeGoesBack(from, to): return "tiden går tilbage fra \(from) til \(to)"
        case let .auditEntryOfAnotherUser(entry, segment): return "en linje af \(entry) i \(segment)s fil"
        case let .revisionNotAudited(revision, logged):
            return "revision \(revision) ligger på disken, men auditsporet har "
                + (logged == 0 ? "ingen ændring af den" : "kun ændringer til og med revision \(logged)")
                + ": auditlinjer eller en fil er fjernet"
        case let .revisionsNotAudited(from, to):
            return (from == to ? "revision \(from) har" : "revisionerne \(from)–\(to) har")
                + " ingen auditlinje: auditlinjer, en fil eller en brugers mappe er fjernet"
        case let .documentChangedOutsideEnplan(revision):
            return "planen er ikke den, revision \(revision) skrev (dens SHA-256 passer ikke med auditlinjen): "
                + "den er ændret uden om enplan"
        case let .documentRemovedOutsideEnplan(revision):
            return "planen mangler, men auditsporet viser revision \(revision) på disken og ingen sletning: "
                + "den er fjernet uden om enplan; hent den fra en sikkerhedskopi"
        case .indexJournalLineForged:
            return "en linje, enplan ikke har skrevet (MAC passer ikke); indekset genopbygges fra planerne"
        case .indexRowDiffers:
            return "indekset siger noget andet end planen; indekset genopbygges fra planerne"
        case .teamTotalsDiffer:
            return "teamoversigtens gemte summer passer ikke med det, planerne giver; de laves igen ud fra planerne"
        case let .usersCatalogueDamaged(reason): return "kan ikke læses (\(reason)); hent den fra en sikkerhedskopi"
        case .unexpectedFileName: return "ikke en enplan-plan (uventet filnavn)"
        case let .invalidContent(problem): return describe(problem)
        case let .unreadable(reason): return "kan ikke læses: \(reason)"
        case let .cprOfSeveralCitizens(masked, ids):
            return "CPR-nummeret \(masked) tilhører \(ids.count) borgere: "
                + ids.map(\.rawValue).sorted().joined(separator: ", ") + "; læg dem sammen i én plan"
        case let .catalogue(problem): return describe(problem)
        case let .othersMayAccess(mode): return "andre har adgang (rettigheder \(String(mode, radix: 8))); kør chmod o-rwx på den"
        case .unfinishedWrite: return "en ufærdig skrivning fra en kørende eller afbrudt enplan; fjernes ved næste åbning med skriveadgang"
        case let .auditPurged(before, time, by): return "månederne før \(before) er ryddet med vilje (opbevaringsperiode) \(time) af \(by)"
        case let .auditRepaired(time, by, detail): return "repareret \(time) af \(by): \(detail)"
        case .indexMissing: return "index/summaries.tsv mangler eller kan ikke læses; det genopbygges fra planerne"
        case let .changeNeverReachedDisk(user, action, revision, time):
            return "\(user) begyndte \(action) til revision \(revision) \(time), men den nåede aldrig disken (processen stoppede); "
                + "planen er, som den var"
        }
    }
}
