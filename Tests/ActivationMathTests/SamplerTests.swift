import ActivationMath
import Testing

/// Protects plotting samples: exact ends, exact kinks, sorted, no duplicates, clamped count.
@Suite("Sampler")
struct SamplerTests {
    @Test("A kink on the grid appears once")
    func kinkOnGrid() {
        let xs = Sampler.samples(of: ReLU(), from: -1, to: 2, count: 4).map(\.x)
        #expect(xs == [-1, 0, 1, 2])
    }

    @Test("A kink between grid points is inserted exactly")
    func kinkBetweenGridPoints() {
        let samples = Sampler.samples(of: ReLU(), from: -1, to: 1, count: 4)
        #expect(samples.map(\.x) == [-1, -1.0 / 3, 0, 1.0 / 3, 1])
        let kink = samples[2]
        #expect(kink == Sample(x: 0, value: 0, derivative: 0))
        #expect(Sampler.samples(of: ReLU(), from: -1, to: 1, count: 2).map(\.x) == [-1, 0, 1])
    }

    @Test("Symmetric intervals give symmetric grids")
    func symmetric() {
        let xs = Sampler.samples(of: Tanh(), from: -7.3, to: 7.3, count: 301).map(\.x)
        #expect(xs.count == 301)
        #expect(zip(xs, xs.reversed()).allSatisfy { $0 == -$1 })
        #expect(xs[150] == 0)
    }

    @Test("Kinks at an end or outside the interval are not added")
    func kinkAtEnd() {
        #expect(Sampler.samples(of: ReLU(), from: 0, to: 1, count: 3).map(\.x) == [0, 0.5, 1])
        #expect(Sampler.samples(of: ReLU(), from: 1, to: 2, count: 2).map(\.x) == [1, 2])
        // elu with α = 1 has no kink; with α = 0.5 it has one at 0.
        #expect(Sampler.samples(of: ELU(), from: -1, to: 1, count: 2).count == 2)
        #expect(Sampler.samples(of: ELU(alpha: 0.5), from: -1, to: 1, count: 2).map(\.x) == [-1, 0, 1])
    }

    @Test("Samples are strictly increasing and hold the function's values")
    func sortedAndEvaluated() {
        let f = LeakyReLU(negativeSlope: 0.2)
        for (a, b, n) in [(-5.0, 5.0, 101), (-3.7, 0.3, 17), (-1e308, 1e308, 1001), (-1e-300, 1e-300, 7)] {
            let samples = Sampler.samples(of: f, from: a, to: b, count: n)
            #expect(samples.first?.x == a && samples.last?.x == b)
            #expect(zip(samples, samples.dropFirst()).allSatisfy { $0.x < $1.x }, "[\(a), \(b)]")
            #expect(samples.contains { $0.x == 0 })
            #expect(samples.allSatisfy { $0.value == f.value($0.x) && $0.derivative == f.derivative($0.x) })
        }
    }

    @Test("count is clamped to 2...100_000")
    func clamp() {
        #expect(Sampler.samples(of: Sigmoid(), from: -1, to: 1, count: 0).count == 2)
        #expect(Sampler.samples(of: Sigmoid(), from: -1, to: 1, count: -5).count == 2)
        #expect(Sampler.samples(of: Sigmoid(), from: -1, to: 1, count: .max).count == 100_000)
    }

    @Test("Degenerate intervals never trap")
    func degenerate() {
        #expect(Sampler.samples(of: ReLU(), from: 2, to: -1, count: 4).map(\.x) == [-1, 0, 1, 2])
        #expect(Sampler.samples(of: ReLU(), from: 3, to: 3, count: 10).map(\.x) == [3])
        #expect(Sampler.samples(of: ReLU(), from: -.infinity, to: 1, count: 10).isEmpty)
        #expect(Sampler.samples(of: ReLU(), from: 0, to: .nan, count: 10).isEmpty)
        // Ends one ulp apart: the grid collapses onto the two ends without duplicates.
        let tiny = Sampler.samples(of: Tanh(), from: 1, to: 1.0.nextUp, count: 50).map(\.x)
        #expect(tiny == [1, 1.0.nextUp])
    }
}
