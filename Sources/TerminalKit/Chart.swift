/// A line chart in a rectangle of cells: braille dots (2×4 per cell) where Unicode can be drawn, else
/// ASCII points. The x axis is linear (days, for example), so uneven gaps between points show as such;
/// markers (revisions, meetings) sit on their own row under the plot at their x.
public struct Chart: Sendable {
    public struct Point: Equatable, Sendable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    public struct Marker: Equatable, Sendable {
        public var x: Double
        public var symbol: String
        public var role: Role
        public init(x: Double, symbol: String, role: Role) {
            self.x = x
            self.symbol = symbol
            self.role = role
        }
    }

    public var points: [Point]
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    public var markers: [Marker]
    /// Labels for the y axis at its bottom and top, and for the x axis at its start and end.
    public var yLabels: (low: String, high: String)
    public var xLabels: (start: String, end: String)
    public var role: Role

    public init(points: [Point], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, markers: [Marker] = [],
                yLabels: (low: String, high: String), xLabels: (start: String, end: String), role: Role = .chart1) {
        self.points = points
        self.xRange = xRange
        self.yRange = yRange
        self.markers = markers
        self.yLabels = yLabels
        self.xLabels = xLabels
        self.role = role
    }

    /// Draws the chart: y labels at the left, the plot, a marker row, and the x labels under it.
    public func draw(on canvas: inout Canvas, in area: Rect) {
        let labelWidth = max(DisplayWidth.of(yLabels.low), DisplayWidth.of(yLabels.high)) + 1
        guard area.width > labelWidth + 4, area.height >= 4 else { return }
        let plot = Rect(x: area.x + labelWidth, y: area.y, width: area.width - labelWidth, height: area.height - 2)
        canvas.write(yLabels.high, x: area.x, y: plot.y, maxWidth: labelWidth - 1, role: .muted)
        canvas.write(yLabels.low, x: area.x, y: plot.maxY - 1, maxWidth: labelWidth - 1, role: .muted)
        let axis = canvas.unicode ? "│" : "|"
        for y in plot.y..<plot.maxY { canvas.write(axis, x: plot.x, y: y, role: .border) }
        let inner = Rect(x: plot.x + 1, y: plot.y, width: plot.width - 1, height: plot.height)
        if canvas.unicode {
            drawBraille(on: &canvas, in: inner)
        } else {
            drawASCII(on: &canvas, in: inner)
        }
        // Markers under the plot, then the dates.
        let markerY = plot.maxY
        canvas.write(canvas.unicode ? "└" : "+", x: plot.x, y: markerY, role: .border)
        for m in markers {
            let column = inner.x + column(of: m.x, width: inner.width)
            canvas.write(m.symbol, x: column, y: markerY, maxWidth: 1, role: m.role)
        }
        canvas.write(xLabels.start, x: inner.x, y: markerY + 1, maxWidth: inner.width, role: .muted)
        let endWidth = DisplayWidth.of(xLabels.end)
        if endWidth + DisplayWidth.of(xLabels.start) + 2 <= inner.width {
            canvas.write(xLabels.end, x: inner.maxX - endWidth, y: markerY + 1, role: .muted)
        }
    }

    func column(of x: Double, width: Int) -> Int {
        let span = max(xRange.upperBound - xRange.lowerBound, 1e-9)
        return min(width - 1, max(0, Int(((x - xRange.lowerBound) / span * Double(width - 1)).rounded())))
    }

    /// Dots in a grid `width` × `height`, each point joined to the next by a straight line.
    func dots(width: Int, height: Int) -> [(x: Int, y: Int)] {
        let xSpan = max(xRange.upperBound - xRange.lowerBound, 1e-9)
        let ySpan = max(yRange.upperBound - yRange.lowerBound, 1e-9)
        let scaled = points.map { p -> (Int, Int) in
            let x = Int(((p.x - xRange.lowerBound) / xSpan * Double(width - 1)).rounded())
            let t = min(1, max(0, (p.y - yRange.lowerBound) / ySpan))
            return (min(width - 1, max(0, x)), height - 1 - Int((t * Double(height - 1)).rounded()))
        }
        guard let first = scaled.first else { return [] }
        var result = [first]
        for (a, b) in zip(scaled, scaled.dropFirst()) {
            let steps = max(abs(b.0 - a.0), abs(b.1 - a.1), 1)
            for i in 1...steps {
                let x = a.0 + (b.0 - a.0) * i / steps, y = a.1 + (b.1 - a.1) * i / steps
                result.append((x, y))
            }
        }
        return result
    }

    private func drawBraille(on canvas: inout Canvas, in rect: Rect) {
        // Braille cell dot bits, by column (0, 1) and row (0-3).
        let bits: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        var cells = [Int: UInt32]()
        for (x, y) in dots(width: rect.width * 2, height: rect.height * 4) {
            cells[(y / 4) * rect.width + x / 2, default: 0] |= bits[x % 2][y % 4]
        }
        for (index, pattern) in cells {
            guard let scalar = Unicode.Scalar(0x2800 + pattern) else { continue }
            canvas.write(String(Character(scalar)), x: rect.x + index % rect.width, y: rect.y + index / rect.width, role: role)
        }
    }

    private func drawASCII(on canvas: inout Canvas, in rect: Rect) {
        for (x, y) in dots(width: rect.width, height: rect.height) {
            canvas.write("*", x: rect.x + x, y: rect.y + y, role: role)
        }
    }
}
