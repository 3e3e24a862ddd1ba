import Testing
@testable import TerminalKit

@Suite struct ChartTests {
    func chart(_ points: [(Double, Double)], markers: [Chart.Marker] = []) -> Chart {
        Chart(points: points.map { Chart.Point(x: $0.0, y: $0.1) }, xRange: 0...100, yRange: 1...7, markers: markers,
              yLabels: ("1", "7"), xLabels: ("start", "end"))
    }

    func draw(_ chart: Chart, unicode: Bool, size: Size = Size(width: 30, height: 8)) -> [String] {
        var canvas = Canvas(size: size, theme: .builtIn, colors: 256, unicode: unicode)
        chart.draw(on: &canvas, in: canvas.bounds)
        return canvas.buffer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func aRisingLineGoesFromBottomLeftToTopRight() {
        let rows = draw(chart([(0, 1), (100, 7)]), unicode: false)
        // Plot rows 0-5, marker row 6, dates row 7; the plot starts after "7 |".
        #expect(rows[5].dropFirst(3).hasPrefix("*"), "lowest value at the left, bottom row:\n\(rows.joined(separator: "\n"))")
        #expect(rows[0].hasSuffix("*"), "highest value at the right, top row")
        #expect(rows[0].hasPrefix("7 |") && rows[5].hasPrefix("1 |"))
        #expect(rows[7].contains("start") && rows[7].hasSuffix("end"))
    }

    @Test func brailleDotsJoinThePoints() {
        let rows = draw(chart([(0, 1), (50, 7), (100, 1)]), unicode: true)
        let braille = rows.prefix(6).map { $0.unicodeScalars.filter { (0x2801...0x28FF).contains($0.value) }.count }
        #expect(braille.allSatisfy { $0 > 0 }, "a continuous line touches every row:\n\(rows.joined(separator: "\n"))")
        #expect(rows[0].contains("│"))
    }

    @Test func markersSitAtTheirDates() {
        let rows = draw(chart([(0, 4), (100, 4)], markers: [Chart.Marker(x: 0, symbol: "R", role: .accent),
                                                            Chart.Marker(x: 100, symbol: "M", role: .muted)]), unicode: false)
        #expect(rows[6] == "  +R" + String(repeating: " ", count: 25) + "M")
    }

    @Test func tooSmallDrawsNothing() {
        let rows = draw(chart([(0, 1)]), unicode: true, size: Size(width: 5, height: 3))
        #expect(rows.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty })
    }
}
