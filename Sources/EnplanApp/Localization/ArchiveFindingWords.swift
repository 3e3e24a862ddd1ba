import CaseRecords

extension Language {
    /// What `archive verify` found, in this language.
    public func describe(_ finding: ArchiveFinding) -> String {
        guard self == .da else { return finding.description }
        switch finding {
        case let .noManifest(package): return "\(package): der er ingen manifest.json, så intet kan kontrolleres"
        case let .manifestUnreadable(package, reason): return "\(package)/manifest.json kan ikke læses: \(reason)"
        case let .missingFile(package, name): return "\(package)/\(name) mangler"
        case let .checksumMismatch(package, name):
            return "\(package)/\(name) er ændret, siden den blev arkiveret (dens SHA-256 er en anden)"
        case let .sizeMismatch(package, name, expected, found):
            return "\(package)/\(name) fylder \(found) byte, manifestet siger \(expected)"
        case let .unlistedFile(package, name): return "\(package)/\(name) står ikke i manifestet (kommet til bagefter)"
        case let .sumsDisagree(package, name): return "\(package): SHA256SUMS og manifest.json er uenige om \(name)"
        case let .noPackages(folder): return "\(folder) rummer ingen arkivpakke (ingen manifest.json i den eller dens mapper)"
        }
    }
}
