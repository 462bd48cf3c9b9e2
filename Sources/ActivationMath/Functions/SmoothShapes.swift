/// The smooth-shape family: identity, softsign, arctan, ISRU, ISRLU, squareplus, bent
/// identity, gaussian, sinusoid, sinc and SQNL, in teaching order.
///
/// Every member evaluates `Float` in `Double` and rounds once (see ``evaluate(_:_:_:)``),
/// and uses ``DoubleWord`` arithmetic where a plain formula would cancel or lose the last
/// bits of a quotient, so values and derivatives stay within about 1 ulp.
///
/// ```swift
/// SmoothShapes.catalogEntries.map(\.name)  // ["identity", "softsign", …, "sqnl"]
/// ```
public enum SmoothShapes {
    /// The catalogue entries of the family, in teaching order: the bounded squashers
    /// (softsign, arctan, ISRU), then the one-sided and linear-tailed shapes (ISRLU,
    /// squareplus, bent identity), then the non-monotonic bumps and waves, then SQNL.
    public static let catalogEntries: [CatalogEntry] = [
        Identity.catalogEntry,
        Softsign.catalogEntry,
        Arctan.catalogEntry,
        ISRU.catalogEntry,
        ISRLU.catalogEntry,
        Squareplus.catalogEntry,
        BentIdentity.catalogEntry,
        Gaussian.catalogEntry,
        Sinusoid.catalogEntry,
        Sinc.catalogEntry,
        SQNL.catalogEntry,
    ]

    /// `kernel(x)` in `T`, except that `Float` is evaluated in `Double` and rounded once.
    ///
    /// Why: a kernel that is within 1–2 ulp in its own type is not within 1 ulp of the
    /// correctly rounded Float result; the same kernel in Double is within 2 Double ulps,
    /// and a single rounding of that to Float is then at most 1 Float ulp off.
    /// Pass the same generic kernel twice: `evaluate(x, { kernel($0) }, { kernel($0) })`.
    static func evaluate<T: ActivationFloat>(
        _ x: T, _ inDouble: (Double) -> Double, _ generic: (T) -> T
    ) -> T {
        T.self == Float.self ? T(inDouble(Double(x))) : generic(x)
    }
}
