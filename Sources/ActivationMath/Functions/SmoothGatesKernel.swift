import RealModule

/// The logistic gate shared by silu, the tanh form of gelu and softplus′.
enum GateKernel {
    /// 1/√(2π) as a double-double.
    static let inverseSqrtTwoPi = DoubleWord(0.3989422804014327, -2.49232720227773e-17)

    /// 1 + e as a double-double, for 0 ≤ e ≤ 1 (Fast2Sum, then e's low part).
    ///
    /// Not renormalised: |lo| ≤ 2^(−52) < 2^(−51)·hi, enough for every double-double
    /// operation here and for ``DoubleWord/quotient(_:_:)``; a renormalisation would add
    /// three dependent additions to the chain of every gate.
    @inline(__always)
    static func onePlus(_ e: DoubleWord<Double>) -> DoubleWord<Double> {
        let s = 1 + e.hi
        return DoubleWord(s, (e.hi - (s - 1)) + e.lo)
    }

    /// σ(v) for a double-double v (βx exact in softplus′): 1/(1 + e) for v ≥ 0 and
    /// e/(1 + e) below, e = e^(−|v|), as ``Sigmoid/value(_:)`` (same error bound: within
    /// 0.064·2^(−53) before the one rounding).
    @inline(__always)
    static func logistic(_ v: DoubleWord<Double>) -> Double {
        if v.hi.isNaN { return v.hi }
        let e = v.hi >= 0 ? Exponential.exp(-v.hi, -v.lo) : Exponential.exp(v.hi, v.lo)
        return DoubleWord.quotient(v.hi < 0 ? e : DoubleWord(1), onePlus(e))
    }

    /// Values and slopes of the logistic gate g(x) = x·σ(v), where silu has v = βx and the
    /// tanh form of gelu has v = 2√(2/π)(x + 0.044715x³).
    ///
    /// With e = e^(−|v|) every formula is a quotient of sums of positive terms, except
    /// 1 + e + w in g′ for v < 0 (below):
    ///   g = x/(1 + e) (v ≥ 0),  g = x·e/(1 + e) (v < 0).
    /// Error bound: e is within 0.042·2^(−53) (``Exponential``), 1 + e within 0.021 and
    /// x·e within 0.042 of 2^(−53) (the double-double sums and products add a few
    /// 2^(−104)), so the words of either quotient add up to at most 0.063·2^(−53) and
    /// ``DoubleWord/quotient(_:_:)`` is within 0.064·2^(−53) before its one rounding, where
    /// 1 ulp allows 2^(−53).
    @inline(__always)
    static func gateValue(x: Double, v: DoubleWord<Double>) -> Double {
        if v.hi > 800 { return x }  // σ(v) = 1 to far more than 106 bits
        if v.hi < -2000 { return 0 * x }  // e^v·x underflows; keeps the sign of x
        if v.hi >= 0 {
            return DoubleWord.quotient(DoubleWord(x), onePlus(Exponential.exp(-v.hi, -v.lo)))
        }
        let (m, k) = Exponential.scaled(v.hi, v.lo)
        // Far left 1 + e = 1 exactly at this precision; scale once at the end (see
        // Exponential.scaled).
        if k < -200 { return (DoubleWord(x) * m).scaled(by: k) }
        let e = Exponential.times(m, powerOfTwo: k)
        return DoubleWord.quotient(DoubleWord(x) * e, onePlus(e))
    }

    /// g′ = σ(v)(1 + w·σ(−v)), w = x·v′ (w = v for silu), written with
    /// e = e^(−|v|) and p = 1 + e as
    ///   v ≥ 0: g′ = (p + w·e)/p²,   v < 0: g′ = e·(p + w)/p².
    ///
    /// Why a second exponential near the zero of g′: for v < 0 the sum n = p + w vanishes
    /// where g′ does (silu′ at v = −1.2785). The double-double sum is exact but for e's
    /// error, below 2^(−57)·e, which is 2^(−57)·e/|n| relative to n; where that exceeds
    /// 2^(−55), a quarter of what 1 ulp allows (|n| < e/4, |x + 1.2785| < 0.05 for silu),
    /// e is recomputed to 2^(−100) (``Exponential/accurate(_:_:)``, in a window that holds
    /// 1 in 200 of the points of [−10, 10]). Either way n is within 2^(−55), e·n within
    /// 0.29·2^(−53) and p² within 0.042·2^(−53): the quotient is within 0.34·2^(−53)
    /// before its rounding. w ≥ 0 where v ≥ 0 for every caller, so that side has no
    /// subtraction (its bound is at the code).
    @inline(__always)
    static func gateDerivative(v: DoubleWord<Double>, w: DoubleWord<Double>) -> Double {
        if v.hi > 800 { return 1 }
        if v.hi < -2000 { return 0 }
        if v.hi >= 0 {
            let e = Exponential.exp(-v.hi, -v.lo)
            let p = onePlus(e)
            // p + w·e with w·e rounded and one TwoSum; the low parts (below 2^(−51) of the
            // sum) are added in Double: no renormalisations. Why w·e may round: it is at most
            // 0.4 (1/e for silu, 0.39 for the tanh form of gelu) while p ≥ 1, so its rounding
            // is at most 0.4/1.4 of 2^(−53) relative to the sum; with e's 0.042 in both words
            // the quotient is within 0.38·2^(−53) before its rounding.
            let product = w.hi * e.hi
            let sum = DoubleWord.sum(p.hi, product)
            let low = sum.lo + (p.lo + (w.hi * e.lo + w.lo * e.hi))
            return DoubleWord.quotient(DoubleWord(sum.hi, low), p.squared())
        }
        let (m, k) = Exponential.scaled(v.hi, v.lo)
        let one = DoubleWord<Double>(1)
        if k < -200 { return (m * (one + w)).scaled(by: k) }
        var e = Exponential.times(m, powerOfTwo: k)
        var n = onePlusSum(e, w)
        if 0x1p-55 * n.hi.magnitude < 0x1p-57 * e.hi + 0x1p-100 * (2 + w.hi.magnitude) {
            let accurate = Exponential.accurate(v.hi, v.lo)
            e = Exponential.times(accurate.m, powerOfTwo: accurate.k)
            n = onePlusSum(e, w)
        }
        // e·n: one exact product and the cross terms, not renormalised (quotient needs not).
        let product = DoubleWord.product(e.hi, n.hi)
        let numerator = DoubleWord(product.hi, product.lo + (e.hi * n.lo + e.lo * n.hi))
        return DoubleWord.quotient(numerator, onePlus(e).squared())
    }

    /// 1 + e + w, renormalised, for 0 ≤ e ≤ 1: exact but for 2^(−104)·(2 + |w|) however much
    /// it cancels (one TwoSum on the high parts; the low parts, each below 2^(−52)·(1 + |w|),
    /// are added in Double), with two additions fewer than the general sum.
    @inline(__always)
    private static func onePlusSum(_ e: DoubleWord<Double>, _ w: DoubleWord<Double>) -> DoubleWord<Double> {
        let p = onePlus(e)
        let sum = DoubleWord.sum(p.hi, w.hi)
        let low = sum.lo + (p.lo + w.lo)
        let hi = sum.hi + low
        return DoubleWord(hi, low - (hi - sum.hi))
    }
}

/// Evaluates a Double kernel for any `ActivationFloat`.
///
/// Why through Double: every kernel here is within 2^(−52) relative of the exact value
/// before its last rounding (see each one's error bound), far inside half an ulp of Float
/// (2^(−24)). The Double result is then within a hair of the exact value, and rounding it
/// to Float lands on one of the two Floats around the exact value: within 1 ulp of the
/// correctly rounded Float, and correctly rounded unless the exact value lies within
/// 2^(−28) ulp of a midpoint between two Floats. Subnormal Floats are on the same grid
/// in Double (normal there), so the same holds. Types wider than Double (Float80) get
/// Double accuracy.
@inline(__always)
func evaluateInDouble<T: ActivationFloat>(_ x: T, _ kernel: (Double) -> Double) -> T {
    T(kernel(Double(x)))
}
