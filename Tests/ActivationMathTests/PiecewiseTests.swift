import ActivationMath
import AtlasDiagnostics
import Testing

/// Protects the piecewise shapes at their edges: limits at ±∞, NaN, signed zero, PyTorch
/// autograd's derivative at every kink, binary_step′(0) = NaN, and kinks in Float.
@Suite("Piecewise shapes")
struct PiecewiseTests {
    /// Every piecewise reference, default and non-default parameters.
    static let references = [
        "binary_step", "threshold(threshold=1, value=0)", "threshold(threshold=0.3, value=-2)",
        "threshold(threshold=-1, value=-1)", "prelu", "prelu(a=0.1)", "prelu(a=0)", "rrelu",
        "rrelu(lower=0.1, upper=0.3)", "relu6", "hardtanh", "hardtanh(min_val=-0.5, max_val=0.3)",
        "hardsigmoid", "hardswish", "softshrink", "softshrink(lambda=0.3)", "hardshrink",
        "hardshrink(lambda=0.3)",
    ]

    /// (reference, f(−∞), f(+∞), f′(−∞), f′(+∞)).
    static let limits: [(String, Double, Double, Double, Double)] = [
        ("binary_step", 0, 1, 0, 0),
        ("threshold(threshold=1, value=0)", 0, .infinity, 0, 1),
        ("threshold(threshold=0.3, value=-2)", -2, .infinity, 0, 1),
        ("prelu", -.infinity, .infinity, 0.25, 1),
        ("prelu(a=0)", 0, .infinity, 0, 1),
        ("prelu(a=-0.5)", .infinity, .infinity, -0.5, 1),
        ("rrelu", -.infinity, .infinity, 0.22916666666666666, 1),
        ("rrelu(lower=0, upper=0)", 0, .infinity, 0, 1),
        ("relu6", 0, 6, 0, 0),
        ("hardtanh", -1, 1, 0, 0),
        ("hardtanh(min_val=-0.5, max_val=0.3)", -0.5, 0.3, 0, 0),
        ("hardsigmoid", 0, 1, 0, 0),
        ("hardswish", 0, .infinity, 0, 1),
        ("softshrink", -.infinity, .infinity, 1, 1),
        ("softshrink(lambda=0.3)", -.infinity, .infinity, 1, 1),
        ("hardshrink", -.infinity, .infinity, 1, 1),
    ]

    @Test("Limits at ±∞, Double", arguments: limits.indices)
    func limitsDouble(index: Int) throws { try checkLimits(Double.self, Self.limits[index]) }

    @Test("Limits at ±∞, Float", arguments: limits.indices)
    func limitsFloat(index: Int) throws { try checkLimits(Float.self, Self.limits[index]) }

    private func checkLimits<T: ActivationFloat>(_: T.Type, _ limit: (String, Double, Double, Double, Double)) throws {
        let (reference, low, high, slopeLow, slopeHigh) = limit
        let f = try activation(reference)
        #expect(f.value(-T.infinity) == T(low), "\(reference)(−∞)")
        #expect(f.value(T.infinity) == T(high), "\(reference)(+∞)")
        #expect(f.derivative(-T.infinity) == T(slopeLow), "\(reference)′(−∞)")
        #expect(f.derivative(T.infinity) == T(slopeHigh), "\(reference)′(+∞)")
    }

    @Test("NaN in, NaN out", arguments: references)
    func nan(reference: String) throws {
        let f = try activation(reference)
        #expect(f.value(Double.nan).isNaN && f.derivative(Double.nan).isNaN)
        #expect(f.value(Float.nan).isNaN && f.derivative(Float.nan).isNaN)
        #expect(f.value(-Double.nan).isNaN)
    }

    /// (reference, x, f′(x)) at every kink and jump: PyTorch autograd's choice.
    static let kinkSlopes: [(String, Double, Double)] = [
        ("prelu", 0, 0.25), ("prelu(a=0.1)", 0, 0.1),
        ("rrelu", 0, 0.22916666666666666), ("rrelu(lower=0.1, upper=0.3)", 0, 0.2),
        ("relu6", 0, 0), ("relu6", 6, 0),
        ("hardtanh", -1, 0), ("hardtanh", 1, 0),
        ("hardtanh(min_val=-0.5, max_val=0.3)", -0.5, 0), ("hardtanh(min_val=-0.5, max_val=0.3)", 0.3, 0),
        ("hardsigmoid", -3, 0), ("hardsigmoid", 3, 0),
        ("hardswish", -3, 0), ("hardswish", 3, 1),
        ("softshrink", -0.5, 0), ("softshrink", 0.5, 0),
        ("softshrink(lambda=0.3)", -0.3, 0), ("softshrink(lambda=0.3)", 0.3, 0),
        ("hardshrink", -0.5, 0), ("hardshrink", 0.5, 0),
        ("hardshrink(lambda=0.3)", -0.3, 0), ("hardshrink(lambda=0.3)", 0.3, 0),
        ("threshold(threshold=1, value=0)", 1, 0), ("threshold(threshold=-1, value=-1)", -1, 0),
    ]

    @Test("Derivative at each kink follows PyTorch autograd", arguments: kinkSlopes.indices)
    func kinkDerivative(index: Int) throws {
        let (reference, x, slope) = Self.kinkSlopes[index]
        let f = try activation(reference)
        #expect(f.derivative(x) == slope, "\(reference)′(\(x))")
        #expect(f.metadata.kinks.contains(x) || f.metadata.jumps.contains(x), "\(reference): \(x) not listed")
        // The Float kink is the Float nearest x; where that is x itself the slope holds there too.
        if Double(Float(x)) == x { #expect(f.derivative(Float(x)) == Float(slope), "\(reference)′(Float \(x))") }
    }

    @Test("Slopes beside the kinks: hardswish′ is 0 left of −3, −0.5 right of it, 1.5 left of 3")
    func hardswishOneSided() {
        let f = Hardswish()
        #expect(f.derivative((-3.0).nextDown) == 0)
        #expect(abs(f.derivative((-3.0).nextUp) + 0.5) < 1e-15)
        #expect(abs(f.derivative(3.0.nextDown) - 1.5) < 1e-15)
        #expect(f.derivative(3.0.nextUp) == 1)
        #expect(f.value(-1.5) == -0.375 && f.derivative(-1.5) == 0)
        #expect(f.value(Float(-1.5)) == -0.375)
    }

    @Test("binary_step: 1 from −0 on, derivative 0 away from 0 and NaN (undefined) at ±0")
    func binaryStep() throws {
        let f = try activation("heaviside")
        #expect(f.reference == "binary_step")
        #expect(f.value(-0.0) == 1 && f.value(0.0) == 1 && f.value(-Double.leastNonzeroMagnitude) == 0)
        #expect(f.value(Float(-0.0)) == 1 && f.value(-Float.leastNonzeroMagnitude) == 0)
        #expect(f.derivative(0.0).isNaN && f.derivative(-0.0).isNaN)
        #expect(f.derivative(Float(0)).isNaN && f.derivative(Float(-0.0)).isNaN)
        #expect(f.derivative(Double.leastNonzeroMagnitude) == 0 && f.derivative(-1.0) == 0)
        #expect(f.metadata.jumps == [0] && f.metadata.kinks.isEmpty)
        #expect(f.metadata.smoothness == .discontinuous)
        #expect(f.metadata.derivativeTeX.contains("\\text{undefined}"))
        // The vectors hold "nan" for binary_step′(0); the ulp measure counts NaN = NaN as 0.
        #expect(ulpDistance(Double.nan, Double.nan) == 0 && ulpDistance(Float.nan, Float.nan) == 0)
    }

    @Test("Signed zero: −0 stays −0 where the formula gives it, clamps at 0 give +0")
    func signedZero() {
        #expect(PReLU().value(-0.0).sign == .minus)
        #expect(RReLU().value(-0.0).sign == .minus && RReLU().value(Float(-0.0)).sign == .minus)
        #expect(Hardtanh().value(-0.0).sign == .minus)
        #expect(Hardswish().value(-0.0).sign == .minus && Hardswish().value(Float(-0.0)).sign == .minus)
        #expect(ReLU6().value(-0.0).sign == .plus)
        #expect(Hardsigmoid().value(-0.0) == 0.5)
        #expect(Softshrink().value(-0.0) == 0 && Hardshrink().value(-0.0) == 0)
    }

    @Test("threshold needs both parameters, and names them")
    func thresholdRequired() throws {
        #expect(
            Catalog.resolve("threshold").failure
                == TextProblem(message: "'threshold' needs 'threshold=…' and 'value=…'", offset: 0))
        #expect(
            Catalog.resolve("  threshold()").failure
                == TextProblem(message: "'threshold' needs 'threshold=…' and 'value=…'", offset: 2))
        #expect(
            Catalog.resolve("threshold(threshold=1)").failure
                == TextProblem(message: "'threshold' needs 'value=…'", offset: 0))
        let f = try activation("threshold( value=0, threshold = 1 )")
        #expect(f.reference == "threshold(threshold=1, value=0)")
        #expect(f.value(1.0) == 0 && f.value(1.0.nextUp) == 1.0.nextUp && f.value(-5.0) == 0)
        #expect(f.derivative(1.0) == 0 && f.derivative(1.0.nextUp) == 1)
        #expect(f.metadata.jumps == [1] && f.metadata.kinks.isEmpty && f.metadata.smoothness == .discontinuous)
        let continuous = try activation("threshold(threshold=-1, value=-1)").metadata
        #expect(continuous.jumps.isEmpty && continuous.kinks == [-1] && continuous.smoothness == .continuous)
    }

    @Test("softshrink(lambd=0.3): alias, exact kinks, exact values beside them")
    func softshrinkLambd() throws {
        let f = try activation("softshrink(lambd=0.3)")
        #expect(f.reference == "softshrink(lambda=0.3)")
        #expect(f.metadata.kinks == [-0.3, 0.3])
        #expect(f.value(0.3) == 0 && f.value(-0.3) == 0)
        // Just outside the kink x − λ is exact: one ulp of 0.3, not 0 and not a rounding artefact.
        #expect(f.value(0.3.nextUp) == 0.3.nextUp - 0.3 && f.value(0.3.nextUp) > 0)
        #expect(f.value((-0.3).nextDown) == -(0.3.nextUp - 0.3))
        // In Float the kink is still the Double 0.3: Float(0.3) = 0.300000012 lies above it.
        let x = Float(0.3)
        #expect(f.value(x) == Float(Double(x) - 0.3) && f.derivative(x) == 1)
        #expect(f.value(x.nextDown) == 0 && f.derivative(x.nextDown) == 0)
    }

    @Test("Kinks and jumps sit at the Double parameters, also in Float")
    func kinksInFloat() throws {
        let t = try activation("threshold(threshold=0.3, value=-2)")
        #expect(t.metadata.jumps == [0.3])
        #expect(t.value(Float(0.3)) == Float(0.3))  // 0.300000012 > 0.3
        #expect(t.value(Float(0.3).nextDown) == -2)
        let h = try activation("hardshrink(lambd=0.3)")
        #expect(h.metadata.jumps == [-0.3, 0.3] && h.metadata.kinks.isEmpty)
        #expect(h.value(Float(0.3)) == Float(0.3) && h.value(-Float(0.3)) == -Float(0.3))
        #expect(h.value(0.3) == 0 && h.value(0.3.nextUp) == 0.3.nextUp)
        let c = try activation("hardtanh(min_val=-0.5, max_val=0.3)")
        #expect(c.metadata.kinks == [-0.5, 0.3])
        #expect(c.value(Float(0.3)) == Float(0.3) && c.derivative(Float(0.3)) == 0)  // clamped to the Double 0.3
        #expect(c.derivative(Float(0.3).nextDown) == 1)
    }

    @Test("Float results are rounded once: no double rounding through Double")
    func floatRoundedOnce() {
        // The Double nearest x·s is a tie between two Floats; the exact value is below it.
        #expect(RReLU().value(Float(-1.3228438e-09)) == Float(-3.031517e-10))
        // x(x + 3)/6 for the least Float subnormal is just above half of it: rounds up.
        #expect(Hardswish().value(Float.leastNonzeroMagnitude) == Float.leastNonzeroMagnitude)
        #expect(Hardswish().value(Double.leastNonzeroMagnitude) == Double.leastNonzeroMagnitude)
    }

    @Test("rrelu evaluates with the mean slope; upper defaults to 1/3 exactly as a Double")
    func rreluDefaults() throws {
        let entry = try #require(Catalog.entry(named: "rrelu"))
        #expect(entry.parameters.map(\.defaultValue) == [0.125, 1.0 / 3.0])
        #expect(try activation("rrelu(upper=0.3333333333333333)").reference == "rrelu")
        #expect(RReLU().slope == 0.22916666666666666)
        #expect(RReLU().value(-6.0) == -1.375)
        #expect(try activation("rrelu(lower=0.1, upper=0.3)").derivative(-1.0) == 0.2)
    }

    @Test("Aliases and parameter aliases resolve to the canonical names")
    func aliases() throws {
        let pairs = [
            ("heaviside", "binary_step"), ("hard_sigmoid", "hardsigmoid"), ("hard_silu", "hardswish"),
            ("hard_swish", "hardswish"), ("soft_shrink", "softshrink"), ("hard_shrink", "hardshrink"),
            ("hard_tanh", "hardtanh"), ("hardshrink(lambd=0.5)", "hardshrink"), ("prelu(init=0.1)", "prelu(a=0.1)"),
            ("hardtanh(min_val=-2)", "hardtanh(min_val=-2)"),
        ]
        for (input, canonical) in pairs {
            #expect(try activation(input).reference == canonical, "'\(input)'")
        }
        let names = Catalog.entries.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count)
        #expect(
            PiecewiseShapes.catalogEntries.map(\.name) == [
                "binary_step", "threshold", "prelu", "rrelu", "relu6", "hardtanh", "hardsigmoid", "hardswish",
                "softshrink", "hardshrink",
            ])
    }

    @Test("Derivatives match central differences away from kinks and jumps", arguments: references)
    func centralDifference(reference: String) throws {
        let f = try activation(reference)
        let m = f.metadata
        for x in stride(from: -7.0, through: 7.0, by: 0.37) where (m.kinks + m.jumps).allSatisfy({ abs($0 - x) > 1e-3 }) {
            let h = 1e-6
            let estimate = (f.value(x + h) - f.value(x - h)) / (2 * h)
            #expect(abs(estimate - f.derivative(x)) <= 1e-7 * max(1, abs(f.derivative(x))), "\(reference)′(\(x))")
        }
    }
}

extension Result {
    /// The error of a failed result, nil on success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
