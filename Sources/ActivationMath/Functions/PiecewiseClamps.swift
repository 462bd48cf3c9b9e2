/// The rectifier capped at 6, catalogue name `relu6`.
///
/// Formula: relu6(x) = min(max(0, x), 6); relu6′(x) = 1 for 0 < x < 6, else 0.
///
/// Edge cases: relu6(NaN) = NaN (a plain `min`/`max` would hide it), relu6(−∞) = 0,
/// relu6(+∞) = 6, relu6′(±∞) = 0, relu6(−0) = +0 as for relu. At both kinks the
/// derivative is 0, PyTorch autograd's choice (relu6 is hardtanh(0, 6), whose backward
/// uses x ≤ min_val or x ≥ max_val).
///
/// ```swift
/// ReLU6().value(7.5)        // 6.0
/// ReLU6().derivative(6.0)   // 0.0
/// ```
///
/// See also: ``ReLU``, ``Hardtanh``; PyTorch `torch.nn.ReLU6`.
public struct ReLU6: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "relu6") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "ReLU6",
            symbolTeX: "\\operatorname{ReLU6}",
            valueTeX: "\\min(\\max(0, x), 6)",
            derivativeTeX: "\\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}",
            range: ValueRange(lower: 0, includesLower: true, upper: 6, includesUpper: true),
            kinks: [0, 6],
            monotonicity: .nonDecreasing,
            smoothness: .continuous,
            isZeroCentred: false,
            saturation: .both,
            pytorch: "torch.nn.functional.relu6",
            keras: "keras.activations.relu6",
            summary: "ReLU capped at 6, min(max(0, x), 6)",
            introduced: "Krizhevsky, 2010"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x <= 0 { return 0 }
        return x >= 6 ? 6 : x
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        return x > 0 && x < 6 ? 1 : 0
    }
}

extension ReLU6 {
    /// The catalogue entry for `relu6`.
    static let catalogEntry = CatalogEntry(
        name: "relu6",
        aliases: [],
        parameters: [],
        summary: "ReLU capped at 6, min(max(0, x), 6)"
    ) { _ in ReLU6() }
}

/// The hard tanh, a clamp, catalogue name `hardtanh(min_val=-1, max_val=1)`.
///
/// Formula: f(x) = min(max(x, a), b) with a = `minVal`, b = `maxVal`;
/// f′(x) = 1 for a < x < b, else 0.
///
/// Edge cases: f(NaN) = NaN, f(−∞) = a, f(+∞) = b, f′(±∞) = 0; f(−0) = −0 when a < 0 < b.
/// At both kinks f′ = 0, PyTorch autograd's choice (its backward uses x ≤ a or x ≥ b).
/// PyTorch's `nn.Hardtanh` rejects a ≥ b, and so does the catalogue (`hardtanh(min_val=2,
/// max_val=1)` is an error in a lesson and in `atlas eval`); made directly, a > b gives a
/// for x ≤ a and b above, so f jumps down at a (metadata lists the jump), and a = b is the
/// constant a.
///
/// ```swift
/// let f = Hardtanh(minVal: -2, maxVal: 0.5)
/// f.value(3.0)         // 0.5
/// f.derivative(-2.0)   // 0.0
/// ```
///
/// See also: ``ReLU6``, ``Tanh``; PyTorch `torch.nn.Hardtanh`.
public struct Hardtanh: Activation, Equatable, WideEvaluation {
    /// The lower clamp a (PyTorch's `min_val`, default −1).
    public let minVal: Double
    /// The upper clamp b (PyTorch's `max_val`, default 1).
    public let maxVal: Double

    public init(minVal: Double = -1, maxVal: Double = 1) {
        self.minVal = minVal
        self.maxVal = maxVal
    }

    /// The parameters in catalogue order, with PyTorch's defaults.
    public static let parameters = [
        ParameterSpec(name: "min_val", defaultValue: -1, summary: "Lower end of the linear region"),
        ParameterSpec(name: "max_val", defaultValue: 1, summary: "Upper end of the linear region"),
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "hardtanh", parameters: Self.parameters, values: [minVal, maxVal])
    }

    public var metadata: ActivationMetadata {
        let (a, b) = (minVal, maxVal)
        let (ta, tb) = (PiecewiseKernel.tex(a), PiecewiseKernel.tex(b))
        let isDefault = a == -1 && b == 1
        return ActivationMetadata(
            displayName: "Hardtanh",
            symbolTeX: "\\operatorname{Hardtanh}",
            valueTeX: "\\min(\\max(x, \(ta)), \(tb))",
            derivativeTeX: "\\begin{cases} 1 & \(ta) < x < \(tb) \\\\ 0 & \\text{otherwise} \\end{cases}",
            // For a > b the values are {a, b}; the interval between them holds both.
            range: ValueRange(lower: min(a, b), includesLower: true, upper: max(a, b), includesUpper: true),
            kinks: a < b ? [a, b] : [],
            jumps: a > b ? [a] : [],
            monotonicity: a <= b ? .nonDecreasing : .notMonotonic,
            smoothness: a < b ? .continuous : (a == b ? .smooth : .discontinuous),
            isZeroCentred: a < 0 && b > 0,
            saturation: .both,
            pytorch: isDefault
                ? "torch.nn.functional.hardtanh"
                : "torch.nn.functional.hardtanh(min_val=\(NumberText.shortest(a)), max_val=\(NumberText.shortest(b)))",
            // Keras's hard_tanh has no parameters: it is the default clamp to [−1, 1].
            keras: isDefault ? "keras.activations.hard_tanh" : nil,
            summary: "Clamp to [min_val, max_val], a piecewise-linear tanh",
            introduced: nil
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.value(of: self, at: x) }

    public func derivative<T: ActivationFloat>(_ x: T) -> T { PiecewiseKernel.derivative(of: self, at: x) }

    func wideValue<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        if x <= U(minVal) { return WideResult(U(minVal)) }
        return WideResult(x >= U(maxVal) ? U(maxVal) : x)
    }

    func wideDerivative<U: ActivationFloat>(_ x: U) -> WideResult<U> {
        if x.isNaN { return WideResult(x) }
        return WideResult(x > U(minVal) && x < U(maxVal) ? 1 : 0)
    }
}

extension Hardtanh {
    /// The catalogue entry for `hardtanh` and its Keras spelling `hard_tanh`.
    static let catalogEntry = CatalogEntry(
        name: "hardtanh",
        aliases: ["hard_tanh"],
        parameters: Hardtanh.parameters,
        summary: "Clamp to [min_val, max_val] (defaults -1 and 1), a piecewise-linear tanh",
        requirement: { values in
            // PyTorch's nn.Hardtanh asserts max_val > min_val; a lesson gets the same refusal.
            let (a, b) = (values["min_val"], values["max_val"])
            guard !(a < b) else { return nil }
            return "'hardtanh' needs min_val < max_val, as PyTorch's nn.Hardtanh does, "
                + "not min_val=\(NumberText.shortest(a)) and max_val=\(NumberText.shortest(b))"
        }
    ) { Hardtanh(minVal: $0["min_val"], maxVal: $0["max_val"]) }
}
