import RealModule

/// The exponential linear unit, catalogue name `elu(alpha=1)`.
///
/// Formula: elu(x) = x for x > 0, else α(e^x − 1);
/// elu′(x) = 1 for x > 0, else α·e^x.
///
/// Edge cases: elu(NaN) = NaN, elu(+∞) = +∞, elu(−∞) = −α, elu′(+∞) = 1, elu′(−∞) = 0,
/// elu(−0) = −0 (for α > 0). At 0 the derivative is α, PyTorch autograd's choice (its
/// backward uses x > 0 ? 1 : α·e^x); it is a kink only when α ≠ 1.
///
/// ```swift
/// let f = ELU(alpha: 0.5)
/// f.value(-.infinity)   // -0.5
/// ELU().value(-1e-10)   // -9.9999999995e-11, not a rounded difference of e^x and 1
/// ```
///
/// See also: Clevert, Unterthiner & Hochreiter (2015), https://arxiv.org/abs/1511.07289;
/// PyTorch `torch.nn.ELU`.
public struct ELU: Activation, Equatable {
    /// The scale α of the negative part; elu saturates to −α (PyTorch's `alpha`, default 1).
    public let alpha: Double

    public init(alpha: Double = 1) {
        self.alpha = alpha
    }

    /// The parameters in catalogue order, with PyTorch's defaults.
    public static let parameters = [
        ParameterSpec(name: "alpha", defaultValue: 1, summary: "Value −α that elu approaches as x → −∞")
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "elu", parameters: Self.parameters, values: [alpha])
    }

    public var metadata: ActivationMetadata {
        let negative = NumberText.tex(alpha, times: alpha == 1 ? "e^{x} - 1" : "(e^{x} - 1)")
        let slope = NumberText.tex(alpha, times: "e^{x}")
        return ActivationMetadata(
            displayName: "ELU",
            symbolTeX: "\\operatorname{ELU}",
            valueTeX: "\\begin{cases} x & x > 0 \\\\ \(negative) & x \\le 0 \\end{cases}",
            derivativeTeX: "\\begin{cases} 1 & x > 0 \\\\ \(slope) & x \\le 0 \\end{cases}",
            // For α ≤ 0 the negative branch lies in [0, −α), inside the positive branch's range.
            range: alpha > 0 ? .open(-alpha, .infinity) : .atLeast(0),
            kinks: alpha == 1 ? [] : [0],
            monotonicity: alpha > 0 ? .increasing : (alpha == 0 ? .nonDecreasing : .notMonotonic),
            // α = 1: f′ is continuous at 0 (1 on both sides) but f″ jumps from 1 to 0.
            smoothness: alpha == 1 ? .differentiable(times: 1) : .continuous,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: "torch.nn.functional.elu(alpha=\(NumberText.shortest(alpha)))",
            keras: "keras.activations.elu",
            summary: "Exponential linear unit, smooth saturation to -alpha",
            introduced: "Clevert, Unterthiner & Hochreiter, 2015"
        )
    }

    /// Why e^x − 1 as one function: near 0, e^x − 1 subtracts two nearly equal numbers and
    /// keeps only the digits of x that survived rounding e^x (x = 1e−10 would get ~7
    /// correct digits). ``Exponential/expMinusOne(_:_:)`` is a double-double within
    /// 0.07·2^(−53), and α times it is exact but for 2^(−104), so the result is within
    /// 0.07·2^(−53) before its one rounding (1 ulp allows 2^(−53)); at −∞ it gives the
    /// limit −α. α·e^x likewise (0.042·2^(−53)), with a subnormal e^x scaled once from its
    /// exact significand.
    ///
    /// Why Float goes through Double: in Float, α itself (1e−3 is not a Float) and libm's
    /// expm1f each carry up to half an ulp, and the product a third rounding, which
    /// together miss 1 ulp (see ``evaluateInDouble(_:_:)``).
    public func value<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN || x > 0 || x == 0 { return x }  // keeps −0
            return (Exponential.expMinusOne(x) * alpha).value
        }
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        evaluateInDouble(x) { x in
            if x.isNaN { return x }
            if x > 0 { return 1 }
            if x < -800 { return 0 * alpha }
            let (m, k) = Exponential.scaled(x)
            return (m * alpha).scaled(by: k)
        }
    }
}

extension ELU {
    /// The catalogue entry for `elu`.
    static let catalogEntry = CatalogEntry(
        name: "elu",
        aliases: [],
        parameters: ELU.parameters,
        summary: "Exponential linear unit, smooth saturation to -alpha (alpha, default 1)"
    ) { ELU(alpha: $0["alpha"]) }
}
