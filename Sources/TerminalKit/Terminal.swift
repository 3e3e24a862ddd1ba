/// What screens need of a terminal. The ncurses backend implements it for real terminals; the test
/// terminal renders into memory.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// How many colours it can show: 0 for none (also when NO_COLOR is set), 8, 16 or 256.
    var colors: Int { get }
    /// Whether it can draw Unicode (box lines, blocks, æøå); false means ASCII fallbacks.
    var supportsUnicode: Bool { get }
    /// Draws a frame. Backends send only what changed since the last frame.
    func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?)
    /// The next event, or nil when `timeoutMilliseconds` passed without one.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}

/// A terminal in memory for tests: events are queued, frames are kept.
public final class TestTerminal: Terminal {
    public private(set) var size: Size
    public var colors: Int
    public var supportsUnicode: Bool
    public private(set) var frames: [Buffer] = []
    public private(set) var cursor: (x: Int, y: Int)?
    private var events: [TerminalEvent] = []

    public init(size: Size, colors: Int = 256, supportsUnicode: Bool = true) {
        self.size = size
        self.colors = colors
        self.supportsUnicode = supportsUnicode
    }

    public var lastFrame: Buffer? { frames.last }

    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        frames.append(buffer)
        self.cursor = cursor
    }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    public func send(_ keys: Key...) { events += keys.map(TerminalEvent.key) }

    public func type(_ text: String) { events += text.map { TerminalEvent.key(.character($0)) } }

    public func resize(to size: Size) {
        self.size = size
        events.append(.resize(size))
    }

    public var pendingEvents: Int { events.count }
}
