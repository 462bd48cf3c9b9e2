import Testing

@testable import SVGPlot

/// Protects the round tick values every axis is built on.
@Suite struct NiceTicksTests {
    @Test func symmetricRangeUsesStepsOfTwoOrOne() {
        #expect(NiceTicks.ticks(in: -5...5, approximately: 5) == [-4, -2, 0, 2, 4])
        #expect(NiceTicks.ticks(in: -5...5, approximately: 10) == [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5])
    }

    @Test func unitRangeGivesExactDecimals() {
        // 0.6 must be the Double nearest 0.6, not 3 × 0.2 = 0.6000000000000001.
        #expect(NiceTicks.ticks(in: 0...1, approximately: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.ticks(in: 0...1, approximately: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    }

    @Test func smallAsymmetricRange() {
        #expect(NiceTicks.ticks(in: -0.003...0.007, approximately: 5) == [-0.002, 0, 0.002, 0.004, 0.006])
        let labels = NiceTicks.makeTicks(in: -0.003...0.007, approximately: 5).map(\.label)
        #expect(labels == ["\u{2212}0.002", "0", "0.002", "0.004", "0.006"])
    }

    @Test func tinyRangeUsesScientificLabels() {
        let ticks = NiceTicks.makeTicks(in: 1e-12...5e-12, approximately: 4)
        #expect(ticks.map(\.value) == [1e-12, 2e-12, 3e-12, 4e-12, 5e-12])
        #expect(ticks.map(\.label) == ["1e\u{2212}12", "2e\u{2212}12", "3e\u{2212}12", "4e\u{2212}12", "5e\u{2212}12"])
    }

    @Test(arguments: [
        0.0...1e300, -1e308...1e308, -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
        1e15...(1e15 + 10), 1.0...(1 + 1e-15), Double.leastNonzeroMagnitude...(2 * Double.leastNonzeroMagnitude), -1e-300...1e-300,
        123_456...123_789,
    ])
    func extremeRangesStayInsideAndOrdered(range: ClosedRange<Double>) {
        let ticks = NiceTicks.ticks(in: range, approximately: 6)
        #expect(!ticks.isEmpty)
        #expect(ticks.count <= 20)
        #expect(ticks.allSatisfy { $0.isFinite && range.contains($0) })
        #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func hugeRangeHasRoundValues() {
        #expect(NiceTicks.ticks(in: 0...1e6, approximately: 5) == [0, 2e5, 4e5, 6e5, 8e5, 1e6])
        #expect(NiceTicks.makeTicks(in: 0...1e6, approximately: 5).map(\.label).last == "1000000")
    }

    @Test func degenerateRangeDoesNotCrash() {
        #expect(NiceTicks.ticks(in: 3...3, approximately: 5) == [3])
        #expect(NiceTicks.ticks(in: 0...0, approximately: 5) == [0])
        #expect(NiceTicks.ticks(in: -Double.infinity...Double.infinity, approximately: 5) == [])
        #expect(NiceTicks.ticks(in: 0...Double.infinity, approximately: 5) == [])
    }

    @Test(arguments: [Int.min, -1, 0, 1, 1000, Int.max])
    func anyCountIsBounded(count: Int) {
        let ticks = NiceTicks.ticks(in: -1...1, approximately: count)
        #expect(!ticks.isEmpty)
        #expect(ticks.count <= 2_501)
    }

    @Test func endsThatAreRoundValuesAreKept() {
        #expect(NiceTicks.ticks(in: 0.3...0.7, approximately: 4) == [0.3, 0.4, 0.5, 0.6, 0.7])
    }

    @Test(
        "The smallest round step at least a value",
        arguments: [
            (0.03, 0.05), (0.0375, 0.05), (0.05, 0.05), (0.0501, 0.1), (1.0, 1.0), (1.5, 2.0), (3.0, 5.0), (7.0, 10.0),
            (12.0, 20.0), (4.9e-7, 5e-7),
        ])
    func stepAtLeast(least: Double, step: Double) {
        #expect(NiceTicks.step(atLeast: least) == step)
    }

    @Test("No step for nothing to step over", arguments: [0.0, -1.0, 1e-300, .infinity, .nan])
    func noStep(least: Double) {
        #expect(NiceTicks.step(atLeast: least) == nil)
    }
}
