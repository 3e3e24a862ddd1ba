import PlanCore

/// The UI language: Danish or English.
public enum Language: String, CaseIterable, Sendable {
    case da, en

    /// From `LC_ALL`, `LC_MESSAGES` or `LANG` as POSIX orders them; Danish for `da*`, else English.
    public init(environment: [String: String]) {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                self = value.lowercased().hasPrefix("da") ? .da : .en
                return
            }
        }
        self = .en
    }

    public var strings: Strings { self == .da ? .danish : .english }
}

extension PlanSection {
    public func name(_ language: Language) -> String { language == .da ? danishName : englishName }
}

extension TargetGroup {
    public func name(_ language: Language) -> String { language == .da ? danishName : englishName }
}

extension Instrument.Indicator {
    public func name(_ language: Language) -> String { language == .da ? nameDa : nameEn }
}
