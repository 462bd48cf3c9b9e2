/// The rectified linear unit relu(x) = max(0, x), catalogue name `relu`.
///
/// Formula: relu(x) = x for x > 0, else 0; relu′(x) = 1 for x > 0, else 0.
///
/// Edge cases: relu(NaN) = NaN (a plain `max` would hide it), relu(−∞) = 0,
/// relu(+∞) = +∞, relu′(−∞) = 0, relu′(+∞) = 1. relu(−0) = +0: every x ≤ 0 maps to the
/// same +0, as with PyTorch's `torch.relu`, so plots and tables never show "−0".
/// At the kink relu′(0) = 0, PyTorch autograd's choice (its backward uses x > 0).
///
/// ```swift
/// ReLU().value(-3.0)      // 0.0
/// ReLU().derivative(0.0)  // 0.0
/// ```
///
/// See also: ``LeakyReLU``, PyTorch `torch.nn.ReLU`.
public struct ReLU: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "relu") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "ReLU",
            symbolTeX: "\\operatorname{ReLU}",
            valueTeX: "\\max(0, x)",
            derivativeTeX: "\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
            range: .atLeast(0),
            kinks: [0],
            monotonicity: .nonDecreasing,
            smoothness: .continuous,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: "torch.nn.functional.relu",
            keras: "keras.activations.relu",
            summary: "Rectified linear unit max(0, x)",
            introduced: "Nair & Hinton, 2010; Glorot, Bordes & Bengio, 2011"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        return x > 0 ? x : 0
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        return x > 0 ? 1 : 0
    }
}

extension ReLU {
    /// The catalogue entry for `relu`.
    static let catalogEntry = CatalogEntry(
        name: "relu",
        aliases: [],
        parameters: [],
        summary: "Rectified linear unit max(0, x)"
    ) { _ in ReLU() }
}

/// The leaky rectifier, catalogue name `leaky_relu(negative_slope=0.01)`.
///
/// Formula: f(x) = x for x > 0, else s·x, with s = `negativeSlope`;
/// f′(x) = 1 for x > 0, else s.
///
/// Edge cases: f(NaN) = NaN, f(+∞) = +∞, f(−∞) = −∞·sign(s) and 0 when s = 0 (the limit,
/// not the NaN of 0·∞); f′(±∞) = 1 and s. f(−0) = −0 for s > 0, as s·x gives.
/// At the kink f′(0) = s, PyTorch autograd's choice (its backward uses x > 0).
///
/// ```swift
/// let f = LeakyReLU(negativeSlope: 0.2)
/// f.value(-1.0)        // -0.2
/// f.derivative(0.0)    // 0.2
/// ```
///
/// See also: ``ReLU``, PyTorch `torch.nn.LeakyReLU`.
public struct LeakyReLU: Activation, Equatable {
    /// The slope s for x ≤ 0 (PyTorch's `negative_slope`, default 0.01).
    public let negativeSlope: Double

    public init(negativeSlope: Double = 0.01) {
        self.negativeSlope = negativeSlope
    }

    /// The parameters in catalogue order, with PyTorch's defaults.
    public static let parameters = [
        ParameterSpec(name: "negative_slope", defaultValue: 0.01, summary: "Slope for x ≤ 0")
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "leaky_relu", parameters: Self.parameters, values: [negativeSlope])
    }

    public var metadata: ActivationMetadata {
        let s = negativeSlope
        let sx = NumberText.tex(s, times: "x")
        // max(sx, x) is only right when s ≤ 1; otherwise spell out the cases.
        let valueTeX =
            (0...1).contains(s)
            ? "\\max(\(sx), x)"
            : "\\begin{cases} x & x > 0 \\\\ \(sx) & x \\le 0 \\end{cases}"
        return ActivationMetadata(
            displayName: "Leaky ReLU",
            symbolTeX: "\\operatorname{LeakyReLU}",
            valueTeX: valueTeX,
            derivativeTeX: "\\begin{cases} 1 & x > 0 \\\\ \(NumberText.tex(s)) & x \\le 0 \\end{cases}",
            range: s > 0 ? .all : .atLeast(0),
            kinks: s == 1 ? [] : [0],
            monotonicity: s > 0 ? .increasing : (s == 0 ? .nonDecreasing : .notMonotonic),
            smoothness: s == 1 ? .smooth : .continuous,
            isZeroCentred: false,
            saturation: s == 0 ? .negativeOnly : .none,
            pytorch: "torch.nn.functional.leaky_relu(negative_slope=\(NumberText.shortest(s)))",
            keras: "keras.activations.leaky_relu",
            summary: "ReLU with a small slope for x ≤ 0",
            introduced: "Maas, Hannun & Ng, 2013"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN || x > 0 { return x }
        let s = T(negativeSlope)
        // Why: 0·(−∞) is NaN, but the limit of 0·x as x → −∞ is 0.
        if s == 0 { return 0 }
        return s * x
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        return x > 0 ? 1 : T(negativeSlope)
    }
}

extension LeakyReLU {
    /// The catalogue entry for `leaky_relu`.
    static let catalogEntry = CatalogEntry(
        name: "leaky_relu",
        aliases: [],
        parameters: LeakyReLU.parameters,
        summary: "ReLU with a small slope for x ≤ 0 (negative_slope, default 0.01)"
    ) { LeakyReLU(negativeSlope: $0["negative_slope"]) }
}
