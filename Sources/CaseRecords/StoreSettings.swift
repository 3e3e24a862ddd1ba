import Foundation

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
    /// Where `purge` writes a case's archive package before deleting it; relative to the data folder
    /// (nil: `archive/`).
    public var archiveDir: String?
    /// What a package holds (nil: the document, its timeline and its audit lines).
    public var archiveHolds: [ArchivePackage.Part]?
    /// `purge` deletes without writing a package first. Never set by enplan: a municipality sets it
    /// only where its archive authority has said the cases need not be kept.
    public var purgeWithoutArchive: Bool

    /// What each package holds.
    public var archiveParts: [ArchivePackage.Part] { archiveHolds ?? ArchivePackage.Part.allCases }

    public init(formatVersion: Int = StoreSettings.currentFormatVersion, allowActingAs: Bool = false,
                auditRetentionMonths: Int = 6, caseRetentionYears: Int = 5, demo: Bool = false) {
        self.formatVersion = formatVersion
        self.allowActingAs = allowActingAs
        self.auditRetentionMonths = auditRetentionMonths
        self.caseRetentionYears = caseRetentionYears
        self.demo = demo
        purgeWithoutArchive = false
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion, allowActingAs, auditRetentionMonths, caseRetentionYears, demo
        case auditDir = "audit_dir"
        case archiveDir = "archive_dir", archiveHolds = "archive_holds", purgeWithoutArchive = "purge_without_archive"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try c.decode(Int.self, forKey: .formatVersion)
        allowActingAs = try c.decodeIfPresent(Bool.self, forKey: .allowActingAs) ?? false
        auditRetentionMonths = try c.decodeIfPresent(Int.self, forKey: .auditRetentionMonths) ?? 6
        caseRetentionYears = try c.decodeIfPresent(Int.self, forKey: .caseRetentionYears) ?? 5
        demo = try c.decodeIfPresent(Bool.self, forKey: .demo) ?? false
        auditDir = try c.decodeIfPresent(String.self, forKey: .auditDir)
        archiveDir = try c.decodeIfPresent(String.self, forKey: .archiveDir)
        archiveHolds = try c.decodeIfPresent([ArchivePackage.Part].self, forKey: .archiveHolds)
        if archiveHolds?.isEmpty == true {
            throw DecodingError.dataCorruptedError(forKey: .archiveHolds, in: c, debugDescription:
                "archive_holds names nothing; name one or more of document, timeline, audit, or leave it out")
        }
        purgeWithoutArchive = try c.decodeIfPresent(Bool.self, forKey: .purgeWithoutArchive) ?? false
    }
}
