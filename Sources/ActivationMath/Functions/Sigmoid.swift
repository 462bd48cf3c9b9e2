import RealModule

/// The logistic sigmoid σ(x) = 1 / (1 + e^(−x)), catalogue name `sigmoid` (alias `logistic`).
///
/// Formula: σ(x) = 1 / (1 + e^(−x)) = e^x / (1 + e^x); σ′(x) = σ(x)(1 − σ(x)).
///
/// Edge cases: σ(NaN) = NaN, σ(−∞) = 0, σ(+∞) = 1, σ′(±∞) = 0, σ(−0) = 0.5.
/// σ(−1000) is 0 in Double (the correctly rounded value underflows), never NaN.
///
/// ```swift
/// Sigmoid().value(0.0)        // 0.5
/// Sigmoid().derivative(40.0)  // 4.248354255291589e-18, not 0
/// ```
///
/// See also: PyTorch `torch.nn.Sigmoid`.
public struct Sigmoid: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "sigmoid") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Sigmoid",
            symbolTeX: "\\sigma",
            valueTeX: "\\frac{1}{1 + e^{-x}}",
            derivativeTeX: "\\sigma(x)\\,(1 - \\sigma(x))",
            range: .open(0, 1),
            kinks: [],
            monotonicity: .increasing,
            smoothness: .smooth,
            isZeroCentred: false,
            saturation: .both,
            pytorch: "torch.sigmoid",
            keras: "keras.activations.sigmoid",
            summary: "Logistic sigmoid 1/(1+e^-x), squashes to (0, 1)",
            introduced: "Verhulst, 1838 (logistic curve); Rumelhart, Hinton & Williams, 1986 (backpropagation)"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        // Why two branches: e^(−x) overflows for x ≪ 0 and 1/(1 + ∞) would lose every digit
        // of a tiny result. Evaluating e^(−|x|) keeps the exponential in (0, 1], so neither
        // branch overflows, and for x < 0 the quotient e^x/(1 + e^x) keeps full relative
        // accuracy down to the underflow threshold (σ(−1000) = 0 in Double, not NaN).
        // The quotients are corrected for the rounding of 1 + e (see LogisticKernel).
        let e = T.exp(-x.magnitude)
        return x < 0 ? LogisticKernel.fraction(e) : LogisticKernel.reciprocalOnePlus(e)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        // Why not σ(1 − σ): for x ≳ 37 (Double) σ rounds to 1 and 1 − σ to 0, so the
        // product is 0 although σ′(40) ≈ 4.2e−18. The same quantity written with
        // e = e^(−|x|) ∈ (0, 1] is e / (1 + e)², which is symmetric in x, has no subtraction,
        // and is evaluated with the rounding of 1 + e compensated (see LogisticKernel).
        return LogisticKernel.slope(T.exp(-x.magnitude))
    }
}

extension Sigmoid {
    /// The catalogue entry for `sigmoid` and its alias `logistic`.
    static let catalogEntry = CatalogEntry(
        name: "sigmoid",
        aliases: ["logistic"],
        parameters: [],
        summary: "Logistic sigmoid 1/(1+e^-x), squashes to (0, 1)"
    ) { _ in Sigmoid() }
}
