import Foundation
import PlanCore
import CaseRecords

/// The caseload's next follow-ups as an iCalendar file (RFC 5545) that a coordinator imports into
/// Outlook or another calendar. A calendar lives on phones and in mail servers, so it carries no CPR
/// number and nothing about health or the plan: a day, initials (the name only when asked), and the
/// citizen's id, which names no one and is what `enplan show` takes.
enum FollowUpCalendar {
    /// One all-day event: `key` makes its UID, the same on each export, so a calendar updates the
    /// event instead of adding one.
    struct Event {
        var citizen: CitizenID
        var key: String
        var day: CalendarDate
        var title: String
        var name: String
    }

    static func render(_ citizens: [CitizenSummary], names: Bool, title: String, now: Date) -> String {
        render(citizens.compactMap { c in
            guard c.status.isActive, let day = c.nextFollowUp else { return nil }
            return Event(citizen: c.id, key: "next-follow-up", day: day, title: title, name: c.name)
        }, names: names, now: now)
    }

    static func render(_ events: [Event], names: Bool, now: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//enplan//follow-ups//DA", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH"]
        let stamp = utcStamp(now)
        for e in events {
            let who = names ? SafeText.neutralized(e.name) : initials(e.name)
            lines += ["BEGIN:VEVENT",
                      "UID:\(e.citizen.rawValue)-\(e.key)@enplan",
                      "DTSTAMP:\(stamp)",
                      "DTSTART;VALUE=DATE:\(basic(e.day))",
                      "DTEND;VALUE=DATE:\(basic(e.day.adding(days: 1)))",
                      "SUMMARY:" + escaped(e.title + ": " + who),
                      "DESCRIPTION:" + escaped("enplan show " + e.citizen.rawValue),
                      "TRANSP:TRANSPARENT",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// "Karen Bøgh" → "K.B."; one letter per word of the name, in whatever script it is written.
    static func initials(_ name: String) -> String {
        SafeText.neutralized(name).split(whereSeparator: { $0 == " " || $0 == "-" })
            .compactMap { $0.first(where: { $0.isLetter }) }.map { String($0).uppercased() + "." }.joined()
    }

    static func basic(_ day: CalendarDate) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    static func utcStamp(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Text as a property value: backslash, ';', ',' and line breaks escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next with a leading space, never inside a character.
    static func folded(_ line: String) -> String {
        var out = "", width = 0
        for ch in line {
            let size = String(ch).utf8.count
            if width + size > 75 {
                out += "\r\n "
                width = 1
            }
            out.append(ch)
            width += size
        }
        return out
    }
}
