/// The parametric rectifier with one parameter, catalogue name `prelu(a=0.25)`.
///
/// Formula: f(x) = max(0, x) + a·min(0, x), that is x for x > 0, else a·x;
/// f′(x) = 1 for x > 0, else a. In a network a is learnt; here it is fixed.
///
/// Edge cases: f(NaN) = NaN, f(+∞) = +∞, f(−∞) = −∞·sign(a) and 0 when a = 0 (the limit,
/// not the NaN of 0·∞); f′(±∞) = a and 1. f(−0) = −0 for a > 0, as a·x gives.
/// At the kink f′(0) = a, PyTorch autograd's choice (its backward uses x > 0).
///
/// ```swift
/// let f = PReLU(a: 0.25)
/// f.value(-2.0)        // -0.5
/// f.derivative(0.0)    // 0.25
/// ```
///
/// See also: ``LeakyReLU``, ``RReLU``; PyTorch `torch.nn.PReLU`.
public struct PReLU: Activation, Equatable, WideEvaluation {
    /// The slope a for x ≤ 0 (PyTorch's `init`, default 0.25).
    public let a: Double

    public init(a: Double = 0.25) {
        self.a = a
    }

    /// The parameters in catalogue order, with PyTorch's default.
    public static let parameters = [
        ParameterSpec(
            name: "a", defaultValue: 0.25, summary: "Slope for x ≤ 0 (learnt in a network)",
            aliases: ["init", "weight"])
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "prelu", parameters: Self.parameters, values: [a])
    }

    public var metadata: ActivationMetadata {
        let ax = NumberText.tex(a, times: "x")
        // max(ax, x) is only right when a ≤ 1; otherwise spell out the cases.
        let valueTeX =
            (0...1).contains(a)
            ? "\\max(\(ax), x)"
            : "\\begin{cases} x & x > 0 \\\\ \(ax) & x \\le 0 \\end{cases}"
        return ActivationMetadata(
            displayName: "PReLU",
            symbolTeX: "\\operatorname{PReLU}",
            valueTeX: valueTeX,
            derivativeTeX: "\\begin{cases} 1 & x > 0 \\\\ \(NumberText.tex(a)) & x \\le 0 \\end{cases}",
            range: a > 0 ? .all : .atLeast(0),
            kinks: a == 1 ? [] : [0],
            monotonicity: a > 0 ? .increasing : (a == 0 ? .nonDecreasing : .notMonotonic),
            smoothness: a == 1 ? .smooth : .continuous,
            isZeroCentred: false,
            saturation: a == 0 ? .negativeOnly : .none,
            pytorch: "torch.nn.PReLU(init=\(NumberText.shortest(a)))",
            keras: "keras.layers.PReLU",
            summary: "Leaky ReLU whose slope a for x <= 0 is learnt",
            introduced: "He, Zhang, Ren & Sun, 2015"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN || x > 0 { return WideResult(x) }
        // Why: 0·(−∞) is NaN, but the limit of 0·x as x → −∞ is 0.
        if a == 0 { return WideResult(0) }
        if !x.isFinite { return WideResult(U(a) * x) }
        return PiecewiseKernel.twoProduct(U(a), x)
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        return WideResult(x > 0 ? 1 : U(a))
    }
}

extension PReLU {
    /// The catalogue entry for `prelu`.
    static let catalogEntry = CatalogEntry(
        name: "prelu",
        aliases: [],
        parameters: PReLU.parameters,
        summary: "Leaky ReLU with a learnt slope (a, default 0.25)"
    ) { PReLU(a: $0["a"]) }
}

/// The randomized leaky rectifier in evaluation mode, catalogue name
/// `rrelu(lower=0.125, upper=1/3)`.
///
/// Formula: with s = (l + u)/2 (l = `lower`, u = `upper`), f(x) = x for x > 0, else s·x;
/// f′(x) = 1 for x > 0, else s. In training, PyTorch draws the slope of each element
/// uniformly from [l, u]; in evaluation it uses the mean s, which is what is drawn here.
///
/// Edge cases: f(NaN) = NaN, f(+∞) = +∞, f(−∞) = −∞·sign(s) and 0 when s = 0;
/// f′(±∞) = s and 1; f(−0) = −0 for s > 0. At the kink f′(0) = s, as for leaky_relu.
/// The default u is 1/3 as a Double (0.333…3148), so the default s is 0.2291666…
///
/// ```swift
/// let f = RReLU()
/// f.derivative(0.0)   // 0.22916666666666666
/// f.value(-6.0)       // -1.375
/// ```
///
/// See also: ``LeakyReLU``, ``PReLU``; PyTorch `torch.nn.RReLU`.
public struct RReLU: Activation, Equatable, WideEvaluation {
    /// The lower end l of the training slope distribution (PyTorch's `lower`, default 1/8).
    public let lower: Double
    /// The upper end u of the training slope distribution (PyTorch's `upper`, default 1/3).
    public let upper: Double

    public init(lower: Double = 0.125, upper: Double = 1.0 / 3.0) {
        self.lower = lower
        self.upper = upper
    }

    /// The parameters in catalogue order, with PyTorch's defaults.
    public static let parameters = [
        ParameterSpec(name: "lower", defaultValue: 0.125, summary: "Lower end of the random slope for x ≤ 0"),
        ParameterSpec(name: "upper", defaultValue: 1.0 / 3.0, summary: "Upper end of the random slope for x ≤ 0"),
    ]

    /// The evaluation-mode slope s = (l + u)/2, correctly rounded.
    ///
    /// Why halves: l/2 + u/2 cannot overflow where l + u would, and halving is exact
    /// (bar subnormal parameters), so this is the one rounding of (l + u)/2.
    public var slope: Double { lower / 2 + upper / 2 }

    public var functionReference: FunctionReference {
        .canonical(name: "rrelu", parameters: Self.parameters, values: [lower, upper])
    }

    public var metadata: ActivationMetadata {
        let s = slope
        let mean = "\\tfrac{\(NumberText.tex(lower)) + \(NumberText.tex(upper))}{2}"
        return ActivationMetadata(
            displayName: "RReLU (evaluation)",
            symbolTeX: "\\operatorname{RReLU}",
            valueTeX: "\\begin{cases} x & x > 0 \\\\ \(mean)\\,x & x \\le 0 \\end{cases}",
            derivativeTeX: "\\begin{cases} 1 & x > 0 \\\\ \(mean) & x \\le 0 \\end{cases}",
            range: s > 0 ? .all : .atLeast(0),
            kinks: s == 1 ? [] : [0],
            monotonicity: s > 0 ? .increasing : (s == 0 ? .nonDecreasing : .notMonotonic),
            smoothness: s == 1 ? .smooth : .continuous,
            isZeroCentred: false,
            saturation: s == 0 ? .negativeOnly : .none,
            pytorch: "torch.nn.functional.rrelu(lower=\(NumberText.shortest(lower)), "
                + "upper=\(NumberText.shortest(upper)), training=False)",
            keras: nil,
            summary: "Leaky ReLU with a random slope in training, the mean slope in evaluation",
            introduced: "Xu, Wang, Chen & Li, 2015"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN || x > 0 { return WideResult(x) }
        let s = U(slope)
        if x == 0 || !x.isFinite {
            // Why: 0·(−∞) is NaN, but the limit of 0·x as x → −∞ is 0; and s·(−0) keeps
            // the sign of zero that the compensated sum below would lose.
            return WideResult(s == 0 ? 0 : s * x)
        }
        // Why compensated: s itself is rounded, so s·x would round twice (up to 1 ulp).
        // With l/2 + u/2 = s + e exactly (TwoSum) and x·s = p + pe exactly (fused
        // multiply-add), x·(s + e) = p + (pe + x·e) to far below half an ulp.
        let s2 = PiecewiseKernel.twoSum(U(lower) / 2, U(upper) / 2)
        let p = PiecewiseKernel.twoProduct(x, s2.value)
        return PiecewiseKernel.twoSum(p.value, p.error + x * s2.error)
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        // The slope with the error of its one rounding, so a narrower format rounds the
        // exact (l + u)/2 (see PiecewiseKernel.value).
        return x > 0 ? WideResult(1) : PiecewiseKernel.twoSum(U(lower) / 2, U(upper) / 2)
    }
}

extension RReLU {
    /// The catalogue entry for `rrelu`.
    static let catalogEntry = CatalogEntry(
        name: "rrelu",
        aliases: [],
        parameters: RReLU.parameters,
        summary: "Randomized leaky ReLU, evaluation mode: slope (lower+upper)/2 for x <= 0"
    ) { RReLU(lower: $0["lower"], upper: $0["upper"]) }
}
