import ActivationMath
import RealModule
import Testing

/// Protects the smooth gates at the edges: limits, NaN, signed zero, kinks, the traps of the
/// naive formulas, metadata and catalogue names.
@Suite("Smooth gates")
struct SmoothGatesTests {
    /// Every smooth-gate reference with default and non-default parameters.
    static let references = [
        "gelu", "gelu(approximate=tanh)", "silu", "swish(beta=1.7)", "mish", "softplus",
        "softplus(beta=2, threshold=20)", "log_sigmoid", "logsigmoid", "tanhshrink", "celu",
        "celu(alpha=0.5)", "selu",
    ]

    /// (reference, f(−∞), f(+∞), f′(−∞), f′(+∞)).
    static let limits: [(String, Double, Double, Double, Double)] = [
        ("gelu", 0, .infinity, 0, 1),
        ("gelu(approximate=tanh)", 0, .infinity, 0, 1),
        ("silu", 0, .infinity, 0, 1),
        ("silu(beta=0.5)", 0, .infinity, 0, 1),
        ("mish", 0, .infinity, 0, 1),
        ("softplus", 0, .infinity, 0, 1),
        ("softplus(beta=2, threshold=20)", 0, .infinity, 0, 1),
        ("log_sigmoid", -.infinity, 0, 1, 0),
        ("tanhshrink", -.infinity, .infinity, 1, 1),
        ("celu", -1, .infinity, 0, 1),
        ("celu(alpha=0.5)", -0.5, .infinity, 0, 1),
        ("selu", -1.7580993408473768, .infinity, 0, 1.0507009873554805),
    ]

    @Test("Limits at ±∞, Double and Float", arguments: limits.indices)
    func limitsAtInfinity(index: Int) throws {
        try checkLimits(Double.self, Self.limits[index])
        try checkLimits(Float.self, Self.limits[index])
    }

    private func checkLimits<T: ActivationFloat>(_: T.Type, _ limit: (String, Double, Double, Double, Double)) throws {
        let (reference, low, high, slopeLow, slopeHigh) = limit
        let f = try activation(reference)
        #expect(f.value(-T.infinity) == T(low), "\(reference)(−∞) in \(T.self)")
        #expect(f.value(T.infinity) == T(high), "\(reference)(+∞) in \(T.self)")
        #expect(f.derivative(-T.infinity) == T(slopeLow), "\(reference)′(−∞) in \(T.self)")
        #expect(f.derivative(T.infinity) == T(slopeHigh), "\(reference)′(+∞) in \(T.self)")
        // Huge finite inputs must not produce NaN either.
        for x in [T.greatestFiniteMagnitude, -T.greatestFiniteMagnitude] {
            #expect(!f.value(x).isNaN && !f.derivative(x).isNaN, "\(reference) at \(x)")
        }
    }

    @Test("NaN in, NaN out", arguments: references)
    func nan(reference: String) throws {
        let f = try activation(reference)
        #expect(f.value(Double.nan).isNaN && f.derivative(Double.nan).isNaN)
        #expect(f.value(Float.nan).isNaN && f.derivative(Float.nan).isNaN)
    }

    @Test("Odd near 0: −0 stays −0")
    func signedZero() throws {
        for reference in ["gelu", "gelu(approximate=tanh)", "silu", "mish", "tanhshrink", "celu", "selu"] {
            let f = try activation(reference)
            #expect(f.value(-0.0).sign == .minus, "\(reference)(−0)")
            #expect(f.value(Float(-0.0)).sign == .minus, "\(reference)(−0) in Float")
        }
        #expect(Softplus().value(-0.0) == Double.log(2))
        #expect(LogSigmoid().value(0.0) == -Double.log(2))
    }

    @Test("Derivatives at 0 follow PyTorch autograd")
    func kinks() {
        #expect(SELU().derivative(0.0) == 1.7580993408473768)  // λα
        #expect(SELU().derivative(Double.leastNonzeroMagnitude) == 1.0507009873554805)
        #expect(CELU().derivative(0.0) == 1 && CELU(alpha: 0.5).derivative(-0.0) == 1)
        #expect(CELU(alpha: 0.5).derivative(Double.leastNonzeroMagnitude) == 1)
        // softplus with threshold: βx = t uses log1p; just above it is x with slope 1.
        let f = Softplus(beta: 2, threshold: 20)
        #expect(f.value(10.0) > 10 && f.derivative(10.0) < 1)
        #expect(f.value(10.0.nextUp) == 10.0.nextUp && f.derivative(10.0.nextUp) == 1)
    }

    @Test("celu with alpha = 0 is invalid and gives NaN, not a trap")
    func celuAlphaZero() throws {
        let f = try activation("celu(alpha=0)")
        #expect(f.value(1.0).isNaN && f.value(-1.0).isNaN && f.derivative(0.5).isNaN)
        #expect(f.value(Float(2)).isNaN)
    }

    @Test("gelu keeps its digits where erf and the tanh form cancel")
    func geluFarLeft() {
        // mpmath: -10*ncdf(-10) = -7.6198530241605260659733432515993e-23
        #expect(ulpDistance(GELU().value(-10.0), -7.619853024160526e-23) <= 1)
        let naive = 0.5 * -10.0 * (1 + Double.erf(-10.0 / 2.0.squareRoot()))
        #expect(naive == 0, "the formula this test guards against")
        // mpmath: x*sigma(2u) at x = -10 with u = sqrt(2/pi)(x + 0.044715x^3)
        let t = GELU(approximate: .tanh).value(-10.0)
        #expect(t < 0 && t > -1e-30)
        #expect(GELU().value(-38.0) < 0 && GELU().value(-38.0) > -1e-300)
    }

    @Test("silu, mish and softplus stay exact where e^x is subnormal")
    func farLeft() {
        #expect(SiLU().value(-710.0) < 0 && SiLU().value(-710.0) > -1e-305)
        #expect(Mish().value(-720.0) < 0)
        #expect(Softplus().value(-700.0) > 0)
        #expect(Softplus().value(-745.0) > 0)
        // e^(−800) = 3.7e−348 is below the least subnormal: 0 is the correctly rounded value.
        #expect(Softplus().value(-800.0) == 0)
        #expect(Softplus(beta: 0.5).value(-800.0) > 0)  // 2e^(−400)
        #expect(LogSigmoid().value(40.0) < 0)  // −4.2e−18, not 0
        #expect(ulpDistance(LogSigmoid().derivative(40.0), 4.248354255291589e-18) <= 1)
    }

    @Test("tanhshrink does not cancel near 0")
    func tanhshrinkSmall() {
        // mpmath: 1e-8 - tanh(1e-8) = 3.3333333333333331e-25 (x³/3 − 2x⁵/15)
        #expect(ulpDistance(Tanhshrink().value(1e-8), 3.333333333333333e-25) <= 1)
        #expect(ulpDistance(Tanhshrink().derivative(1e-8), 1e-16) <= 2)
        #expect(Tanhshrink().value(1000.0) == 999)
    }

    @Test("Derivatives match central differences", arguments: references)
    func centralDifference(reference: String) throws {
        // Guards against a derivative that is accurate but of the wrong function.
        let f = try activation(reference)
        for x in stride(from: -6.0, through: 6.0, by: 0.37) where abs(x) > 1e-3 && abs(x - 10) > 1e-3 {
            let h = 1e-6
            let estimate = (f.value(x + h) - f.value(x - h)) / (2 * h)
            #expect(abs(estimate - f.derivative(x)) <= 1e-7 * max(1, abs(f.derivative(x))), "\(reference)′(\(x))")
        }
    }

    @Test("Catalogue names, aliases and canonical references")
    func catalogue() throws {
        #expect(
            SmoothGates.catalogEntries.map(\.name)
                == ["gelu", "silu", "mish", "softplus", "log_sigmoid", "tanhshrink", "celu", "selu"])
        #expect(try activation("swish").reference == "silu")
        #expect(try activation("logsigmoid").reference == "log_sigmoid")
        #expect(try activation("gelu(approximate=tanh)").reference == "gelu(approximate=tanh)")
        #expect(try activation("gelu(approximate=none)").reference == "gelu")
        #expect(try activation("softplus(threshold=none)").reference == "softplus")
        #expect(try activation("softplus(beta=2, threshold=20)").reference == "softplus(beta=2, threshold=20)")
        #expect((try? activation("gelu(approximate=2)")) == nil)
    }

    @Test("Metadata: TeX with parameters, ranges, kinks")
    func metadata() throws {
        #expect(
            try activation("celu(alpha=0.5)").metadata.valueTeX
                == #"\begin{cases} x & x > 0 \\ 0.5\,(e^{x/0.5} - 1) & x \le 0 \end{cases}"#)
        #expect(try activation("silu(beta=2)").metadata.valueTeX == #"x\,\sigma(2x)"#)
        #expect(try activation("selu").metadata.kinks == [0])
        #expect(try activation("softplus(beta=2, threshold=20)").metadata.jumps == [10])
        #expect(try activation("softplus").metadata.range.description == "(0, ∞)")
        for reference in Self.references {
            let f = try activation(reference)
            for x in stride(from: -10.0, through: 10.0, by: 0.125) {
                #expect(f.metadata.range.contains(f.value(x)), "\(reference)(\(x)) not in range")
            }
        }
    }
}
