import RealModule

/// Softplus, catalogue name `softplus(beta=1, threshold=none)`: a smooth ReLU.
///
/// Formula: softplus(x) = (1/β)·ln(1 + e^(βx)), evaluated as
/// max(βx, 0)/β + log1p(e^(−|βx|))/β; softplus′(x) = σ(βx).
/// With a finite `threshold` t (PyTorch's reversion to the identity) the value is x and the
/// derivative 1 where βx > t; at βx = t exactly the log1p formula is used, as in PyTorch.
///
/// Edge cases: softplus(NaN) = NaN, softplus(+∞) = +∞, softplus(−∞) = 0,
/// softplus′(+∞) = 1, softplus′(−∞) = 0, softplus(0) = ln 2/β. Far left
/// softplus(x) ≈ e^(βx)/β stays positive down to the underflow threshold
/// (softplus(−700) = 9.9e−305, softplus(−745) = 5e−324); softplus(−800) is 0 in
/// Double because e^(−800) = 3.7e−348 is below the least subnormal, never NaN.
/// PyTorch's default threshold is 20; here the default is none (+∞), the exact function.
///
/// ```swift
/// Softplus().value(-700.0)                        // 9.85967654375977e-305
/// Softplus(beta: 2, threshold: 20).value(11.0)    // 11.0 (βx = 22 > 20)
/// ```
///
/// See also: Dugas et al. (2001); PyTorch `torch.nn.Softplus`; ``LogSigmoid``.
public struct Softplus: Activation, Equatable {
    /// The sharpness β (PyTorch's `beta`, default 1).
    public let beta: Double
    /// Where βx > threshold the value is x (PyTorch's `threshold`; default +∞, written `none`).
    public let threshold: Double

    public init(beta: Double = 1, threshold: Double = .infinity) {
        self.beta = beta
        self.threshold = threshold
    }

    /// The parameters in catalogue order.
    public static let parameters = [
        ParameterSpec(name: "beta", defaultValue: 1, summary: "Sharpness β: (1/β)·ln(1 + e^(βx))"),
        ParameterSpec(
            name: "threshold", defaultValue: .infinity,
            summary: "Above βx = threshold return x (PyTorch uses 20); 'none' for the exact function",
            words: ["none": .infinity]),
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "softplus", parameters: Self.parameters, values: [beta, threshold])
    }

    public var metadata: ActivationMetadata {
        let bx = NumberText.tex(beta, times: "x")
        let inverse = beta == 1 ? "" : "\\frac{1}{\(NumberText.tex(beta))}"
        let smooth = "\(inverse)\\ln(1 + e^{\(bx)})"
        let cut = threshold / beta
        let finite = threshold.isFinite
        let cutTeX = NumberText.tex(cut)
        return ActivationMetadata(
            displayName: "Softplus",
            symbolTeX: "\\operatorname{softplus}",
            valueTeX: finite ? "\\begin{cases} x & x > \(cutTeX) \\\\ \(smooth) & x \\le \(cutTeX) \\end{cases}" : smooth,
            derivativeTeX: finite
                ? "\\begin{cases} 1 & x > \(cutTeX) \\\\ \\sigma(\(bx)) & x \\le \(cutTeX) \\end{cases}"
                : "\\sigma(\(bx))",
            range: beta > 0 ? (finite && cut < 0 ? .open(cut, .infinity) : .open(0, .infinity)) : .all,
            kinks: [],
            // The threshold drops the value by log1p(e^(−t))/β at x = t/β.
            jumps: finite ? [cut] : [],
            monotonicity: finite ? .notMonotonic : .increasing,
            smoothness: finite ? .discontinuous : .smooth,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: "torch.nn.functional.softplus(beta=\(NumberText.shortest(beta)), threshold="
                + (finite ? NumberText.shortest(threshold) : "math.inf") + ")",
            keras: beta == 1 && !finite ? "keras.activations.softplus" : nil,
            summary: "Smooth ReLU (1/β)·ln(1 + e^(βx))",
            introduced: "Dugas, Bengio, Bélisle, Nadeau & Garcia, 2001"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { Self.value(x: $0, beta: beta, threshold: threshold) }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { Self.slope(x: $0, beta: beta, threshold: threshold) }
    }

    /// softplus in Double: x + ln(1 + e^(−βx))/β for βx > 0, ln(1 + e^(βx))/β otherwise.
    ///
    /// Error bound: βx is exact as a double-double (e^(βx) would magnify its rounding by
    /// |βx|); E = e^(−|βx|) is within 0.042·2^(−53) (``Exponential``) and ln(1 + E) has
    /// condition number E/((1 + E)·ln(1 + E)) ≤ 1 in it; ``Logarithm/logOnePlus(_:)``
    /// adds 0.03·2^(−53), the double-double quotient by β and the sum with x a few
    /// 2^(−104). So the result is within 0.08·2^(−53) before its one rounding (libm's
    /// log1p of the rounded E, then /β and + x, rounds three times: 2 ulp seen at β = 0.3).
    static func value(x: Double, beta: Double, threshold: Double) -> Double {
        if x.isNaN { return x }
        let u = Self.argument(x, beta)
        if u.hi > threshold { return x }  // PyTorch compares the rounded βx
        if u.hi.isInfinite || u.hi.isNaN { return u.hi > 0 ? x : (beta == 0 ? .infinity : 0) }
        if u.hi > 0 {
            // (1/β)(βx + ln(1 + e^(−βx))) = x + log1p(e^(−βx))/β: x itself, not βx/β.
            if u.hi > 800 { return x }
            let log = Logarithm.logOnePlus(Exponential.exp(-u.hi, -u.lo))
            let tail = beta == 1 ? log : log / DoubleWord(beta)
            // Two positive terms: x + tail.hi exactly (TwoSum), then the low parts, one rounding.
            let sum = DoubleWord.sum(x, tail.hi)
            return sum.hi + (sum.lo + tail.lo)
        }
        if u.hi < -2000 { return 0 }  // e^(βx)/β underflows
        let (m, k) = Exponential.scaled(u.hi, u.lo)
        // Why: log1p(E) = E to 106 bits when E < 2^−200, and E may be subnormal or below;
        // dividing m by β before the single scaling keeps e^(βx)/β positive and accurate.
        if k < -200 { return (m / DoubleWord(beta)).scaled(by: k) }
        let log = Logarithm.logOnePlus(Exponential.times(m, powerOfTwo: k))
        return (beta == 1 ? log : log / DoubleWord(beta)).value
    }

    /// βx exactly, as a double-double: e^(βx) magnifies its rounding by |βx|. β = 1 is x
    /// itself (no FMA call); NaN for NaN.
    @inline(__always)
    private static func argument(_ x: Double, _ beta: Double) -> DoubleWord<Double> {
        beta == 1 ? DoubleWord(x) : DoubleWord.product(beta, x)
    }

    static func slope(x: Double, beta: Double, threshold: Double) -> Double {
        if x.isNaN { return x }
        let u = Self.argument(x, beta)
        if u.hi > threshold { return 1 }
        if u.hi.isInfinite || u.hi.isNaN { return u.hi > 0 ? 1 : (beta == 0 ? 0.5 : 0) }
        return GateKernel.logistic(u)
    }
}

extension Softplus {
    /// The catalogue entry for `softplus`.
    static let catalogEntry = CatalogEntry(
        name: "softplus",
        aliases: [],
        parameters: Softplus.parameters,
        summary: "Smooth ReLU (1/β)·ln(1 + e^(βx)) (beta, default 1; threshold, default none)"
    ) { Softplus(beta: $0["beta"], threshold: $0["threshold"]) }
}

/// The log-sigmoid ln σ(x) = −softplus(−x), catalogue name `log_sigmoid` (alias `logsigmoid`).
///
/// Formula: log_sigmoid(x) = min(x, 0) − log1p(e^(−|x|)); log_sigmoid′(x) = σ(−x),
/// computed as σ(−x) rather than 1 − σ(x), which is 0 for x ≳ 37.
///
/// Edge cases: NaN → NaN, log_sigmoid(−∞) = −∞, log_sigmoid(+∞) = −0, derivatives 1 and 0;
/// log_sigmoid(0) = −ln 2; log_sigmoid(800) = −0 (−e^(−800) underflows), never NaN.
///
/// ```swift
/// LogSigmoid().value(40.0)        // -4.248354255291589e-18, not 0
/// LogSigmoid().derivative(40.0)   // 4.248354255291589e-18
/// ```
///
/// See also: PyTorch `torch.nn.LogSigmoid`; ``Softplus``.
public struct LogSigmoid: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "log_sigmoid") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Log-sigmoid",
            symbolTeX: "\\ln\\sigma",
            valueTeX: "-\\ln(1 + e^{-x})",
            derivativeTeX: "\\sigma(-x)",
            range: .open(-.infinity, 0),
            kinks: [],
            monotonicity: .increasing,
            smoothness: .smooth,
            isZeroCentred: false,
            saturation: Saturation(negative: false, positive: true),
            pytorch: "torch.nn.functional.logsigmoid",
            keras: "keras.activations.log_sigmoid",
            summary: "Logarithm of the sigmoid, −softplus(−x)",
            introduced: nil
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN { return x }
            // −softplus(−x): min(x, 0) − log1p(e^(−|x|)), two terms of the same sign.
            return -Softplus.value(x: -x, beta: 1, threshold: .infinity)
        }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { Softplus.slope(x: -$0, beta: 1, threshold: .infinity) }
    }
}

extension LogSigmoid {
    /// The catalogue entry for `log_sigmoid` (Keras's name) and PyTorch's `logsigmoid`.
    static let catalogEntry = CatalogEntry(
        name: "log_sigmoid",
        aliases: ["logsigmoid"],
        parameters: [],
        summary: "Logarithm of the sigmoid, −softplus(−x)"
    ) { _ in LogSigmoid() }
}
