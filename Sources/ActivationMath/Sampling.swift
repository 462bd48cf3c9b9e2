/// One point of a plotted curve: x, f(x) and f′(x), all in Double.
public struct Sample: Sendable, Equatable {
    public let x: Double
    public let value: Double
    public let derivative: Double

    public init(x: Double, value: Double, derivative: Double) {
        self.x = x
        self.value = value
        self.derivative = derivative
    }
}

/// Samples activations for plotting, with kinks placed exactly.
public enum Sampler {
    /// `count` uniform points over [a, b] plus every kink inside (a, b) placed exactly,
    /// sorted by x, without duplicates.
    ///
    /// Samples for plotting: the uniform points include both ends exactly; a kink that
    /// coincides with a uniform point appears once. `count` is clamped to 2...100_000.
    /// If a > b the ends are swapped; if a == b the result is the single point a; if
    /// either end is not finite the result is empty (there is no finite grid to draw).
    ///
    /// ```swift
    /// Sampler.samples(of: ReLU(), from: -1, to: 2, count: 4).map(\.x)   // [-1, 0, 1, 2]
    /// Sampler.samples(of: ReLU(), from: -1, to: 1, count: 2).map(\.x)   // [-1, 0, 1]
    /// ```
    public static func samples(of f: any Activation, from a: Double, to b: Double, count: Int) -> [Sample] {
        guard a.isFinite, b.isFinite else { return [] }
        let (low, high) = a <= b ? (a, b) : (b, a)
        let n = min(max(count, 2), 100_000)
        var xs = low == high ? [low] : (0..<n).map { grid($0, of: n, from: low, to: high) }
        let metadata = f.metadata
        xs += (metadata.kinks + metadata.jumps).filter { $0 > low && $0 < high }
        xs.sort()
        var unique: [Double] = []
        unique.reserveCapacity(xs.count)
        // Why ==: it also merges −0 and +0, which would otherwise plot as two points.
        for x in xs where unique.last.map({ $0 != x }) ?? true {
            unique.append(x)
        }
        return unique.map { Sample(x: $0, value: f.value(at: $0), derivative: f.derivative(at: $0)) }
    }

    /// The i-th of n uniform points over [low, high], the ends exact.
    private static func grid(_ i: Int, of n: Int, from low: Double, to high: Double) -> Double {
        if i == 0 { return low }
        if i == n - 1 { return high }
        let steps = Double(n - 1)
        // Why this form: (low·(n−1−i) + high·i)/(n−1) rounds each point from exact integer
        // weights, so the grid of [−1, 1] hits 0 and ±1/3 correctly rounded and symmetric
        // intervals give symmetric grids. The products overflow when the ends are near
        // ±greatestFiniteMagnitude; the blend (1−t)·low + t·high cannot.
        let weighted = (low * (steps - Double(i)) + high * Double(i)) / steps
        let t = Double(i) / steps
        let x = weighted.isFinite ? weighted : (1 - t) * low + t * high
        return min(max(x, low), high)
    }
}
