import PlanCore

/// The strings of the joint assessment (tab 6), of consent as data and of the printed letter to the
/// citizen. Memberwise, so the compiler refuses a language that lacks one.
public struct AssessmentStrings: Sendable {
    // Tab 6
    public var tab: String                  // "Udredning"
    public var title: String                // "Fælles udredning"
    public var none: String
    public var shown: String                // "%@ · %d af %d"
    public var earlierLater: String         // "[ ] tidligere og senere"
    public var notAssessed: String
    public var becameGoal: String           // "→ mål"
    public var citizenView: String
    public var contributors: String
    public var question: String
    public var fromAssessment: String       // "Fra udredningen: %@ (%@)"
    public var areasAssessed: String        // "%d områder vurderet"
    public var oneAreaAssessed: String
    // Keys
    public var keyOlder: String
    public var keyNewer: String
    public var keyGoalFromFinding: String
    // Forms
    public var titleFinding: String         // "Udredning: %@"
    public var titleNewAssessment: String
    public var titleGoalFromFinding: String
    public var fieldFinding: String
    public var fieldJudgement: String
    public var fieldSection: String
    public var noJudgement: String
    public var noFindingYet: String
    public var goalSaved: String            // "Målet er sat i %@"
    // Consent
    public var fieldScopeDepartments: String
    public var spaceTicks: String           // next to the option under the cursor in a list of departments
    /// The warnings' words; the screen puts its own marker before them.
    public var warningMissing: @Sendable (Int) -> String       // "Samtykke mangler, men 2 indsatser kører"
    public var warningWithdrawn: @Sendable (Int) -> String
    public var warningOutsideScope: String  // "%@ hører under %@, som samtykket ikke omfatter"
    public var warningCustody: String       // "Borgeren er %d år: forældremyndighedens samtykke mangler"
    public var warnings: String             // "%d advarsler"
    public var oneWarning: String
    // Citizen details
    public var fieldLanguage: String
    public var fieldBirthDate: String
    public var languages: [CitizenLanguage: String]
}

extension AssessmentStrings {
    public static let danish = AssessmentStrings(
        tab: "Udredning", title: "Fælles udredning", none: "Ingen udredning endnu · a starter en med det valgte område",
        shown: "%@ · %d af %d", earlierLater: "[ ] tidligere og senere", notAssessed: "ikke vurderet", becameGoal: "→ mål",
        citizenView: "Borgerens syn", contributors: "Bidrog", question: "Spørgsmål",
        fromAssessment: "Fra udredningen: %@ (%@)", areasAssessed: "%d områder vurderet", oneAreaAssessed: "1 område vurderet",
        keyOlder: "tidligere udredning", keyNewer: "senere udredning", keyGoalFromFinding: "gør fundet til et mål",
        titleFinding: "Udredning: %@", titleNewAssessment: "Ny udredning: %@", titleGoalFromFinding: "Mål fra udredningen: %@",
        fieldFinding: "Fund", fieldJudgement: "Vurdering", fieldSection: "Afsnit", noJudgement: "ikke vurderet",
        noFindingYet: "Området er ikke vurderet endnu: e vurderer det først", goalSaved: "Målet er sat i %@",
        fieldScopeDepartments: "Deler planen", spaceTicks: "mellemrum sætter eller fjerner ✓",
        warningMissing: { "Samtykke er ikke registreret, men \($0) " + ($0 == 1 ? "indsats kører" : "indsatser kører") },
        warningWithdrawn: { n in
            "Samtykket er trukket tilbage: den helhedsorienterede plan erstatter ikke længere sektorplanerne; vend tilbage til dem, "
                + "og del intet på tværs af afdelinger" + (n == 0 ? "" : " (" + (n == 1 ? "den kørende indsats" : "de \(n) kørende indsatser")
                + " kan fortsætte på eget lovgrundlag)")
        },
        warningOutsideScope: "%@ hører under %@, som samtykket ikke omfatter",
        warningCustody: "Borgeren er %d år: forældremyndighedens samtykke mangler",
        warnings: "%d advarsler", oneWarning: "1 advarsel",
        fieldLanguage: "Sprog i planen til borgeren", fieldBirthDate: "Fødselsdato (uden CPR)",
        languages: [.da: "dansk", .en: "engelsk"])

    public static let english = AssessmentStrings(
        tab: "Assessment", title: "Joint assessment", none: "No assessment yet · a starts one with the selected area",
        shown: "%@ · %d of %d", earlierLater: "[ ] earlier and later", notAssessed: "not assessed", becameGoal: "→ goal",
        citizenView: "Citizen's view", contributors: "Contributed", question: "Question",
        fromAssessment: "From the assessment: %@ (%@)", areasAssessed: "%d areas assessed", oneAreaAssessed: "1 area assessed",
        keyOlder: "earlier assessment", keyNewer: "later assessment", keyGoalFromFinding: "make the finding a goal",
        titleFinding: "Assessment: %@", titleNewAssessment: "New assessment: %@", titleGoalFromFinding: "Goal from the assessment: %@",
        fieldFinding: "Finding", fieldJudgement: "Judgement", fieldSection: "Section", noJudgement: "not assessed",
        noFindingYet: "The area is not assessed yet: e assesses it first", goalSaved: "The goal is set in %@",
        fieldScopeDepartments: "Shared with", spaceTicks: "Space ticks or unticks",
        warningMissing: { "Consent is not recorded, but \($0) " + ($0 == 1 ? "effort is running" : "efforts are running") },
        warningWithdrawn: { n in
            "Consent was withdrawn: the one plan no longer replaces the sector plans; go back to them and share nothing across "
                + "departments" + (n == 0 ? "" : " (" + (n == 1 ? "the running effort" : "the \(n) running efforts")
                + " may go on on their own legal basis)")
        },
        warningOutsideScope: "%@ belongs to %@, which the consent does not cover",
        warningCustody: "The citizen is %d: the custody holder's consent is missing",
        warnings: "%d warnings", oneWarning: "1 warning",
        fieldLanguage: "Language of the citizen's plan", fieldBirthDate: "Birth date (without CPR)",
        languages: [.da: "Danish", .en: "English"])
}

extension Language {
    public var assessment: AssessmentStrings { self == .da ? .danish : .english }

    /// A consent warning in words, naming departments in this language.
    public func describe(_ warning: ConsentWarning, _ catalogues: Catalogues) -> String {
        let a = assessment
        switch warning {
        case let .missing(n): return a.warningMissing(n)
        case let .withdrawn(n): return a.warningWithdrawn(n)
        case let .outsideScope(_, title, department):
            return String(format: a.warningOutsideScope, title, departmentName(department, catalogues))
        case let .custodyMissing(age): return String(format: a.warningCustody, age)
        case .incomplete: return consent.warningIncomplete
        }
    }

    public func departmentName(_ id: String, _ catalogues: Catalogues) -> String {
        catalogues.department(id)?.name(danish: self == .da) ?? id
    }

    /// "3 advarsler", "1 advarsel".
    public func warningCount(_ n: Int) -> String {
        n == 1 ? assessment.oneWarning : String(format: assessment.warnings, n)
    }
}
