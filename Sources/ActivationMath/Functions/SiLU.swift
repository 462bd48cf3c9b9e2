import RealModule

/// The sigmoid-weighted linear unit, catalogue name `silu(beta=1)` (alias `swish`).
///
/// Formula: silu(x) = x·σ(βx); silu′(x) = σ(βx)·(1 + βx·(1 − σ(βx))) = σ(βx)(1 + βx·σ(−βx)).
///
/// Edge cases: silu(NaN) = NaN, silu(+∞) = +∞, silu(−∞) = 0 (not the NaN of −∞·0),
/// silu′(+∞) = 1, silu′(−∞) = 0, silu(−0) = −0 (for β > 0). With β = 1 the minimum is
/// silu(−1.2785) = −0.2785, where silu′ has its zero.
///
/// ```swift
/// SiLU().value(-710.0)       // -3.1781632202293424e-306 (e^−710 alone is subnormal)
/// SiLU(beta: 2).value(1.0)   // 0.8807970779778824
/// ```
///
/// See also: Elfwing, Uchibe & Doya (2018), https://arxiv.org/abs/1702.03118;
/// Ramachandran, Zoph & Le (2017), https://arxiv.org/abs/1710.05941 (swish with β);
/// PyTorch `torch.nn.SiLU` (β = 1 only).
public struct SiLU: Activation, Equatable {
    /// The slope β inside the sigmoid (Keras `swish`'s β; PyTorch's silu has none, i.e. 1).
    public let beta: Double

    public init(beta: Double = 1) {
        self.beta = beta
    }

    /// The parameters in catalogue order; β = 1 is PyTorch's fixed choice.
    public static let parameters = [
        ParameterSpec(name: "beta", defaultValue: 1, summary: "Slope β of the sigmoid gate σ(βx)")
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "silu", parameters: Self.parameters, values: [beta])
    }

    public var metadata: ActivationMetadata {
        let bx = NumberText.tex(beta, times: "x")
        return ActivationMetadata(
            displayName: beta == 1 ? "SiLU" : "Swish",
            symbolTeX: beta == 1 ? "\\operatorname{SiLU}" : "\\operatorname{Swish}",
            valueTeX: "x\\,\\sigma(\(bx))",
            derivativeTeX: "\\sigma(\(bx))\\,\\bigl(1 + \(bx)\\,(1 - \\sigma(\(bx)))\\bigr)",
            // For β > 0 the minimum is −w/β at βx = −(1 + w), w = W(1/e) = 0.27846…
            range: beta > 0
                ? ValueRange(lower: -0.2784645427610738 / beta, includesLower: true, upper: .infinity, includesUpper: false)
                : (beta == 0
                    ? .all : ValueRange(lower: -.infinity, includesLower: false, upper: 0.2784645427610738 / -beta, includesUpper: true)),
            kinks: [],
            monotonicity: beta == 0 ? .increasing : .notMonotonic,
            smoothness: .smooth,
            isZeroCentred: false,
            saturation: beta > 0 ? .negativeOnly : (beta == 0 ? .none : Saturation(negative: false, positive: true)),
            // PyTorch's silu has no β; β ≠ 1 is x * torch.sigmoid(beta * x).
            pytorch: beta == 1 ? "torch.nn.functional.silu" : "x * torch.sigmoid(\(NumberText.shortest(beta)) * x)",
            keras: beta == 1 ? "keras.activations.silu" : nil,
            summary: "Sigmoid-weighted linear unit x·σ(βx), also called swish",
            introduced: "Elfwing, Uchibe & Doya, 2018; Ramachandran, Zoph & Le, 2017 (swish)"
        )
    }

    /// βx as an exact double-double (the fused multiply-add gives the product's residual);
    /// σ(βx) ≈ e^(βx) would magnify a rounded βx by |βx|. β = 1, PyTorch's silu, is x
    /// itself: no FMA (a libm call on x86-64's baseline) for the common case.
    private func argument(_ x: Double) -> DoubleWord<Double> {
        beta == 1 ? DoubleWord(x) : (beta == 0 ? DoubleWord(0) : DoubleWord.product(beta, x))
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN || x == 0 { return x / 2 }
            let v = argument(x)
            if v.hi.isInfinite || v.hi.isNaN { return v.hi > 0 ? x : (x < 0 ? -0.0 : 0) }  // not −∞·0
            if beta == 0 { return x / 2 }
            return GateKernel.gateValue(x: x, v: v)
        }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN { return x }
            let v = argument(x)
            if v.hi.isInfinite || v.hi.isNaN { return v.hi > 0 ? 1 : 0 }
            // For silu w = x·v′ = βx = v (see GateKernel.gateValue).
            return GateKernel.gateDerivative(v: v, w: v)
        }
    }
}

extension SiLU {
    /// The catalogue entry for `silu` and its alias `swish`.
    static let catalogEntry = CatalogEntry(
        name: "silu",
        aliases: ["swish"],
        parameters: SiLU.parameters,
        summary: "Sigmoid-weighted linear unit x·σ(βx), alias swish (beta, default 1)"
    ) { SiLU(beta: $0["beta"]) }
}

/// Mish, catalogue name `mish`: x·tanh(softplus(x)).
///
/// Formula: mish(x) = x·tanh(ln(1 + e^x));
/// mish′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = ln(1 + e^x).
///
/// Edge cases: mish(NaN) = NaN, mish(+∞) = +∞, mish(−∞) = 0, mish′(+∞) = 1,
/// mish′(−∞) = 0, mish(−0) = −0. Minimum mish(−1.1924) = −0.30884, where mish′ = 0.
///
/// ```swift
/// Mish().value(1.0)      // 0.8650983882673103
/// Mish().value(-720.0)   // -1.46320617774547e-310, not 0
/// ```
///
/// See also: Misra (2019), https://arxiv.org/abs/1908.08681; PyTorch `torch.nn.Mish`.
public struct Mish: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "mish") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Mish",
            symbolTeX: "\\operatorname{Mish}",
            valueTeX: "x\\tanh\\bigl(\\ln(1 + e^{x})\\bigr)",
            derivativeTeX: "\\tanh(s) + x\\operatorname{sech}^2(s)\\,\\sigma(x), \\; s = \\ln(1 + e^{x})",
            range: ValueRange(lower: -0.30884341301725043, includesLower: true, upper: .infinity, includesUpper: false),
            kinks: [],
            monotonicity: .notMonotonic,
            smoothness: .smooth,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: "torch.nn.functional.mish",
            keras: "keras.activations.mish",
            summary: "Self-regularised gate x·tanh(softplus(x))",
            introduced: "Misra, 2019"
        )
    }

    /// Why no tanh and no log: with a = 1 + e^x, tanh(ln a) = (a² − 1)/(a² + 1) and
    /// a² − 1 = e^x(e^x + 2), so for x < 0 (E = e^x ≤ 1)
    ///   mish = x·E(E + 2)/(E(E + 2) + 2),
    ///   mish′ = E·((E + 2)(a² + 1) + 4xa)/(a² + 1)²,
    /// and for x > 0 (e = e^(−x), b = 1 + e, D = b² + e² = 1 + 2e + 2e²)
    ///   mish = x·(1 + 2e)/D,  mish′ = ((1 + 2e)·D + 4x·b·e²)/D².
    /// Nothing overflows, and only mish′ for x < 0 subtracts (at its true zero, x ≈ −1.19).
    ///
    /// Error bound: E and e are double-doubles within 0.042·2^(−53) (``Exponential``),
    /// each formula of positive terms has a condition number in E below 4, and the
    /// double-double arithmetic and ``DoubleWord/quotient(_:_:)`` add a few 2^(−104):
    /// within 0.17·2^(−53) before the one rounding, where 1 ulp allows 2^(−53).
    /// For mish′ see ``positiveSlope(_:)`` and ``negativeSlope(_:_:force:)``, and for
    /// x ≥ 3 and x ≤ −4, where Double serves for the small terms, ``farPositiveSlope(_:)``
    /// and ``farNegativeSlope(_:_:)``.
    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN || x == 0 || x > 800 { return x }  // keeps −0; tanh(sp) = 1 past 800
            if x < -2000 { return -0.0 }
            let X = DoubleWord(x)
            if x > 0 {
                let e = Exponential.exp(-x)
                let n = e * 2 + 1
                return DoubleWord.quotient(X * n, n + e * e * 2)
            }
            let (m, k) = Exponential.scaled(x)
            if k < -200 { return (X * m).scaled(by: k) }  // E + 2 = 2 to 106 bits
            let e = Exponential.times(m, powerOfTwo: k)
            let n = e * (e + 2)
            return DoubleWord.quotient(X * n, n + 2)
        }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN { return x }
            if x > 800 { return 1 }
            if x < -2000 { return 0 }
            let X = DoubleWord(x)
            if x >= 3 { return Self.farPositiveSlope(x) }
            if x > 0 { return Self.positiveSlope(x) }
            let (m, k) = Exponential.scaled(x)
            if k < -200 { return (m * (X + 1)).scaled(by: k) }  // a = 1: E·(4 + 4x)/4
            let e = Exponential.times(m, powerOfTwo: k)
            if x <= -4 { return Self.farNegativeSlope(x, e) }
            return Self.negativeSlope(x, e)
                ?? {
                    let accurate = Exponential.accurate(x)
                    return Self.negativeSlope(x, Exponential.times(accurate.m, powerOfTwo: accurate.k), force: true) ?? 0
                }()
        }
    }

    /// mish′(x) for x > 0: ((1 + 2e)·D + 4x·b·e²)/D² with e = e^(−x), b = 1 + e,
    /// D = 1 + 2e + 2e².
    ///
    /// Error bound: every term is positive. e² is exact but for 2^(−104); 1 + 2e and D are
    /// sums of exact terms (TwoSums, the low parts in Double), within e's 0.042·2^(−53)
    /// times their condition numbers (2/3 and 6/5); (1 + 2e)·D is a double-double product.
    /// V = 4x·b·e² rounds b·e² once (1.1·2^(−53) with the low parts) and multiplies by 4x
    /// exactly; V is at most 0.18 of the numerator (near x = 0.6), so the numerator is
    /// within 0.28·2^(−53) and D² within 0.1·2^(−53): the quotient is within 0.38·2^(−53)
    /// before its one rounding. Five FMA calls where the double-double formula made eleven;
    /// from x = 3 on, ``farPositiveSlope(_:)`` needs none.
    private static func positiveSlope(_ x: Double) -> Double {
        let e = Exponential.exp(-x)
        let square = DoubleWord.product(e.hi, e.hi)
        let e2 = DoubleWord(square.hi, square.lo + 2 * e.hi * e.lo)  // e²
        let u = DoubleWord.sum(e.hi, e2.hi)  // e + e²
        let uLow = u.lo + (e.lo + e2.lo)
        let dSum = DoubleWord.sum(1, 2 * u.hi)
        let d = DoubleWord(dSum.hi, dSum.lo + 2 * uLow)  // 1 + 2e + 2e²
        let aSum = DoubleWord.sum(1, 2 * e.hi)
        let a = DoubleWord(aSum.hi, aSum.lo + 2 * e.lo)  // 1 + 2e
        let b = GateKernel.onePlus(e)
        let product = DoubleWord.product(a.hi, d.hi)  // (1 + 2e)·D, its cross terms below
        let productLow = product.lo + (a.hi * d.lo + a.lo * d.hi)
        let be2 = b.hi * e2.hi + (b.hi * e2.lo + b.lo * e2.hi)
        let v = DoubleWord.product(4 * x, be2)  // 4x·b·e², 4x exact
        let n = DoubleWord.sum(product.hi, v.hi)
        return DoubleWord.quotient(DoubleWord(n.hi, n.lo + (productLow + v.lo)), d.squared())
    }

    /// mish′(x) for x ≥ 3: 1 + g, g = e²·(4x·(1 + e) − 2D)/D², the formula of
    /// ``positiveSlope(_:)`` rearranged with (1 + 2e)/D = 1 − 2e²/D.
    ///
    /// Why no double-double: g is at most 0.022 (at x = 3) and falls as x·e^(−2x), so Double
    /// serves. Error bound, each rounding 2^(−53) relative: e alone (its low word dropped)
    /// is within 1.04·2^(−53), e² within 3.1, 1 + 2(e + e²) within 1.2, 4x(1 + e) within
    /// 2.05, the bracket within 3.8 (no cancellation: 4x(1 + e) is at least 12 and 2D at
    /// most 2.21) and D² within 3.4, so g is within 12.3·2^(−53) of itself: 0.26·2^(−53) of
    /// the result before its one rounding. Why from 3: the same count gives 0.47 at x = 2.5
    /// and 0.80 at x = 2, past the 0.5 that keeps every result within 1 ulp. No FMA, where
    /// the general formula calls five (each a libm call on x86-64's baseline).
    private static func farPositiveSlope(_ x: Double) -> Double {
        let e = Exponential.exp(-x).hi
        let e2 = e * e
        let d = 1 + 2 * (e + e2)
        return 1 + e2 * (4 * x * (1 + e) - 2 * d) / (d * d)
    }

    /// mish′(x) for x ≤ −4 (and E = e^x at least 2^(−200)): E·N/s² with the numerator
    /// expanded, N = 4(1 + x) + E(6 + 4x) + E²(4 + E), and s² = (2 + t)² = 4 + t(4 + t),
    /// t = E(2 + E).
    ///
    /// Why this is cheap: both large terms of N are negative here (6 + 4x < 0 below −1.5),
    /// so N cancels nowhere, and 1 + x is exact as a TwoSum; the rest of N is at most 1.6 %
    /// of it (at x = −4) and t(4 + t) at most 0.15 against s² ≥ 4, so Double serves for both.
    /// Error bound, each rounding 2^(−53) relative: the rest of N is within 4.1·2^(−53) of
    /// itself, with its sum 0.08·2^(−53) of N; t(4 + t) within 4.1·2^(−53), 0.15 of s²;
    /// their quotient as a double-double adds a few 2^(−104), and the product with E (whose
    /// own error is 0.042·2^(−53)) leaves the result within 0.27·2^(−53) before its one
    /// rounding. Why up to −4: the same count gives 0.39 at x = −3.5 and 0.60 at x = −3.
    /// Two FMA calls, where ``negativeSlope(_:_:force:)`` makes six.
    private static func farNegativeSlope(_ x: Double, _ e: DoubleWord<Double>) -> Double {
        let onePlusX = DoubleWord.sum(1, x)
        let rest = e.hi * (6 + 4 * x) + e.hi * e.hi * (4 + e.hi)
        let n = DoubleWord.normalized(4 * onePlusX.hi, 4 * onePlusX.lo + rest)
        let t = e.hi * (2 + e.hi)
        let s2 = DoubleWord.sum(4, t * (4 + t))
        let q = DoubleWord.quotientWord(n, s2)
        let product = DoubleWord.product(e.hi, q.hi)
        return product.hi + (product.lo + (e.hi * q.lo + e.lo * q.hi))
    }

    /// mish′(x) for x < 0 from E = e^x, or nil where E's error may be magnified too much.
    ///
    /// Why the check: the numerator N = (E + 2)(a² + 1) + 4xa vanishes at x ≈ −1.19. An
    /// error δE moves N by δE·|∂N/∂E| = δE·|a² + 1 + 2a(E + 2) + 4x| to first order (4 at
    /// the zero; the bound below adds 1 for the second order), which for δE = 2^(−57)·E
    /// must stay below 2^(−55)·|N|, a quarter of the 2^(−53) that 1 ulp allows. Outside a
    /// window of about ±0.05 around the zero it does; inside, E is recomputed to 2^(−100)
    /// (`force`).
    ///
    /// The words are built with exact products and TwoSums whose low parts (below 2^(−51) of
    /// their words) are added in Double, without renormalising: within 2^(−103) of the
    /// terms, inside the bound's 2^(−100). Only N, which cancels, is renormalised. Then e·N
    /// is within 0.042 + 0.25 and s² within 0.07 of 2^(−53): the quotient within
    /// 0.37·2^(−53) before its rounding.
    private static func negativeSlope(_ x: Double, _ e: DoubleWord<Double>, force: Bool = false) -> Double? {
        let a = GateKernel.onePlus(e)
        let twoSum = DoubleWord.sum(2, e.hi)
        let twoPlus = DoubleWord(twoSum.hi, twoSum.lo + e.lo)  // E + 2
        let u = DoubleWord.product(e.hi, twoPlus.hi)  // E(E + 2) = a² − 1
        let sSum = DoubleWord.sum(2, u.hi)
        let s = DoubleWord(sSum.hi, sSum.lo + (u.lo + (e.hi * twoPlus.lo + e.lo * twoPlus.hi)))  // a² + 1
        let first = DoubleWord.product(twoPlus.hi, s.hi)  // (E + 2)(a² + 1)
        let firstLow = first.lo + (twoPlus.hi * s.lo + twoPlus.lo * s.hi)
        let second = DoubleWord.product(4 * x, a.hi)  // 4x·a, 4x exact
        let secondLow = second.lo + 4 * x * a.lo
        let sum = DoubleWord.sum(first.hi, second.hi)
        let low = sum.lo + (firstLow + secondLow)
        let nHigh = sum.hi + low
        let n = DoubleWord(nHigh, low - (nHigh - sum.hi))
        let sensitivity = (s.hi + 2 * a.hi * twoPlus.hi + 4 * x).magnitude + 1
        let bound = 0x1p-57 * e.hi * sensitivity + 0x1p-100 * (first.hi - second.hi)
        if !force && n.hi.magnitude * 0x1p-55 < bound { return nil }
        let numerator = DoubleWord.product(e.hi, n.hi)
        return DoubleWord.quotient(
            DoubleWord(numerator.hi, numerator.lo + (e.hi * n.lo + e.lo * n.hi)), s.squared())
    }
}

extension Mish {
    /// The catalogue entry for `mish`.
    static let catalogEntry = CatalogEntry(
        name: "mish",
        aliases: [],
        parameters: [],
        summary: "Self-regularised gate x·tanh(softplus(x))"
    ) { _ in Mish() }
}
