import RealModule

/// Elementary functions in double-double for the smooth gates.
enum GateKernel {
    static let ln2 = DoubleWord(0.6931471805599453, 2.3190468138462996e-17)
    /// 1/√(2π).
    static let inverseSqrtTwoPi = DoubleWord(0.3989422804014327, -2.49232720227773e-17)

    /// e^y = m · 2^k with m ≈ 1 in double-double, for finite |y| ≲ 1e5.
    ///
    /// Why scaled: the callers multiply e^y by other factors (x·e^x in silu, mish and
    /// gelu); a subnormal e^y would already have lost digits that such a product, if it is
    /// normal, needs. Keeping the power of two apart lets the result round only once.
    /// Method: y = k·ln2 + r with |r| ≤ ln2/2, e^r from ten Taylor terms of r/1024 and
    /// ten squarings (relative error about 2^−95).
    static func exp(_ y: DoubleWord<Double>) -> (m: DoubleWord<Double>, k: Int) {
        // Never trap converting k: out of range the limits 0, +∞ and NaN come back unscaled.
        if !(y.hi.magnitude < 1e5) {
            return (DoubleWord(y.hi.isNaN ? y.hi : (y.hi > 0 ? .infinity : 0)), 0)
        }
        let k = (y.hi / ln2.hi).rounded()
        let r = y - DoubleWord.product(k, ln2.hi) - DoubleWord(k * ln2.lo)
        let s = DoubleWord(r.hi / 1024, r.lo / 1024)
        var p = DoubleWord(1)
        for n in stride(from: 10, through: 1, by: -1) {
            p = DoubleWord(1) + s * p / DoubleWord(Double(n))
        }
        for _ in 0..<10 { p = p * p }
        return (p, Int(k))
    }

    /// e^y as a double-double (rounded once into the subnormal range), or 0 below 2^−1100.
    /// Callers that multiply e^y by a large factor use ``exp(_:)`` and scale at the end.
    static func expUnscaled(_ y: DoubleWord<Double>) -> DoubleWord<Double> {
        let (m, k) = exp(y)
        if k < -1100 { return DoubleWord(0) }
        return DoubleWord(
            Double(sign: .plus, exponent: k, significand: m.hi),
            Double(sign: .plus, exponent: k, significand: m.lo))
    }

    /// Values and slopes of the logistic gate g(x) = x·σ(v), where silu has v = βx and the
    /// tanh form of gelu has v = 2√(2/π)(x + 0.044715x³).
    ///
    /// The derivative is written as σ(v)(1 + w·σ(−v)), w = x·v′ (w = v for silu). With
    /// e = e^(−|v|) both pieces become quotients of sums without subtraction except 1 + w
    /// + e for v < 0, which vanishes only at the true zero of g′:
    /// v ≥ 0: g′ = (1 + e + w·e) / (1 + e)², v < 0: g′ = e·(1 + e + w) / (1 + e)².
    static func gateValue(x: Double, v: DoubleWord<Double>) -> Double {
        if v.hi > 800 { return x }  // σ(v) = 1 to far more than 106 bits
        if v.hi < -2000 { return 0 * x }  // e^v·x underflows; keeps the sign of x
        let X = DoubleWord(x)
        if v.hi >= 0 {
            return (X / (DoubleWord(1) + expUnscaled(-v))).value
        }
        let (m, k) = exp(v)
        // Far left 1 + e = 1 exactly at this precision; scale once at the end (see exp).
        if k < -200 { return (X * m).scaled(by: k) }
        let e = expUnscaled(v)
        return (X * e / (DoubleWord(1) + e)).value
    }

    static func gateDerivative(v: DoubleWord<Double>, w: DoubleWord<Double>) -> Double {
        if v.hi > 800 { return 1 }
        if v.hi < -2000 { return 0 }
        let one = DoubleWord(1)
        if v.hi >= 0 {
            let e = expUnscaled(-v)
            let p = one + e
            return ((p + w * e) / (p * p)).value
        }
        let (m, k) = exp(v)
        if k < -200 { return (m * (one + w)).scaled(by: k) }
        let e = expUnscaled(v)
        let p = one + e
        return (e * (p + w) / (p * p)).value
    }
}

/// Evaluates a Double kernel for any `ActivationFloat`.
///
/// Why through Double: Float (and Float16) results then carry about 2^−50 relative error
/// before the single rounding to the narrow type, so they are within 1 ulp, which
/// computing natively in Float cannot promise. Types wider than Double (Float80) get
/// Double accuracy.
@inline(__always)
func evaluateInDouble<T: ActivationFloat>(_ x: T, _ kernel: (Double) -> Double) -> T {
    T(kernel(Double(x)))
}
