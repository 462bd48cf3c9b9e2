import Foundation
import Testing

@testable import SVGPlot

/// Protects the reuse behind "each curve sampled once": the first look and every pass of
/// a `CurveSampler` share one table of values, and a pass does not depend on the passes
/// before it.
@Suite struct CurveSamplerTests {
    static let scale = AdaptiveSamplerTests.scale(x: -6...6, y: -0.2...1.2)

    @Test("A pass reuses the first look; the same scale again costs nothing, a finer one only new points")
    func reuse() {
        let counter = CountingFunction(TestCurve.sigmoid)
        let sampler = CurveSampler(counter.function, from: -6, to: 6, gridPixelsPerUnit: 592.0 / 12)
        let look = sampler.firstLook()
        let afterLook = counter.count
        #expect(look.count == afterLook)
        let curve = sampler.curve(for: Self.scale)
        let afterPass = counter.count
        #expect(afterPass > afterLook)
        #expect(sampler.curve(for: Self.scale) == curve)
        #expect(counter.count == afterPass, "the same scale again: no call")
        let finer = PageScale(x: Self.scale.x * 2, y: Self.scale.y * 2, visibleY: Self.scale.visibleY)
        let fine = sampler.curve(for: finer)
        #expect(counter.count > afterPass)
        #expect(counter.repeated == 0)
        #expect(fine.vertexCount > curve.vertexCount)
        // The same pass from a fresh sampler: what came before changes nothing.
        let fresh = CurveSampler(TestCurve.sigmoid, from: -6, to: 6, gridPixelsPerUnit: 592.0 / 12)
        #expect(fresh.curve(for: finer) == fine)
        #expect(fresh.curve(for: Self.scale) == curve)
    }

    @Test("The first look: the ends, both sides of each jump, the grid, four probes per grid interval")
    func firstLook() {
        let counter = CountingFunction { $0 < 0 ? 0 : 1 }
        // 32 px per unit: each 2-unit piece is a grid of two 32 px intervals.
        let sampler = CurveSampler(counter.function, from: -2, to: 2, jumps: [0], gridPixelsPerUnit: 32)
        let xs = Set(sampler.firstLook().map(\.x))
        // −2 and 2; 0 and a double either side; one inner grid point per piece; 4 × 4 probes.
        #expect(xs.count == 23 && counter.count == 23)
        #expect(xs.isSuperset(of: [-2, 2, 0, (0.0).nextDown, (0.0).nextUp]))
        // Flat pieces pass the chord test on the first probes: drawing costs no more call.
        let curve = sampler.curve(for: AdaptiveSamplerTests.scale(x: -2...2, y: -0.2...1.2))
        #expect(counter.count == 23)
        #expect(curve.discontinuities == [Discontinuity(x: 0, left: 0, value: 1, right: 1)])
    }

    @Test("Uniform mode: the first look is the samples", arguments: [2, 11, 50])
    func uniformLook(count: Int) {
        let counter = CountingFunction { $0 * $0 }
        let sampler = CurveSampler(counter.function, from: -1, to: 1, gridPixelsPerUnit: 1, mode: .uniform(count: count))
        let look = sampler.firstLook()
        #expect(look.count == count)
        #expect(sampler.curve(for: PageScale(x: 500, y: 500)).segments == [look.sorted { $0.x < $1.x }])
        #expect(counter.count == count)
    }
}
