import RealModule

/// The floating-point types activations are evaluated in (Double and Float).
///
/// `Real` supplies the elementary functions (`exp`, `expMinusOne`, `tanh`, …) and
/// `BinaryFloatingPoint` supplies conversions from `Double` parameters and bit-level
/// facts such as `leastNormalMagnitude`.
public typealias ActivationFloat = Real & BinaryFloatingPoint

/// An activation function with its first derivative and teaching metadata.
///
/// Conforming types are small immutable values holding their parameters. Evaluation
/// never throws and never traps: NaN in gives NaN out, ±∞ give the limits of the
/// function, and at a kink the derivative is the one PyTorch's autograd returns.
///
/// ```swift
/// let f = LeakyReLU(negativeSlope: 0.2)
/// f.value(-1.0)        // -0.2
/// f.derivative(0.0)    // 0.2, PyTorch's choice at the kink
/// f.reference          // "leaky_relu(negative_slope=0.2)"
/// ```
///
/// See also: ``Catalog`` to create activations from names such as `"elu(alpha=0.5)"`.
public protocol Activation: Sendable {
    /// The canonical reference: catalogue name plus the parameters that differ from the
    /// defaults, typed. Two activations are the same function when these are equal.
    var functionReference: FunctionReference { get }

    /// Display name, TeX, range and kinks, with the parameters substituted.
    var metadata: ActivationMetadata { get }

    /// The value f(x).
    func value<T: ActivationFloat>(_ x: T) -> T

    /// The first derivative f′(x); at a kink, PyTorch autograd's one-sided choice.
    func derivative<T: ActivationFloat>(_ x: T) -> T

    /// f(x) in Double; the default calls `value(_:)`.
    ///
    /// Why a second requirement: a call through `any Activation` to the generic
    /// `value(_:)` runs unspecialised code, in which every arithmetic operation and
    /// conversion is a dynamic call (tens to thousands of nanoseconds per value). This
    /// requirement's witness is compiled for each concrete type with T = Double, so calls
    /// through the existential run specialised code. Plots, tables and `make bench` use it.
    func value(at x: Double) -> Double

    /// f′(x) in Double; the default calls `derivative(_:)`. See `value(at:)`.
    func derivative(at x: Double) -> Double
}

extension Activation {
    /// The canonical reference as text, e.g. "sigmoid", "leaky_relu(negative_slope=0.2)":
    /// the id of the function's curves and table columns. Passing it to
    /// ``Catalog/resolve(_:)`` gives back an equal activation.
    public var reference: String { functionReference.description }

    public func value(at x: Double) -> Double { value(x) }
    public func derivative(at x: Double) -> Double { derivative(x) }
}

/// What a lesson says about an activation: its name, formulas, range, shape and origin.
public struct ActivationMetadata: Sendable, Equatable {
    /// Human name for headings and legends, e.g. "Leaky ReLU".
    public var displayName: String
    /// TeX of the function's name as formulas write it, e.g. `\sigma`, `\operatorname{ReLU}`:
    /// `{formula}` shows `symbol(x) = value`.
    public var symbolTeX: String
    /// TeX of f(x) with the parameters substituted, e.g. `\max(0.2x, x)`.
    public var valueTeX: String
    /// TeX of f′(x), often a `cases` environment.
    public var derivativeTeX: String
    /// The set of values f takes over the real line, e.g. `(0, 1)` for sigmoid.
    public var range: ValueRange
    /// Points where f is continuous but f′ jumps (relu: `[0]`; sigmoid: `[]`), ascending.
    public var kinks: [Double]
    /// Points where f itself jumps (binary_step: `[0]`; hardshrink: `[−λ, λ]`), ascending.
    public var jumps: [Double]
    public var monotonicity: Monotonicity
    public var smoothness: Smoothness
    /// f(0) = 0 and f takes both signs, so outputs centre on zero.
    public var isZeroCentred: Bool
    /// Which sides flatten out: f′ → 0 as x → −∞ and as x → +∞.
    public var saturation: Saturation
    /// The PyTorch counterpart, e.g. `torch.nn.functional.gelu(approximate='tanh')`.
    public var pytorch: String?
    /// The Keras counterpart, e.g. `keras.activations.gelu`.
    public var keras: String?
    /// One line for `atlas list`.
    public var summary: String
    /// The paper and year that introduced it, e.g. "Hendrycks & Gimpel, 2016".
    public var introduced: String?

    public init(
        displayName: String,
        symbolTeX: String,
        valueTeX: String,
        derivativeTeX: String,
        range: ValueRange,
        kinks: [Double],
        jumps: [Double] = [],
        monotonicity: Monotonicity,
        smoothness: Smoothness,
        isZeroCentred: Bool,
        saturation: Saturation,
        pytorch: String?,
        keras: String?,
        summary: String,
        introduced: String?
    ) {
        self.displayName = displayName
        self.symbolTeX = symbolTeX
        self.valueTeX = valueTeX
        self.derivativeTeX = derivativeTeX
        self.range = range
        self.kinks = kinks
        self.jumps = jumps
        self.monotonicity = monotonicity
        self.smoothness = smoothness
        self.isZeroCentred = isZeroCentred
        self.saturation = saturation
        self.pytorch = pytorch
        self.keras = keras
        self.summary = summary
        self.introduced = introduced
    }
}

/// How f runs over the real line.
public enum Monotonicity: String, Sendable, Equatable {
    /// x < y ⇒ f(x) < f(y): sigmoid, tanh, leaky_relu, elu.
    case increasing = "increasing"
    /// x < y ⇒ f(x) ≤ f(y), with flat stretches: relu, hardtanh, binary_step.
    case nonDecreasing = "non-decreasing"
    /// Goes down somewhere: gelu, silu, mish, gaussian, sinusoid.
    case notMonotonic = "not monotonic"
}

/// How many times f can be differentiated with a continuous result.
public enum Smoothness: Sendable, Equatable, CustomStringConvertible {
    /// f jumps: binary_step, hardshrink, threshold.
    case discontinuous
    /// C⁰: continuous with corners: relu, hardtanh.
    case continuous
    /// Cᵏ, k ≥ 1: elu with α = 1 is C¹.
    case differentiable(times: Int)
    /// C^∞: sigmoid, tanh, gelu.
    case smooth

    public var description: String {
        switch self {
        case .discontinuous: "discontinuous"
        case .continuous: "C⁰ (continuous)"
        case .differentiable(let times): "C\(times.superscriptDigits)"
        case .smooth: "C∞ (smooth)"
        }
    }
}

/// Which sides of an activation flatten out (f′ → 0), where gradients vanish.
public struct Saturation: Sendable, Equatable, CustomStringConvertible {
    public var negative: Bool
    public var positive: Bool

    public init(negative: Bool, positive: Bool) {
        self.negative = negative
        self.positive = positive
    }

    public static let none = Saturation(negative: false, positive: false)
    public static let both = Saturation(negative: true, positive: true)
    public static let negativeOnly = Saturation(negative: true, positive: false)

    public var description: String {
        switch (negative, positive) {
        case (true, true): "both sides"
        case (true, false): "negative side"
        case (false, true): "positive side"
        case (false, false): "neither side"
        }
    }
}

extension Int {
    /// `12` → `¹²`.
    fileprivate var superscriptDigits: String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(self).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
