import RealModule

/// Tanhshrink x − tanh(x), catalogue name `tanhshrink`.
///
/// Formula: tanhshrink(x) = x − tanh(x); tanhshrink′(x) = tanh²(x).
///
/// Edge cases: NaN → NaN, tanhshrink(±∞) = ±∞, tanhshrink′(±∞) = 1, tanhshrink(−0) = −0,
/// tanhshrink(1e−8) = 3.3e−25 (the difference x − tanh x is 0 in Double there).
///
/// ```swift
/// Tanhshrink().value(1e-3)    // 3.3333320002087066e-10
/// Tanhshrink().derivative(1e-3)  // 9.99999333333711e-07
/// ```
///
/// See also: PyTorch `torch.nn.Tanhshrink`; ``Tanh``.
public struct Tanhshrink: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "tanhshrink") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Tanhshrink",
            symbolTeX: "\\operatorname{Tanhshrink}",
            valueTeX: "x - \\tanh(x)",
            derivativeTeX: "\\tanh^2(x)",
            range: .all,
            kinks: [],
            monotonicity: .increasing,
            smoothness: .smooth,
            isZeroCentred: true,
            saturation: .none,
            pytorch: "torch.nn.functional.tanhshrink",
            keras: nil,
            summary: "x − tanh(x), flat near 0 and linear far out",
            introduced: nil
        )
    }

    /// x − tanh x and tanh x as double-doubles, for finite x with 2^(−27) ≤ |x| < 0.625
    /// (``outerValue(_:)`` and ``outerSlope(_:)`` take over from there).
    ///
    /// Why a series below 1/8 and a precise exponential above: x − tanh x cancels all but
    /// a fraction (x − tanh x)/x of x, so an error ε in tanh x becomes A·ε in the result,
    /// A = tanh x/(x − tanh x) ≈ 3/x² near 0 (192 at 1/8, 7.9 at 0.625). ``Tanh/value(_:)``'s
    /// formula −E/(2 + E), E = e^(−2|x|) − 1, takes E from
    /// ``Exponential/preciseExpMinusOne(_:_:)`` (2^(−65)), and 192·2^(−64) < 2^(−56).
    /// Below 1/8, the odd series x³/3 − 2x⁵/15 + … + c₁₇x¹⁷ has no cancellation: its terms
    /// fall by 0.4x² ≤ 0.0063 each, so the first omitted one is below 2^(−58) of the sum;
    /// x³/3 is a double-double (x² and the product exact), the rest, at most 0.0063 of it,
    /// is summed in Double.
    private static func parts(_ x: Double) -> (shrink: DoubleWord<Double>, tanh: DoubleWord<Double>) {
        let X = DoubleWord(x)
        if x.magnitude < 0.125 {
            let s = x * x
            let cube = DoubleWord.product(x, x) * x
            let third = DoubleWord(0.3333333333333333, 1.850371707708594e-17)
            let higher = (-2.0 / 15 + s * (17.0 / 315 + s * (-62.0 / 2835 + s * (1382.0 / 155925 + s * higherTerms(s)))))
            let shrink = cube * third + DoubleWord(cube.hi * s * higher)
            return (shrink, X - shrink)
        }
        let y = -2 * x.magnitude
        let e = Exponential.preciseExpMinusOne(y)
        let magnitude = DoubleWord.quotientWord(-e, e + 2)  // within 2^(−100)
        let t = x < 0 ? -magnitude : magnitude
        return (X - t, t)
    }

    /// The series' coefficients of x¹³, x¹⁵ and x¹⁷ (of x − tanh x), nested in s = x².
    private static func higherTerms(_ s: Double) -> Double {
        -21844.0 / 6_081_075 + s * (929569.0 / 638_512_875 + s * (-6_404_582.0 / 10_854_718_875))
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN || x.isInfinite || x == 0 { return x }  // keeps −0
            if x.magnitude < 0x1p-27 {
                // x³/3 − 2x⁵/15: the second term is below 2^(−55) of the first.
                return (DoubleWord.product(x, x) * x * DoubleWord(0.3333333333333333, 1.850371707708594e-17)).value
            }
            if x.magnitude >= 22 { return x > 0 ? x - 1 : x + 1 }  // tanh x = ±1 to 2^(−60)
            if x.magnitude >= 0.625 { return Self.outerValue(x) }
            return Self.parts(x).shrink.value
        }
    }

    /// 1 − tanh t = 2e/(1 + e), e = e^(−2t), as an unrounded quotient word, for t ≥ 0.625.
    ///
    /// Error bound: e is within 0.042·2^(−53) (``Exponential``), and 2e/(1 + e) has
    /// condition number 1/(1 + e) ≤ 1 in it; the quotient word adds 2^(−100) (`exact`), or,
    /// without q's exact remainder, q's rounding, 2^(−53) relative (for t ≥ 2, where the
    /// callers can afford it and save the FMA call).
    @inline(__always)
    private static func complement(_ t: Double, exact: Bool) -> DoubleWord<Double> {
        let e = Exponential.exp(-2 * t)
        let p = GateKernel.onePlus(e)
        if exact { return DoubleWord.quotientWord(e * 2, p) }
        let inverse = 1 / p.hi
        let q = e.hi * 2 / p.hi
        return DoubleWord(q, (e.lo * 2 - q * p.lo) * inverse)
    }

    /// x − tanh x for 0.625 ≤ |x| < 22, odd: (|x| − 1) + g with g = 1 − tanh|x| = 2e/(1 + e).
    ///
    /// Why this is enough from 0.625 on (and ``parts(_:)``'s second exponential is not
    /// needed): |x| − 1 is exact (Sterbenz below 2, a multiple of ulp(x) beyond), so the sum
    /// magnifies only g's error, within 0.042·2^(−53), by g/(|x| − 1 + g), which falls with
    /// |x| and is 6.4 at 0.625: within 0.27·2^(−53) before the one rounding, where 1 ulp
    /// allows 2^(−53). From 2 on, g/(|x| − 1 + g) ≤ 0.035 and g may carry q's rounding too:
    /// within 0.04·2^(−53). One exponential and a quotient word where the double-double tanh
    /// took a second, precise exponential and a double-double division.
    private static func outerValue(_ x: Double) -> Double {
        let g = complement(x.magnitude, exact: x.magnitude < 2)
        let sum = DoubleWord.sum(x.magnitude - 1, g.hi)
        let magnitude = sum.hi + (sum.lo + g.lo)
        return x > 0 ? magnitude : -magnitude
    }

    /// tanh²x for 0.625 ≤ |x| < 22: tanh|x| = 1 − g in double-double (within
    /// 0.042·g/(1 − g) ≤ 0.034 of 2^(−53)), squared: within 0.07·2^(−53) before the rounding.
    ///
    /// From 2 on, 1 − g(2 − g) with g rounded (within 2.05·2^(−53)): h = g(2 − g) is within
    /// 3.6·2^(−53) of itself and at most 0.076 of the result, 0.27·2^(−53) before the last
    /// rounding, and no double-double square.
    private static func outerSlope(_ x: Double) -> Double {
        if x.magnitude >= 2 {
            let g = complement(x.magnitude, exact: false).value
            return 1 - g * (2 - g)
        }
        let g = complement(x.magnitude, exact: true)
        let sum = DoubleWord.sum(1, -g.hi)
        let t = DoubleWord(sum.hi, sum.lo - g.lo)
        let square = DoubleWord.product(t.hi, t.hi)
        return square.hi + (square.lo + 2 * t.hi * t.lo)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN { return x }
            if x.magnitude >= 22 { return 1 }
            if x.magnitude < 0x1p-27 { return x * x }  // tanh x = x(1 − x²/3): x² rounded once
            if x.magnitude >= 0.625 { return Self.outerSlope(x) }
            let t = Self.parts(x).tanh
            return (t * t).value
        }
    }
}

extension Tanhshrink {
    /// The catalogue entry for `tanhshrink`.
    static let catalogEntry = CatalogEntry(
        name: "tanhshrink",
        aliases: [],
        parameters: [],
        summary: "x − tanh(x), flat near 0 and linear far out"
    ) { _ in Tanhshrink() }
}
