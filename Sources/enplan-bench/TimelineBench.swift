#if canImport(Glibc)
import Glibc
#endif
import Foundation
import PlanCore
import CaseRecords
import PlanStore

/// The timeline of one citizen with ten years of weekly events, opened in the real binary.
struct TimelineBench {
    let binFolder: String
    let today = CalendarDate.today()

    /// A case file with a meeting every week for ten years, a measurement every four weeks, goals,
    /// efforts, revisions and mentor periods along the way.
    func longCaseFile(id: CitizenID) throws -> CaseFile {
        let start = today.adding(days: -3652)
        var file = CaseFile(citizen: Citizen(id: id, name: "Tidslinje Testesen", targetGroup: .aktivitetsparat, coordinator: "mette"),
                            created: start, createdBy: "mette")
        file.record(consent: Consent(state: .given, date: start))
        let indicators = Instrument.standard.indicators
        var generator = SeededGenerator(seed: 10)
        for week in 0..<522 {
            let date = start.adding(days: week * 7)
            let section = PlanSection.allCases[week % 4]
            file.meetings.append(Meeting(id: file.makeItemID(prefix: "m"), date: date, kind: .followUp, participants: ["mette"],
                                         outcome: .held, summary: "Ugentlig samtale \(week + 1)", followUpResult: .continued))
            if week % 4 == 0 {
                let scores = Dictionary(uniqueKeysWithValues: indicators.map { ($0.key, Int.random(in: 1...7, using: &generator)) })
                file.measurements.append(Measurement(id: file.makeItemID(prefix: "p"), date: date, by: "mette",
                                                     instrumentID: Instrument.standard.id, scores: scores))
            }
            if week % 8 == 0 {
                file.sections[section].goals.append(Goal(id: file.makeItemID(prefix: "g"), title: "Mål uge \(week + 1)",
                                                         status: .achieved, created: date, statusDate: date.adding(days: 40)))
            }
            if week % 12 == 0 {
                file.sections[section].efforts.append(Effort(id: file.makeItemID(prefix: "e"), title: "Indsats uge \(week + 1)",
                                                             start: date, end: date.adding(days: 60), status: .ended))
            }
            if week % 26 == 0 {
                file.revisions.append(PlanRevision(date: date, author: "mette", summary: "Halvårlig revision"))
                file.mentorAgreement = file.mentorAgreement ?? MentorAgreement(mentorName: "Kim Jessen")
                file.mentorAgreement?.periods.append(try MentorPeriod(start: date, end: date.adding(days: 150)))
            }
        }
        file.nextFollowUp = today.adding(days: 7)
        return file
    }

    func run() throws {
        print("\n== timeline (10 years of weekly events) ==")
        let folder = NSTemporaryDirectory() + "enplan-bench-timeline-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try CaseStore(root: folder, actor: StoreActor(user: "mette", uid: getuid(), role: .coordinator),
                                  options: StoreOptions(createIfMissing: true, today: today,
                                                        initialSettings: StoreSettings(allowActingAs: true, demo: true)))
        let file = try store.create(longCaseFile(id: store.freshID()))
        let events = file.timeline(upTo: today).count
        let size = (try FileManager.default.attributesOfItem(atPath: store.layout.document(file.id.rawValue))[.size] as? Int) ?? 0
        let computed = try (0..<20).map { _ in try Clock.time { _ = try store.open(file.id).timeline(upTo: today) } }
        print("one citizen, \(events) events, document \(size / 1024) KiB; read, decode and derive the timeline in-process: "
              + "median \(Clock.format(Clock.median(computed)))")
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"]
        let pty = try PseudoTerminal(binFolder + "/enplan", ["--data", folder, "--as", "mette", "--lang", "en"],
                                     width: 80, height: 24, environment: environment)
        guard pty.read(until: { $0.contains("total") }, timeout: 10) else { throw BenchError(description: "the dashboard was not drawn") }
        pty.drain()
        var opens: [Double] = []
        for _ in 0..<20 {
            // t: read the document, audit the view, derive every event, draw the chart and the list.
            let (seconds, _) = pty.keystroke("t")
            guard pty.received.contains("Progression") else { throw BenchError(description: "the timeline did not open") }
            opens.append(seconds)
            pty.send("q")
            pty.drain()
        }
        pty.send("q")
        _ = pty.wait()
        print("open the timeline from the dashboard (t, until the terminal has the screen): median "
              + "\(Clock.format(Clock.median(opens))), p95 \(Clock.format(Clock.percentile(opens, 0.95)))")
    }
}
