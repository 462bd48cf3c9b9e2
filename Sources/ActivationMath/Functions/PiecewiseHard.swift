/// The hard sigmoid, PyTorch's form relu6(x + 3)/6, catalogue name `hardsigmoid`
/// (Keras alias `hard_sigmoid`).
///
/// Formula: f(x) = min(max(0, x + 3), 6)/6, that is 0 for x ≤ −3, (x + 3)/6 between and
/// 1 for x ≥ 3; f′(x) = 1/6 for −3 < x < 3, else 0.
///
/// Edge cases: f(NaN) = NaN, f(−∞) = 0, f(+∞) = 1, f′(±∞) = 0, f(−0) = 0.5. At both
/// kinks f′ = 0, PyTorch autograd's choice (its backward uses −3 < x < 3).
/// Keras 3's `hard_sigmoid` is this same function; Keras 2 used 0.2x + 0.5 clipped to
/// [0, 1] (kinks at ±2.5), which this is not.
///
/// ```swift
/// Hardsigmoid().value(0.0)        // 0.5
/// Hardsigmoid().derivative(3.0)   // 0.0
/// ```
///
/// See also: ``Sigmoid``, ``Hardswish``; PyTorch `torch.nn.Hardsigmoid`.
public struct Hardsigmoid: Activation, Equatable, WideEvaluation {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "hardsigmoid") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Hardsigmoid",
            symbolTeX: "\\operatorname{Hardsigmoid}",
            valueTeX: "\\frac{\\min(\\max(0, x + 3), 6)}{6}",
            derivativeTeX: "\\begin{cases} \\frac{1}{6} & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}",
            range: ValueRange(lower: 0, includesLower: true, upper: 1, includesUpper: true),
            kinks: [-3, 3],
            monotonicity: .nonDecreasing,
            smoothness: .continuous,
            isZeroCentred: false,
            saturation: .both,
            pytorch: "torch.nn.functional.hardsigmoid",
            keras: "keras.activations.hard_sigmoid",
            summary: "Piecewise-linear sigmoid relu6(x+3)/6 (Keras 3 too; Keras 2 used 0.2x+0.5)",
            introduced: "Howard et al., 2019"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        if x <= -3 { return WideResult(0) }
        if x >= 3 { return WideResult(1) }
        // Why compensated: (x + 3)/6 rounds in the sum and in the quotient, up to 1 ulp.
        // TwoSum keeps the sum's error and the quotient correction folds it back in.
        let s = PiecewiseKernel.twoSum(x, 3)
        return PiecewiseKernel.quotient(s.value, error: s.error, by: 6)
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        return x > -3 && x < 3 ? PiecewiseKernel.quotient(1, error: 0, by: 6) : WideResult(0)
    }
}

extension Hardsigmoid {
    /// The catalogue entry for `hardsigmoid` and its Keras spelling `hard_sigmoid`.
    static let catalogEntry = CatalogEntry(
        name: "hardsigmoid",
        aliases: ["hard_sigmoid"],
        parameters: [],
        summary: "Piecewise-linear sigmoid relu6(x+3)/6"
    ) { _ in Hardsigmoid() }
}

/// The hard swish x·relu6(x + 3)/6, catalogue name `hardswish` (Keras aliases `hard_silu`,
/// `hard_swish`).
///
/// Formula: f(x) = 0 for x ≤ −3, x(x + 3)/6 for −3 < x < 3, x for x ≥ 3;
/// f′(x) = 0 for x < −3, (2x + 3)/6 between, 1 for x > 3.
///
/// Edge cases: f(NaN) = NaN, f(−∞) = 0 (not the NaN of −∞·0), f(+∞) = +∞, f′(−∞) = 0,
/// f′(+∞) = 1, f(−0) = −0. The minimum is f(−1.5) = −0.375, where f′ = 0. At the kinks
/// f′(−3) = 0 and f′(3) = 1, current PyTorch autograd's choice (the one-sided slopes on
/// the flat and linear sides; the quadratic would give −0.5 and 1.5).
///
/// ```swift
/// Hardswish().value(-1.5)        // -0.375
/// Hardswish().derivative(3.0)    // 1.0
/// Hardswish().derivative(-3.0)   // 0.0
/// ```
///
/// See also: ``Hardsigmoid``, ``ReLU6``; PyTorch `torch.nn.Hardswish`.
public struct Hardswish: Activation, Equatable, WideEvaluation {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "hardswish") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Hardswish",
            symbolTeX: "\\operatorname{Hardswish}",
            valueTeX: "x\\,\\frac{\\min(\\max(0, x + 3), 6)}{6}",
            derivativeTeX:
                "\\begin{cases} 0 & x \\le -3 \\\\ \\frac{2x + 3}{6} & -3 < x < 3 \\\\ 1 & x \\ge 3 \\end{cases}",
            range: ValueRange(lower: -0.375, includesLower: true, upper: .infinity, includesUpper: false),
            kinks: [-3, 3],
            monotonicity: .notMonotonic,
            smoothness: .continuous,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: "torch.nn.functional.hardswish",
            keras: "keras.activations.hard_silu",
            summary: "Piecewise-quadratic swish x*relu6(x+3)/6 from MobileNetV3",
            introduced: "Howard et al., 2019"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN || x >= 3 { return WideResult(x) }
        // Why a branch, not x·relu6(x + 3): at −∞ that is −∞·0 = NaN, the limit is 0.
        if x <= -3 { return WideResult(0) }
        // The compensated terms below add +0 to a −0 product; return ±0 as it came.
        if x == 0 { return WideResult(x) }
        if x.magnitude < 0x1p-500 {
            // Why: f(x) = x/2 + x²/6, and here x² underflows, so the compensated path below
            // loses it. x²/6 is far below half an ulp of x/2, so it matters only when x/2
            // is a tie between two subnormals (x an odd multiple of the least one): being
            // positive, it breaks the tie upwards. x/2 is otherwise exact.
            let half = x / 2
            if 2 * half == x { return WideResult(half, error: x * x) }
            return WideResult(2 * half < x ? half.nextUp : half)
        }
        // Why compensated: x(x + 3)/6 rounds three times (sum, product, quotient), up to
        // 1.5 ulp. x + 3 = t + e exactly (TwoSum), x·t = p + pe exactly (fused
        // multiply-add), so x(x + 3) = p + (pe + x·e) and one corrected division leaves
        // about half an ulp. Near x = −3, t is exact anyway (Sterbenz), so the zero at
        // −3 is approached with full relative accuracy.
        let t = PiecewiseKernel.twoSum(x, 3)
        let p = PiecewiseKernel.twoProduct(x, t.value)
        return PiecewiseKernel.quotient(p.value, error: p.error + x * t.error, by: 6)
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        if x <= -3 { return WideResult(0) }
        if x >= 3 { return WideResult(1) }
        // 2x is exact; the sum 2x + 3 is exact near the zero of f′ at −1.5 (Sterbenz) and
        // compensated elsewhere, so (2x + 3)/6 is within about half an ulp everywhere.
        let s = PiecewiseKernel.twoSum(2 * x, 3)
        return PiecewiseKernel.quotient(s.value, error: s.error, by: 6)
    }
}

extension Hardswish {
    /// The catalogue entry for `hardswish` and its Keras spellings `hard_silu`, `hard_swish`.
    static let catalogEntry = CatalogEntry(
        name: "hardswish",
        aliases: ["hard_silu", "hard_swish"],
        parameters: [],
        summary: "Piecewise-quadratic swish x*relu6(x+3)/6"
    ) { _ in Hardswish() }
}
