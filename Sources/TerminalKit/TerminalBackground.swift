/// Whether the terminal draws on a light or a dark background, as far as its environment says.
public enum TerminalBackground: Equatable, Sendable {
    case light, dark

    /// From `COLORFGBG` ("15;0", "0;default;15"), which rxvt, Konsole and iTerm2 set: the last field
    /// is the background's colour number, light for 7 and 9-15 and dark for 0-6 and 8, by rxvt's
    /// convention. Nil when it is absent or says nothing (`default`). Asking the terminal itself
    /// (OSC 11) is not done: a reply that comes after the screen has started, as it can over a slow
    /// ssh link, would arrive as keys typed.
    public init?(colorFGBG: String?) {
        guard let value = colorFGBG, let last = value.split(separator: ";").last, let colour = Int(last),
              (0...15).contains(colour) else { return nil }
        self = colour == 7 || colour >= 9 ? .light : .dark
    }
}
