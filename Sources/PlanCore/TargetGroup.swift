/// Target groups, with stable keys used in CSV, JSON and the contact-rule table.
public enum TargetGroup: String, CaseIterable, Codable, Sendable, Comparable {
    case aktivitetsparat
    case ressourceforloeb
    case jobafklaring
    case sygedagpenge
    case ung
    case familie
    case ledighedsydelse
    case andet

    public var danishName: String {
        switch self {
        case .aktivitetsparat: return "Aktivitetsparat"
        case .ressourceforloeb: return "Ressourceforløb"
        case .jobafklaring: return "Jobafklaringsforløb"
        case .sygedagpenge: return "Sygedagpenge"
        case .ung: return "Unge"
        case .familie: return "Familie"
        case .ledighedsydelse: return "Ledighedsydelse"
        case .andet: return "Andet"
        }
    }

    public var englishName: String {
        switch self {
        case .aktivitetsparat: return "Activity-ready"
        case .ressourceforloeb: return "Resource programme"
        case .jobafklaring: return "Job clarification"
        case .sygedagpenge: return "Sickness benefit"
        case .ung: return "Young people"
        case .familie: return "Family"
        case .ledighedsydelse: return "Flex-job waiting benefit"
        case .andet: return "Other"
        }
    }

    /// Accepts the stable key or the Danish name, ignoring case and the æ/ø/å spellings ae/oe/aa.
    public init(parsing text: String) throws(ValidationError) {
        let folded = TargetGroup.fold(text)
        if let match = TargetGroup.allCases.first(where: {
            TargetGroup.fold($0.rawValue) == folded || TargetGroup.fold($0.danishName) == folded
        }) {
            self = match
            return
        }
        switch folded {
        case "jobafklaringsforloeb": self = .jobafklaring
        case "ledighedsydelsesmodtager": self = .ledighedsydelse
        default: throw .unknownTargetGroup(text)
        }
    }

    static func fold(_ text: String) -> String {
        var out = ""
        for ch in text.trimmingSpaces.lowercased() {
            switch ch {
            case "æ": out += "ae"
            case "ø": out += "oe"
            case "å": out += "aa"
            case " ", "-", "_": continue
            default: out.append(ch)
            }
        }
        return out
    }

    public static func < (l: TargetGroup, r: TargetGroup) -> Bool { l.rawValue < r.rawValue }
}

extension TargetGroup {
    /// Abolished for new cases by lov nr. 1750 af 29. december 2025 (as issue 24's review of the act
    /// reports; the act's text was not read here): existing cases keep it until they run out.
    public var isLegacy: Bool { self == .ressourceforloeb }

    /// The groups a new case may be given.
    public static var offeredForNewCases: [TargetGroup] { allCases.filter { !$0.isLegacy } }
}
