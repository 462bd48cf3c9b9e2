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
        evaluateInDouble(x, Self.value)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x, Self.slope)
    }

    /// σ(x) in Double.
    ///
    /// Why two branches: e^(−x) overflows for x ≪ 0 and 1/(1 + ∞) would lose every digit
    /// of a tiny result. With e = e^(−|x|) ∈ (0, 1] neither branch overflows, and for x < 0
    /// the quotient e/(1 + e) keeps full relative accuracy down to the underflow threshold
    /// (σ(−1000) = 0 in Double, not NaN). e is a double-double within 0.042·2^(−53)
    /// (``Exponential``), 1 + e is exact as a double-double and within 0.021·2^(−53), so
    /// ``DoubleWord/quotient(_:_:)`` leaves the result within 0.064·2^(−53) before its one
    /// rounding, where 1 ulp allows 2^(−53) (libm's exp, within 0.51 ulp, would leave up
    /// to 1.02·2^(−53), enough to miss 1 ulp now and then).
    static func value(_ x: Double) -> Double {
        if x.isNaN { return x }
        let e = Exponential.exp(-x.magnitude)
        return DoubleWord.quotient(x < 0 ? e : DoubleWord(1), GateKernel.onePlus(e))
    }

    /// σ′(x) in Double.
    ///
    /// Why not σ(1 − σ): for x ≳ 37 σ rounds to 1 and 1 − σ to 0, so the product is 0
    /// although σ′(40) ≈ 4.2e−18. The same quantity written with e = e^(−|x|) ∈ (0, 1] is
    /// e / (1 + e)², symmetric in x, with no subtraction: the words are within 0.042 and
    /// 2·0.021 (the square) of 2^(−53), so ``DoubleWord/quotient(_:_:)`` is within
    /// 0.085·2^(−53) before its one rounding.
    static func slope(_ x: Double) -> Double {
        if x.isNaN { return x }
        let e = Exponential.exp(-x.magnitude)
        return DoubleWord.quotient(e, GateKernel.onePlus(e).squared())
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
