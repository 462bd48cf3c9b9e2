/// The soft shrinkage (soft thresholding), catalogue name `softshrink(lambda=0.5)`
/// (parameter alias `lambd`, Keras alias `soft_shrink`).
///
/// Formula: f(x) = x − λ for x > λ, x + λ for x < −λ, else 0;
/// f′(x) = 1 for |x| > λ, else 0.
///
/// Edge cases: f(NaN) = NaN, f(±∞) = ±∞, f′(±∞) = 1, f(−0) = 0. At the kinks ±λ the
/// value is 0 and f′ = 0, PyTorch autograd's choice (its backward uses −λ ≤ x ≤ λ).
/// λ = 0 is the identity. PyTorch rejects λ < 0; here its formula still applies, which
/// makes f jump up at x = λ from 2λ to 0 (metadata lists the jump).
///
/// ```swift
/// let f = Softshrink(lambda: 0.5)
/// f.value(2.0)         // 1.5
/// f.value(-0.5)        // 0.0
/// f.derivative(0.5)    // 0.0
/// ```
///
/// See also: ``Hardshrink``; PyTorch `torch.nn.Softshrink`.
public struct Softshrink: Activation, Equatable, WideEvaluation {
    /// The half-width λ of the dead zone [−λ, λ] (PyTorch's `lambd`, default 0.5).
    public let lambda: Double

    public init(lambda: Double = 0.5) {
        self.lambda = lambda
    }

    /// The parameters in catalogue order, with PyTorch's default.
    public static let parameters = [
        ParameterSpec(
            name: "lambda", defaultValue: 0.5, summary: "Half-width λ of the dead zone [−λ, λ]", aliases: ["lambd"])
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "softshrink", parameters: Self.parameters, values: [lambda])
    }

    public var metadata: ActivationMetadata {
        let l = lambda
        let (tl, tml) = (PiecewiseKernel.tex(l), PiecewiseKernel.tex(-l))
        let valueTeX =
            l == 0
            ? "x"
            : "\\begin{cases} \(PiecewiseKernel.texShift(l)) & x > \(tl) \\\\ "
                + "\(PiecewiseKernel.texShift(-l)) & x < \(tml) \\\\ 0 & \\text{otherwise} \\end{cases}"
        return ActivationMetadata(
            displayName: "Softshrink",
            symbolTeX: "\\operatorname{Softshrink}",
            valueTeX: valueTeX,
            derivativeTeX: l == 0
                ? "1" : "\\begin{cases} 1 & |x| > \(tl) \\\\ 0 & |x| \\le \(tl) \\end{cases}",
            range: .all,
            kinks: l > 0 ? [-l, l] : [],
            jumps: l < 0 ? [l] : [],
            monotonicity: l > 0 ? .nonDecreasing : .increasing,
            smoothness: l > 0 ? .continuous : (l == 0 ? .smooth : .discontinuous),
            isZeroCentred: l >= 0,
            saturation: .none,
            pytorch: "torch.nn.functional.softshrink(lambd=\(NumberText.shortest(l)))",
            keras: "keras.activations.soft_shrink(threshold=\(NumberText.shortest(l)))",
            summary: "Soft thresholding: shrinks x towards 0 by lambda, 0 inside [-lambda, lambda]",
            introduced: "Donoho, 1995"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        // One correctly rounded operation per branch, with its error for a narrower
        // format (TwoSum); x − λ just beside the kink is exact (Sterbenz).
        let l = U(lambda)
        if !x.isFinite { return WideResult(x) }
        if x > l { return PiecewiseKernel.twoSum(x, -l) }
        if x < -l { return PiecewiseKernel.twoSum(x, l) }
        return WideResult(0)
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        let l = U(lambda)
        return WideResult(x >= -l && x <= l ? 0 : 1)
    }
}

extension Softshrink {
    /// The catalogue entry for `softshrink` and its Keras spelling `soft_shrink`.
    static let catalogEntry = CatalogEntry(
        name: "softshrink",
        aliases: ["soft_shrink"],
        parameters: Softshrink.parameters,
        summary: "Soft thresholding: x shrunk towards 0 by lambda (default 0.5)"
    ) { Softshrink(lambda: $0["lambda"]) }
}

/// The hard shrinkage (hard thresholding), catalogue name `hardshrink(lambda=0.5)`
/// (parameter alias `lambd`, Keras alias `hard_shrink`).
///
/// Formula: f(x) = x for |x| > λ, else 0; f′(x) = 1 for |x| > λ, else 0.
///
/// Edge cases: f(NaN) = NaN, f(±∞) = ±∞, f′(±∞) = 1, f(−0) = 0. f jumps at ±λ, from 0
/// to ±λ; at ±λ themselves the value is 0 and f′ = 0, PyTorch's choice (forward and
/// backward both use −λ ≤ x ≤ λ). For λ ≤ 0 the dead zone is empty: the identity.
///
/// ```swift
/// let f = Hardshrink(lambda: 0.5)
/// f.value(0.5)                      // 0.0
/// f.value(0.5000000000000001)       // 0.5000000000000001
/// f.derivative(-0.5)                // 0.0
/// ```
///
/// See also: ``Softshrink``; PyTorch `torch.nn.Hardshrink`.
public struct Hardshrink: Activation, Equatable, WideEvaluation {
    /// The half-width λ of the dead zone [−λ, λ] (PyTorch's `lambd`, default 0.5).
    public let lambda: Double

    public init(lambda: Double = 0.5) {
        self.lambda = lambda
    }

    /// The parameters in catalogue order, with PyTorch's default.
    public static let parameters = [
        ParameterSpec(
            name: "lambda", defaultValue: 0.5, summary: "Half-width λ of the dead zone [−λ, λ]", aliases: ["lambd"])
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "hardshrink", parameters: Self.parameters, values: [lambda])
    }

    public var metadata: ActivationMetadata {
        let l = lambda
        let tl = PiecewiseKernel.tex(l)
        return ActivationMetadata(
            displayName: "Hardshrink",
            symbolTeX: "\\operatorname{Hardshrink}",
            valueTeX: l > 0 ? "\\begin{cases} x & |x| > \(tl) \\\\ 0 & |x| \\le \(tl) \\end{cases}" : "x",
            derivativeTeX: l > 0 ? "\\begin{cases} 1 & |x| > \(tl) \\\\ 0 & |x| \\le \(tl) \\end{cases}" : "1",
            // The values are (−∞, −λ) ∪ {0} ∪ (λ, ∞); the smallest interval holding them is ℝ.
            range: .all,
            kinks: [],
            jumps: l > 0 ? [-l, l] : [],
            monotonicity: l > 0 ? .nonDecreasing : .increasing,
            smoothness: l > 0 ? .discontinuous : .smooth,
            isZeroCentred: true,
            saturation: .none,
            pytorch: "torch.nn.functional.hardshrink(lambd=\(NumberText.shortest(l)))",
            keras: "keras.activations.hard_shrink(threshold=\(NumberText.shortest(l)))",
            summary: "Hard thresholding: x where |x| > lambda, else 0",
            introduced: "Donoho & Johnstone, 1994"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        let l = U(lambda)
        return WideResult(x >= -l && x <= l ? 0 : x)
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        let l = U(lambda)
        return WideResult(x >= -l && x <= l ? 0 : 1)
    }
}

extension Hardshrink {
    /// The catalogue entry for `hardshrink` and its Keras spelling `hard_shrink`.
    static let catalogEntry = CatalogEntry(
        name: "hardshrink",
        aliases: ["hard_shrink"],
        parameters: Hardshrink.parameters,
        summary: "Hard thresholding: x where |x| > lambda (default 0.5), else 0"
    ) { Hardshrink(lambda: $0["lambda"]) }
}
