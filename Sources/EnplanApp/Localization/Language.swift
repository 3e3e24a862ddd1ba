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

extension Language {
    /// The one way a date is shown on screen in this language: 24.03.2027 in Danish, 2027-03-24 in
    /// English. Forms accept either, and 24-03-2027 and 24.03.27 too.
    public func date(_ date: CalendarDate) -> String { self == .da ? date.danish : date.iso }

    /// A number with one decimal: a decimal comma in Danish (5,4), a point in English (5.4).
    public func decimal(_ value: Double, digits: Int = 1, signed: Bool = false) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e15 else { return "–" }
        let whole = Int(scaled / scale), fraction = Int(scaled) - whole * Int(scale)
        var text = String(whole)
        if digits > 0 {
            let digitsText = String(fraction)
            text += (self == .da ? "," : ".") + String(repeating: "0", count: max(0, digits - digitsText.count)) + digitsText
        }
        let negative = value < 0 && scaled > 0
        return (negative ? "-" : signed && scaled > 0 ? "+" : "") + text
    }

    /// A whole number grouped in thousands as the language writes it: 100.000 in Danish, 100,000 in
    /// English.
    public func whole(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { text += self == .da ? "." : "," }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    /// "1 hændelse" / "2 hændelser": the count with the singular or plural form.
    public func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) " + (n == 1 ? singular : plural)
    }
}
