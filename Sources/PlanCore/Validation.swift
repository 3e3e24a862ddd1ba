extension Citizen {
    public static let maximumNameLength = 200
    /// Phone, e-mail, coordinator and the like: generous for real values, far below what would bloat
    /// a document or a screen.
    public static let maximumFieldLength = 200
    public static let maximumAddressLength = 400

    /// Checks the fields a person types (or an import brings) when creating or editing a citizen:
    /// required, not too long, and no control characters that could drive a terminal.
    public func validate() throws(ValidationError) {
        let trimmed = name.trimmingSpaces
        guard !trimmed.isEmpty else { throw .required(field: "name") }
        guard trimmed.count <= Citizen.maximumNameLength else {
            throw .tooLong(field: "name", limit: Citizen.maximumNameLength)
        }
        guard !coordinator.trimmingSpaces.isEmpty else { throw .required(field: "coordinator") }
        let fields: [(String, String, Int)] = [
            ("name", name, Citizen.maximumNameLength), ("phone", phone, Citizen.maximumFieldLength),
            ("email", email, Citizen.maximumFieldLength), ("coordinator", coordinator, Citizen.maximumFieldLength),
            ("address", address, Citizen.maximumAddressLength),
        ]
        for (field, value, limit) in fields {
            guard !SafeText.containsControl(value) else { throw .controlCharacter(field: field) }
            guard value.count <= limit else { throw .tooLong(field: field, limit: limit) }
        }
    }
}

extension CaseFile {
    /// Every problem in the document, so a check can report them all at once rather than the first.
    public func problems(instrument: Instrument?) -> [ValidationError] {
        var found: [ValidationError] = []
        do { try citizen.validate() } catch { found.append(error) }
        for section in PlanSection.allCases {
            let plan = sections[section]
            let goalIDs = Set(plan.goals.map(\.id))
            for goal in plan.goals where goal.title.trimmingSpaces.isEmpty {
                found.append(.required(field: "\(section.rawValue) goal \(goal.id) title"))
            }
            for effort in plan.efforts {
                if effort.title.trimmingSpaces.isEmpty {
                    found.append(.required(field: "\(section.rawValue) effort \(effort.id) title"))
                }
                if let end = effort.end, end < effort.start {
                    found.append(.endBeforeStart(field: "\(section.rawValue) effort \(effort.id)"))
                }
                for id in effort.goalIDs where !goalIDs.contains(id) && goal(id) == nil {
                    found.append(.unknownGoal(id))
                }
            }
        }
        if let agreement = mentorAgreement, agreement.hoursPerWeek < 0 {
            found.append(.negative(field: "mentor hours per week"))
        }
        if let instrument {
            for m in measurements where m.instrumentID == instrument.id {
                do { try m.validate(against: instrument) } catch { found.append(error) }
            }
        }
        return found
    }
}
