import RealModule

/// A dual number `value + derivative·ε` with ε² = 0: arithmetic on duals carries a
/// function's value and its first derivative together (forward-mode automatic
/// differentiation), exactly as the chain rule prescribes and with no finite differences.
///
/// ```swift
/// let x = Dual.variable(2.0)        // (2, 1)
/// let y = x * Dual.exp(x)           // (2e², 3e²)
/// ```
///
/// Convention ("strong zero"): a derivative term whose dual part is exactly 0 contributes
/// exactly 0, even against an infinite or NaN factor. Without it a constant's zero
/// derivative times an overflowing value gives NaN: `2*exp(x)` at x = 800 would have the
/// derivative 0·∞ + 2·∞ = NaN instead of ∞, and `x + sqrt(0)` would have f′ = NaN.
public struct Dual<T: ActivationFloat>: Equatable {
    public var value: T
    public var derivative: T

    public init(value: T, derivative: T) {
        self.value = value
        self.derivative = derivative
    }

    /// A constant: derivative 0.
    public static func constant(_ value: T) -> Dual { Dual(value: value, derivative: 0) }

    /// The variable itself: derivative 1.
    public static func variable(_ value: T) -> Dual { Dual(value: value, derivative: 1) }

    /// `d·factor`, but exactly 0 when `d` is 0 (the strong-zero convention above).

    static func scaled(_ d: T, by factor: T) -> T { d == 0 ? 0 : d * factor }

    /// The chain rule for g(u) given g(u) and g′(u): (g(u), g′(u)·u′).

    func chain(value: T, slope: T) -> Dual {
        Dual(value: value, derivative: Self.scaled(derivative, by: slope))
    }
}

extension Dual: Sendable where T: Sendable {}

extension Dual {
    public static func + (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value + b.value, derivative: a.derivative + b.derivative)
    }

    public static func - (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value - b.value, derivative: a.derivative - b.derivative)
    }

    public static prefix func - (a: Dual) -> Dual {
        Dual(value: -a.value, derivative: -a.derivative)
    }

    /// (ab)′ = a′b + ab′.
    public static func * (a: Dual, b: Dual) -> Dual {
        Dual(
            value: a.value * b.value,
            derivative: scaled(a.derivative, by: b.value) + scaled(b.derivative, by: a.value))
    }

    /// (a/b)′ = (a′ − (a/b)·b′) / b: dividing once by b rather than by b² keeps it from
    /// overflowing when |b| is large and from underflowing when it is small.
    public static func / (a: Dual, b: Dual) -> Dual {
        let q = a.value / b.value
        let numerator = a.derivative - scaled(b.derivative, by: q)
        return Dual(value: q, derivative: numerator == 0 ? 0 : numerator / b.value)
    }
}
