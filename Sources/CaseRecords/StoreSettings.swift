/// Settings kept in `enplan.json` at the root of the data folder.
public struct StoreSettings: Codable, Equatable, Sendable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    /// Whether `--as NAME` may override the OS user. Only demo and test folders allow it.
    public var allowActingAs: Bool
    /// How long audit segments are kept (common practice: 6 months).
    public var auditRetentionMonths: Int
    /// Closed cases are deleted this long after closing (often 5 years).
    public var caseRetentionYears: Int
    /// A folder made by `enplan demo`: made-up people only, so `demo --force` may replace it.
    public var demo: Bool
    /// Where the audit trail goes when not in `audit/` (a read-only copy browsed with its views
    /// audited elsewhere).
    public var auditDir: String?

    public init(formatVersion: Int = StoreSettings.currentFormatVersion, allowActingAs: Bool = false,
                auditRetentionMonths: Int = 6, caseRetentionYears: Int = 5, demo: Bool = false) {
        self.formatVersion = formatVersion
        self.allowActingAs = allowActingAs
        self.auditRetentionMonths = auditRetentionMonths
        self.caseRetentionYears = caseRetentionYears
        self.demo = demo
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion, allowActingAs, auditRetentionMonths, caseRetentionYears, demo
        case auditDir = "audit_dir"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try c.decode(Int.self, forKey: .formatVersion)
        allowActingAs = try c.decodeIfPresent(Bool.self, forKey: .allowActingAs) ?? false
        auditRetentionMonths = try c.decodeIfPresent(Int.self, forKey: .auditRetentionMonths) ?? 6
        caseRetentionYears = try c.decodeIfPresent(Int.self, forKey: .caseRetentionYears) ?? 5
        demo = try c.decodeIfPresent(Bool.self, forKey: .demo) ?? false
        auditDir = try c.decodeIfPresent(String.self, forKey: .auditDir)
    }
}
