/// One thing that happened to the citizen, on one day, in one section or across the whole plan.
public struct TimelineEvent: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case planCreated = "plan-created"
        case planRevised = "plan-revised"
        case consent
        case statusChanged = "status-changed"
        case goalSet = "goal-set"
        case goalAchieved = "goal-achieved"
        case goalDropped = "goal-dropped"
        case effortStarted = "effort-started"
        case effortEnded = "effort-ended"
        case meeting
        case measurement
        case mentorPeriodStarted = "mentor-period-started"
        case mentorPeriodEnded = "mentor-period-ended"
        case assessment
        case note
        case decision
    }

    public var date: CalendarDate
    public var kind: Kind
    /// nil for events of the whole plan (created, revised, consent, status, meetings, measurements).
    public var section: PlanSection?
    public var title: String
    /// The item it concerns (goal, effort, meeting, measurement id), for opening it.
    public var itemID: ItemID?

    public init(date: CalendarDate, kind: Kind, section: PlanSection?, title: String, itemID: ItemID? = nil) {
        self.date = date
        self.kind = kind
        self.section = section
        self.title = title
        self.itemID = itemID
    }
}

extension CaseFile {
    /// The whole way travelled, across all four sections, oldest first. Events on the same day keep
    /// a stable order: plan-level first, then by section and kind.
    public func timeline(upTo today: CalendarDate? = nil) -> [TimelineEvent] {
        var events: [TimelineEvent] = [TimelineEvent(date: created, kind: .planCreated, section: nil, title: "")]
        for r in revisions {
            events.append(TimelineEvent(date: r.date, kind: .planRevised, section: nil, title: r.summary))
        }
        for c in consentHistory {
            if let date = c.date {
                events.append(TimelineEvent(date: date, kind: .consent, section: nil, title: c.state.rawValue))
            }
        }
        for s in statusHistory.dropFirst() {
            events.append(TimelineEvent(date: s.date, kind: .statusChanged, section: nil, title: s.status.key))
        }
        for section in PlanSection.allCases {
            let plan = sections[section]
            for g in plan.goals {
                events.append(TimelineEvent(date: g.created, kind: .goalSet, section: section, title: g.title, itemID: g.id))
                if let d = g.statusDate, g.status != .active {
                    events.append(TimelineEvent(date: d, kind: g.status == .achieved ? .goalAchieved : .goalDropped,
                                                section: section, title: g.title, itemID: g.id))
                }
            }
            for e in plan.efforts where e.status != .planned {
                events.append(TimelineEvent(date: e.start, kind: .effortStarted, section: section, title: e.title, itemID: e.id))
                if let end = e.end, e.status == .ended || e.status == .cancelled {
                    events.append(TimelineEvent(date: end, kind: .effortEnded, section: section, title: e.title, itemID: e.id))
                }
            }
        }
        for m in meetings where m.outcome != .planned {
            events.append(TimelineEvent(date: m.date, kind: .meeting, section: nil,
                                        title: m.summary, itemID: m.id))
        }
        for m in measurements {
            events.append(TimelineEvent(date: m.date, kind: .measurement, section: nil, title: m.note, itemID: m.id))
        }
        for n in notes {
            events.append(TimelineEvent(date: n.date, kind: .note, section: nil, title: n.headline, itemID: n.id))
        }
        for d in decisions {
            events.append(TimelineEvent(date: d.date, kind: .decision, section: d.section, title: d.effortTitle, itemID: d.id))
        }
        for a in assessments {
            events.append(TimelineEvent(date: a.date, kind: .assessment, section: nil, title: "", itemID: a.id))
        }
        for p in mentorAgreement?.periods ?? [] {
            events.append(TimelineEvent(date: p.start, kind: .mentorPeriodStarted, section: .mentor,
                                        title: mentorAgreement?.mentorName ?? ""))
            if let today, p.end > today { continue }
            events.append(TimelineEvent(date: p.end, kind: .mentorPeriodEnded, section: .mentor,
                                        title: mentorAgreement?.mentorName ?? ""))
        }
        let kindOrder = Dictionary(uniqueKeysWithValues: TimelineEvent.Kind.allCases.enumerated().map { ($1, $0) })
        // Enumerated so that equal keys keep insertion order: a stable sort.
        return events.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.date != y.date { return x.date < y.date }
            let xs = x.section.map { $0.order + 1 } ?? 0, ys = y.section.map { $0.order + 1 } ?? 0
            if xs != ys { return xs < ys }
            let xk = kindOrder[x.kind] ?? 0, yk = kindOrder[y.kind] ?? 0
            if xk != yk { return xk < yk }
            return a.offset < b.offset
        }.map(\.element)
    }
}
