import ActivationMath
import RealModule
import Testing

/// Protects the behaviour at the edges of the line: limits at ±∞, NaN, signed zero, kinks.
@Suite("Edge cases")
struct EdgeCaseTests {
    /// Every catalogue activation with default and non-default parameters.
    static let references = [
        "sigmoid", "tanh", "relu", "leaky_relu", "leaky_relu(negative_slope=0.2)", "elu", "elu(alpha=0.5)",
    ]

    /// (reference, f(−∞), f(+∞), f′(−∞), f′(+∞)).
    static let limits: [(String, Double, Double, Double, Double)] = [
        ("sigmoid", 0, 1, 0, 0),
        ("tanh", -1, 1, 0, 0),
        ("relu", 0, .infinity, 0, 1),
        ("leaky_relu", -.infinity, .infinity, 0.01, 1),
        ("leaky_relu(negative_slope=0)", 0, .infinity, 0, 1),
        ("leaky_relu(negative_slope=-0.5)", .infinity, .infinity, -0.5, 1),
        ("elu", -1, .infinity, 0, 1),
        ("elu(alpha=0.5)", -0.5, .infinity, 0, 1),
    ]

    @Test("Limits at ±∞, Double", arguments: limits.indices)
    func limitsDouble(index: Int) throws { try checkLimits(Double.self, Self.limits[index]) }

    @Test("Limits at ±∞, Float", arguments: limits.indices)
    func limitsFloat(index: Int) throws { try checkLimits(Float.self, Self.limits[index]) }

    private func checkLimits<T: ActivationFloat>(
        _: T.Type, _ limit: (String, Double, Double, Double, Double)
    ) throws {
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
        #expect(f.value(Double.nan).isNaN)
        #expect(f.derivative(Double.nan).isNaN)
        #expect(f.value(Float.nan).isNaN)
        #expect(f.derivative(Float.nan).isNaN)
        #expect(f.value(-Double.nan).isNaN)
    }

    @Test("Derivative at the kink follows PyTorch autograd")
    func kinkDerivatives() throws {
        #expect(ReLU().derivative(0.0) == 0)
        #expect(ReLU().derivative(-0.0) == 0)
        #expect(LeakyReLU().derivative(0.0) == 0.01)
        #expect(LeakyReLU(negativeSlope: 0.2).derivative(Float(0)) == Float(0.2))
        #expect(ELU().derivative(0.0) == 1)
        #expect(ELU(alpha: 0.5).derivative(0.0) == 0.5)
        #expect(ELU(alpha: 0.5).derivative(Float(-0.0)) == 0.5)
        // Just to the right of the kink the slope is 1.
        #expect(ELU(alpha: 0.5).derivative(Double.leastNonzeroMagnitude) == 1)
        #expect(ReLU().derivative(Double.leastNonzeroMagnitude) == 1)
    }

    @Test("Signed zero: odd functions keep −0, relu maps every x ≤ 0 to +0")
    func signedZero() {
        #expect(Tanh().value(-0.0).sign == .minus)
        #expect(Tanh().value(Float(-0.0)).sign == .minus)
        #expect(ELU().value(-0.0).sign == .minus)
        #expect(LeakyReLU().value(-0.0).sign == .minus)
        #expect(ReLU().value(-0.0) == 0 && ReLU().value(-0.0).sign == .plus)
        #expect(ReLU().value(-5.0).sign == .plus)
        #expect(Sigmoid().value(-0.0) == 0.5)
    }

    @Test("tanh saturates to exactly ±1 without overflow")
    func tanhSaturates() {
        #expect(Tanh().value(1000.0) == 1)
        #expect(Tanh().value(-1000.0) == -1)
        #expect(Tanh().value(Float(1000)) == 1)
        #expect(Tanh().derivative(1000.0) == 0)
    }

    @Test("sigmoid(−1000) underflows to 0 in Double, never NaN")
    func sigmoidFarLeft() {
        let y = Sigmoid().value(-1000.0)
        #expect(!y.isNaN)
        #expect(y == 0)
        #expect(Sigmoid().value(Float(-1000)) == 0)
        #expect(Sigmoid().value(1000.0) == 1)
        #expect(Sigmoid().derivative(-1000.0) == 0)
        // e^(−700) is normal: no premature underflow on the way.
        #expect(Sigmoid().value(-700.0) > 0)
    }

    @Test("sigmoid′(40) is accurate where σ(1 − σ) gives 0")
    func sigmoidSlopeFarRight() {
        let s = Sigmoid().value(40.0)
        #expect(s * (1 - s) == 0, "the naive formula this test guards against")
        // mpmath: e^-40 / (1 + e^-40)^2 = 4.24835425529158898...e-18
        let expected = 4.248354255291589e-18
        #expect(ulpDistance(Sigmoid().derivative(40.0), expected) <= 1)
        #expect(ulpDistance(Sigmoid().derivative(-40.0), expected) <= 1)
    }

    @Test("tanh′(20) is accurate where 1 − tanh² gives 0")
    func tanhSlopeFarRight() {
        // mpmath: sech(20)^2 = 1.6993417021166355836...e-17
        #expect(ulpDistance(Tanh().derivative(20.0), 1.6993417021166355e-17) <= 1)
    }

    @Test("elu near 0 goes through expm1: elu(−1e−10) ≈ −1e−10")
    func eluNearZero() {
        // mpmath: expm1(-1e-10) = -9.9999999995000000000166...e-11
        let expected = -9.9999999995e-11
        #expect(ulpDistance(ELU().value(-1e-10), expected) <= 2)
        #expect(ELU().value(1e-10) == 1e-10)
        #expect(ulpDistance(ELU(alpha: 0.5).value(-1e-10), expected / 2) <= 2)
        #expect(ulpDistance(ELU().value(Float(-1e-10)), Float(-1e-10)) <= 2)
    }

    @Test("Derivatives match central differences away from kinks", arguments: references)
    func centralDifference(reference: String) throws {
        // Guards against a derivative formula that is accurate but of the wrong function.
        let f = try activation(reference)
        for x in stride(from: -6.0, through: 6.0, by: 0.37) where abs(x) > 1e-3 {
            let h = 1e-6
            let estimate = (f.value(x + h) - f.value(x - h)) / (2 * h)
            let d = f.derivative(x)
            #expect(abs(estimate - d) <= 1e-7 * max(1, abs(d)), "\(reference)′(\(x))")
        }
    }
}
