import RealModule

/// The inverse square root unit, catalogue name `isru(alpha=1)`.
///
/// Formula: f(x) = x / √(1 + αx²); f′(x) = (1 / √(1 + αx²))³.
///
/// Edge cases: f(NaN) = NaN, f(±∞) = ±1/√α, f′(±∞) = 0, f(−0) = −0. For |x| > 1 the
/// formulas are evaluated as sign(x)/√(α + 1/x²) and (r/√(α + r²))³ with r = 1/|x|, so αx²
/// never overflows (f(1e200) = 1/√α, f′(1e103) is the subnormal 1e−309, not 0 or NaN).
/// α = 0 gives the identity; α < 0 is outside the domain (NaN where 1 + αx² < 0).
///
/// ```swift
/// ISRU().value(1e300)          // 1.0
/// ISRU(alpha: 4).value(-.infinity)  // -0.5
/// ```
///
/// See also: ``ISRLU``; Carlile, Delamarter, Kinney, Marti & Whitney (2017),
/// https://arxiv.org/abs/1710.09967.
public struct ISRU: Activation, Equatable {
    /// α: f saturates to ±1/√α (default 1).
    public let alpha: Double

    public init(alpha: Double = 1) {
        self.alpha = alpha
    }

    /// The parameters in catalogue order, with the paper's default.
    public static let parameters = [
        ParameterSpec(
            name: "alpha", defaultValue: 1, summary: "Scale α of x² under the root; isru saturates to ±1/√α")
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "isru", parameters: Self.parameters, values: [alpha])
    }

    public var metadata: ActivationMetadata {
        let root = InverseRoot.rootTeX(alpha)
        let bound = alpha > 0 ? 1 / alpha.squareRoot() : .infinity
        return ActivationMetadata(
            displayName: "ISRU",
            symbolTeX: "\\operatorname{ISRU}",
            valueTeX: "\\frac{x}{\(root)}",
            derivativeTeX: "\\left(\\frac{1}{\(root)}\\right)^{3}",
            range: .open(-bound, bound),
            kinks: [],
            monotonicity: alpha >= 0 ? .increasing : .notMonotonic,
            smoothness: .smooth,
            isZeroCentred: true,
            saturation: alpha > 0 ? .both : .none,
            pytorch: nil,
            keras: nil,
            summary: "Inverse square root unit x/sqrt(1+alpha x^2), a cheap tanh-like squasher",
            introduced: "Carlile, Delamarter, Kinney, Marti & Whitney, 2017"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { InverseRoot.value($0, alpha) }, { InverseRoot.value($0, T(alpha)) })
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { InverseRoot.slope($0, alpha) }, { InverseRoot.slope($0, T(alpha)) })
    }

    static let catalogEntry = CatalogEntry(
        name: "isru", aliases: [], parameters: ISRU.parameters,
        summary: "Inverse square root unit x/sqrt(1+alpha x^2) (alpha, default 1)"
    ) { ISRU(alpha: $0["alpha"]) }
}

/// The inverse square root linear unit, catalogue name `isrlu(alpha=1)`.
///
/// Formula: f(x) = x for x ≥ 0, else x / √(1 + αx²);
/// f′(x) = 1 for x ≥ 0, else (1 / √(1 + αx²))³.
///
/// Edge cases: f(NaN) = NaN, f(+∞) = +∞, f(−∞) = −1/√α, f′(+∞) = 1, f′(−∞) = 0,
/// f(−0) = −0. Both branches give f′(0) = 1 and f″(0) = 0, so there is no kink; f‴ jumps
/// from −3α to 0, so isrlu is C² (for α ≠ 0). The negative branch is ``ISRU``'s, stable for
/// large |x|.
///
/// ```swift
/// ISRLU().value(-.infinity)   // -1.0
/// ISRLU().derivative(0.0)     // 1.0
/// ```
///
/// See also: ``ISRU``, ``ELU``; Carlile, Delamarter, Kinney, Marti & Whitney (2017).
public struct ISRLU: Activation, Equatable {
    /// α: f saturates to −1/√α as x → −∞ (default 1).
    public let alpha: Double

    public init(alpha: Double = 1) {
        self.alpha = alpha
    }

    /// The parameters in catalogue order, with the paper's default.
    public static let parameters = [
        ParameterSpec(
            name: "alpha", defaultValue: 1, summary: "Scale α of x² under the root; isrlu saturates to −1/√α")
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "isrlu", parameters: Self.parameters, values: [alpha])
    }

    public var metadata: ActivationMetadata {
        let root = InverseRoot.rootTeX(alpha)
        let bound = alpha > 0 ? 1 / alpha.squareRoot() : .infinity
        return ActivationMetadata(
            displayName: "ISRLU",
            symbolTeX: "\\operatorname{ISRLU}",
            valueTeX: "\\begin{cases} x & x \\ge 0 \\\\ \\frac{x}{\(root)} & x < 0 \\end{cases}",
            derivativeTeX: "\\begin{cases} 1 & x \\ge 0 \\\\ "
                + "\\left(\\frac{1}{\(root)}\\right)^{3} & x < 0 \\end{cases}",
            range: .open(-bound, .infinity),
            kinks: [],
            monotonicity: alpha >= 0 ? .increasing : .notMonotonic,
            // f′ and f″ are continuous at 0 (1 and 0 on both sides); f‴ jumps from −3α to 0.
            smoothness: alpha == 0 ? .smooth : .differentiable(times: 2),
            isZeroCentred: false,
            saturation: alpha > 0 ? .negativeOnly : .none,
            pytorch: nil,
            keras: nil,
            summary: "Inverse square root linear unit: x for x >= 0, ISRU below, an ELU-like shape",
            introduced: "Carlile, Delamarter, Kinney, Marti & Whitney, 2017"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN || x >= 0 { return x }
        return SmoothShapes.evaluate(x, { InverseRoot.value($0, alpha) }, { InverseRoot.value($0, T(alpha)) })
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x >= 0 { return 1 }
        return SmoothShapes.evaluate(x, { InverseRoot.slope($0, alpha) }, { InverseRoot.slope($0, T(alpha)) })
    }

    static let catalogEntry = CatalogEntry(
        name: "isrlu", aliases: [], parameters: ISRLU.parameters,
        summary: "Inverse square root linear unit, x for x >= 0 (alpha, default 1)"
    ) { ISRLU(alpha: $0["alpha"]) }
}

/// x/√(1 + αx²) and its derivative, shared by ``ISRU`` and ``ISRLU``.
enum InverseRoot {
    typealias Word = DoubleWord

    /// `\sqrt{1 + αx^2}` with α substituted.
    static func rootTeX(_ alpha: Double) -> String {
        alpha == 0 ? "\\sqrt{1}" : "\\sqrt{1 + \(NumberText.tex(alpha, times: "x^2"))}"
    }

    /// 1/√(1 + αx²) as a double word, for finite x.
    ///
    /// Why two forms: 1 + αx² is carried exactly (x² exact, α times it and + 1 within
    /// 2^(−104)) and its reciprocal square root is a double word within 2^(−102)
    /// (``DoubleWord/reciprocalSquareRoot()``); where αx² would overflow (or leave the
    /// range of the exact product, 2^995), |x| is factored out instead:
    /// 1/√(1 + αx²) = r/√(α + r²) with r = 1/|x| ≤ 1, three divisions where the first
    /// form has one.
    private static func inverseRoot<T: ActivationFloat>(_ x: T, _ alpha: T) -> Word<T> {
        let sum = Word.product(x, x) * alpha + 1
        if sum.hi.magnitude < T(sign: .plus, exponent: 990, significand: 1) || x.magnitude <= 1 {
            return sum.reciprocalSquareRoot()
        }
        let r = Word(1) / Word(x.magnitude)
        return r / ((r * r) + alpha).squareRoot()
    }

    /// 1 + αx² as a double word (x² exact), or nil where it would leave the range of the
    /// exact product (|αx²| ≥ 2^990 and |x| > 1; ``inverseRoot(_:_:)`` factors x out there).
    @inline(__always)
    private static func radicand<T: ActivationFloat>(_ x: T, _ alpha: T) -> Word<T>? {
        let square = Word.product(x, x)
        let sum = (alpha == 1 ? square : square * alpha) + 1
        if sum.hi.magnitude < T(sign: .plus, exponent: 990, significand: 1) || x.magnitude <= 1 { return sum }
        return nil
    }

    /// x/√(1 + αx²): x over the root word, one quotient. The root is within 2^(−104)
    /// (``DoubleWord/squareRootWord()``) and the radicand exact but for 2^(−104), so the
    /// quotient is within 2^(−100) before its one rounding (1 ulp allows 2^(−53)).
    static func value<T: ActivationFloat>(_ x: T, _ alpha: T) -> T {
        if x.isNaN || x == 0 || alpha == 0 { return x }  // x == 0 keeps −0
        if x.isInfinite {
            // The limit ±1/√α, rounded once.
            let bound = (Word(1) / Word(alpha).squareRoot()).value
            return x > 0 ? bound : -bound
        }
        if let sum = radicand(x, alpha) { return Word.quotient(Word(x), sum.squareRootWord()) }
        return (inverseRoot(x, alpha) * x).value
    }

    /// (1/√(1 + αx²))³ = 1/(A·√A), A = 1 + αx²: one quotient of 1 by the product of the
    /// radicand and its root word (both within 2^(−104), the product exact but for
    /// 2^(−104)): within 2^(−100) before its one rounding.
    static func slope<T: ActivationFloat>(_ x: T, _ alpha: T) -> T {
        if x.isNaN { return x }
        if alpha == 0 { return 1 }
        if x.isInfinite { return 0 }
        // A·√A overflows from A = 2^682, and its reciprocal would be subnormal before that:
        // below 2^600 the quotient is a normal number; above, the three-factor form.
        if let sum = radicand(x, alpha), sum.hi < T(sign: .plus, exponent: 600, significand: 1) {
            let root = sum.squareRootWord()
            let product = Word.product(sum.hi, root.hi)
            let denominator = Word(product.hi, product.lo + (sum.hi * root.lo + sum.lo * root.hi))
            return Word.quotient(Word(1), denominator)
        }
        let g = inverseRoot(x, alpha)
        return (g * g * g).value
    }
}
