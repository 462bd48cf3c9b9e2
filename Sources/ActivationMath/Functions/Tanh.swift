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
        // The platform tanh (through RealModule) is accurate, odd (so −0 stays −0),
        // saturates to ±1 without overflow and returns NaN for NaN.
        T.tanh(x)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        // Why not 1 − tanh²: for |x| ≳ 19 (Double) tanh rounds to ±1 and the difference
        // to 0, and well before that it cancels most digits. With e = e^(−2|x|) ∈ (0, 1],
        // sech²(x) = 4e / (1 + e)², which has no subtraction and no overflow
        // (2|x| = ∞ gives e = 0 and the limit 0).
        let e = T.exp(-2 * x.magnitude)
        if e < T.leastNormalMagnitude {
            // Why: here e is subnormal and has already lost bits, which 4e would magnify
            // to several ulps of a normal result. (2e^(−|x|))² rounds only once at the
            // subnormal scale; (1 + e)² is exactly 1 in this region.
            let h = 2 * T.exp(-x.magnitude)
            return h * h
        }
        // 4σ′(2x): the kernel compensates the rounding of 1 + e; ×4 is exact here.
        return 4 * LogisticKernel.slope(e)
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
