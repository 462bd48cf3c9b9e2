import AtlasTestSupport
import Testing

@testable import SVGPlot

/// Protects ``FunctionValues``: each x is computed once and always gets its own value
/// back, through the table's growth, for neighbouring doubles, ±0 and huge magnitudes.
@Suite struct FunctionValuesTests {
    @Test func eachXIsComputedOnceAndAnsweredWithItsOwnValue() {
        var calls = 0
        let values = FunctionValues { x in
            calls += 1
            return x * 3 + 1
        }
        var random = SeededGenerator(seed: 0xF00D)
        var xs: [Double] = [0, -0.0, 1, 1.0.nextUp, 1.0.nextDown, .greatestFiniteMagnitude, -.leastNonzeroMagnitude]
        xs += (0..<20_000).map { _ in Double.random(in: -10...10, using: &random) }
        xs += (0..<2_000).map { Double($0) * 0.001 }  // a grid, as the sampler asks
        var expected: [UInt64: Double] = [:]
        for x in xs + xs.reversed() + xs {
            #expect(values(x).bitPattern == (x * 3 + 1).bitPattern)
            expected[x.bitPattern] = x * 3 + 1
        }
        #expect(calls == expected.count)
        #expect(values.evaluations == expected.count)
        #expect(values.computed.map(\.x.bitPattern) == uniqueInOrder(xs.map(\.bitPattern)))
    }

    @Test func theBudgetStopsNewCallsButNotKnownValues() {
        let values = FunctionValues { $0 }
        for index in 0..<AdaptiveSampler.maximumEvaluations { _ = values(Double(index)) }
        #expect(values.withinBudget(0.5) == nil)
        #expect(values.withinBudget(7) == 7)
    }

    @Test func aNaNIsComputedAndNotKept() {
        let values = FunctionValues { $0.isNaN ? 5 : $0 }
        _ = values(1)
        // UInt64.max is also the table's empty mark.
        for x in [Double.nan, Double(bitPattern: UInt64.max), -.nan] {
            #expect(values(x) == 5)
            #expect(values.withinBudget(x) == 5)
        }
        #expect(values.evaluations == 1)
        #expect(values(1) == 1)
    }

    private func uniqueInOrder(_ keys: [UInt64]) -> [UInt64] {
        var seen = Set<UInt64>()
        return keys.filter { seen.insert($0).inserted }
    }
}
