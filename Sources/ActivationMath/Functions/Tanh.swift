import RealModule

/// The hyperbolic tangent tanh(x), catalogue name `tanh`.
///
/// Formula: tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)) = 2σ(2x) − 1;
/// tanh′(x) = 1 − tanh²(x) = sech²(x).
///
/// Edge cases: tanh(NaN) = NaN, tanh(±∞) = ±1, tanh′(±∞) = 0, tanh(−0) = −0,
/// tanh(1000) = 1 exactly (no overflow from e^1000).
///
/// ```swift
/// Tanh().value(1000.0)      // 1.0
/// Tanh().derivative(20.0)   // 1.6993417021166355e-17, not 0
/// ```
///
/// See also: PyTorch `torch.nn.Tanh`.
public struct Tanh: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "tanh") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Tanh",
            symbolTeX: "\\tanh",
            valueTeX: "\\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
            derivativeTeX: "1 - \\tanh^2(x)",
            range: .open(-1, 1),
            kinks: [],
            monotonicity: .increasing,
            smoothness: .smooth,
            isZeroCentred: true,
            saturation: .both,
            pytorch: "torch.tanh",
            keras: "keras.activations.tanh",
            summary: "Hyperbolic tangent, zero-centred, squashes to (-1, 1)",
            introduced: "LeCun, Bottou, Orr & Müller, 1998 (Efficient BackProp)"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x, Self.value)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x, Self.slope)
    }

    /// tanh(x) in Double: −E/(2 + E) with E = e^(−2|x|) − 1, odd; from |x| = 0.35 on, where
    /// e^(−2|x|) ≤ 0.5 and 1 − e does not cancel, the same quotient as (1 − e)/(1 + e).
    ///
    /// Why not the platform tanh: glibc's is up to 2 ulp off in Double (its own table of
    /// measured errors) and its tanhf up to 2 in Float, and it costs 23 ns. Here E is a
    /// double-double within 0.07·2^(−53) (``Exponential/expMinusOne(_:_:)``: no
    /// cancellation near 0), 2 + E is exact as a double-double (Fast2Sum, |E| < 1) and
    /// within 0.07·|E|/(2 + E) ≤ 0.07 of 2^(−53), so ``DoubleWord/quotient(_:_:)`` is
    /// within 0.15·2^(−53) before its one rounding, where 1 ulp allows 2^(−53). Below
    /// 2^(−27), tanh x = x − x³/3 rounds to x; from 22 on, 1 − 2e^(−44) rounds to 1. −0
    /// stays −0; NaN gives NaN.
    static func value(_ x: Double) -> Double {
        let t = x.magnitude
        if !(t >= 0x1p-27) { return x }  // also NaN
        if t >= 22 { return x > 0 ? 1 : -1 }
        if t >= 0.35 {
            // (1 − e)/(1 + e), e = e^(−2t) ≤ 0.5: 1 − e is exact as a double-double (1 − e.hi
            // by Sterbenz) and within 0.042·e/(1 − e) ≤ 0.042 of 2^(−53), 1 + e within
            // 0.021: the quotient is within 0.064·2^(−53) before its rounding. The plain
            // exponential, where E = e − 1 from expMinusOne(_:_:) takes the exact reduction.
            let e = Exponential.exp(-2 * t)
            let q = DoubleWord.quotient(DoubleWord(1 - e.hi, -e.lo), GateKernel.onePlus(e))
            return x > 0 ? q : -q
        }
        let e = Exponential.expMinusOne(-2 * t)
        let sum = 2 + e.hi
        let magnitude = DoubleWord.quotient(-e, DoubleWord(sum, (e.hi - (sum - 2)) + e.lo))
        return x > 0 ? magnitude : -magnitude
    }

    /// tanh′(x) = sech²(x) = 4e/(1 + e)² with e = e^(−2|x|) ∈ (0, 1].
    ///
    /// Why not 1 − tanh²: for |x| ≳ 19 tanh rounds to ±1 and the difference to 0, and well
    /// before that it cancels most digits. 4e/(1 + e)² has no subtraction and no overflow
    /// (2|x| = ∞ gives e = 0 and the limit 0); the words 4e and (1 + e)² are within 0.042
    /// and 2·0.021 of 2^(−53), so ``DoubleWord/quotient(_:_:)`` is within 0.085·2^(−53)
    /// before its rounding. Where e is subnormal
    /// (|x| > 354) the result is 4e, scaled once from e's exact significand.
    static func slope(_ x: Double) -> Double {
        if x.isNaN { return x }
        let t = x.magnitude
        if t > 380 { return 0 }
        let (m, k) = Exponential.scaled(-2 * t)
        if k < -1000 { return (m * 4).scaled(by: k) }
        let e = Exponential.times(m, powerOfTwo: k)
        return DoubleWord.quotient(e * 4, GateKernel.onePlus(e).squared())
    }
}

extension Tanh {
    /// The catalogue entry for `tanh`.
    static let catalogEntry = CatalogEntry(
        name: "tanh",
        aliases: [],
        parameters: [],
        summary: "Hyperbolic tangent, zero-centred, squashes to (-1, 1)"
    ) { _ in Tanh() }
}
