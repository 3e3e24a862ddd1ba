/// A semantic role that a theme gives a style: screens say what a thing is, the theme how it looks.
/// Applications add their own roles (as `Role("section.employment")`).
public struct Role: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    /// How the role looks without colour, so state is never shown by colour alone.
    public let monochrome: Attributes

    public init(_ name: String, monochrome: Attributes = []) {
        self.name = name
        self.monochrome = monochrome
    }

    public var description: String { name }

    public static func == (l: Role, r: Role) -> Bool { l.name == r.name }
    public func hash(into h: inout Hasher) { h.combine(name) }

    public static let text = Role("text")
    public static let muted = Role("muted", monochrome: .dim)
    public static let title = Role("title", monochrome: .bold)
    public static let border = Role("border")
    public static let selection = Role("selection", monochrome: .reverse)
    public static let statusBar = Role("status-bar", monochrome: .reverse)
    public static let key = Role("key", monochrome: .bold)
    public static let error = Role("error", monochrome: [.bold, .underline])
    public static let warning = Role("warning", monochrome: .bold)
    public static let success = Role("success")
    public static let accent = Role("accent", monochrome: .bold)
    public static let input = Role("input", monochrome: .underline)
    public static let chart1 = Role("chart.1")
    public static let chart2 = Role("chart.2")
    public static let chart3 = Role("chart.3")
    public static let chart4 = Role("chart.4")

    /// The roles TerminalKit itself draws with; an application adds its own to check a theme against.
    public static let toolkit: [Role] = [.text, .muted, .title, .border, .selection, .statusBar, .key, .error, .warning,
                                         .success, .accent, .input, .chart1, .chart2, .chart3, .chart4]
}
