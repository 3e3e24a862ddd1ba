import PlanCore
import TerminalKit

/// Roles of enplan's own screens, on top of TerminalKit's generic ones. Theme files name them.
extension Role {
    public static let overdue = Role("overdue", monochrome: [.bold, .underline])
    public static let dueSoon = Role("due-soon", monochrome: .bold)
    public static let readOnlyBadge = Role("read-only", monochrome: [.bold, .reverse])

    public static func section(_ section: PlanSection) -> Role {
        Role("section." + section.rawValue, monochrome: .bold)
    }

    /// Every role enplan draws with: what a theme file may name.
    public static let enplan: [Role] = Role.toolkit + [.overdue, .dueSoon, .readOnlyBadge] + PlanSection.allCases.map(Role.section)
}
