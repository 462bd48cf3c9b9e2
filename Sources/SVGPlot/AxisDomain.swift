/// Turns the domains a caller gives (or leaves out) into finite, non-empty ones.
enum AxisDomain {
    /// Data beyond this magnitude is treated as this magnitude, so widths stay finite.
    static let limit = 1e300

    /// A finite domain of positive width.
    ///
    /// - Infinite bounds are clamped to ±1e300.
    /// - A zero-width domain `a...a` becomes `a ± |a|/10`, or `-1...1` when `a` is 0.
    static func sanitized(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        let lower = clamp(domain.lowerBound), upper = clamp(domain.upperBound)
        guard lower < upper else { return widened(around: lower) }
        return lower...upper
    }

    /// The y range fitted to the finite points whose x lies in `xDomain`, with a 5 %
    /// margin, widened outwards to whole multiples of a round tick step; also keeps that
    /// step so the axis can reuse it.
    ///
    /// With no finite point the range is `-1...1`; with one value `v` it is widened
    /// around `v` as in ``sanitized(_:)`` before the margin is added.
    ///
    /// - Parameter curves: polylines per curve, as ``SampledCurve/segments``.
    static func fitted(to curves: [[[PlotPoint]]], over xDomain: ClosedRange<Double>, tickCount: Int) -> YRange {
        var low = Double.infinity, high = -Double.infinity
        for segments in curves {
            for segment in segments {
                for point in segment where point.isFinite && xDomain.contains(point.x) {
                    let y = clamp(point.y)
                    low = min(low, y)
                    high = max(high, y)
                }
            }
        }
        guard low <= high else { return YRange(domain: -1...1, step: TickStep(multiplier: 5, exponent: -1)) }
        var domain = low < high ? low...high : widened(around: low)
        let margin = (domain.upperBound / 2 - domain.lowerBound / 2) * 0.1  // 5 % of width
        domain = clamp(domain.lowerBound - margin)...clamp(domain.upperBound + margin)
        guard let step = NiceTicks.step(for: domain, approximately: tickCount) else {
            return YRange(domain: domain, step: nil)
        }
        let size = step.value
        let first = (domain.lowerBound / size).rounded(.down)
        let last = (domain.upperBound / size).rounded(.up)
        guard first.magnitude < 1e15, last.magnitude < 1e15 else { return YRange(domain: domain, step: nil) }
        let lower = NiceTicks.value(significand: Int(first) * step.multiplier, exponent: step.exponent)
        let upper = NiceTicks.value(significand: Int(last) * step.multiplier, exponent: step.exponent)
        guard lower.isFinite, upper.isFinite, lower < upper else { return YRange(domain: domain, step: nil) }
        return YRange(domain: lower...upper, step: step)
    }

    /// The y range to show when a few values dwarf the rest, as near the pole of 1/x: the
    /// 2nd to 98th percentile of the finite values over x with a 10 % margin, if the full
    /// range is more than 10 times wider than that; `nil` (fit everything) otherwise, and
    /// with fewer than 50 finite values.
    ///
    /// "Over x": each point weighs a quarter of the distance between its neighbours in x
    /// (a uniform factor: only the weights' ratios matter), so the
    /// 2 % cut off at either end are the values taken on 2 % of the x range, however
    /// densely the points lie there. Uniform samples weigh alike; refined ones crowd
    /// where the curve bends, as at a pole, and would otherwise count its values many
    /// times over.
    ///
    /// Why: fitting 1/x sampled a hair from 0 gives a y range of ±10¹⁶, in which every
    /// curve is a flat line and no jump is more than a pixel high.
    ///
    /// - Parameter curves: the points of each curve, in any order (what a sampler has
    ///   computed); points of different curves are not each other's neighbours.
    static func poleFree(_ curves: [[PlotPoint]]) -> ClosedRange<Double>? {
        var weighted: [(y: Double, weight: Double)] = []
        weighted.reserveCapacity(curves.reduce(0) { $0 + $1.count })
        for points in curves {
            // Samplers mostly hand their points over in order already; checking is linear.
            let inOrder = zip(points, points.dropFirst()).allSatisfy { $0.x <= $1.x }
            let sorted = inOrder ? points : points.sorted { $0.x < $1.x }
            for (index, point) in sorted.enumerated() where point.y.isFinite {
                let before = sorted[max(index - 1, 0)].x, after = sorted[min(index + 1, sorted.count - 1)].x
                // Halved before subtracting: x may span ±10³⁰⁸, whose difference overflows.
                weighted.append((point.y, (after / 2 - before / 2) / 2))
            }
        }
        guard weighted.count >= 50 else { return nil }
        weighted.sort { $0.y < $1.y }
        let tail = weighted.reduce(0) { $0 + $1.weight } / 50
        guard tail > 0, tail.isFinite, let lowest = weighted.first?.y, let highest = weighted.last?.y else { return nil }
        let low = percentile(weighted, beyond: tail), high = percentile(weighted.reversed(), beyond: tail)
        let width = high - low
        guard width > 0, highest - lowest > 10 * width else { return nil }
        return (low - width / 10)...(high + width / 10)
    }

    /// The first value at which the weights summed from the start pass `tail`.
    private static func percentile(_ weighted: some Sequence<(y: Double, weight: Double)>, beyond tail: Double) -> Double {
        var sum = 0.0, last = 0.0
        for item in weighted {
            sum += item.weight
            last = item.y
            if sum > tail { break }
        }
        return last
    }

    private static func clamp(_ value: Double) -> Double {
        min(max(value, -limit), limit)
    }

    private static func widened(around value: Double) -> ClosedRange<Double> {
        let half = value == 0 ? 1 : value.magnitude / 10
        return (value - half)...(value + half)
    }
}
