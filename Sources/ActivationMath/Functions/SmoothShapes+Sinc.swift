import RealModule

/// The unnormalised sinc sin(x)/x, catalogue name `sinc`.
///
/// Formula: f(x) = sin(x)/x, f(0) = 1; f′(x) = (x cos x − sin x)/x², f′(0) = 0.
///
/// Edge cases: f(NaN) = NaN, f(±∞) = 0 and f′(±∞) = 0 (both fall off like 1/|x|),
/// f(−0) = 1, f′(−0) = +0. Near 0, x cos x − sin x ≈ −x³/3 cancels almost completely, so
/// for |x| ≤ 2 both f and f′ are summed from their Taylor series. f′ also vanishes where
/// tan x = x (x ≈ 4.4934, 7.7253, …); near there the tests use an absolute tolerance
/// scaled by the cancelling terms.
///
/// Not PyTorch's `torch.sinc`, which is the normalised sin(πx)/(πx).
///
/// ```swift
/// Sinc().value(0.0)           // 1.0
/// Sinc().derivative(1e-3)     // -3.3333333e-4 (−x/3), not a cancelled difference
/// ```
public struct Sinc: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "sinc") }

    /// The global minimum sin(x)/x at x ≈ 4.4934 (the first root of tan x = x), rounded down.
    static let minimum = -0.21723362821122166

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Sinc",
            symbolTeX: "\\operatorname{sinc}",
            valueTeX: "\\begin{cases} \\frac{\\sin x}{x} & x \\ne 0 \\\\ 1 & x = 0 \\end{cases}",
            derivativeTeX: "\\begin{cases} \\frac{x \\cos x - \\sin x}{x^2} & x \\ne 0 \\\\ 0 & x = 0 \\end{cases}",
            range: ValueRange(lower: Self.minimum, includesLower: true, upper: 1, includesUpper: true),
            kinks: [],
            monotonicity: .notMonotonic,
            smoothness: .smooth,
            isZeroCentred: false,
            saturation: .both,
            pytorch: nil,
            keras: nil,
            summary: "Unnormalised sinc sin(x)/x, a decaying wave with peak 1 at x = 0",
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
    typealias Trig = SmoothShapes.Trigonometry

    /// Below this |x| the series are used: at |x| = 2 the direct forms keep all but
    /// about 1 bit, below 1 the derivative's difference loses several.
    private static let seriesLimit = 2.0

    /// f′(x) = −(x/3)(1 − (x²/d₁)(1 − (x²/d₂)(1 − …))) with dₙ = 2n(2n + 3), that is
    /// −x/3 + x³/30 − x⁵/840 + …; 14 terms leave below 2^(−75) of the sum for |x| ≤ 2.
    private static func derivativeDenominators<T: ActivationFloat>() -> [T] {
        (1...14).map { n in T(2 * n * (2 * n + 3)) }
    }

    private static func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        if x.magnitude <= T(seriesLimit) {
            return Trig.series(Word.product(x, x), Trig.sineDenominators()).value
        }
        // sin is accurate to its last bit even near its zeros kπ; the quotient is
        // corrected by its exact remainder.
        return (Word(T.sin(x)) / Word(x)).value
    }

    private static func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        if x.magnitude <= T(seriesLimit) {
            let s = Trig.series(Word.product(x, x), derivativeDenominators())
            return (-(s * x / Word(3))).value
        }
        // (cos x − sin(x)/x)/x: the same quantity without x², which would overflow at 1e308.
        // Near the zeros (tan x = x) the two terms cancel, so sin and cos are taken as
        // double words where the reduction allows; beyond 1e9 the zeros' windows of
        // cancellation are narrower than 1e−9 and the platform functions are used.
        let (sine, cosine) =
            x.magnitude <= T(Trig.reductionLimit)
            ? Trig.sineAndCosine(x) : (Word(T.sin(x)), Word(T.cos(x)))
        return ((-(sine / Word(x)) + cosine) / Word(x)).value
    }

    static let catalogEntry = CatalogEntry(
        name: "sinc", aliases: [], parameters: [],
        summary: "Unnormalised sinc sin(x)/x, a decaying wave with peak 1 at x = 0"
    ) { _ in Sinc() }
}
