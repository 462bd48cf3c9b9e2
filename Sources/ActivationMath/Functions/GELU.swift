import RealModule

/// The Gaussian error linear unit, catalogue name `gelu(approximate=none)`.
///
/// Formula (exact, `approximate=none`): gelu(x) = x·Φ(x), Φ the standard normal CDF;
/// gelu′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π).
/// Formula (`approximate=tanh`): ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³), which is
/// x·σ(2u); its derivative is ½(1 + tanh u) + ½x·sech²(u)·√(2/π)(1 + 3·0.044715x²).
///
/// Edge cases: gelu(NaN) = NaN, gelu(+∞) = +∞, gelu(−∞) = 0, gelu′(+∞) = 1,
/// gelu′(−∞) = 0, gelu(−0) = −0. gelu(−10) = −7.6e−23 to full precision: the textbook
/// ½x(1 + erf(x/√2)) cancels to 0 below −8.5 and the tanh form's 1 + tanh u below −7.5.
/// gelu′ has its zero near x = −0.7518 (exact) where gelu has its minimum.
///
/// ```swift
/// GELU().value(-10.0)                       // -7.619853024160526e-23
/// GELU(approximate: .tanh).value(1.0)       // 0.8411919906082767
/// ```
///
/// See also: Hendrycks & Gimpel (2016), https://arxiv.org/abs/1606.08415;
/// PyTorch `torch.nn.GELU`.
public struct GELU: Activation, Equatable {
    /// Which formula: the exact x·Φ(x) or the tanh approximation (PyTorch's `approximate`).
    public enum Approximation: Double, Sendable, Equatable {
        case none = 0
        case tanh = 1
    }

    public let approximate: Approximation

    public init(approximate: Approximation = .none) {
        self.approximate = approximate
    }

    /// The parameters in catalogue order, with PyTorch's defaults.
    public static let parameters = [
        ParameterSpec(
            name: "approximate", defaultValue: 0,
            summary: "Formula: 'none' for the exact x·Φ(x), 'tanh' for the tanh approximation",
            words: ["none": 0, "tanh": 1], acceptsNumbers: false)
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "gelu", parameters: Self.parameters, values: [approximate.rawValue])
    }

    public var metadata: ActivationMetadata {
        let exact = approximate == .none
        return ActivationMetadata(
            displayName: exact ? "GELU" : "GELU (tanh approximation)",
            symbolTeX: "\\operatorname{GELU}",
            valueTeX: exact
                ? "x\\,\\Phi(x)"
                : "\\tfrac{1}{2}x\\left(1 + \\tanh\\!\\left(\\sqrt{2/\\pi}\\,(x + 0.044715x^{3})\\right)\\right)",
            derivativeTeX: exact
                ? "\\Phi(x) + x\\,\\varphi(x)"
                : "\\tfrac{1}{2}(1 + \\tanh u) + \\tfrac{1}{2}x\\operatorname{sech}^2(u)\\,\\sqrt{2/\\pi}\\,(1 + 0.134145x^{2}),"
                    + " u = \\sqrt{2/\\pi}\\,(x + 0.044715x^{3})",
            // Minimum gelu(−0.75179…) = −0.16997… (exact); the tanh form's is −0.17004….
            range: ValueRange(
                lower: exact ? -0.16997120747990366 : -0.17004075057125406,
                includesLower: true, upper: .infinity, includesUpper: false),
            kinks: [],
            monotonicity: .notMonotonic,
            smoothness: .smooth,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: exact ? "torch.nn.functional.gelu" : "torch.nn.functional.gelu(approximate='tanh')",
            keras: exact ? "keras.activations.gelu" : "keras.activations.gelu(approximate=True)",
            summary: exact ? "Gaussian error linear unit x·Φ(x)" : "GELU, tanh approximation",
            introduced: "Hendrycks & Gimpel, 2016"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x, approximate == .none ? Self.exactValue : Self.tanhValue)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x, approximate == .none ? Self.exactDerivative : Self.tanhDerivative)
    }
}

extension GELU {
    /// The catalogue entry for `gelu`.
    static let catalogEntry = CatalogEntry(
        name: "gelu",
        aliases: [],
        parameters: GELU.parameters,
        summary: "Gaussian error linear unit x·Φ(x) (approximate: none or tanh)"
    ) { GELU(approximate: $0["approximate"] == 1 ? .tanh : .none) }

    // MARK: Exact form

    /// φ(t)·2^(−k) as a double-double and k, for t ≥ 0: e^(−t²/2)/√(2π) with t² exact.
    ///
    /// Why t² exact: e^(−t²/2) magnifies an error in t²/2 by t²/2 (800 at t = 40); the
    /// square's low part goes into ``Exponential/scaled(_:_:)``, within 0.042·2^(−53).
    @inline(__always)
    private static func density(_ t: Double) -> (m: DoubleWord<Double>, k: Int) {
        let square = DoubleWord.product(t, t)
        let (m, k) = Exponential.scaled(-square.hi / 2, -square.lo / 2)
        return (m * GateKernel.inverseSqrtTwoPi, k)
    }

    /// The Mills ratio R(t) = Φ(−t)/φ(t) for 0 ≤ t < 40, within 0.05·2^(−53).
    ///
    /// Why R and not erf or erfc: ½(1 + erf(x/√2)) cancels completely below −8.5, erfc of
    /// the rounded x/√2 is off by x² times its rounding (400 ulps at x = −20), and libm's
    /// erfc is itself up to 5 ulp off in glibc's own table. R is smooth and slowly varying
    /// (1.25 at 0, about 1/t far out), so Φ(−t) = φ(t)·R(t) puts the exponential decay in
    /// ``density(_:)`` and leaves R to a table of polynomials (``millsRatioTable``, from
    /// Tests/ActivationMathTests/Vectors/gelu_tables.py): degree 11 in h = t − centre on
    /// 64 intervals, within 2^(−60) as rounded. Evaluated as c0 + c1·h + h²·P(h) with c0,
    /// c1 and c1·h in double-double; h²·P(h) is below 0.008·R, so its roundings (four at
    /// most, P by Estrin's scheme) stay below 0.032·2^(−53); h = t − centre is exact
    /// (Sterbenz) but below 1/4, where its TwoSum keeps the low part.
    @inline(__always)
    static func millsRatio(_ t: Double) -> DoubleWord<Double> {
        let index = t < 8 ? Int(t * 4) : 24 + Int(t)
        let centre = t < 8 ? Double(index) * 0.25 + 0.125 : Double(index - 24) + 0.5
        let h = DoubleWord.sum(t, -centre)
        return millsRatioTable.withUnsafeBufferPointer { table in
            let c = UnsafeBufferPointer(rebasing: table[(index * 14)..<(index * 14 + 14)])
            let x = h.hi
            let x2 = x * x
            let x4 = x2 * x2
            let p0 = c[4] + x * c[5] + x2 * (c[6] + x * c[7])
            let p1 = c[8] + x * c[9] + x2 * (c[10] + x * c[11])
            let p2 = c[12] + x * c[13]
            let curvature = x2 * (p0 + x4 * (p1 + x4 * p2))  // h²·P(h)
            // c0 + c1·h with one exact product and one TwoSum; the low parts and h²·P(h)
            // (below 0.008·R) are added in Double and renormalised once: each of those
            // additions rounds below 0.008·2^(−53) of R, as the double-double sums did.
            let linear = DoubleWord.product(c[2], h.hi)
            let sum = DoubleWord.sum(c[0], linear.hi)
            let low = sum.lo + (c[1] + (linear.lo + (c[2] * h.lo + c[3] * h.hi)) + curvature)
            let high = sum.hi + low
            return DoubleWord(high, low - (high - sum.hi))
        }
    }

    /// gelu(x) = x·Φ(x): x·φ(t)·R(t) for x < 0 (t = −x), x·(1 − φ(x)·R(x)) for x ≥ 0.
    ///
    /// Error bound: φ within 0.042·2^(−53), R within 0.05·2^(−53), double-double products
    /// and the difference 1 − φR ≥ ½ add a few 2^(−104): within 0.1·2^(−53) before the one
    /// rounding, which 1 ulp (2^(−53) relative, at worst) comfortably holds. For x < −5
    /// the product φ·2^(−k)·R·x is scaled once at the end, so a subnormal result rounds
    /// once.
    static func exactValue(_ x: Double) -> Double {
        if x.isNaN || x == 0 { return x / 2 }  // keeps −0
        if x >= 40 { return x }  // Φ(40) = 1 − 4e−350
        if x <= -40 { return -0.0 }  // |x|·Φ(x) < 1e−346 underflows
        let t = x.magnitude
        let (m, k) = density(t)
        let ratio = millsRatio(t)
        // φR as a product and its cross terms, then x times it, rounded (and scaled) once:
        // the double-double products without their renormalisations (2^(−104) each).
        let mr = DoubleWord.product(m.hi, ratio.hi)
        let mrLow = mr.lo + (m.hi * ratio.lo + m.lo * ratio.hi)
        if x < 0 {
            let p = DoubleWord.product(x, mr.hi)
            return Exponential.scale(p.hi + (p.lo + x * mrLow), by: k)
        }
        let tail = Exponential.times(DoubleWord(mr.hi, mrLow), powerOfTwo: k)  // Φ(−x) ≤ ½
        let difference = DoubleWord.sum(1, -tail.hi)  // Φ(x) = 1 − Φ(−x) ≥ ½
        let low = difference.lo - tail.lo
        let p = DoubleWord.product(x, difference.hi)
        return p.hi + (p.lo + x * low)
    }

    /// gelu′(x) = Φ(x) + x·φ(x) = φ(t)·(R(t) − t) for x < 0, 1 + φ(x)·(x − R(x)) for x ≥ 0.
    ///
    /// Why this form: Φ(−t) − t·φ(t) = φ(t)·(R(t) − t) takes φ out as a factor, so its
    /// error is not magnified where the two terms cancel; only R's is, by R/|R − t|.
    /// With R within 0.05·2^(−53) that stays below 0.46·2^(−53) (with φ's error, 0.51)
    /// while |R − t| ≥ 0.109·R, that is outside |x − x0| < 0.057 around the zero
    /// x0 = −0.75179 of gelu′. Inside |x − x0| ≤ 1/16, gelu′ is its Taylor polynomial at x0
    /// (``slopeTaylor``, from gelu_tables.py), d·(g1 + g2·d + d²·P(d)) with d = x − x0
    /// exact as a double-double: no cancellation, within 0.02·2^(−53). For x ≥ 0 the
    /// result is at least ½ and the two terms add up without cancellation.
    static func exactDerivative(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x >= 40 { return 1 }
        if x <= -40 { return -0.0 }  // φ(x)(R − |x|) < 1e−346 underflows
        let d = x - slopeZero.hi  // exact near x0 (Sterbenz)
        if d.magnitude <= 0.0625 { return slopeNearZero(DoubleWord.sum(d, -slopeZero.lo)) }
        let t = x.magnitude
        let (m, k) = density(t)
        let ratio = millsRatio(t)
        if x < 0 {
            let difference = ratio - DoubleWord(t)  // R − t cancels: the accurate sum
            let p = DoubleWord.product(m.hi, difference.hi)
            return Exponential.scale(p.hi + (p.lo + (m.hi * difference.lo + m.lo * difference.hi)), by: k)
        }
        let product = Exponential.times(m * (DoubleWord(t) - ratio), powerOfTwo: k)
        return (product + 1).value
    }

    /// gelu′(x0 + d) from its Taylor polynomial, for |d| ≤ 1/16.
    private static func slopeNearZero(_ d: DoubleWord<Double>) -> Double {
        let x = d.hi
        let x2 = x * x
        let x4 = x2 * x2
        let c = slopeTaylorHigher
        let higher =
            c[0] + x * c[1] + x2 * (c[2] + x * c[3])
            + x4 * (c[4] + x * c[5] + x2 * (c[6] + x * c[7]) + x4 * (c[8] + x * c[9]))
        let inner = slopeTaylor.g1 + slopeTaylor.g2 * d + x2 * higher
        return (d * inner).value
    }

    // MARK: Tanh form

    /// 0.044715 and √(2/π) as double-doubles, so the argument is exact to about 2^−100.
    private static let kappa = DoubleWord(0.044715, 2.1960211427085595e-18)
    private static let sqrtTwoOverPi = DoubleWord(0.7978845608028654, -4.98465440455546e-17)

    /// v = 2u = 2√(2/π)(x + κx³) and w = x·v′ = 2√(2/π)(x + 3κx³).
    ///
    /// Why the tanh form is rewritten: ½x(1 + tanh u) = x·σ(2u) has no 1 + (−1 + tiny)
    /// cancellation, and computing 2u in double-double matters because σ(2u) ≈ e^(2u)
    /// multiplies any error in 2u by |2u| (600 at x = −20).
    private static func arguments(_ x: Double) -> (v: DoubleWord<Double>, w: DoubleWord<Double>) {
        let X = DoubleWord(x)
        let cube = DoubleWord.product(x, x) * X
        let k = kappa * cube
        let two = DoubleWord(2) * sqrtTwoOverPi
        return (two * (X + k), two * (X + DoubleWord(3) * k))
    }

    static func tanhValue(_ x: Double) -> Double {
        if x.isNaN || x == 0 { return x / 2 }
        if x.magnitude > 1e4 { return x > 0 ? x : -0.0 }  // σ(2u) is 1 or e^(−10¹¹)
        return GateKernel.gateValue(x: x, v: arguments(x).v)
    }

    static func tanhDerivative(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x.magnitude > 1e4 { return x > 0 ? 1 : -0.0 }
        let (v, w) = arguments(x)
        return GateKernel.gateDerivative(v: v, w: w)
    }
}
