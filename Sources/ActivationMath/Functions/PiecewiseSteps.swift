/// The binary step (Heaviside function), catalogue name `binary_step` (alias `heaviside`).
///
/// Formula: H(x) = 1 for x ≥ 0, else 0; H′(x) = 0 for x ≠ 0 and undefined at 0.
///
/// Edge cases: H(NaN) = NaN, H(−∞) = 0, H(+∞) = 1, H′(±∞) = 0. H(−0) = H(+0) = 1: −0 ≥ 0
/// holds, as with `torch.heaviside(x, 1)`. H′(±0) = NaN, and lessons print "undefined":
/// the jump has no derivative, and autograd offers no convention to copy (PyTorch's
/// `heaviside` has no derivative formula).
///
/// ```swift
/// BinaryStep().value(-0.0)       // 1.0
/// BinaryStep().derivative(0.0)   // nan
/// BinaryStep().derivative(2.0)   // 0.0
/// ```
///
/// See also: ``Threshold``; PyTorch `torch.heaviside`.
public struct BinaryStep: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "binary_step") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Binary step",
            symbolTeX: "H",
            valueTeX: "\\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}",
            derivativeTeX: "\\begin{cases} 0 & x \\ne 0 \\\\ \\text{undefined} & x = 0 \\end{cases}",
            // The values are exactly {0, 1}; [0, 1] is the smallest interval holding them.
            range: ValueRange(lower: 0, includesLower: true, upper: 1, includesUpper: true),
            kinks: [],
            jumps: [0],
            monotonicity: .nonDecreasing,
            smoothness: .discontinuous,
            isZeroCentred: false,
            saturation: .both,
            pytorch: "torch.heaviside(x, torch.tensor(1.0))",
            keras: nil,
            summary: "Heaviside step: 1 for x >= 0, else 0; no gradient to learn from",
            introduced: "McCulloch & Pitts, 1943"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        return x >= 0 ? 1 : 0
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        // Why NaN: the step has no derivative at 0 (== also matches −0), and a number
        // there, 0 or ∞, would plot and print as if it were one.
        return x == 0 ? .nan : 0
    }
}

extension BinaryStep {
    /// The catalogue entry for `binary_step` and its alias `heaviside`.
    static let catalogEntry = CatalogEntry(
        name: "binary_step",
        aliases: ["heaviside"],
        parameters: [],
        summary: "Heaviside step: 1 for x >= 0, else 0"
    ) { _ in BinaryStep() }
}

/// PyTorch's threshold, catalogue name `threshold(threshold=…, value=…)`; both required.
///
/// Formula: f(x) = x for x > t, else v, with t = `threshold`, v = `value`;
/// f′(x) = 1 for x > t, else 0.
///
/// Edge cases: f(NaN) = NaN, f(−∞) = v, f(+∞) = +∞, f′(−∞) = 0, f′(+∞) = 1. f jumps at t
/// from v to t when v ≠ t; when v = t it is continuous with a kink at t. At t the value is
/// v and f′(t) = 0, PyTorch's choice (forward and backward both use x ≤ t).
/// `threshold(threshold=0, value=0)` is relu.
///
/// ```swift
/// let f = Threshold(threshold: 1, value: 0)
/// f.value(1.0)        // 0.0
/// f.value(1.5)        // 1.5
/// f.derivative(1.0)   // 0.0
/// ```
///
/// See also: ``ReLU``, ``BinaryStep``; PyTorch `torch.nn.Threshold`.
public struct Threshold: Activation, Equatable, WideEvaluation {
    /// The threshold t: inputs at or below it are replaced (PyTorch's `threshold`, required).
    public let threshold: Double
    /// The replacement v for inputs x ≤ t (PyTorch's `value`, required).
    public let replacement: Double

    public init(threshold: Double, value: Double) {
        self.threshold = threshold
        self.replacement = value
    }

    /// The parameters in catalogue order; both are required, as in PyTorch.
    public static let parameters = [
        ParameterSpec(name: "threshold", defaultValue: nil, summary: "Inputs x ≤ threshold are replaced"),
        ParameterSpec(name: "value", defaultValue: nil, summary: "The replacement for inputs x ≤ threshold"),
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "threshold", parameters: Self.parameters, values: [threshold, replacement])
    }

    public var metadata: ActivationMetadata {
        let t = PiecewiseKernel.tex(threshold)
        let (v, jumps) = (replacement, replacement == threshold ? [] : [threshold])
        return ActivationMetadata(
            displayName: "Threshold",
            symbolTeX: "\\operatorname{Threshold}",
            valueTeX: "\\begin{cases} x & x > \(t) \\\\ \(PiecewiseKernel.tex(v)) & x \\le \(t) \\end{cases}",
            derivativeTeX: "\\begin{cases} 1 & x > \(t) \\\\ 0 & x \\le \(t) \\end{cases}",
            // The values are {v} ∪ (t, ∞): (t, ∞) when v > t, [t, ∞) when v = t, and for v < t
            // the smallest interval holding them, [v, ∞).
            range: ValueRange(lower: min(v, threshold), includesLower: v <= threshold, upper: .infinity, includesUpper: false),
            kinks: jumps.isEmpty ? [threshold] : [],
            jumps: jumps,
            // v > t: f drops from v to just above t at the jump.
            monotonicity: v <= threshold ? .nonDecreasing : .notMonotonic,
            smoothness: jumps.isEmpty ? .continuous : .discontinuous,
            // A shifted relu: its outputs are not centred on zero.
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: "torch.nn.functional.threshold(threshold=\(NumberText.shortest(threshold)), value=\(NumberText.shortest(v)))",
            keras: "keras.activations.threshold(threshold=\(NumberText.shortest(threshold)), default_value=\(NumberText.shortest(v)))",
            summary: "x above a threshold, a constant value at or below it",
            introduced: nil
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN || x > U(threshold) { return WideResult(x) }
        return WideResult(U(replacement))
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        return WideResult(x > U(threshold) ? 1 : 0)
    }
}

extension Threshold {
    /// The catalogue entry for `threshold`.
    static let catalogEntry = CatalogEntry(
        name: "threshold",
        aliases: [],
        parameters: Threshold.parameters,
        summary: "x above threshold, else value (threshold and value required)"
    ) { Threshold(threshold: $0["threshold"], value: $0["value"]) }
}
