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

    /// The y domain fitted to the finite samples whose x lies in `xDomain`, with a 5 %
    /// margin, widened outwards to whole multiples of a round tick step; also returns
    /// that step so the axis can reuse it.
    ///
    /// With no finite sample the domain is `-1...1`; with one value `v` it is widened
    /// around `v` as in ``sanitized(_:)`` before the margin is added.
    static func fitted(
        to series: [PlotSeries],
        over xDomain: ClosedRange<Double>,
        tickCount: Int
    ) -> (domain: ClosedRange<Double>, step: TickStep?) {
        var low = Double.infinity, high = -Double.infinity
        for item in series {
            for segment in item.segments {
                for point in segment where point.isFinite && xDomain.contains(point.x) {
                    let y = clamp(point.y)
                    low = min(low, y)
                    high = max(high, y)
                }
            }
        }
        guard low <= high else { return (-1...1, TickStep(multiplier: 5, exponent: -1)) }
        var domain = low < high ? low...high : widened(around: low)
        let margin = (domain.upperBound / 2 - domain.lowerBound / 2) * 0.1 // 5 % of width
        domain = clamp(domain.lowerBound - margin)...clamp(domain.upperBound + margin)
        guard let step = NiceTicks.step(for: domain, approximately: tickCount) else {
            return (domain, nil)
        }
        let size = step.value
        let first = (domain.lowerBound / size).rounded(.down)
        let last = (domain.upperBound / size).rounded(.up)
        guard first.magnitude < 1e15, last.magnitude < 1e15 else { return (domain, nil) }
        let lower = NiceTicks.value(significand: Int(first) * step.multiplier, exponent: step.exponent)
        let upper = NiceTicks.value(significand: Int(last) * step.multiplier, exponent: step.exponent)
        guard lower.isFinite, upper.isFinite, lower < upper else { return (domain, nil) }
        return (lower...upper, step)
    }

    private static func clamp(_ value: Double) -> Double {
        min(max(value, -limit), limit)
    }

    private static func widened(around value: Double) -> ClosedRange<Double> {
        let half = value == 0 ? 1 : value.magnitude / 10
        return (value - half)...(value + half)
    }
}
