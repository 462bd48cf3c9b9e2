import ActivationMath
import Testing

/// Protects what lessons print about the piecewise shapes: TeX with parameters
/// substituted, ranges, kinks and jumps at the exact parameter positions, shape facts.
@Suite("Piecewise shapes: metadata")
struct PiecewiseMetadataTests {
    /// (reference, value TeX, derivative TeX, range, kinks, jumps).
    static let table: [(String, String, String, String, [Double], [Double])] = [
        (
            "binary_step", #"\begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}"#,
            #"\begin{cases} 0 & x \ne 0 \\ \text{undefined} & x = 0 \end{cases}"#, "[0, 1]", [], [0]
        ),
        (
            "threshold(threshold=1, value=0)", #"\begin{cases} x & x > 1 \\ 0 & x \le 1 \end{cases}"#,
            #"\begin{cases} 1 & x > 1 \\ 0 & x \le 1 \end{cases}"#, "[0, ∞)", [], [1]
        ),
        (
            "threshold(threshold=0.3, value=-2)", #"\begin{cases} x & x > 0.3 \\ -2 & x \le 0.3 \end{cases}"#,
            #"\begin{cases} 1 & x > 0.3 \\ 0 & x \le 0.3 \end{cases}"#, "[−2, ∞)", [], [0.3]
        ),
        (
            "threshold(threshold=0, value=2)", #"\begin{cases} x & x > 0 \\ 2 & x \le 0 \end{cases}"#,
            #"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}"#, "(0, ∞)", [], [0]
        ),
        (
            "prelu", #"\max(0.25x, x)"#, #"\begin{cases} 1 & x > 0 \\ 0.25 & x \le 0 \end{cases}"#,
            "(−∞, ∞)", [0], []
        ),
        (
            "prelu(a=-0.5)", #"\begin{cases} x & x > 0 \\ -0.5x & x \le 0 \end{cases}"#,
            #"\begin{cases} 1 & x > 0 \\ -0.5 & x \le 0 \end{cases}"#, "[0, ∞)", [0], []
        ),
        (
            "rrelu(lower=0.1, upper=0.3)", #"\begin{cases} x & x > 0 \\ \tfrac{0.1 + 0.3}{2}\,x & x \le 0 \end{cases}"#,
            #"\begin{cases} 1 & x > 0 \\ \tfrac{0.1 + 0.3}{2} & x \le 0 \end{cases}"#, "(−∞, ∞)", [0], []
        ),
        (
            "relu6", #"\min(\max(0, x), 6)"#, #"\begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}"#,
            "[0, 6]", [0, 6], []
        ),
        (
            "hardtanh", #"\min(\max(x, -1), 1)"#, #"\begin{cases} 1 & -1 < x < 1 \\ 0 & \text{otherwise} \end{cases}"#,
            "[−1, 1]", [-1, 1], []
        ),
        (
            "hardtanh(min_val=-0.5, max_val=0.3)", #"\min(\max(x, -0.5), 0.3)"#,
            #"\begin{cases} 1 & -0.5 < x < 0.3 \\ 0 & \text{otherwise} \end{cases}"#, "[−0.5, 0.3]", [-0.5, 0.3], []
        ),
        (
            "hardsigmoid", #"\frac{\min(\max(0, x + 3), 6)}{6}"#,
            #"\begin{cases} \frac{1}{6} & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}"#, "[0, 1]", [-3, 3], []
        ),
        (
            "hardswish", #"x\,\frac{\min(\max(0, x + 3), 6)}{6}"#,
            #"\begin{cases} 0 & x \le -3 \\ \frac{2x + 3}{6} & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}"#,
            "[−0.375, ∞)", [-3, 3], []
        ),
        (
            "softshrink(lambda=0.3)",
            #"\begin{cases} x - 0.3 & x > 0.3 \\ x + 0.3 & x < -0.3 \\ 0 & \text{otherwise} \end{cases}"#,
            #"\begin{cases} 1 & |x| > 0.3 \\ 0 & |x| \le 0.3 \end{cases}"#, "(−∞, ∞)", [-0.3, 0.3], []
        ),
        ("softshrink(lambda=0)", "x", "1", "(−∞, ∞)", [], []),
        (
            "hardshrink", #"\begin{cases} x & |x| > 0.5 \\ 0 & |x| \le 0.5 \end{cases}"#,
            #"\begin{cases} 1 & |x| > 0.5 \\ 0 & |x| \le 0.5 \end{cases}"#, "(−∞, ∞)", [], [-0.5, 0.5]
        ),
        (
            "hardshrink(lambda=0.3)", #"\begin{cases} x & |x| > 0.3 \\ 0 & |x| \le 0.3 \end{cases}"#,
            #"\begin{cases} 1 & |x| > 0.3 \\ 0 & |x| \le 0.3 \end{cases}"#, "(−∞, ∞)", [], [-0.3, 0.3]
        ),
    ]

    @Test("TeX, range, kinks and jumps", arguments: table.indices)
    func metadata(index: Int) throws {
        let (reference, valueTeX, derivativeTeX, range, kinks, jumps) = Self.table[index]
        let m = try activation(reference).metadata
        #expect(m.valueTeX == valueTeX, "\(reference)")
        #expect(m.derivativeTeX == derivativeTeX, "\(reference)")
        #expect(m.range.description == range, "\(reference)")
        #expect(m.kinks == kinks, "\(reference)")
        #expect(m.jumps == jumps, "\(reference)")
    }

    @Test("Values on a grid and at the kinks lie in the stated range", arguments: PiecewiseTests.references)
    func valuesInRange(reference: String) throws {
        let f = try activation(reference)
        let m = f.metadata
        let xs = Array(stride(from: -10.0, through: 10.0, by: 0.125)) + m.kinks + m.jumps + [-1e300, 1e300]
        for x in xs {
            #expect(m.range.contains(f.value(x)), "\(reference)(\(x)) = \(f.value(x)) not in \(m.range)")
        }
    }

    @Test("Every field is filled in; jumps mean discontinuous", arguments: PiecewiseTests.references)
    func complete(reference: String) throws {
        let m = try activation(reference).metadata
        #expect(!m.displayName.isEmpty && !m.symbolTeX.isEmpty && !m.summary.isEmpty)
        #expect(m.pytorch?.hasPrefix("torch.") ?? false)
        #expect(m.kinks == m.kinks.sorted() && m.jumps == m.jumps.sorted())
        #expect((m.smoothness == .discontinuous) == !m.jumps.isEmpty, "\(reference)")
    }

    @Test("Shape facts: monotonicity, saturation, zero-centring, origin")
    func shapeFacts() throws {
        #expect(Hardswish().metadata.monotonicity == .notMonotonic)
        #expect(Hardswish().metadata.saturation == .negativeOnly)
        #expect(Hardtanh().metadata.isZeroCentred && !ReLU6().metadata.isZeroCentred)
        #expect(Hardtanh().metadata.saturation == .both && Hardsigmoid().metadata.saturation == .both)
        #expect(Softshrink().metadata.isZeroCentred && Softshrink().metadata.saturation == .none)
        #expect(try activation("threshold(threshold=0, value=2)").metadata.monotonicity == .notMonotonic)
        #expect(try activation("threshold(threshold=1, value=0)").metadata.monotonicity == .nonDecreasing)
        #expect(PReLU().metadata.introduced == "He, Zhang, Ren & Sun, 2015")
        #expect(RReLU().metadata.introduced == "Xu, Wang, Chen & Li, 2015")
        #expect(Hardswish().metadata.introduced == "Howard et al., 2019")
        #expect(Hardsigmoid().metadata.keras == "keras.activations.hard_sigmoid")
        #expect(Hardswish().metadata.keras == "keras.activations.hard_silu")
        #expect(Hardtanh(minVal: -2, maxVal: 2).metadata.keras == nil)
    }
}
