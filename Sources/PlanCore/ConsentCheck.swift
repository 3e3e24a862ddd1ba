/// Why the one plan's consent does not cover what the plan holds. Without consent there is no one
/// plan, and an effort from a department outside the scope shares what the citizen did not agree to.
public enum ConsentWarning: Equatable, Sendable {
    /// Efforts run (this many) but consent was never recorded.
    case missing(activeEfforts: Int)
    /// The citizen withdrew consent: the one plan no longer replaces the sector plans (LAB § 40, stk. 3,
    /// sygedagpengeloven § 13 e need consent), so the coordinator goes back to them and shares nothing
    /// across departments; the efforts running (this many) may go on on their own legal basis.
    case withdrawn(activeEfforts: Int)
    /// An active effort from a department the consent does not name.
    case outsideScope(effort: ItemID, title: String, department: String)
    /// The citizen is under 18 and a custody holder's consent is not recorded.
    case custodyMissing(age: Int)
    /// The consent does not say which plans it replaces, how it was given, or that the citizen was told
    /// they may withdraw it (recorded before enplan asked).
    case incomplete
}

extension ConsentWarning: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .missing(n): return "consent is not recorded, but \(n) effort\(n == 1 ? " is" : "s are") running"
        case let .withdrawn(n):
            return "consent was withdrawn: the one plan no longer replaces the sector plans; go back to them and share nothing "
                + "across departments" + (n == 0 ? "" : " (the \(n) running effort\(n == 1 ? "" : "s") may go on on their own legal basis)")
        case let .outsideScope(id, title, department):
            return "effort \(id) '\(title)' belongs to department '\(department)', which the consent does not cover"
        case let .custodyMissing(age): return "the citizen is \(age): a custody holder's consent is not recorded"
        case .incomplete:
            return "the consent does not say which plans it replaces, how it was given, or that the citizen was told they may withdraw it"
        }
    }
}

extension CaseFile {
    /// Efforts running on `today`, with their section.
    public func activeEfforts(on today: CalendarDate) -> [(PlanSection, Effort)] {
        PlanSection.allCases.flatMap { section in
            sections[section].efforts
                .filter { $0.status == .active && $0.start <= today && ($0.end.map { $0 >= today } ?? true) }
                .map { (section, $0) }
        }
    }

    /// What the consent fails to cover on `today`, in the order a coordinator would fix it.
    public func consentWarnings(_ catalogues: Catalogues, on today: CalendarDate) -> [ConsentWarning] {
        let running = activeEfforts(on: today)
        var found: [ConsentWarning] = []
        switch consent.state {
        case .notRecorded:
            if !running.isEmpty { found.append(.missing(activeEfforts: running.count)) }
        case .withdrawn:
            found.append(.withdrawn(activeEfforts: running.count))
        case .given:
            if consent.custodyHolders.count < (consent.jointCustody ? 2 : 1), citizen.isMinor(on: today), let age = citizen.age(on: today) {
                found.append(.custodyMissing(age: age))
            }
            // Recorded before enplan asked: the coordinator completes it with the citizen.
            if consent.replaces.isEmpty || consent.form == nil || !consent.informedOfWithdrawal { found.append(.incomplete) }
            let scope = Set(consent.scope)
            for (section, effort) in running {
                if let department = catalogues.department(of: effort, in: section), !scope.contains(department) {
                    found.append(.outsideScope(effort: effort.id, title: effort.title, department: department))
                }
            }
        }
        return found
    }
}

extension Consent {
    public static let maximumPurposeLength = 2_000

    /// What a consent must say to be saved. A given consent names the plans it replaces, how it was
    /// given, and that the citizen was told they may withdraw it; a minor's has every custody holder's
    /// (both, where custody is joint). A withdrawal is dated.
    public func validate(for citizen: Citizen, on today: CalendarDate) throws(ValidationError) {
        for (field, text) in [("consent purpose", purpose), ("consent document", documentReference)] + custodyHolders.flatMap({
            [("custody name", $0.name), ("custody relation", $0.relation)]
        }) {
            let limit = field == "consent purpose" ? Consent.maximumPurposeLength : Citizen.maximumFieldLength
            guard text.count <= limit else { throw .tooLong(field: field, limit: limit) }
            guard !SafeText.containsControl(text) else { throw .controlCharacter(field: field) }
        }
        guard custodyHolders.count <= Consent.maximumHolders else {
            throw .tooLong(field: "custody holders", limit: Consent.maximumHolders)
        }
        if let date, date > today { throw .inFuture(field: "consent date") }
        switch state {
        case .notRecorded:
            return
        case .withdrawn:
            guard date != nil else { throw .required(field: "consent date") }
        case .given:
            guard date != nil else { throw .required(field: "consent date") }
            guard !replaces.isEmpty else { throw .required(field: "consent replaces") }
            guard form != nil else { throw .required(field: "consent form") }
            guard informedOfWithdrawal else { throw .withdrawalNotExplained }
            if citizen.isMinor(on: date ?? today) {
                guard !custodyHolders.isEmpty else { throw .custodyConsentMissing }
                guard !jointCustody || custodyHolders.count >= 2 else { throw .jointCustodyNeedsBoth }
            }
        }
    }
}
