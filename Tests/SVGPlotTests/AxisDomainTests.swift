import Foundation
import Testing

@testable import SVGPlot

/// Protects the pole-free y range: its percentiles are taken over x, so refined samples
/// crowded at a pole do not decide it by their number.
@Suite struct AxisDomainTests {
    /// 1/x over −1…2 at `count` uniform points that miss 0.
    static func uniformInverse(_ count: Int) -> [PlotPoint] {
        (0..<count).map { i in
            let x = -1 + 3 * (Double(i) + 0.5) / Double(count)
            return PlotPoint(x: x, y: 1 / x)
        }
    }

    @Test("Uniform samples: the values on 2 % of x at either end are left out")
    func uniform() throws {
        // 1/x exceeds 16.7 on 0 < x < 0.06, the top 2 % of the 3 wide range.
        var points = Self.uniformInverse(3_000)
        points.append(PlotPoint(x: 1e-9, y: 1e9))
        let range = try #require(AxisDomain.poleFree([points]))
        #expect(abs(range.upperBound - 16.7 * 1.1) < 2 && abs(range.lowerBound + 16.7 * 1.1) < 2)
    }

    @Test("Samples crowded at the pole count by the x they stand for, not by their number")
    func crowdedAtPole() throws {
        var points = Self.uniformInverse(100)
        // 2,000 refined points within 0.01 of the pole, where 1/x passes ±100.
        for i in 1...1_000 {
            let x = 0.01 * Double(i) / 1_000
            points += [PlotPoint(x: x, y: 1 / x), PlotPoint(x: -x, y: -1 / x)]
        }
        let range = try #require(AxisDomain.poleFree([points]))
        #expect(range.upperBound < 40 && range.lowerBound > -40)
    }

    @Test("A curve without a pole, or with too few values, has no pole-free range")
    func noPole() {
        let sigmoid = (0...200).map { i in
            let x = -6 + 12 * Double(i) / 200
            return PlotPoint(x: x, y: 1 / (1 + exp(-x)))
        }
        #expect(AxisDomain.poleFree([sigmoid]) == nil)
        #expect(AxisDomain.poleFree([Array(Self.uniformInverse(3_000).prefix(49))]) == nil)
        // x spanning ±10³⁰⁸: the weights do not overflow into a NaN range.
        let wide = AxisDomain.poleFree([[PlotPoint(x: -1e308, y: 1)] + Self.uniformInverse(60) + [PlotPoint(x: 1e308, y: 2)]])
        #expect(wide.map { $0.lowerBound.isFinite && $0.upperBound.isFinite } == true)
    }
}
