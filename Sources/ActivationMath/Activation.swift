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
    /// Canonical reference: catalogue name plus the parameters that differ from the defaults,
    /// e.g. "sigmoid", "leaky_relu(negative_slope=0.2)". Used as an id in SVG and tables.
    ///
    /// Passing it to ``Catalog/resolve(_:)`` gives back an equal activation.
    var reference: String { get }

    /// Display name, TeX, range and kinks, with the parameters substituted.
    var metadata: ActivationMetadata { get }

    /// The value f(x).
    func value<T: ActivationFloat>(_ x: T) -> T

    /// The first derivative f′(x); at a kink, PyTorch autograd's one-sided choice.
    func derivative<T: ActivationFloat>(_ x: T) -> T
}

/// What a lesson says about an activation: its name, formulas, range and kinks.
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

    public init(
        displayName: String,
        symbolTeX: String,
        valueTeX: String,
        derivativeTeX: String,
        range: ValueRange,
        kinks: [Double]
    ) {
        self.displayName = displayName
        self.symbolTeX = symbolTeX
        self.valueTeX = valueTeX
        self.derivativeTeX = derivativeTeX
        self.range = range
        self.kinks = kinks
    }
}
