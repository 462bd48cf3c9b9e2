import RealModule

/// The identity f(x) = x, catalogue name `identity` (Keras alias `linear`).
///
/// Formula: f(x) = x; f′(x) = 1.
///
/// Edge cases: f(NaN) = NaN and f′(NaN) = NaN (not 1), f(±∞) = ±∞, f(−0) = −0.
///
/// ```swift
/// Identity().value(-0.0)   // -0.0
/// ```
///
/// See also: PyTorch `torch.nn.Identity`, Keras `keras.activations.linear`.
public struct Identity: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "identity") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Identity",
            symbolTeX: "\\operatorname{id}",
            valueTeX: "x",
            derivativeTeX: "1",
            range: .all,
            kinks: [],
            monotonicity: .increasing,
            smoothness: .smooth,
            isZeroCentred: true,
            saturation: .none,
            pytorch: "torch.nn.Identity",
            keras: "keras.activations.linear",
            summary: "Identity x: no nonlinearity (a linear output layer)",
            introduced: nil
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { x }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { x.isNaN ? x : 1 }

    static let catalogEntry = CatalogEntry(
        name: "identity", aliases: ["linear"], parameters: [],
        summary: "Identity x: no nonlinearity (a linear output layer)"
    ) { _ in Identity() }
}

/// The softsign x / (1 + |x|), catalogue name `softsign`.
///
/// Formula: f(x) = x / (1 + |x|); f′(x) = 1 / (1 + |x|)².
///
/// Edge cases: f(NaN) = NaN, f(±∞) = ±1 (not ∞/∞), f′(±∞) = 0, f(−0) = −0. f′ is
/// continuous at 0 but f″ jumps from 2 to −2, so softsign is C¹ with no kink.
/// f′(1e155) ≈ 1e−310 is subnormal and returned as such, not 0 from an overflowing square.
///
/// ```swift
/// Softsign().value(1.0)            // 0.5
/// Softsign().derivative(1e200)     // 0.0, the correctly rounded 1e-400
/// ```
///
/// See also: Bergstra, Desjardins, Lamblin & Bengio (2009); PyTorch `torch.nn.Softsign`.
public struct Softsign: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "softsign") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Softsign",
            symbolTeX: "\\operatorname{softsign}",
            valueTeX: "\\frac{x}{1 + |x|}",
            derivativeTeX: "\\frac{1}{(1 + |x|)^2}",
            range: .open(-1, 1),
            kinks: [],
            monotonicity: .increasing,
            // f″ jumps from +2 to −2 at 0: C¹, f′ itself is continuous (no kink).
            smoothness: .differentiable(times: 1),
            isZeroCentred: true,
            saturation: .both,
            pytorch: "torch.nn.functional.softsign",
            keras: "keras.activations.softsign",
            summary: "Softsign x/(1+|x|), squashes to (-1, 1) with polynomial tails",
            introduced: "Bergstra, Desjardins, Lamblin & Bengio, 2009"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.value($0) }, { Self.value($0) })
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.derivative($0) }, { Self.derivative($0) })
    }

    private static func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? 1 : -1 }
        if x == 0 { return x }  // keeps −0 (double-word sums would give +0)
        // Why a double word: 1 + |x| is rounded, and that rounding is a whole unit of
        // relative error in the quotient near |x| ≈ 1; carrying it exactly leaves ½ ulp.
        let onePlus = DoubleWord.sum(1, x.magnitude)
        return (DoubleWord(x) / onePlus).value
    }

    private static func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        // Why (1/(1 + |x|))² and not 1/(1 + |x|)²: the square overflows for |x| > 1.3e154
        // where f′ is still a normal or subnormal number; the reciprocal never overflows.
        let reciprocal = DoubleWord(1) / DoubleWord.sum(1, x.magnitude)
        return (reciprocal * reciprocal).value
    }

    static let catalogEntry = CatalogEntry(
        name: "softsign", aliases: [], parameters: [],
        summary: "Softsign x/(1+|x|), squashes to (-1, 1) with polynomial tails"
    ) { _ in Softsign() }
}

/// The arctangent atan(x), catalogue name `arctan` (alias `atan`).
///
/// Formula: f(x) = atan(x); f′(x) = 1 / (1 + x²).
///
/// Edge cases: f(NaN) = NaN, f(±∞) = ±π/2 (rounded), f′(±∞) = 0, f(−0) = −0.
/// For |x| > 1.3e154 x² overflows; f′ is then computed as (1/|x|)², the correctly
/// rounded tiny or subnormal value (f′(1e155) ≈ 1e−310) or 0, never NaN.
///
/// ```swift
/// Arctan().value(1.0)          // 0.7853981633974483 (π/4)
/// Arctan().derivative(1e155)   // 1.0e-310 (subnormal), not 0 or NaN
/// ```
///
/// See also: PyTorch `torch.atan` (`torch.arctan`).
public struct Arctan: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "arctan") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Arctan",
            symbolTeX: "\\arctan",
            valueTeX: "\\tan^{-1}(x)",
            derivativeTeX: "\\frac{1}{1 + x^2}",
            range: .open(-Double.pi / 2, Double.pi / 2),
            kinks: [],
            monotonicity: .increasing,
            smoothness: .smooth,
            isZeroCentred: true,
            saturation: .both,
            pytorch: "torch.atan",
            keras: nil,
            summary: "Arctangent, squashes to (-pi/2, pi/2) with slow 1/x^2 saturation",
            introduced: nil
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        // The platform atan (through RealModule) is faithful, odd and gives ±π/2 at ±∞;
        // Float is evaluated in Double and rounded once.
        SmoothShapes.evaluate(x, Double.atan, T.atan)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.derivative($0) }, { Self.derivative($0) })
    }

    private static func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return 0 }
        let square = DoubleWord.product(x, x)
        if square.hi.isFinite {
            // 1/(1 + x²) with x² and the sum carried exactly.
            return (DoubleWord(1) / (square + 1)).value
        }
        // Why: x² overflowed (|x| > 1.3e154), and there 1 + x² = x² far below half an ulp,
        // so f′ = (1/|x|)², whose reciprocal cannot overflow.
        let reciprocal = DoubleWord(1) / DoubleWord(x.magnitude)
        return (reciprocal * reciprocal).value
    }

    static let catalogEntry = CatalogEntry(
        name: "arctan", aliases: ["atan"], parameters: [],
        summary: "Arctangent, squashes to (-pi/2, pi/2) with slow 1/x^2 saturation"
    ) { _ in Arctan() }
}
