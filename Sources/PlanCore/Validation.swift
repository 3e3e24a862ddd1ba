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
        guard Citizen.isPhoneNumber(phone) else { throw .invalidPhone(phone) }
        guard Citizen.isEmailAddress(email) else { throw .invalidEmail(email) }
    }

    /// Empty, a Danish number (8 digits, optionally after +45 or 0045, spaces anywhere), or a foreign
    /// number in international form (+ and 7-15 digits).
    public static func isPhoneNumber(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }
        if compact.isEmpty { return true }
        func digits(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && $0.isNumber } }
        for prefix in ["+45", "0045"] where compact.hasPrefix(prefix) {
            let rest = compact.dropFirst(prefix.count)
            return rest.count == 8 && digits(rest)
        }
        if compact.hasPrefix("+") {
            let rest = compact.dropFirst()
            return (7...15).contains(rest.count) && digits(rest)
        }
        return compact.count == 8 && digits(Substring(compact))
    }

    /// A phone number written one way wherever it is shown: a Danish number as "+45 30 17 27 34"
    /// however it was typed; a foreign one as "+" and its digits; anything else as it is.
    public static func formattedPhone(_ text: String) -> String {
        guard isPhoneNumber(text), !text.trimmingSpaces.isEmpty else { return text }
        var digits = text.filter { $0 != " " }
        for prefix in ["+45", "0045"] where digits.hasPrefix(prefix) { digits.removeFirst(prefix.count) }
        guard !digits.hasPrefix("+") else { return digits }
        let pairs = stride(from: 0, to: 8, by: 2).map { i in
            String(digits[digits.index(digits.startIndex, offsetBy: i)..<digits.index(digits.startIndex, offsetBy: i + 2)])
        }
        return "+45 " + pairs.joined(separator: " ")
    }

    /// Empty, or one `@` between a name and a domain with a dot, and no spaces.
    public static func isEmailAddress(_ text: String) -> Bool {
        if text.isEmpty { return true }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
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
        for n in notes {
            single.append(("case note \(n.id) who", n.who))
            lines.append(("case note \(n.id) text", n.text))
        }
        for d in decisions {
            single.append(("decision \(d.id) legal basis", d.legalBasis))
            lines.append(("decision \(d.id) reasons", d.reasons))
        }
        lines.append(("consent note", consent.note))
        single += [("consent purpose", consent.purpose), ("consent document", consent.documentReference)]
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
        if let agreement = mentorAgreement {
            if agreement.hoursPerWeek < 0 { found.append(.negative(field: "mentor hours per week")) }
            for p in agreement.periods where p.isTooLong { found.append(.mentorPeriodTooLong(start: p.start, end: p.end)) }
            for (i, p) in agreement.periods.enumerated() {
                for q in agreement.periods.dropFirst(i + 1) where p.overlaps(q) {
                    found.append(.mentorPeriodsOverlap(q.start, q.end))
                }
            }
        }
        for m in meetings {
            if let next = m.nextFollowUp, next < m.date { found.append(.followUpBeforeMeeting(m.date)) }
        }
        if let instrument {
            for m in measurements where m.instrumentID == instrument.id {
                do { try m.validate(against: instrument) } catch { found.append(error) }
            }
        }
        return found
    }
}
