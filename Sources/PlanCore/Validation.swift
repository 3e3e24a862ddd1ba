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
    /// The names of the text fields that hold a control character. One-line fields may hold none;
    /// multi-line fields (own words, notes, summaries) may hold newlines and nothing else.
    public var fieldsWithControlCharacters: [String] {
        var lines: [(String, String)] = [("own words", ownWords), ("overall goal", overallGoal)]
        var single: [(String, String)] = []
        for section in PlanSection.allCases {
            let plan = sections[section]
            single.append(("\(section.rawValue) responsible", plan.responsible))
            lines.append(("\(section.rawValue) notes", plan.notes))
            for goal in plan.goals {
                single.append(("goal \(goal.id) title", goal.title))
                lines.append(("goal \(goal.id) note", goal.note))
                single += goal.subGoals.map { ("sub-goal \($0.id) title", $0.title) }
            }
            for effort in plan.efforts {
                single += [("effort \(effort.id) title", effort.title), ("effort \(effort.id) provider", effort.provider),
                           ("effort \(effort.id) responsible", effort.responsible), ("effort \(effort.id) legal basis", effort.legalBasis)]
            }
        }
        for m in meetings {
            lines.append(("meeting \(m.id) summary", m.summary))
            single += m.participants.map { ("meeting \(m.id) participant", $0) }
        }
        for n in network { single += [("network \(n.id) name", n.name), ("network \(n.id) role", n.role), ("network \(n.id) contact", n.contact)] }
        for r in revisions { lines += [("revision summary", r.summary), ("revision reason", r.reason)] }
        if let a = mentorAgreement {
            lines += [("mentor purpose", a.purpose), ("mentor tasks", a.tasks)]
            single += [("mentor name", a.mentorName), ("mentor organisation", a.organisation), ("mentor contact", a.contact)]
        }
        for m in measurements { lines.append(("measurement \(m.id) note", m.note)) }
        lines.append(("consent note", consent.note))
        return single.filter { SafeText.containsControl($0.1) }.map(\.0)
            + lines.filter { SafeText.containsControl($0.1, allowingLines: true) }.map(\.0)
    }

    /// Every problem in the document, so a check can report them all at once rather than the first.
    public func problems(instrument: Instrument?) -> [ValidationError] {
        var found: [ValidationError] = []
        do { try citizen.validate() } catch { found.append(error) }
        found += fieldsWithControlCharacters.map { ValidationError.controlCharacter(field: $0) }
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
