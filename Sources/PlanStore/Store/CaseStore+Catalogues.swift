import Foundation
import CaseRecords
import PlanCore

extension CaseStore {
    static let catalogueNames = (offers: "offers", instrument: "progression-instrument",
                                 contactRules: "contact-rules", legalBases: "legal-bases",
                                 departments: "departments", assessment: "assessment",
                                 complaints: "complaint-guidance", sectorPlans: "sector-plans")

    /// What is wrong with the contact rules file, if it could not be read (the built-in rules stand in).
    public var contactRulesProblem: CatalogueProblem? { unreadableCatalogues[CaseStore.catalogueNames.contactRules] }

    /// Reads the catalogue files, writing the shipped defaults for any that are missing (when writable).
    /// A damaged file is reported and the default used in its place; it is never overwritten.
    func loadCatalogues() {
        let n = CaseStore.catalogueNames
        var problems: [CatalogueProblem] = []
        let standard = Catalogues.standard
        let offers = catalogue(n.offers, default: standard.offers, problems: &problems)
        let instrument = checked(n.instrument, default: standard.instrument, what: "instrument", problems: &problems)
        let rules = catalogue(n.contactRules, default: standard.contactRules, problems: &problems)
        let bases = catalogue(n.legalBases, default: standard.legalBases, problems: &problems)
        let departments = catalogue(n.departments, default: standard.departments, problems: &problems)
        let assessment = checked(n.assessment, default: standard.assessment, what: "assessment areas", problems: &problems)
        let complaints = catalogue(n.complaints, default: standard.complaints, problems: &problems)
        let sectorPlans = catalogue(n.sectorPlans, default: standard.sectorPlans, problems: &problems)
        catalogues = Catalogues(offers: offers, instrument: instrument, contactRules: rules, legalBases: bases,
                                departments: departments, assessment: assessment, complaints: complaints,
                                sectorPlans: sectorPlans)
        catalogueProblems = problems
    }

    /// A catalogue the screens cannot draw when it is malformed (too many rows, duplicate keys): then
    /// the built-in one stands in, and the problem is reported.
    private func checked<T: Codable & SelfChecking>(_ name: String, default value: T, what: String,
                                                      problems: inout [CatalogueProblem]) -> T {
        let loaded = catalogue(name, default: value, problems: &problems)
        guard !loaded.problems.isEmpty else { return loaded }
        problems.append(CatalogueProblem(name: name, kind: .malformed(what: what, problems: loaded.problems)))
        return value
    }

    private func catalogue<T: Codable>(_ name: String, default value: T, problems: inout [CatalogueProblem]) -> T {
        let path = layout.catalogue(name)
        func unreadable(_ kind: CatalogueProblem.Kind) -> T {
            let problem = CatalogueProblem(name: name, kind: kind)
            unreadableCatalogues[name] = problem
            problems.append(problem)
            return value
        }
        let data: Data?
        do { data = try FileSystem.read(path) } catch {
            return unreadable(.unreadable(error))
        }
        do {
            if let data {
                do {
                    return try JSONDecoder().decode(T.self, from: data)
                } catch {
                    return unreadable(.undecodable(DocumentCodec.describe(error)))
                }
            }
            if !isReadOnly {
                try FileSystem.makeFolder(layout.catalogues, mode: modes.folder)
                try FileSystem.replaceDurably(path, with: DocumentCodec.encode(value), mode: modes.file)
            }
        } catch {
            problems.append(CatalogueProblem(name: name, kind: .defaultNotWritten(error)))
        }
        return value
    }
}

/// A catalogue that can say what makes it unusable.
protocol SelfChecking {
    var problems: [String] { get }
}

extension Instrument: SelfChecking {}
extension AssessmentCatalogue: SelfChecking {}
