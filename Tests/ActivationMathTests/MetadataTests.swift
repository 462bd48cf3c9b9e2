import ActivationMath
import Testing

/// Protects what lessons print: display names, TeX with parameters substituted, ranges, kinks.
@Suite("Metadata")
struct MetadataTests {
    /// (reference, display name, value TeX, derivative TeX, range, kinks).
    static let table: [(String, String, String, String, String, [Double])] = [
        ("sigmoid", "Sigmoid", #"\frac{1}{1 + e^{-x}}"#, #"\sigma(x)\,(1 - \sigma(x))"#, "(0, 1)", []),
        ("tanh", "Tanh", #"\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}"#, #"1 - \tanh^2(x)"#, "(−1, 1)", []),
        ("relu", "ReLU", #"\max(0, x)"#, #"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}"#, "[0, ∞)", [0]),
        (
            "leaky_relu", "Leaky ReLU", #"\max(0.01x, x)"#,
            #"\begin{cases} 1 & x > 0 \\ 0.01 & x \le 0 \end{cases}"#, "(−∞, ∞)", [0]
        ),
        (
            "leaky_relu(negative_slope=0.2)", "Leaky ReLU", #"\max(0.2x, x)"#,
            #"\begin{cases} 1 & x > 0 \\ 0.2 & x \le 0 \end{cases}"#, "(−∞, ∞)", [0]
        ),
        (
            "leaky_relu(negative_slope=2)", "Leaky ReLU", #"\begin{cases} x & x > 0 \\ 2x & x \le 0 \end{cases}"#,
            #"\begin{cases} 1 & x > 0 \\ 2 & x \le 0 \end{cases}"#, "(−∞, ∞)", [0]
        ),
        (
            "leaky_relu(negative_slope=1e-5)", "Leaky ReLU", #"\max(10^{-5}x, x)"#,
            #"\begin{cases} 1 & x > 0 \\ 10^{-5} & x \le 0 \end{cases}"#, "(−∞, ∞)", [0]
        ),
        (
            "leaky_relu(negative_slope=0)", "Leaky ReLU", #"\max(0, x)"#,
            #"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}"#, "[0, ∞)", [0]
        ),
        (
            "leaky_relu(negative_slope=1)", "Leaky ReLU", #"\max(x, x)"#,
            #"\begin{cases} 1 & x > 0 \\ 1 & x \le 0 \end{cases}"#, "(−∞, ∞)", []
        ),
        (
            "elu", "ELU", #"\begin{cases} x & x > 0 \\ e^{x} - 1 & x \le 0 \end{cases}"#,
            #"\begin{cases} 1 & x > 0 \\ e^{x} & x \le 0 \end{cases}"#, "(−1, ∞)", []
        ),
        (
            "elu(alpha=0.5)", "ELU", #"\begin{cases} x & x > 0 \\ 0.5\,(e^{x} - 1) & x \le 0 \end{cases}"#,
            #"\begin{cases} 1 & x > 0 \\ 0.5\,e^{x} & x \le 0 \end{cases}"#, "(−0.5, ∞)", [0]
        ),
        (
            "elu(alpha=-2)", "ELU", #"\begin{cases} x & x > 0 \\ -2\,(e^{x} - 1) & x \le 0 \end{cases}"#,
            #"\begin{cases} 1 & x > 0 \\ -2\,e^{x} & x \le 0 \end{cases}"#, "[0, ∞)", [0]
        ),
    ]

    @Test("TeX, range and kinks", arguments: table.indices)
    func metadata(index: Int) throws {
        let (reference, name, valueTeX, derivativeTeX, range, kinks) = Self.table[index]
        let m = try activation(reference).metadata
        #expect(m.displayName == name)
        #expect(m.valueTeX == valueTeX, "\(reference)")
        #expect(m.derivativeTeX == derivativeTeX, "\(reference)")
        #expect(m.range.description == range, "\(reference)")
        #expect(m.kinks == kinks, "\(reference)")
    }

    @Test("Values on a grid lie in the stated range", arguments: table.map(\.0))
    func valuesInRange(reference: String) throws {
        let f = try activation(reference)
        let range = f.metadata.range
        for x in stride(from: -10.0, through: 10.0, by: 0.125) {
            #expect(range.contains(f.value(x)), "\(reference)(\(x)) = \(f.value(x)) not in \(range)")
        }
    }

    @Test("The derivative jumps exactly at the stated kinks", arguments: table.map(\.0))
    func kinksAreJumps(reference: String) throws {
        let f = try activation(reference)
        let left = f.derivative(-Double.leastNonzeroMagnitude)
        let right = f.derivative(Double.leastNonzeroMagnitude)
        #expect((left != right) == f.metadata.kinks.contains(0), "\(reference)")
    }

    @Test("ValueRange notation and bounds")
    func valueRange() {
        #expect(ValueRange.open(-1, 1).description == "(−1, 1)")
        #expect(ValueRange.atLeast(0).description == "[0, ∞)")
        #expect(ValueRange.all.description == "(−∞, ∞)")
        #expect(
            ValueRange(lower: -0.25, includesLower: true, upper: 2.5, includesUpper: true).description
                == "[−0.25, 2.5]")
        // An infinite bound is never attained.
        let r = ValueRange(lower: -.infinity, includesLower: true, upper: 1, includesUpper: true)
        #expect(!r.includesLower && r.description == "(−∞, 1]")
        #expect(ValueRange.open(0, 1).contains(0.5) && !ValueRange.open(0, 1).contains(1))
        #expect(ValueRange.atLeast(0).contains(0) && !ValueRange.all.contains(.nan))
    }
}
