import Foundation
import PlanCore
import CaseRecords

/// A letter to the citizen saying who in the municipality read, changed, printed or handed over
/// their case in enplan, when, and what they did, in the citizen's language. Names colleagues by
/// full name and role; never another citizen, never a file path or a search.
public struct AccessLetter: Sendable {
    public var file: CaseFile
    /// The audit trail's lines about this citizen, oldest first; the store fills them in.
    public var entries: [AuditEntry]
    /// Full names by login, from the users catalogue.
    public var contacts: [String: CoordinatorContact]
    public var today: CalendarDate
    public var format: PlanLetter.Format
    public var timeZone: TimeZone

    public init(file: CaseFile, entries: [AuditEntry] = [], contacts: [String: CoordinatorContact], today: CalendarDate,
                format: PlanLetter.Format, timeZone: TimeZone = .current) {
        self.file = file
        self.entries = entries
        self.contacts = contacts
        self.today = today
        self.format = format
        self.timeZone = timeZone
    }

    /// The citizen's language, not the coordinator's.
    public var language: Language { file.citizen.language == .en ? .en : .da }

    public func render() -> String {
        let doc = document()
        return format == .html ? doc.html : doc.markdown
    }

    /// One line of the letter: on one day, one person did one thing, once or more.
    struct Line: Equatable {
        var day: CalendarDate
        /// The clock of the first time that day; nil when the trail's time could not be read as one.
        var firstTime: String?
        var user: String
        var role: StoreActor.Role
        var access: CitizenAccess
        var count: Int
    }

    /// The trail's lines in the citizen's terms, in order; the same person doing the same thing on the
    /// same day is one line with a count (a coordinator opens a plan many times a day).
    var lines: [Line] {
        struct Key: Hashable { var day: CalendarDate, user: String, access: CitizenAccess }
        var out: [Line] = []
        var index: [Key: Int] = [:]
        for entry in entries {
            guard let access = entry.citizenAccess, let (day, time) = localDayAndTime(entry.time) else { continue }
            let key = Key(day: day, user: entry.user, access: access)
            if let i = index[key] {
                out[i].count += 1
            } else {
                index[key] = out.count
                out.append(Line(day: day, firstTime: time, user: entry.user, role: entry.role, access: access, count: 1))
            }
        }
        return out
    }

    func document() -> LetterDocument {
        let l = language, s = l == .da ? AccessLetterStrings.danish : .english
        var doc = LetterDocument(language: l.rawValue)
        doc.add(.title(String(format: s.title, file.citizen.name)))
        doc.add(.subtitle(String(format: s.printed, l.date(today))))
        doc.add(.paragraph(s.intro))
        let lines = self.lines
        if lines.isEmpty {
            doc.add(.paragraph(s.nothing))
        } else {
            doc.add(.heading(s.whoAndWhen))
            doc.add(.bullets(lines.map { line in
                var text = l.date(line.day) + (line.firstTime.map { " " + String(format: s.at, $0) } ?? "") + ": "
                    + person(line.user, line.role, s)
                    + " " + words(for: line.access, s)
                if line.count > 1 { text += " " + String(format: s.times, line.count) }
                return (text: text, level: 0)
            }))
        }
        doc.add(.heading(s.notShownHeading))
        doc.add(.paragraph(s.notShown))
        doc.add(.heading(s.questionsHeading))
        doc.add(.paragraph(s.questions))
        return doc
    }

    private func person(_ login: String, _ role: StoreActor.Role, _ s: AccessLetterStrings) -> String {
        let name = contacts[login]?.fullName.trimmingSpaces ?? ""
        return (name.isEmpty ? login : name) + " (" + (role == .supervisor ? s.supervisor : s.coordinator) + ")"
    }

    private func words(for access: CitizenAccess, _ s: AccessLetterStrings) -> String {
        switch access {
        case .created: return s.created
        case .opened: return s.opened
        case .exported: return s.exported
        case .revealedCPR: return s.revealedCPR
        case .deleted: return s.deleted
        case let .handedOver(to):
            let name = contacts[to]?.fullName.trimmingSpaces ?? ""
            return String(format: s.handedOver, name.isEmpty ? to : name)
        case let .changed(part): return String(format: s.changed, s.parts[part] ?? s.parts[.plan] ?? "")
        }
    }

    /// The trail's UTC time as the citizen's day and clock ("14.05"); a time that is only a day keeps
    /// its line, without a clock (a line about the citizen is never left out of their letter).
    private func localDayAndTime(_ iso: String) -> (CalendarDate, String?)? {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let instant = parser.date(from: iso) ?? ISO8601DateFormatter().date(from: iso) else {
            return CalendarDate(iso: String(iso.prefix(10))).map { ($0, nil) }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard let year = c.year, let month = c.month, let day = c.day, let hour = c.hour, let minute = c.minute,
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return (date, two(hour) + (language == .da ? "." : ":") + two(minute))
    }
}
