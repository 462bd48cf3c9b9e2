import RealModule

/// The continuously differentiable ELU, catalogue name `celu(alpha=1)`.
///
/// Formula: celu(x) = max(0, x) + min(0, α(e^(x/α) − 1)); celu′(x) = 1 for x > 0, else
/// e^(x/α). celu′ is continuous for every α (both sides give 1 at 0), so there is no kink;
/// celu′(0) = 1 as in PyTorch. α = 1 gives elu.
///
/// Edge cases: NaN → NaN, celu(+∞) = +∞, celu(−∞) = −α (α > 0), celu′(−∞) = 0,
/// celu(−0) = −0. α = 0 is invalid (PyTorch raises "alpha cannot be 0"); a factory cannot
/// refuse it, so value and derivative are NaN everywhere, which plots show as missing.
///
/// ```swift
/// CELU(alpha: 0.5).value(-1.0)   // -0.43233235838169365
/// CELU(alpha: 0).value(1.0)      // nan
/// ```
///
/// See also: Barron (2017), https://arxiv.org/abs/1704.07483; PyTorch `torch.nn.CELU`.
public struct CELU: Activation, Equatable {
    /// The scale α (PyTorch's `alpha`, default 1); celu saturates to −α.
    public let alpha: Double

    public init(alpha: Double = 1) {
        self.alpha = alpha
    }

    /// The parameters in catalogue order, with PyTorch's defaults.
    public static let parameters = [
        ParameterSpec(name: "alpha", defaultValue: 1, summary: "Scale α: saturation to −α and e^(x/α); not 0")
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "celu", parameters: Self.parameters, values: [alpha])
    }

    public var metadata: ActivationMetadata {
        let a = alpha
        let exponent = a == 1 ? "x" : "x/\(NumberText.tex(a))"
        let negative = NumberText.tex(a, times: a == 1 ? "e^{\(exponent)} - 1" : "(e^{\(exponent)} - 1)")
        return ActivationMetadata(
            displayName: "CELU",
            symbolTeX: "\\operatorname{CELU}",
            valueTeX: "\\begin{cases} x & x > 0 \\\\ \(negative) & x \\le 0 \\end{cases}",
            derivativeTeX: "\\begin{cases} 1 & x > 0 \\\\ e^{\(exponent)} & x \\le 0 \\end{cases}",
            range: a > 0 ? .open(-a, .infinity) : .all,
            kinks: [],
            monotonicity: .increasing,
            // f′ = 1 on both sides of 0, f″ jumps from 1/α to 0.
            smoothness: .differentiable(times: 1),
            isZeroCentred: false,
            saturation: a > 0 ? .negativeOnly : .none,
            pytorch: "torch.nn.functional.celu(alpha=\(NumberText.shortest(a)))",
            keras: "keras.activations.celu",
            summary: "Continuously differentiable ELU, α(e^(x/α) − 1) for x ≤ 0",
            introduced: "Barron, 2017"
        )
    }

    /// x/α as an exact double-double (quotient plus its fused-multiply-add remainder).
    private func scaled(_ x: Double) -> DoubleWord<Double> {
        let q = x / alpha
        if !q.isFinite { return DoubleWord(q) }
        return DoubleWord(q) + DoubleWord(x.addingProduct(-q, alpha) / alpha)
    }

    /// Error bound: x/α is exact as a double-double, e^(x/α) − 1 within 0.07·2^(−53)
    /// (``Exponential/expMinusOne(_:_:)``) and α times it exact but for 2^(−104): the
    /// result is within 0.07·2^(−53) before its one rounding, where 1 ulp allows 2^(−53).
    /// e^(x/α) likewise within 0.042·2^(−53).
    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if alpha == 0 || !alpha.isFinite { return .nan }
            if x.isNaN || x > 0 || x == 0 { return x }
            if x == -.infinity { return alpha > 0 ? -alpha : -.infinity }
            let y = scaled(x)
            if y.hi > 709 { return alpha > 0 ? .infinity : -.infinity }
            return (Exponential.expMinusOne(y.hi, y.lo) * alpha).value
        }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if alpha == 0 || !alpha.isFinite { return .nan }
            if x.isNaN { return x }
            if x > 0 { return 1 }
            let y = scaled(x)
            if y.hi.isNaN { return 0 }  // x = −∞
            if y.hi > 709 { return .infinity }  // α < 0: e^(x/α) grows without bound
            return Exponential.exp(y.hi, y.lo).value
        }
    }
}

extension CELU {
    /// The catalogue entry for `celu`.
    static let catalogEntry = CatalogEntry(
        name: "celu",
        aliases: [],
        parameters: CELU.parameters,
        summary: "Continuously differentiable ELU (alpha, default 1, not 0)"
    ) { CELU(alpha: $0["alpha"]) }
}

/// The scaled ELU, catalogue name `selu`: λ·elu(x, α) with the self-normalising constants.
///
/// Formula: selu(x) = λx for x > 0, else λα(e^x − 1); selu′(x) = λ for x > 0, else λαe^x,
/// with α = 1.6732632423543772848170429916717 and λ = 1.0507009873554804934193349852946
/// (Klambauer et al.; Double rounds them to 1.6732632423543772 and 1.0507009873554805, so
/// they are kept as double-doubles and the products round once).
///
/// Edge cases: NaN → NaN, selu(+∞) = +∞, selu(−∞) = −λα = −1.7580993408473768,
/// selu′(+∞) = λ, selu′(−∞) = 0, selu(−0) = −0. At the kink selu′(0) = λα (PyTorch).
///
/// ```swift
/// SELU().value(1.0)        // 1.0507009873554805
/// SELU().derivative(0.0)   // 1.7580993408473768
/// ```
///
/// See also: Klambauer, Unterthiner, Mayr & Hochreiter (2017), https://arxiv.org/abs/1706.02515;
/// PyTorch `torch.nn.SELU`.
public struct SELU: Activation, Equatable {
    public init() {}

    /// λ and λα to about 32 digits.
    static let lambda = DoubleWord(1.0507009873554805, 3.9874847667154144e-17)
    static let lambdaAlpha = DoubleWord(1.7580993408473768, 1.41535193800845e-17)

    public var functionReference: FunctionReference { FunctionReference(name: "selu") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "SELU",
            symbolTeX: "\\operatorname{SELU}",
            valueTeX: "\\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases},"
                + " \\lambda \\approx 1.0507, \\alpha \\approx 1.6733",
            derivativeTeX: "\\begin{cases} \\lambda & x > 0 \\\\ \\lambda\\alpha\\,e^{x} & x \\le 0 \\end{cases}",
            range: .open(-Self.lambdaAlpha.value, .infinity),
            kinks: [0],
            monotonicity: .increasing,
            smoothness: .continuous,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: "torch.nn.functional.selu",
            keras: "keras.activations.selu",
            summary: "Self-normalising scaled ELU",
            introduced: "Klambauer, Unterthiner, Mayr & Hochreiter, 2017"
        )
    }

    /// Error bound: λ and λα are double-doubles, e^x − 1 and e^x are within 0.07·2^(−53)
    /// and 0.042·2^(−53) (``Exponential``), so each result is within 0.07·2^(−53) before
    /// its one rounding, where 1 ulp allows 2^(−53). Where
    /// e^x is subnormal, λα·e^x is formed from e^x's exact significand and scaled once.
    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN || x == 0 || x.isInfinite { return x.isInfinite && x < 0 ? -Self.lambdaAlpha.value : x }
            // Above 2^1000 the product's residual would overflow; λx rounds once anyway.
            if x > 0 { return x > 0x1p1000 ? Self.lambda.hi * x : (Self.lambda * DoubleWord(x)).value }
            return (Self.lambdaAlpha * Exponential.expMinusOne(x)).value
        }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN { return x }
            if x > 0 { return Self.lambda.value }
            if x < -800 { return 0 }
            let (m, k) = Exponential.scaled(x)
            return (Self.lambdaAlpha * m).scaled(by: k)
        }
    }
}

extension SELU {
    /// The catalogue entry for `selu`.
    static let catalogEntry = CatalogEntry(
        name: "selu",
        aliases: [],
        parameters: [],
        summary: "Self-normalising scaled ELU, λ·elu(x, α)"
    ) { _ in SELU() }
}
