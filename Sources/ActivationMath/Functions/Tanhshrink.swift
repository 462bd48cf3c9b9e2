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

    /// x − tanh x and tanh x as double-doubles, for finite x with |x| ≤ 800.
    ///
    /// Why a series below 2^−7: x − tanh x ≈ x³/3 cancels all but a 3|x|⁻² fraction of x,
    /// and tanh x = (1 − e)/(1 + e) with e = e^(−2|x|) itself cancels in 1 − e. The odd
    /// series x³/3 − 2x⁵/15 + 17x⁷/315 − 62x⁹/2835 + 1382x¹¹/155925 has its next term
    /// below x⁸/200 of the first, under 2^−60 of it for |x| < 2^−7, and no cancellation.
    /// Above the cut-off the double-double quotient has at least 106 − 16 bits to spare.
    private static func parts(_ x: Double) -> (shrink: DoubleWord<Double>, tanh: DoubleWord<Double>) {
        let X = DoubleWord(x)
        if x.magnitude < 0x1p-7 {
            let s = DoubleWord.product(x, x)
            let tail = s.hi * (2.0 / 15 - s.hi * (17.0 / 315 - s.hi * (62.0 / 2835 - s.hi * (1382.0 / 155925))))
            let third = DoubleWord(0.3333333333333333, 1.850371707708594e-17)
            let shrink = X * s * (third - DoubleWord(tail))
            return (shrink, X - shrink)
        }
        let e = GateKernel.expUnscaled(DoubleWord(-2 * x.magnitude))
        let magnitude = (DoubleWord(1) - e) / (DoubleWord(1) + e)
        let t = x < 0 ? -magnitude : magnitude
        return (X - t, t)
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN || x == 0 || x.isInfinite { return x }
            if x.magnitude > 800 { return x > 0 ? x - 1 : x + 1 }  // tanh x = ±1 exactly
            return Self.parts(x).shrink.value
        }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN { return x }
            if x.magnitude > 800 { return 1 }
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
