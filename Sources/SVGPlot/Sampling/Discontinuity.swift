/// A jump of a curve at `x`, as a textbook draws it: the curve arrives at `left`,
/// leaves from `right`, and takes `value` at `x` itself (NaN where it is undefined, as
/// a derivative at a jump of its function).
///
/// ```swift
/// // The binary step at 0: from 0 on the left to 1, and H(0) = 1.
/// Discontinuity(x: 0, left: 0, value: 1, right: 1)
/// ```
public struct Discontinuity: Sendable, Equatable {
    public var x: Double
    /// The limit from the left, f(x − ε) for the largest double below x.
    public var left: Double
    /// f(x); NaN where the function has no value at x.
    public var value: Double
    /// The limit from the right, f(x + ε) for the smallest double above x.
    public var right: Double

    public init(x: Double, left: Double, value: Double, right: Double) {
        self.x = x
        self.left = left
        self.value = value
        self.right = right
    }

    /// The three values at `x` of `f`: one double to the left, at, and one to the right.
    static func of(_ f: (Double) -> Double, at x: Double) -> Discontinuity {
        Discontinuity(x: x, left: f(x.nextDown), value: f(x), right: f(x.nextUp))
    }
}
