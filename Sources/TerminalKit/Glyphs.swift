/// Every symbol drawn on screen, with the ASCII stand-in used where the terminal cannot draw
/// Unicode: one table, so no view picks its own fallback.
public struct Glyphs: Sendable {
    public let focus, selection, ellipsis: String
    public let choiceLeft, choiceRight: String
    public let moreAbove, moreBelow: String
    public let check, cross, circle, filledCircle, dot: String
    public let star, pencil, section, flag: String
    public let triangleRight, triangleUp, square, diamond: String
    public let periodStart, periodEnd: String
    public let rising, falling, steady: String
    public let branch, pause, note, decision: String

    public static let unicode = Glyphs(
        focus: "›", selection: "▶", ellipsis: "…", choiceLeft: "◂", choiceRight: "▸", moreAbove: "↑", moreBelow: "↓",
        check: "✓", cross: "✗", circle: "○", filledCircle: "●", dot: "·", star: "★", pencil: "✎", section: "§",
        flag: "⚑", triangleRight: "▸", triangleUp: "▲", square: "■", diamond: "◆", periodStart: "⟨", periodEnd: "⟩",
        rising: "↗", falling: "↘", steady: "→", branch: "└", pause: "‖", note: "¶", decision: "◇")

    public static let ascii = Glyphs(
        focus: ">", selection: ">", ellipsis: "~", choiceLeft: "<", choiceRight: ">", moreAbove: "^", moreBelow: "v",
        check: "+", cross: "x", circle: "o", filledCircle: "#", dot: ".", star: "*", pencil: "R", section: "$",
        flag: "!", triangleRight: ">", triangleUp: "^", square: "#", diamond: "M", periodStart: "[", periodEnd: "]",
        rising: "+", falling: "-", steady: "=", branch: "-", pause: "=", note: "N", decision: "D")
}
