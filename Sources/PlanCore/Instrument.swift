/// A progression instrument: the indicators a citizen and coordinator score together, on one scale.
/// A catalogue file, so a municipality can use its own.
public struct Instrument: Equatable, Sendable, Codable {
    public var id: String
    public var nameDa: String
    public var nameEn: String
    public var scale: Scale
    public var indicators: [Indicator]
    /// Why this scale: shown in the catalogue file so whoever edits it knows the trade-off.
    public var rationale: String

    public init(id: String, nameDa: String, nameEn: String, scale: Scale, indicators: [Indicator], rationale: String) {
        self.id = id
        self.nameDa = nameDa
        self.nameEn = nameEn
        self.scale = scale
        self.indicators = indicators
        self.rationale = rationale
    }

    public func indicator(_ key: String) -> Indicator? { indicators.first { $0.key == key } }

    /// What makes an instrument from a catalogue file unusable: the screens draw one mark per scale
    /// step and one row per indicator, so both must be few and well formed.
    public var problems: [String] {
        var found: [String] = []
        if scale.min > scale.max { found.append("the scale's min (\(scale.min)) is above its max (\(scale.max))") }
        if scale.min < 0 || scale.max > 100 || scale.max.subtractingReportingOverflow(scale.min).partialValue > 20 {
            found.append("the scale must lie within 0-100 and have at most 21 steps")
        }
        if indicators.isEmpty || indicators.count > 50 { found.append("there must be 1 to 50 indicators") }
        if Set(indicators.map(\.key)).count != indicators.count { found.append("two indicators have the same key") }
        return found
    }

    public struct Scale: Equatable, Sendable, Codable {
        public var min: Int
        public var max: Int
        /// Words for each step, lowest first (Danish and English).
        public var stepsDa: [String]
        public var stepsEn: [String]
        /// What the top of the scale means ("klar til job eller uddannelse"), so that a step
        /// ("et stykke fra") says from what; absent in catalogues written before it was asked.
        public var topDa: String?
        public var topEn: String?

        public init(min: Int, max: Int, stepsDa: [String], stepsEn: [String], topDa: String? = nil, topEn: String? = nil) {
            self.min = min
            self.max = max
            self.stepsDa = stepsDa
            self.stepsEn = stepsEn
            self.topDa = topDa
            self.topEn = topEn
        }

        public var range: ClosedRange<Int> { min...Swift.max(min, max) }
    }

    /// Whose view a score is. BIP asked the citizen and the caseworker apart, and the caseworker's
    /// belief in a job was its strongest predictor: the two are never mixed into one figure, and the
    /// citizen's letter never shows the caseworker's view as the citizen's own.
    public enum Voice: String, Equatable, Sendable, Codable {
        case citizen, caseworker
    }

    public struct Indicator: Equatable, Sendable, Identifiable {
        public var key: String
        public var nameDa: String
        public var nameEn: String
        /// Research marks some indicators as strongly predictive of getting a job.
        public var predictive: Bool
        /// Anchor texts at chosen scale points, so two caseworkers score the same situation alike.
        public var anchors: [Anchor]
        public var voice: Voice

        public var id: String { key }

        public init(key: String, nameDa: String, nameEn: String, predictive: Bool, anchors: [Anchor], voice: Voice = .citizen) {
            self.key = key
            self.nameDa = nameDa
            self.nameEn = nameEn
            self.predictive = predictive
            self.anchors = anchors
            self.voice = voice
        }
    }

    public struct Anchor: Equatable, Sendable, Codable {
        public var score: Int
        public var textDa: String
        public var textEn: String
        public init(score: Int, textDa: String, textEn: String) {
            self.score = score
            self.textDa = textDa
            self.textEn = textEn
        }
    }
}

/// One progression measurement, scored together with the citizen.
public struct Measurement: Equatable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var date: CalendarDate
    public var by: String
    public var instrumentID: String
    /// Indicator key to score.
    public var scores: [String: Int]
    public var note: String
    /// Optional per-goal levels at this measurement: goal id to current level.
    public var goalLevels: [ItemID: Int]

    public init(id: ItemID, date: CalendarDate, by: String, instrumentID: String, scores: [String: Int],
                note: String = "", goalLevels: [ItemID: Int] = [:]) {
        self.id = id
        self.date = date
        self.by = by
        self.instrumentID = instrumentID
        self.scores = scores
        self.note = note
        self.goalLevels = goalLevels
    }

    /// The mean of `values`, or nil when there are none, or when a score is one no scale has (a
    /// hand-edited document): unknown, never an overflow. `check` names such scores. There is no mean
    /// of every score: the citizen's and the caseworker's are averaged apart (`average(of:)`).
    static func mean<C: Collection>(_ values: C) -> Double? where C.Element == Int {
        guard !values.isEmpty, values.allSatisfy(Measurement.possibleScores.contains) else { return nil }
        return values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
    }

    /// Wider than any scale a municipality would use; the instrument's own scale is checked by `check`.
    public static let possibleScores = -1_000_000...1_000_000

    /// Checks every score against the instrument's indicators and scale.
    public func validate(against instrument: Instrument) throws(ValidationError) {
        for (key, score) in scores.sorted(by: { $0.key < $1.key }) {
            guard instrument.indicator(key) != nil else { throw .unknownIndicator(key) }
            guard instrument.scale.range.contains(score) else {
                throw .scoreOutOfScale(indicator: key, score: score, scale: instrument.scale.range)
            }
        }
    }
}

extension Instrument.Indicator: Codable {
    enum CodingKeys: String, CodingKey { case key, nameDa, nameEn, predictive, anchors, voice }

    /// A catalogue written before voices were kept has none: the caseworker's belief is the
    /// caseworker's by its key, every other indicator the citizen's.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        nameDa = try c.decode(String.self, forKey: .nameDa)
        nameEn = try c.decode(String.self, forKey: .nameEn)
        predictive = try c.decode(Bool.self, forKey: .predictive)
        anchors = try c.decode([Instrument.Anchor].self, forKey: .anchors)
        voice = try c.decodeIfPresent(Instrument.Voice.self, forKey: .voice) ?? (key == "caseworker-belief" ? .caseworker : .citizen)
    }
}

extension Instrument {
    /// The keys of the indicators scored in `voice`.
    public func keys(of voice: Voice) -> Set<String> { Set(indicators.filter { $0.voice == voice }.map(\.key)) }
}

extension Measurement {
    /// The mean over the scored indicators among `keys`; nil when none of them was scored.
    public func average(of keys: Set<String>) -> Double? { Measurement.mean(scores.filter { keys.contains($0.key) }.values) }
}
