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

    public var reference: String {
        ReferenceText.make(name: "gelu", parameters: Self.parameters, values: [approximate.rawValue])
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

    /// φ(x) = m·2^k and Φ(x) for |x| ≤ 40, in double-double.
    ///
    /// Why not erf or erfc: ½(1 + erf(x/√2)) cancels completely below −8.5, and even
    /// erfc(−x/√2)/2 inherits the rounding of x/√2 magnified by x² (400 ulps at x = −20).
    /// Instead, for |x| ≤ 5 the positive Kummer series Φ(x) = ½ + x·φ(x)·Σ x^(2k)/(2k+1)!!
    /// (no cancellation inside the sum; the final ½ − … loses at most 22 of 106 bits), and
    /// for |x| > 5 Laplace's continued fraction for the Mills ratio
    /// R(t) = Φ(−t)/φ(t) = 1/(t + 1/(t + 2/(t + 3/(t + …)))), 90 levels (error < 1e−33 for
    /// t ≥ 5), with Φ(x) = φ·R for x < −5 and 1 − φ·R for x > 5.
    private static func normal(_ x: Double) -> (
        density: (m: DoubleWord<Double>, k: Int), cdfOverDensity: DoubleWord<Double>?, cdf: DoubleWord<Double>?
    ) {
        let square = DoubleWord.product(x, x)
        let (m, k) = Exponential.accurate(-square.hi / 2, -square.lo / 2)
        let density = (m * GateKernel.inverseSqrtTwoPi, k)
        let phi = DoubleWord(
            Double(sign: .plus, exponent: k, significand: density.0.hi),
            Double(sign: .plus, exponent: k, significand: density.0.lo))
        if x.magnitude <= 5 {
            var term = DoubleWord(1)
            var sum = DoubleWord(1)
            var n = 1.0
            while term.hi > 1e-34 * sum.hi {
                n += 2
                term = term * square / DoubleWord(n)
                sum = sum + term
            }
            return (density, nil, DoubleWord(0.5) + DoubleWord(x) * phi * sum)
        }
        let t = DoubleWord(x.magnitude)
        var f = t
        for level in stride(from: 90.0, through: 1, by: -1) {
            f = t + DoubleWord(level) / f
        }
        let ratio = DoubleWord(1) / f
        if x < 0 { return (density, ratio, nil) }
        return (density, nil, DoubleWord(1) - phi * ratio)
    }

    static func exactValue(_ x: Double) -> Double {
        if x.isNaN || x == 0 { return x / 2 }  // keeps −0
        if x > 40 { return x }  // Φ(40) = 1 − 4e−350
        if x < -40 { return -0.0 }  // |x|·Φ(x) < 1e−346 underflows
        let (density, ratio, cdf) = normal(x)
        if let cdf { return (DoubleWord(x) * cdf).value }
        // x < −5: x·φ·R, scaled once at the end (φ may be far below the normal range).
        guard let ratio else { return .nan }
        return (DoubleWord(x) * density.m * ratio).scaled(by: density.k)
    }

    static func exactDerivative(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 40 { return 1 }
        if x < -40 { return -0.0 }  // φ(x)(R − |x|) < 0 underflows
        let (density, ratio, cdf) = normal(x)
        if let cdf {
            let phi = density.m * DoubleWord(Double(sign: .plus, exponent: density.k, significand: 1))
            // Why double-double: Φ + xφ cancels for x < 0 (5× at x = −1.3 before the zero
            // at −0.7518); every digit of both terms is kept here.
            return (cdf + DoubleWord(x) * phi).value
        }
        guard let ratio else { return .nan }
        // x < −5: φ·(R + x) with R ≈ 1/|x| ≪ |x|: no cancellation.
        return (density.m * (ratio + DoubleWord(x))).scaled(by: density.k)
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
