/// Round tick values: steps of 1, 2 or 5 × 10ⁿ, as people write them on axes.
///
/// ```swift
/// NiceTicks.ticks(in: -5...5, approximately: 5)   // [-4, -2, 0, 2, 4]
/// NiceTicks.ticks(in: 0...1, approximately: 5)    // [0, 0.2, 0.4, 0.6, 0.8, 1]
/// ```
///
/// Edge cases: a degenerate range `a...a` gives `[a]`; a range with an infinite bound
/// gives `[]`; a range too narrow for its magnitude to hold distinct round values (such
/// as `1...(1 + 1e-15)`), or one of subnormal width, gives its two ends. `count` is
/// clamped to `1...1000`, so the result never has more than about 2 500 values.
public enum NiceTicks {
    /// Round values inside `range`, about `count` of them, in increasing order.
    ///
    /// Every value lies in `range` (values within a rounding error of an end are
    /// snapped onto it) and is the closest Double to its decimal, so `0.3` is `0.3`
    /// and not `0.30000000000000004`.
    public static func ticks(in range: ClosedRange<Double>, approximately count: Int) -> [Double] {
        makeTicks(in: range, approximately: count).map(\.value)
    }

    /// Like ``ticks(in:approximately:)`` but keeps each tick's exact decimal form for
    /// labelling.
    static func makeTicks(in range: ClosedRange<Double>, approximately count: Int) -> [Tick] {
        let lower = range.lowerBound, upper = range.upperBound
        guard lower.isFinite, upper.isFinite else { return [] }
        if lower == upper { return [Tick(fallback: lower)] }
        guard let step = step(for: range, approximately: count) else {
            return [Tick(fallback: lower), Tick(fallback: upper)]
        }
        return makeTicks(in: range, step: step)
    }

    /// The ticks of `range` at multiples of `step`.
    static func makeTicks(in range: ClosedRange<Double>, step: TickStep) -> [Tick] {
        let lower = range.lowerBound, upper = range.upperBound
        let size = step.value
        // A tolerance of 1e-9 steps absorbs the rounding of `lower / size`, so an end
        // that is itself a round value (0.3 with step 0.1) is kept.
        let first = (lower / size - 1e-9).rounded(.up)
        let last = (upper / size + 1e-9).rounded(.down)
        guard first.magnitude < 1e15, last.magnitude < 1e15, first <= last else {
            return lower == upper ? [Tick(fallback: lower)] : [Tick(fallback: lower), Tick(fallback: upper)]
        }
        var ticks: [Tick] = []
        for multiple in Int(first)...Int(last) {
            let significand = multiple * step.multiplier
            let exact = value(significand: significand, exponent: step.exponent)
            guard exact.isFinite else { continue }
            let value = min(max(exact, lower), upper)
            if let previous = ticks.last, previous.value == value { continue }
            ticks.append(Tick(value: value, significand: significand, exponent: step.exponent))
        }
        return ticks
    }

    /// The round step giving about `count` intervals across `range`, or `nil` when
    /// there is none (degenerate, non-finite or subnormal-width range).
    ///
    /// The raw step `width / count` is rounded, on a log scale, to the nearest of 1, 2,
    /// 5 and 10 × 10ⁿ: the thresholds are the geometric means √2, √10 and √50.
    static func step(for range: ClosedRange<Double>, approximately count: Int) -> TickStep? {
        let intervals = Double(min(max(count, 1), 1000))
        // Dividing each end first keeps the width finite even for ±1e308.
        let raw = range.upperBound / intervals - range.lowerBound / intervals
        guard raw.isFinite, raw > 1e-290 else { return nil }
        var fraction = raw
        var exponent = 0
        while fraction >= 10 { fraction /= 10; exponent += 1 }
        while fraction < 1 { fraction *= 10; exponent -= 1 }
        let multiplier: Int
        if fraction < 1.4142135623730951 {
            multiplier = 1
        } else if fraction < 3.1622776601683795 {
            multiplier = 2
        } else if fraction < 7.0710678118654755 {
            multiplier = 5
        } else {
            multiplier = 1
            exponent += 1
        }
        let step = TickStep(multiplier: multiplier, exponent: exponent)
        return step.value.isFinite && step.value > 0 ? step : nil
    }

    /// The smallest round step (1, 2 or 5 × 10ⁿ) that is at least `least`: 0.0375 → 0.05.
    /// `nil` when `least` is not finite or not above 10⁻²⁹⁰ (no round step to give).
    public static func step(atLeast least: Double) -> Double? {
        guard least.isFinite, least > 1e-290 else { return nil }
        var fraction = least
        var exponent = 0
        while fraction > 10 { fraction /= 10; exponent += 1 }
        while fraction < 1 { fraction *= 10; exponent -= 1 }
        // Why the slack: 0.05 / 10⁻² is 4.999999999999999 after the loop, and must stay 5.
        let multiplier = [1, 2, 5, 10].first { Double($0) >= fraction * (1 - 1e-12) } ?? 10
        let step = value(significand: multiplier, exponent: exponent)
        return step.isFinite && step > 0 ? step : nil
    }

    /// The Double closest to `significand × 10^exponent` when 10^|exponent| is exact
    /// (|exponent| ≤ 22), and a close one otherwise.
    static func value(significand: Int, exponent: Int) -> Double {
        let base = Double(significand)
        return exponent >= 0 ? base * powerOfTen(exponent) : base / powerOfTen(-exponent)
    }

    /// 10ⁿ for n ≥ 0 by repeated multiplication: exact up to 10²², `inf` past 10³⁰⁸.
    static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(n, 400) { result *= 10 }
        return result
    }
}

/// A tick step `multiplier × 10^exponent`, with `multiplier` 1, 2 or 5.
struct TickStep: Equatable {
    var multiplier: Int
    var exponent: Int

    /// The step as a Double.
    var value: Double { NiceTicks.value(significand: multiplier, exponent: exponent) }
}

/// One tick: its value and, when known, the exact decimal `significand × 10^exponent`
/// that its label prints.
struct Tick: Equatable {
    var value: Double
    var significand: Int?
    var exponent: Int

    init(value: Double, significand: Int, exponent: Int) {
        self.value = value
        self.significand = significand
        self.exponent = exponent
    }

    /// A tick at a value with no known round decimal form.
    init(fallback value: Double) {
        self.value = value
        self.significand = nil
        self.exponent = 0
    }

    /// The label: minimal decimal with U+2212 for negatives. Scientific notation when
    /// the step is below 10⁻⁶ or above 10¹², so that all labels of an axis agree.
    var label: String {
        guard let significand else { return NumberFormat.shortest(value) }
        return NumberFormat.decimal(
            significand: significand, exponent: exponent,
            scientific: exponent < -6 || exponent > 12)
    }
}
