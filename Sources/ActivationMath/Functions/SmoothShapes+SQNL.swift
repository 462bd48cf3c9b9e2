/// The square nonlinearity, catalogue name `sqnl`.
///
/// Formula: f(x) = 1 for x > 2, x − x²/4 for 0 ≤ x ≤ 2, x + x²/4 for −2 ≤ x < 0,
/// −1 for x < −2; f′(x) = 1 − x/2 and 1 + x/2 inside, 0 outside.
///
/// Edge cases: f(NaN) = NaN, f(±∞) = ±1, f′(±∞) = 0, f(−0) = −0. f′ is continuous
/// everywhere (0 on both sides of ±2, 1 on both sides of 0), so the kink list is empty;
/// f″ jumps at −2, 0 and 2, so sqnl is C¹. At ±2 the derivative is the inside branch's 0.
///
/// ```swift
/// SQNL().value(1.0)        // 0.75
/// SQNL().derivative(2.0)   // 0.0
/// ```
///
/// See also: Wuraola & Patel (2018), "SQNL: A new computationally efficient activation
/// function", IJCNN.
public struct SQNL: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "sqnl") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "SQNL",
            symbolTeX: "\\operatorname{SQNL}",
            valueTeX: "\\begin{cases} 1 & x > 2 \\\\ x - \\frac{x^2}{4} & 0 \\le x \\le 2 \\\\ "
                + "x + \\frac{x^2}{4} & -2 \\le x < 0 \\\\ -1 & x < -2 \\end{cases}",
            derivativeTeX: "\\begin{cases} 1 - \\frac{x}{2} & 0 \\le x \\le 2 \\\\ "
                + "1 + \\frac{x}{2} & -2 \\le x < 0 \\\\ 0 & |x| > 2 \\end{cases}",
            range: ValueRange(lower: -1, includesLower: true, upper: 1, includesUpper: true),
            // C¹: f′ has no jump at ±2 or 0, only f″ does.
            kinks: [],
            monotonicity: .nonDecreasing,
            smoothness: .differentiable(times: 1),
            isZeroCentred: true,
            saturation: .both,
            pytorch: nil,
            keras: nil,
            summary: "Square nonlinearity, a piecewise-quadratic tanh reaching ±1 at x = ±2",
            introduced: "Wuraola & Patel, 2018"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x > 2 { return 1 }
        if x < -2 { return -1 }
        // Why the FMA: x ∓ (x/4)·x rounds once (x/4 is exact), so the result is correctly
        // rounded even near ±2 where the two terms nearly cancel. −0 stays −0.
        return x >= 0 ? x.addingProduct(-x / 4, x) : x.addingProduct(x / 4, x)
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.magnitude > 2 { return 0 }
        // 1 ∓ x/2 with x/2 exact: one rounding.
        return x >= 0 ? 1 - x / 2 : 1 + x / 2
    }

    static let catalogEntry = CatalogEntry(
        name: "sqnl", aliases: [], parameters: [],
        summary: "Square nonlinearity, a piecewise-quadratic tanh reaching ±1 at x = ±2"
    ) { _ in SQNL() }
}
