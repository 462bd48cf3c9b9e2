import RealModule

/// The unnormalised sinc sin(x)/x, catalogue name `sinc`.
///
/// Formula: f(x) = sin(x)/x, f(0) = 1; f′(x) = (x cos x − sin x)/x², f′(0) = 0.
///
/// Edge cases: f(NaN) = NaN, f(±∞) = 0 and f′(±∞) = 0 (both fall off like 1/|x|),
/// f(−0) = 1, f′(−0) = +0. Near 0, x cos x − sin x ≈ −x³/3 cancels almost completely, so
/// for |x| ≤ 1 f′ is summed from its Taylor series. f′ also vanishes where
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

    /// Below this |x| sinc′ is summed from its series: at |x| = 1 the difference
    /// x cos x − sin x keeps all but 2.2 bits (|N| is 0.22 of |x cos x| + |sin x|, well above
    /// the 1/32 of the kernel's scales that ``slope(_:)``'s table path needs, which it
    /// would reach near 0.45), below it loses more, and the series is the cheaper path.
    private static let seriesLimit = 1.0

    /// sin(x)/x in Double.
    ///
    /// For |x| ≤ 128 the table-driven sine (``SmoothShapes/Trigonometry/tableSineAndCosine(_:)``,
    /// within 2^(−59.3) relative, also for |x| < π/128 where it is r = x and its series)
    /// divided by x as a double word (2^(−100)): within 0.5 + 2^(−6.3) ulp before Float's
    /// rounding. Beyond, the double-word sine (2^(−64)) divided by x. libm's sin, within
    /// 0.55 ulp, would leave up to 1.1·2^(−53) before the division.
    static func value(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        // 1 − x²/6 rounds to 1 below 2^(−27) (x²/6 < 2^(−55.6), under half an ulp of the
        // Doubles just below 1); there sin(x)/x would also divide by 0 or by a subnormal.
        if x.magnitude < 0x1p-27 { return 1 }
        let sine: DoubleWord<Double>
        if x.magnitude <= Trig.tableLimit {
            let word = Trig.tableSineAndCosine(x).sin
            sine = DoubleWord.normalized(word.hi, word.lo)
        } else {
            sine = x.magnitude <= Trig.reductionLimit ? Trig.sine(x) : DoubleWord(Double.sin(x))
        }
        return DoubleWord.quotient(sine, DoubleWord(x))
    }

    /// sinc′ in Double.
    ///
    /// For |x| ≤ 1, the series (``seriesSlope(_:)``), within 0.5 + 2^(−4.6) ulp.
    ///
    /// For 1 < |x| ≤ 128, N = x cos x − sin x from the table-driven sine and cosine
    /// (``SmoothShapes/Trigonometry/tableSineAndCosine(_:)``, within 2^(−60.8) of the scales
    /// Ms and Mc it returns): x·cos x as an exact product plus x·(cos's low word), its
    /// TwoSum with −sin x and the low words, renormalised; then divided by x² (exact,
    /// ``DoubleWord/square(_:)``) with one rounding (2^(−100)). N is then within
    /// 2^(−60.5)·(|x|·Mc + Ms): the kernel's 2^(−60.8), and 2^(−63.1) for rounding x times
    /// cos's low word and the three sums after it (the kernel's low words are up to 2^(−11.7)
    /// of its high words). That is below 2^(−55.5)·|N| when |N| is at least 1/32 of
    /// |x|·Mc + Ms: within 0.5 + 2^(−2.5) ulp. Why the kernel's scales and not a worst
    /// case relative to |x cos x| + |sin x|: the kernel's own cancellation (up to a factor 3,
    /// where sin a and cos a·r have opposite signs) then counts only where it happens, and
    /// the windows where |N| is below 1/32 (about ±0.014 and ±0.008 around 4.4934 and
    /// 7.7253, narrowing like 1/x) take the next path.
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
        if x.magnitude <= seriesLimit { return seriesSlope(x) }
        if x.magnitude > Trig.reductionLimit {
            return ((-(DoubleWord(Double.sin(x)) / DoubleWord(x)) + Double.cos(x)) / DoubleWord(x)).value
        }
        if x.magnitude <= Trig.tableLimit {
            let (sine, cosine, sineScale, cosineScale) = Trig.tableSineAndCosine(x)
            let product = DoubleWord.product(cosine.hi, x)
            let head = DoubleWord.sum(product.hi, -sine.hi)
            let numerator = DoubleWord.normalized(head.hi, head.lo + (product.lo + (cosine.lo * x - sine.lo)))
            if numerator.hi.magnitude >= 0x1p-5 * (x.magnitude * cosineScale + sineScale) {
                return DoubleWord.quotient(numerator, DoubleWord.square(x))
            }
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

    /// sinc′ for |x| ≤ 1 as −x·E(y), y = x², E = 1/3 − y/30 + y²·H(y),
    /// H = 1/840 − y/45360 + … + y⁷/(2554547108585472000) = Σₘ₌₂…₉ (−1)^m·2(m + 1)/(2m + 3)!·y^(m−2).
    ///
    /// Error bound: E ∈ [0.301, 1/3]. y = x² and y.hi·(1/30)'s leading part are exact
    /// products, 1/3 − that a Fast2Sum; the rest (below 2^(−9.6)) is summed in Double:
    /// y²·H within 2^(−50.4) of itself (y.hi², H by Estrin, the product), 2^(−60.1); the
    /// sum's roundings 2^(−61); H's truncation (2^(−70) at y = 1) and the dropped y.lo·H
    /// terms below 2^(−100): E within 2^(−59.5), 2^(−57.7) of E. x·E is x times E's head
    /// exactly plus x times the rest (2^(−61) of x·E): within 0.5 + 2^(−4.6) ulp after the
    /// one rounding. Three FMA calls where the double-double Horner scheme made five and
    /// renormalised at every level.
    private static func seriesSlope(_ x: Double) -> Double {
        let y = DoubleWord.product(x, x)
        let (t, t2) = (y.hi, y.hi * y.hi)
        let h =
            ((1.0 / 840 - t * (1.0 / 45360)) + t2 * (1.0 / 3_991_680 - t * (1.0 / 518_918_400)))
            + (t2 * t2)
            * ((1.0 / 93_405_312_000 - t * (1.0 / 22_230_464_256_000))
                + t2 * (0x1.5532eaf516982p-53 - t * 0x1.ce272b49432cep-62))
        let third = 0x1.5555555555555p-2  // 1/3 = third + 0x1.5555555555555p-56
        let tenth = DoubleWord.product(t, 0x1.1111111111111p-5)  // 1/30 = that + 0x1.1111111111111p-61
        let head = third - tenth.hi
        let rest =
            ((third - head) - tenth.hi) + 0x1.5555555555555p-56
            - (tenth.lo + (t * 0x1.1111111111111p-61 + y.lo * 0x1.1111111111111p-5)) + t2 * h
        let product = DoubleWord.product(x, head)
        return -(product.hi + (product.lo + x * rest))
    }

    static let catalogEntry = CatalogEntry(
        name: "sinc", aliases: [], parameters: [],
        summary: "Unnormalised sinc sin(x)/x, a decaying wave with peak 1 at x = 0"
    ) { _ in Sinc() }
}
