/// Correct rounding of `|value| × 10^scale` to an integer, half to even, decided exactly
/// with a few floating-point operations: the fast path of ``DecimalNumber``'s
/// `init(_:significantDigits:)` and `init(_:decimals:)` for the numbers a page is full of
/// (4 significant digits of a function value, 2 decimals of a table cell).
///
/// The idea: `10^k` is an exact Double for `0 ≤ k ≤ 22`, so `t = |value| × 10^k` is one
/// rounding away from the true product, and FMA gives that rounding's error exactly:
/// `e = fma(|value|, 10^k, −t)`, so the true product is `t + e` with no error at all.
/// Dividing by `10^k` instead, `fma(−q, 10^k, |value|)` is the exact remainder of the
/// rounded quotient `q`. Knowing the true value as `t` plus an exact, tiny correction is
/// enough to tell on which side of the half-way point it lies, ties included. When the
/// fast path cannot be sure (a scale beyond ±22, a scaled value of 2⁵⁰ or more, a value
/// so small or large that the error terms could underflow or overflow) it answers nil
/// and the caller takes ``ExactDecimal``, which is always right but multiplies out the
/// whole decimal expansion in big-integer words.
///
/// `ScaledRoundingTests` compares the two on 180,000 values, near-ties (each at the
/// precision it is a near-tie for) and true ties among them; `PrintfAgreementTests`
/// compares both with C's `printf`.
enum ScaledRounding {
    /// 10⁰ … 10²², each exact: 10²² = 2²² × 5²² and 5²² < 2⁵³; every product of the
    /// loop is one of these, so none rounds.
    private static let powersOfTen: [Double] = {
        var powers: [Double] = [1]
        for _ in 1...22 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// The largest scaled value handled: below 2⁵⁰ a Double's spacing is at most 1/8,
    /// which the proof of ``rounded(_:scale:)`` needs.
    private static let limit = 0x1p50

    /// Round-half-to-even of `magnitude × 10^scale`, or nil when the fast path cannot
    /// decide it (see the type's notes). `magnitude` is finite and positive.
    ///
    /// Why the decision is exact: the true scaled value is `X = t + δ` with `t` the
    /// rounded product (or quotient) and `δ` known exactly (or by its exact sign and
    /// size). With `f = ⌊t⌋` and `φ = t − f` (both exact below 2⁵⁰): if `φ = 0`, `|δ|` is at
    /// most half of `t`'s spacing, below 1/2, so `X` rounds to `f`. Otherwise the answer
    /// is `f` or `f + 1` by the sign of `φ − 1/2 + δ`. For `φ ≥ 1/4`, `φ − 1/2` is exact
    /// (Sterbenz) and the one rounding of the final sum or FMA keeps the exact sign,
    /// zero only for a true tie. For `φ < 1/4` the exact value is below −1/4 + 1/16 and the
    /// computed one is too, so the sign is right there as well.
    static func rounded(_ magnitude: Double, scale: Int) -> UInt64? {
        // Keeps every error term far from underflow and every product from overflow.
        guard magnitude >= 0x1p-900, magnitude <= 0x1p900, scale >= -22, scale <= 22 else { return nil }
        let power = powersOfTen[abs(scale)]
        let scaled = scale >= 0 ? magnitude * power : magnitude / power
        guard scaled < limit else { return nil }
        // Truncation is the floor for 0 ≤ scaled < 2⁵⁰, and both it and the fraction are
        // exact there; converting is cheaper than calling libm's `floor`.
        let down = UInt64(scaled)
        let fraction = scaled - Double(down)
        if fraction == 0 { return down }
        // The sign of (fraction − 1/2) + δ, δ the exact distance from `scaled` to X.
        let past: Double
        if scale >= 0 {
            let error = (-scaled).addingProduct(magnitude, power)  // magnitude × power − scaled, exactly
            past = (fraction - 0.5) + error
        } else {
            let remainder = magnitude.addingProduct(-scaled, power)  // magnitude − scaled × power, exactly
            past = remainder.addingProduct(fraction - 0.5, power)  // δ = remainder / power, times power
        }
        if past > 0 { return down + 1 }
        if past < 0 { return down }
        return down & 1 == 0 ? down : down + 1  // a true tie: to the even integer
    }

    /// `magnitude` to `count` significant digits: the digits as an integer of exactly
    /// `count` digits and the power of ten of the last one; nil when the fast path
    /// cannot decide (more than 14 digits, or see ``rounded(_:scale:)``).
    ///
    /// The first digit's place is estimated from the binary exponent: `|value|` lies in
    /// `[2^e₂, 2^(e₂+1))`, so its place is `⌊e₂ log₁₀ 2⌋` or one more, never one less.
    /// That floor is taken as `(e₂ × 78913) >> 18`, integers only (78913 / 2¹⁸ is log₁₀ 2
    /// less 7.9 × 10⁻⁷, so the product moves towards zero by at most `|e₂|` × 7.9 × 10⁻⁷,
    /// 8.7 × 10⁻⁴ for `|e₂| ≤ 1100`). Its floor can differ only where `|e₂| log₁₀ 2` lies
    /// that little past an integer, and for `1 ≤ |e₂| ≤ 1100` the least such distance is
    /// 1.43 × 10⁻³ (at 681): the two floors agree (`ScaledRoundingTests` checks all 2,201).
    /// A result with more than `count` digits says it was one low, and the rounding is done
    /// again one place over. A carry that makes `count + 1` digits (9.996 to 3 digits) is
    /// exactly `10^count`: it becomes `10^(count−1)` one place up, as it does whether the
    /// estimate was right or one low.
    static func significant(_ magnitude: Double, count: Int) -> (digits: UInt64, exponent: Int)? {
        guard count >= 1, count <= 14, magnitude >= 0x1p-900, magnitude <= 0x1p900 else { return nil }
        let smallest = UInt64(powersOfTen[count - 1]), carried = UInt64(powersOfTen[count])
        // A normal double (the guard): its exponent is the biased field less 1023.
        var leading = decimalPlace(ofBinaryExponent: Int(magnitude.exponentBitPattern) - 1023)
        for _ in 0..<2 {
            let scale = count - 1 - leading
            guard let digits = rounded(magnitude, scale: scale) else { return nil }
            if digits < smallest {
                return nil  // an estimate one too high: cannot happen (see above); ExactDecimal decides
            } else if digits > carried {
                leading += 1
            } else if digits == carried {
                return (smallest, -scale + 1)
            } else {
                return (digits, -scale)
            }
        }
        return nil
    }

    /// `⌊e log₁₀ 2⌋` for `|e| ≤ 1100`: the place of the first digit of a number in
    /// `[2^e, 2^(e+1))`, or one less (see ``significant(_:count:)``).
    static func decimalPlace(ofBinaryExponent exponent: Int) -> Int {
        (exponent &* 78913) >> 18
    }
}
