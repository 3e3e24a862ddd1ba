/// A terminal colour as a theme names it; degraded to what the terminal can show when drawn.
public enum Color: Equatable, Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 standard colours: 0-7 normal, 8-15 bright.
    case standard(Int)
    /// An index into the 256-colour palette.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.standard(0), red = Color.standard(1), green = Color.standard(2),
        yellow = Color.standard(3), blue = Color.standard(4), magenta = Color.standard(5), cyan = Color.standard(6),
        white = Color.standard(7), brightBlack = Color.standard(8), brightRed = Color.standard(9),
        brightGreen = Color.standard(10), brightYellow = Color.standard(11), brightBlue = Color.standard(12),
        brightMagenta = Color.standard(13), brightCyan = Color.standard(14), brightWhite = Color.standard(15)

    static let names: [String: Color] = [
        "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
        "magenta": .magenta, "cyan": .cyan, "white": .white, "gray": .brightBlack, "grey": .brightBlack,
        "bright-black": .brightBlack, "bright-red": .brightRed, "bright-green": .brightGreen,
        "bright-yellow": .brightYellow, "bright-blue": .brightBlue, "bright-magenta": .brightMagenta,
        "bright-cyan": .brightCyan, "bright-white": .brightWhite,
    ]

    /// Parses a name ("red", "bright-blue"), an index ("208") or "#rrggbb".
    public init?(parsing text: String) {
        let t = text.lowercased()
        if let named = Color.names[t] {
            self = named
        } else if let n = Int(t), (0...255).contains(n) {
            self = n < 16 ? .standard(n) : .indexed(n)
        } else if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        } else {
            return nil
        }
    }

    /// The standard colours a terminal's background usually is: black, white and bright white.
    static let backgroundLike: Set<Int> = [0, 7, 15]

    /// A grey (or black or white): meant as a quieter or louder text, not as a hue.
    var isGrey: Bool {
        let rgb: (Int, Int, Int)
        switch self {
        case .default: return false
        case let .standard(n): return [0, 7, 8, 15].contains(n)
        case let .indexed(n): rgb = Color.rgbOfIndex(n)
        case let .rgb(r, g, b): rgb = (Int(r), Int(g), Int(b))
        }
        return max(rgb.0, rgb.1, rgb.2) - min(rgb.0, rgb.1, rgb.2) < 32
    }

    /// The closest colour a terminal with `colors` colours can show: -1 for the default.
    public func index(forTerminalColors colors: Int) -> Int {
        switch self {
        case .default:
            return -1
        case let .standard(n):
            return colors >= 16 ? n : n % 8
        case let .indexed(n):
            if colors >= 256 { return n }
            return Color.nearestStandard(rgb: Color.rgbOfIndex(n), colors: colors)
        case let .rgb(r, g, b):
            if colors >= 256 { return Color.nearestCube(r, g, b) }
            return Color.nearestStandard(rgb: (Int(r), Int(g), Int(b)), colors: colors)
        }
    }

    static let standardRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgbOfIndex(_ n: Int) -> (Int, Int, Int) {
        if n < 16 { return standardRGB[max(0, n)] }
        if n >= 232 { let v = 8 + (n - 232) * 10; return (v, v, v) }
        let i = n - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    static func nearestCube(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
        return 16 + 36 * level(r) + 6 * level(g) + level(b)
    }

    static func nearestStandard(rgb: (Int, Int, Int), colors: Int) -> Int {
        // Greys by lightness: the nearest hue could be yellow or cyan, which means something else.
        let high = max(rgb.0, rgb.1, rgb.2), low = min(rgb.0, rgb.1, rgb.2)
        if high - low < 32 {
            let light = (rgb.0 + rgb.1 + rgb.2) / 3
            if colors >= 16 { return light < 64 ? 0 : light < 170 ? 8 : light < 235 ? 7 : 15 }
            return light < 80 ? 0 : 7
        }
        let count = colors >= 16 ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for i in 0..<count {
            let c = standardRGB[i]
            let d = (c.0 - rgb.0) * (c.0 - rgb.0) + (c.1 - rgb.1) * (c.1 - rgb.1) + (c.2 - rgb.2) * (c.2 - rgb.2)
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return best
    }
}

/// Text attributes that work without colour, so no state is ever shown by colour alone.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1)
    public static let reverse = Attributes(rawValue: 2)
    public static let underline = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)
}

public struct Style: Equatable, Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    public func adding(_ more: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(more)
        return s
    }
}
