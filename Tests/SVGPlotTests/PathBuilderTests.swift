import AtlasTestSupport
import Testing

@testable import SVGPlot

/// Protects path data: relative steps, subpaths per segment, breaks and bounded numbers.
@Suite struct PathBuilderTests {
    /// 1 data unit = 1 px on both axes, y not flipped, plot area 0…100.
    let scale = LinearScale(domain: 0...100, start: 0, end: 100)
    let band = BandClipper(plotX: 0, y: 0, width: 100, height: 100)

    func path(_ segments: [[(Double, Double)]]) -> String {
        PathBuilder.pathData(segments: segments.map(Fixtures.points), x: scale, y: scale, band: band)
    }

    @Test func relativeStepsAfterOneMove() {
        let data = PathBuilder.pathData([
            [
                PixelPoint(x: 10, y: 20), PixelPoint(x: 11.2, y: 19.6), PixelPoint(x: 12.5, y: 19.6),
            ]
        ])
        #expect(data == "M10 20l1.2-0.4 1.3 0")
    }

    @Test func roundingDoesNotAccumulate() {
        // 100 steps of 0.14 px: each rounds to 0.1, but the end must be at 14, not 10.
        let points = (0...100).map { PixelPoint(x: Double($0) * 0.14, y: Double($0 % 2)) }
        let end = absolutePoints(PathBuilder.pathData([points])).last
        #expect(((end?.0 ?? 0) - 14).magnitude < 1e-9)
    }

    @Test func collinearStepsAndRepeatsMerge() {
        #expect(path([[(0, 0), (1, 1), (2, 2), (2, 2), (3, 3)]]) == "M0 0l3 3")
        // A reversal is not merged.
        #expect(path([[(0, 0), (2, 0), (1, 0)]]) == "M0 0l2 0-1 0")
    }

    @Test func segmentsBecomeSeparateSubpaths() {
        let data = path([[(0, 0), (50, 0)], [(50, 10), (100, 10)]])
        #expect(data == "M0 0l50 0M50 10l50 0")
    }

    @Test func nonFinitePointsSplitASegment() {
        let data = path([[(0, 0), (10, 10), (20, .nan), (30, 30), (40, 40), (.infinity, 1), (60, 60), (70, 70)]])
        #expect(subpathCount(data) == 3)
        #expect(data == "M0 0l10 10M30 30l10 10M60 60l10 10")
    }

    @Test func nanEverywhereDrawsNothing() {
        #expect(path([[(.nan, .nan), (1, .nan)], [], [(.nan, 2)]]) == "")
        #expect(path([]) == "")
    }

    @Test func singlePointIsADot() {
        #expect(path([[(5, 5)]]) == "M5 5l0 0")
    }

    @Test func farPointsAreCutToTheBand() {
        // The plot is 100 px: the band reaches from −1000 to 1100 on each axis.
        let data = path([[(10, 10), (20, 1e200), (30, 20), (40, -1e300), (50, 30)]])
        let coordinates = absolutePoints(data)
        #expect(!coordinates.isEmpty)
        #expect(coordinates.allSatisfy { (-1000...1100).contains($0.0) && (-1000...1100).contains($0.1) })
        #expect(!data.contains("e") && !data.contains("n"))
        #expect(subpathCount(data) == 3)
    }

    @Test func cuttingKeepsTheVisibleLineExact() {
        // From (50, 50) towards (60, 1e9): inside the band the line is essentially
        // vertical, so the cut end must be at x ≈ 50 on the band's edge y = 1100.
        let coordinates = absolutePoints(path([[(50, 50), (60, 1e9)]]))
        #expect(coordinates.count == 2)
        #expect(coordinates.last?.0 == 50)
        #expect(coordinates.last?.1 == 1100)
    }

    @Test func lineThroughThePlotBetweenTwoFarPoints() {
        // Both ends far outside, yet the line crosses the plot: it must still be drawn.
        let coordinates = absolutePoints(path([[(50, -1e12), (50, 1e12)]]))
        #expect(coordinates.count == 2)
        #expect(coordinates.first?.1 == -1000)
        #expect(coordinates.last?.1 == 1100)
    }

    @Test func hugeDataDoesNotOverflow() {
        let data = path([[(0, -Double.greatestFiniteMagnitude), (1, Double.greatestFiniteMagnitude), (2, 0)]])
        #expect(!data.isEmpty)
        #expect(absolutePoints(data).allSatisfy { $0.1.magnitude <= 1100 })
    }
}
