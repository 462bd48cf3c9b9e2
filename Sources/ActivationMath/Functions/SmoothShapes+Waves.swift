import RealModule

/// The Gaussian bump e^(−x²), catalogue name `gaussian`.
///
/// Formula: f(x) = e^(−x²); f′(x) = −2x·e^(−x²).
///
/// Edge cases: f(NaN) = NaN, f(±∞) = 0, f′(±∞) = 0, f(±0) = 1, f′(0) = ∓0 (the maximum).
/// f(27) ≈ 2.5e−317 is subnormal and returned to the last subnormal bit; f(40) = 0.
///
/// ```swift
/// Gaussian().value(1.0)        // 0.36787944117144233 (1/e)
/// Gaussian().derivative(26.6)  // a normal number although f(26.6) is subnormal
/// ```
///
/// See also: radial basis function networks (Broomhead & Lowe, 1988).
public struct Gaussian: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "gaussian") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Gaussian",
            symbolTeX: "\\operatorname{Gaussian}",
            valueTeX: "e^{-x^2}",
            derivativeTeX: "-2x\\,e^{-x^2}",
            range: ValueRange(lower: 0, includesLower: false, upper: 1, includesUpper: true),
            kinks: [],
            monotonicity: .notMonotonic,
            smoothness: .smooth,
            isZeroCentred: false,
            saturation: .both,
            pytorch: nil,
            keras: nil,
            summary: "Gaussian bump e^(-x^2), peaks at 1 for x = 0",
            introduced: nil
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.value($0) }, { Self.value($0) })
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.derivative($0) }, { Self.derivative($0) })
    }

    typealias Word = DoubleWord

    /// e^(−x²/k) for k = 1 or 2 as a double word, from the exact square hi + lo of x.
    ///
    /// Why: x² rounded to hi is off by lo, up to half an ulp of hi; at x² ≈ 700 that is
    /// 2^(−44), an error of 2^(−44) relative in e^(−x²), thousands of ulps. With the FMA's
    /// exact lo, e^(−hi − lo) = e^(−hi)·e^(−lo) ≈ e^(−hi)(1 − lo), since lo² is negligible.
    /// The correction is kept apart so that f′ = −2x·f rounds once, not twice.
    private static func exponential<T: ActivationFloat>(_ square: Word<T>, over k: T) -> Word<T> {
        let e = T.exp(-square.hi / k)
        return Word.sum(e, -e * (square.lo / k))
    }

    /// Whether e^(−x²) falls below the normal range, where it is built as a square of
    /// e^(−x²/2) so that rounding happens once, at the subnormal scale.
    private static func isSubnormal<T: ActivationFloat>(_ square: Word<T>) -> Bool {
        square.hi > -T.log(T.leastNormalMagnitude)
    }

    private static func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        let square = Word.product(x, x)
        if !square.hi.isFinite { return 0 }  // |x| > 1.3e154 or ±∞: e^(−∞) = 0, lo is NaN
        if isSubnormal(square) {
            let h = exponential(square, over: 2)
            return (h * h).value
        }
        return exponential(square, over: 1).value
    }

    private static func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        let square = Word.product(x, x)
        if !square.hi.isFinite { return 0 }  // also keeps −2x·0 from becoming ∞·0
        if isSubnormal(square) {
            // Why: e^(−x²) is subnormal here (its bits are gone) while −2x·e^(−x²) may still
            // be normal, so multiplying a subnormal f by 2|x| ≈ 53 would magnify its error
            // 53-fold. (−2x·h)·h with h = e^(−x²/2) ≥ 1e−308 keeps every bit.
            let h = exponential(square, over: 2)
            return (h * (-2 * x) * h).value
        }
        return (exponential(square, over: 1) * (-2 * x)).value
    }

    static let catalogEntry = CatalogEntry(
        name: "gaussian", aliases: [], parameters: [],
        summary: "Gaussian bump e^(-x^2), peaks at 1 for x = 0"
    ) { _ in Gaussian() }
}

/// The sine as an activation, catalogue name `sinusoid` (alias `sin`).
///
/// Formula: f(x) = sin x; f′(x) = cos x.
///
/// Edge cases: f(NaN) = NaN, f(−0) = −0. f(±∞) and f′(±∞) are NaN: sin has no limit
/// there. Huge arguments (±1e308) are reduced exactly by the platform's sin and cos, so
/// f(1e308) is the correctly rounded sine, not noise. f′ vanishes at π/2 + kπ; near there
/// the tests use an absolute tolerance of a few ulp of 1.
///
/// ```swift
/// Sinusoid().value(Double.pi)   // 1.2246467991473532e-16, the sine of the Double π
/// ```
///
/// See also: Sitzmann et al. (2020), periodic activations (SIREN); PyTorch `torch.sin`.
public struct Sinusoid: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "sinusoid") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Sinusoid",
            symbolTeX: "\\sin",
            valueTeX: "\\sin(x)",
            derivativeTeX: "\\cos(x)",
            range: ValueRange(lower: -1, includesLower: true, upper: 1, includesUpper: true),
            kinks: [],
            monotonicity: .notMonotonic,
            smoothness: .smooth,
            isZeroCentred: true,
            saturation: .none,
            pytorch: "torch.sin",
            keras: nil,
            summary: "Sine, periodic in [-1, 1]",
            introduced: nil
        )
    }

    // The platform sin and cos (through RealModule) reduce any argument exactly and are
    // faithful; Float goes through Double so the single rounding gives 1 ulp.
    public func value<T: ActivationFloat>(_ x: T) -> T { SmoothShapes.evaluate(x, Double.sin, T.sin) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { SmoothShapes.evaluate(x, Double.cos, T.cos) }

    static let catalogEntry = CatalogEntry(
        name: "sinusoid", aliases: ["sin"], parameters: [],
        summary: "Sine, periodic in [-1, 1]"
    ) { _ in Sinusoid() }
}
