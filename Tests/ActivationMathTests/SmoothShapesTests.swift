import ActivationMath
import RealModule
import Testing

/// Protects the smooth-shape family at its edges: limits, NaN, signed zero, the branch
/// points, and the overflow, underflow and cancellation traps each formula avoids.
@Suite("Smooth shapes")
struct SmoothShapesTests {
    /// Every member with default and non-default parameters.
    static let references = [
        "identity", "softsign", "arctan", "isru", "isru(alpha=0.5)", "isrlu", "isrlu(alpha=3)",
        "squareplus", "squareplus(b=1)", "bent_identity", "gaussian", "sinusoid", "sinc", "sqnl",
    ]

    /// (reference, f(−∞), f(+∞), f′(−∞), f′(+∞)); sinusoid has no limits (see below).
    static let limits: [(String, Double, Double, Double, Double)] = [
        ("identity", -.infinity, .infinity, 1, 1),
        ("softsign", -1, 1, 0, 0),
        ("arctan", -Double.pi / 2, Double.pi / 2, 0, 0),
        ("isru", -1, 1, 0, 0),
        ("isru(alpha=4)", -0.5, 0.5, 0, 0),
        ("isrlu", -1, .infinity, 0, 1),
        ("isrlu(alpha=4)", -0.5, .infinity, 0, 1),
        ("squareplus", 0, .infinity, 0, 1),
        ("bent_identity", -.infinity, .infinity, 0.5, 1.5),
        ("gaussian", 0, 0, 0, 0),
        ("sinc", 0, 0, 0, 0),
        ("sqnl", -1, 1, 0, 0),
    ]

    @Test("Catalogue names, aliases and canonical references")
    func catalogue() throws {
        #expect(
            SmoothShapes.catalogEntries.map(\.name) == [
                "identity", "softsign", "arctan", "isru", "isrlu", "squareplus", "bent_identity",
                "gaussian", "sinusoid", "sinc", "sqnl",
            ])
        #expect(try activation("linear").reference == "identity")
        #expect(try activation("atan").reference == "arctan")
        #expect(try activation("sin").reference == "sinusoid")
        #expect(try activation("isru(alpha=1.0)").reference == "isru")
        #expect(try activation("isrlu(alpha=0.25)").reference == "isrlu(alpha=0.25)")
        #expect(try activation("squareplus(b=4)").reference == "squareplus")
        #expect(try activation("squareplus(b=1)").reference == "squareplus(b=1)")
        for reference in Self.references {
            #expect(try activation(activation(reference).reference).reference == reference)
        }
    }

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

    @Test("sin has no limit at ±∞: NaN, not a made-up value")
    func sinusoidInfinity() {
        #expect(Sinusoid().value(Double.infinity).isNaN)
        #expect(Sinusoid().derivative(-Float.infinity).isNaN)
        // Huge finite arguments are reduced exactly (mpmath: sin(1e308) = 0.45339649050164912...).
        #expect(ulpDistance(Sinusoid().value(1e308), 0.4533964905016491) <= 1)
    }

    @Test("NaN in, NaN out", arguments: references)
    func nan(reference: String) throws {
        let f = try activation(reference)
        #expect(f.value(Double.nan).isNaN && f.derivative(Double.nan).isNaN)
        #expect(f.value(Float.nan).isNaN && f.derivative(Float.nan).isNaN)
        #expect(f.value(-Double.nan).isNaN)
    }

    @Test("Signed zero: odd shapes keep −0; the rest give their value at 0")
    func signedZero() throws {
        for reference in ["identity", "softsign", "arctan", "isru", "isrlu", "bent_identity", "sinusoid", "sqnl"] {
            let f = try activation(reference)
            #expect(f.value(-0.0) == 0 && f.value(-0.0).sign == .minus, "\(reference)(−0)")
            #expect(f.value(Float(-0.0)).sign == .minus, "\(reference)(−0) in Float")
        }
        #expect(Squareplus().value(-0.0) == 1)
        #expect(Squareplus(b: 1).value(0.0) == 0.5)
        #expect(Gaussian().value(-0.0) == 1 && Gaussian().derivative(0.0) == 0)
        #expect(Sinc().value(-0.0) == 1 && Sinc().derivative(0.0) == 0)
    }

    @Test("Branch points: isrlu and sqnl are C¹, their derivatives agree on both sides")
    func branchPoints() {
        let tiny = Double.leastNonzeroMagnitude
        #expect(ISRLU().derivative(0.0) == 1 && ISRLU().derivative(-tiny) == 1 && ISRLU().derivative(tiny) == 1)
        #expect(SQNL().derivative(2.0) == 0 && SQNL().derivative(-2.0) == 0)
        #expect(SQNL().value(2.0) == 1 && SQNL().value(-2.0) == -1)
        #expect(SQNL().derivative(2.0.nextDown) == 0.5 * 2.0.ulp / 2, "1 − x/2 just inside: 2^−52 · ½")
        #expect(SQNL().derivative(2.0.nextUp) == 0)
        #expect(SQNL().derivative(0.0) == 1 && SQNL().derivative(-tiny) == 1)
        #expect(SQNL().metadata.kinks.isEmpty && ISRLU().metadata.kinks.isEmpty && Softsign().metadata.kinks.isEmpty)
        // Near 2 the FMA rounds x − x²/4 once: sqnl(2 − 2^−51) = 1 − 2^−104 rounds to 1.
        #expect(SQNL().value(2.0.nextDown) == 1)
        #expect(Squareplus(b: 0).derivative(0.0) == 0, "b = 0 is relu, relu′(0) = 0")
    }

    @Test("No overflow of x²: tiny derivatives stay correctly rounded, never NaN")
    func hugeArguments() {
        // mpmath: 1/(1 + 1e310) = 1e-310 (subnormal); 1/(1 + 1e155)² ≈ 1e-310.
        #expect(ulpDistance(Arctan().derivative(1e155), 1e-310) <= 1)
        #expect(ulpDistance(Softsign().derivative(-1e155), 1e-310) <= 1)
        #expect(Arctan().derivative(1e300) == 0 && Softsign().derivative(1e300) == 0)
        #expect(ISRU().value(1e300) == 1 && ISRU().value(-1e200) == -1)
        #expect(ISRU(alpha: 4).value(1e300) == 0.5)
        // (1/√(1 + x²))³ = 1e-309 at x = 1e103: subnormal, not 0.
        #expect(ulpDistance(ISRU().derivative(1e103), 1e-309) <= 1)
        #expect(BentIdentity().value(1e300) == 1.5e300 && BentIdentity().value(-1e300) == -5e299)
        #expect(BentIdentity().value(Double.greatestFiniteMagnitude) == .infinity)
        #expect(BentIdentity().derivative(-1e300) == 0.5)
        #expect(Squareplus().value(1e308) == 1e308)
        // mpmath: squareplus(−1e300) = 4/(2(√(1e600 + 4) + 1e300)) = 1e-300.
        #expect(ulpDistance(Squareplus().value(-1e300), 1e-300) <= 1)
        #expect(Squareplus().derivative(-1e300) == 0 && Squareplus().derivative(-1e154) > 0)
        #expect(Gaussian().value(1e200) == 0 && Gaussian().derivative(-1e308) == 0)
        #expect(Sinc().value(1e308) != 0 && !Sinc().derivative(1e308).isNaN)
    }

    @Test("No cancellation: the conjugate and series forms keep every digit")
    func cancellation() {
        // mpmath: squareplus(−1e8) = 4/(2(√(1e16 + 4) + 1e8)) = 9.99999999999999980000e-9.
        #expect(ulpDistance(Squareplus().value(-1e8), 9.999999999999999e-09) <= 1)
        #expect(Squareplus().derivative(-1e8) > 0)
        // bent_identity(1e−8) = 1e−8 + 2.5e−17: the x² form keeps the second term.
        #expect(ulpDistance(BentIdentity().value(1e-8), 1.0000000025e-8) <= 1)
        // sinc′(1e−3) = −x/3 + x³/30 − … = −3.33333e-4 to the last bit.
        #expect(ulpDistance(Sinc().derivative(1e-3), -0.0003333333000000012) <= 1)
        #expect(ulpDistance(Sinc().derivative(1e-300), -1e-300 / 3) <= 1)
        #expect(Sinc().derivative(4.493409457909064).magnitude < 1e-16)
        // Gaussian: x² carried exactly (x = 26: e^(−676) = 2.6e-294 to 1 ulp).
        #expect(ulpDistance(Gaussian().value(26.0), 2.6117417612840555e-294) <= 1)
        #expect(Gaussian().value(27.0) > 0 && Gaussian().value(27.2) > 0 && Gaussian().value(27.5) == 0)
    }

    @Test("Metadata: TeX with parameters, ranges, monotonicity")
    func metadata() {
        #expect(ISRU(alpha: 0.5).metadata.valueTeX == #"\frac{x}{\sqrt{1 + 0.5\,x^2}}"#)
        #expect(ISRU().metadata.valueTeX == #"\frac{x}{\sqrt{1 + x^2}}"#)
        #expect(ISRU(alpha: 4).metadata.range.description == "(−0.5, 0.5)")
        #expect(ISRLU(alpha: 4).metadata.range.description == "(−0.5, ∞)")
        #expect(Squareplus(b: 1).metadata.valueTeX == #"\frac{x + \sqrt{x^2 + 1}}{2}"#)
        #expect(Squareplus().metadata.range.description == "(0, ∞)")
        #expect(Gaussian().metadata.range.description == "(0, 1]")
        #expect(SQNL().metadata.range.description == "[−1, 1]")
        #expect(Sinc().metadata.range.contains(Sinc().value(4.493409457909064)))
        for f in [Gaussian().metadata, Sinusoid().metadata, Sinc().metadata] {
            #expect(f.monotonicity == .notMonotonic)
        }
        #expect(SQNL().metadata.monotonicity == .nonDecreasing)
        #expect(SQNL().metadata.smoothness == .differentiable(times: 1))
        #expect(ISRLU().metadata.smoothness == .differentiable(times: 2))
    }

    @Test("Values on a grid lie in the stated range", arguments: references)
    func valuesInRange(reference: String) throws {
        let f = try activation(reference)
        for x in stride(from: -10.0, through: 10.0, by: 0.125) {
            #expect(f.metadata.range.contains(f.value(x)), "\(reference)(\(x)) = \(f.value(x))")
        }
    }

    @Test("Derivatives match central differences", arguments: references)
    func centralDifference(reference: String) throws {
        // Guards against a derivative formula that is accurate but of the wrong function.
        let f = try activation(reference)
        for x in stride(from: -6.0, through: 6.0, by: 0.37) where abs(x) > 1e-3 && abs(abs(x) - 2) > 1e-3 {
            let h = 1e-6
            let estimate = (f.value(x + h) - f.value(x - h)) / (2 * h)
            #expect(abs(estimate - f.derivative(x)) <= 1e-7 * max(1, abs(f.derivative(x))), "\(reference)′(\(x))")
        }
    }
}
