/// The joint assessment (fælles udredning): the adult social assessment and the employment
/// assessment in one, area by area, as Fredensborg built it. It is the common ground the one plan is
/// made from: each finding can become a goal that remembers where it came from.
public struct Assessment: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var date: CalendarDate
    /// One per area assessed so far; an area not yet assessed has none.
    public var findings: [AssessmentFinding]

    public init(id: ItemID, date: CalendarDate, findings: [AssessmentFinding] = []) {
        self.id = id
        self.date = date
        self.findings = findings
    }

    public func finding(_ area: String) -> AssessmentFinding? { findings.first { $0.area == area } }
}

/// What was found in one area, in words, beside what the citizen says about it.
public struct AssessmentFinding: Equatable, Sendable, Codable {
    /// A key of the assessment catalogue's areas.
    public var area: String
    public var finding: String
    /// The citizen's own view, in their own words.
    public var citizenView: String
    /// A key of the catalogue's judgement scale (resource … barrier); nil when not judged.
    public var judgement: String?
    /// Department keys of those who contributed.
    public var contributors: [String]

    public init(area: String, finding: String, citizenView: String = "", judgement: String? = nil,
                contributors: [String] = []) {
        self.area = area
        self.finding = finding
        self.citizenView = citizenView
        self.judgement = judgement
        self.contributors = contributors
    }
}

/// Where a goal came from, when it grew out of a finding of the joint assessment.
public struct GoalOrigin: Equatable, Sendable, Codable {
    public var assessment: ItemID
    public var area: String

    public init(assessment: ItemID, area: String) {
        self.assessment = assessment
        self.area = area
    }
}

/// The areas of the joint assessment and its small resource/barrier scale, as a catalogue file a
/// municipality can edit.
public struct AssessmentCatalogue: Equatable, Sendable, Codable {
    public struct Area: Equatable, Sendable, Codable, Identifiable {
        public var id: String
        public var nameDa: String
        public var nameEn: String
        /// A short guiding question to ask the citizen.
        public var questionDa: String
        public var questionEn: String
        /// The plan section a goal from this area usually belongs to.
        public var section: PlanSection
        /// The themes of the adult social assessment method (VUM 2.0, in Fælles Faglige Begreber's
        /// words) the area corresponds to, so a finding can be reused there; nil in older catalogues.
        public var vumThemes: [String]?

        public init(id: String, nameDa: String, nameEn: String, questionDa: String, questionEn: String,
                    section: PlanSection, vumThemes: [String]? = nil) {
            self.vumThemes = vumThemes
            self.id = id
            self.nameDa = nameDa
            self.nameEn = nameEn
            self.questionDa = questionDa
            self.questionEn = questionEn
            self.section = section
        }

        public func name(danish: Bool) -> String { danish ? nameDa : nameEn }
        public func question(danish: Bool) -> String { danish ? questionDa : questionEn }
    }

    /// One step of the judgement: from a clear resource to a clear barrier.
    public struct Judgement: Equatable, Sendable, Codable, Identifiable {
        public var id: String
        public var nameDa: String
        public var nameEn: String
        /// What it means, in plain words for the printed plan.
        public var meaningDa: String
        public var meaningEn: String
        /// Whether the area holds the citizen back; such areas are the ones goals come from.
        public var isBarrier: Bool

        public init(id: String, nameDa: String, nameEn: String, meaningDa: String, meaningEn: String, isBarrier: Bool) {
            self.id = id
            self.nameDa = nameDa
            self.nameEn = nameEn
            self.meaningDa = meaningDa
            self.meaningEn = meaningEn
            self.isBarrier = isBarrier
        }

        public func name(danish: Bool) -> String { danish ? nameDa : nameEn }
        public func meaning(danish: Bool) -> String { danish ? meaningDa : meaningEn }
    }

    public var areas: [Area]
    public var judgements: [Judgement]

    public init(areas: [Area], judgements: [Judgement]) {
        self.areas = areas
        self.judgements = judgements
    }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
    public func judgement(_ id: String?) -> Judgement? { id.flatMap { id in judgements.first { $0.id == id } } }

    /// What makes a catalogue file unusable: the tab draws one row per area.
    public var problems: [String] {
        var found: [String] = []
        if areas.isEmpty || areas.count > 40 { found.append("there must be 1 to 40 areas") }
        if Set(areas.map(\.id)).count != areas.count { found.append("two areas have the same key") }
        if judgements.isEmpty || judgements.count > 9 { found.append("there must be 1 to 9 judgements") }
        if Set(judgements.map(\.id)).count != judgements.count { found.append("two judgements have the same key") }
        return found
    }
}

extension CaseFile {
    /// Assessments oldest first.
    public var assessmentsByDate: [Assessment] { assessments.sorted { $0.date < $1.date } }

    public var latestAssessment: Assessment? { assessmentsByDate.last }

    public func assessment(_ id: ItemID) -> Assessment? { assessments.first { $0.id == id } }
}
