/// The piecewise-linear (and piecewise-quadratic) activations: steps, clamps, shrinks and
/// the "hard" approximations of smooth functions, in teaching order.
///
/// Every one of them is built from comparisons with Double parameters (a threshold, λ,
/// min_val) and one or two arithmetic operations. Their kinks and jumps sit exactly at the
/// parameters as Doubles, and the metadata lists those exact positions.
///
/// ```swift
/// PiecewiseShapes.catalogEntries.map(\.name)
/// // ["binary_step", "threshold", "prelu", "rrelu", "relu6", "hardtanh",
/// //  "hardsigmoid", "hardswish", "softshrink", "hardshrink"]
/// ```
public enum PiecewiseShapes {
    /// The catalogue entries of the family, in teaching order: steps, rectifier variants,
    /// clamps, hard approximations, shrinks.
    public static let catalogEntries: [CatalogEntry] = [
        BinaryStep.catalogEntry,
        Threshold.catalogEntry,
        PReLU.catalogEntry,
        RReLU.catalogEntry,
        ReLU6.catalogEntry,
        Hardtanh.catalogEntry,
        Hardsigmoid.catalogEntry,
        Hardswish.catalogEntry,
        Softshrink.catalogEntry,
        Hardshrink.catalogEntry,
    ]
}

/// A function written once, generically, and evaluated in a format at least as wide as
/// Double (see ``PiecewiseKernel/value(of:at:)``), returning its result with the sign of
/// its rounding error.
protocol WideEvaluation {
    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U>
    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U>
}

/// A result rounded to nearest in a wide format, and what was lost: the exact value is
/// `value + error` (or at least `error` has its sign and is zero only when nothing was lost).
struct WideResult<U: ActivationFloat> {
    var value: U
    var error: U

    init(_ value: U, error: U = 0) {
        self.value = value
        self.error = error
    }
}

/// Evaluation helpers shared by the piecewise activations.
enum PiecewiseKernel {
    /// f(x) for a `WideEvaluation`, computed in Double when `T` is narrower, then rounded
    /// once to `T`.
    ///
    /// Why Double: the parameters are Doubles (λ = 0.3 is 0.29999999999999998…).
    /// Comparing a Float x with `Float(λ)` would move the kink to 0.30000001…, and
    /// `x − Float(λ)` would add the representation error of `Float(λ)` to a result that
    /// may be tiny, wrong in every digit beside the kink. Float values convert to Double
    /// exactly, so the comparisons are exact and the Double results accurate.
    ///
    /// Why round to odd: rounding a Double result again to Float can go wrong when the
    /// Double lands exactly halfway between two Floats (rrelu's slope is 11/48 less a
    /// hair, so x·s rounds to such a tie for many Float x). Rounding the exact value to the
    /// Double with an odd last bit instead, using the sign of the error, keeps the
    /// information; Float's rounding of that is then the correct one (53 ≥ 24 + 2).
    /// Formats wider than Double (Float80) compute in their own format, into which the
    /// parameters convert exactly.
    static func value<F: WideEvaluation, T: ActivationFloat>(of f: F, at x: T) -> T {
        if T.significandBitCount < Double.significandBitCount { return T(roundedToOdd(f.wideValue(Double(x)))) }
        return f.wideValue(x).value
    }

    /// f′(x) for a `WideEvaluation`, evaluated as ``value(of:at:)`` evaluates f.
    static func derivative<F: WideEvaluation, T: ActivationFloat>(of f: F, at x: T) -> T {
        if T.significandBitCount < Double.significandBitCount {
            return T(roundedToOdd(f.wideDerivative(Double(x))))
        }
        return f.wideDerivative(x).value
    }

    /// Of the two Doubles around `value + error`, the one with an odd last bit (or `value`
    /// when nothing was lost).
    static func roundedToOdd(_ r: WideResult<Double>) -> Double {
        let v = r.value
        guard r.error != 0, v.isFinite, v.significandBitPattern & 1 == 0 else { return v }
        return r.error > 0 ? v.nextUp : v.nextDown
    }

    /// a + b as the rounded sum and its exact rounding error (Knuth's TwoSum, no ordering
    /// of |a| and |b| needed): a + b = sum + error exactly, for finite a, b.
    static func twoSum<U: ActivationFloat>(_ a: U, _ b: U) -> WideResult<U> {
        let sum = a + b
        let bPart = sum - a
        let aPart = sum - bPart
        return WideResult(sum, error: (a - aPart) + (b - bPart))
    }

    /// a·b rounded, with its exact rounding error from a fused multiply-add (finite a, b).
    static func twoProduct<U: ActivationFloat>(_ a: U, _ b: U) -> WideResult<U> {
        let product = a * b
        return WideResult(product, error: (-product).addingProduct(a, b))
    }

    /// (s + e) / d for a rounded sum s with its error e, corrected once: about half an ulp.
    ///
    /// Why: the plain quotient s/d rounds twice (once in s, once in the division) and can
    /// be 1 ulp off. The division residual s − q·d is exact with a fused multiply-add, so
    /// q + (residual + e)/d folds both errors back in; the residual of that corrected
    /// quotient gives the sign of what is left.
    static func quotient<U: ActivationFloat>(_ s: U, error e: U, by d: U) -> WideResult<U> {
        let q = s / d
        let corrected = q + (s.addingProduct(-q, d) + e) / d
        return WideResult(corrected, error: (s.addingProduct(-corrected, d) + e) / d)
    }

    /// The TeX of a number for use inside a formula: `0.5`, `-3`, `10^{-5}`.
    static func tex(_ value: Double) -> String { NumberText.tex(value) }

    /// `x - c` or `x + |c|` as TeX, so that a negative parameter never prints `x - -0.5`.
    static func texShift(_ c: Double) -> String {
        if c == 0 { return "x" }
        return c > 0 ? "x - \(tex(c))" : "x + \(tex(-c))"
    }
}
