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
    /// The citizen is under 18 and the custody holder's consent is not recorded.
    case custodyMissing(age: Int)
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
        case let .custodyMissing(age): return "the citizen is \(age): the custody holder's consent is not recorded"
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
            if consent.custody == nil, citizen.isMinor(on: today), let age = citizen.age(on: today) {
                found.append(.custodyMissing(age: age))
            }
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
