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
        evaluateInDouble(x, Self.value)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x, Self.slope)
    }

    typealias Trig = SmoothShapes.Trigonometry

    /// Below this |x| the series are used: at |x| = 2 the direct forms keep all but
    /// about 1 bit, below 1 the derivative's difference loses several.
    private static let seriesLimit = 2.0

    /// sin(x)/x in Double.
    ///
    /// For |x| ≤ 2, 1 − y·(1/6 − y·(1/120 − y·V)) with y = x² exact, the two outer levels in
    /// double-double and V = 1/7! − y/9! + … + y¹⁰/27! in Double: y·V ≤ 8e−4 is multiplied
    /// by y² ≤ 16 again, so its rounding reaches the result (≥ 0.45) below 0.03·2^(−53);
    /// the next term is below 2^(−66). Beyond, the double-word sine (2^(−64)) divided by x.
    /// libm's sin, within 0.55 ulp, would leave up to 1.1·2^(−53) before the division.
    static func value(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        if x.magnitude <= seriesLimit {
            let y = DoubleWord.product(x, x)
            let t = y.hi
            let tail =
                1.0 / 5040 - t * (1.0 / 362_880 - t * (1.0 / 39_916_800 - t * (1.0 / 6_227_020_800 - t * valueTail(t))))
            let inner = DoubleWord(0x1.1111111111111p-7, 0x1.1111111111111p-63) + -(t * tail)  // 1/120 − y·V
            return (-(y * (-(y * inner) + DoubleWord(0x1.5555555555555p-3, 0x1.5555555555555p-57))) + 1).value
        }
        let sine = x.magnitude <= Trig.reductionLimit ? Trig.sine(x) : DoubleWord(Double.sin(x))
        return DoubleWord.quotient(sine, DoubleWord(x))
    }

    /// y⁴/15! − … + y⁹/25! − … (the value series' highest terms, to y¹⁰/27!), nested.
    private static func valueTail(_ t: Double) -> Double {
        1.0 / 1_307_674_368_000
            - t
            * (1.0 / 355_687_428_096_000 - t
                * (1.0 / 121_645_100_408_832_000 - t
                    * (1.0 / 51_090_942_171_709_440_000
                        - t
                        * (1.0 / 25_852_016_738_884_976_640_000 - t
                            * (1.0 / 15_511_210_043_330_985_984_000_000
                                - t * (1.0 / 10_888_869_450_418_352_160_768_000_000))))))
    }

    /// sinc′ in Double.
    ///
    /// For |x| ≤ 2, f′ = −(x/3)·D(y), D = 1 − y/10 + y²/280 − … = Σ (−1)^m·6(m + 1)/(2m + 3)!·y^m,
    /// the two outer levels in double-double and the rest (to y¹²) in Double, as for the
    /// value: D ≥ 0.65, the rounded part reaches it below 0.01·2^(−53).
    ///
    /// Beyond, (x cos x − sin x)/x² with double-word sine and cosine within 2^(−64): the
    /// numerator N is exact but for that, 2^(−64)·(|x cos x| + |sin x|), which relative to
    /// N stays below 2^(−55) (a quarter of what 1 ulp allows) unless |N| is under 2^(−9)
    /// of the terms, in windows of about ±0.004/xₖ around the zeros xₖ of tan x = x; there
    /// sine and cosine are recomputed to 2^(−100). Past 1e9, where the reduction is not
    /// exact, libm's sin and cos in (cos x − sin(x)/x)/x, which does not square x.
    static func slope(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        if x.magnitude <= seriesLimit {
            let y = DoubleWord.product(x, x)
            let t = y.hi
            let tail =
                6.613756613756614e-05
                - t
                * (7.515632515632515e-07 - t
                    * (5.7812557812557815e-09 - t
                        * (3.2118087673643227e-11
                            - t
                            * (1.34949948208585e-13 - t
                                * (4.439143033177138e-16 - t
                                    * (1.1743764638034756e-18
                                        - t * (2.5529923126162516e-21 - t * (4.641804204756821e-24 - t * 7.163278093760525e-27))))))))
            let inner = DoubleWord(0x1.d41d41d41d41dp-9, 0x1.0750750750750p-63) + -(t * tail)  // 1/280 − y·(…)
            let series = -(y * (-(y * inner) + DoubleWord(0x1.999999999999ap-4, -0x1.999999999999ap-58))) + 1
            return (-(series * x * DoubleWord(0x1.5555555555555p-2, 0x1.5555555555555p-56))).value
        }
        if x.magnitude > Trig.reductionLimit {
            return ((-(DoubleWord(Double.sin(x)) / DoubleWord(x)) + Double.cos(x)) / DoubleWord(x)).value
        }
        var (sine, cosine) = Trig.sineAndCosine(x)
        var numerator = cosine * x - sine
        let terms = (cosine.hi * x).magnitude + sine.hi.magnitude
        if numerator.hi.magnitude < 0x1p-9 * terms {
            (sine, cosine) = Trig.preciseSineAndCosine(x)
            numerator = cosine * x - sine
        }
        return DoubleWord.quotient(numerator, DoubleWord.product(x, x))
    }

    static let catalogEntry = CatalogEntry(
        name: "sinc", aliases: [], parameters: [],
        summary: "Unnormalised sinc sin(x)/x, a decaying wave with peak 1 at x = 0"
    ) { _ in Sinc() }
}
