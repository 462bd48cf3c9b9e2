import AtlasText

/// An interval of the real line with open or closed ends: the range of an activation.
///
/// Infinite bounds are always open. `description` prints interval notation with a true
/// minus sign (U+2212) and `∞`:
///
/// ```swift
/// ValueRange(lower: -1, includesLower: false, upper: 1, includesUpper: false).description  // "(−1, 1)"
/// ValueRange.atLeast(0).description                                                         // "[0, ∞)"
/// ```
public struct ValueRange: Sendable, Equatable, CustomStringConvertible {
    /// The lower bound; may be `-.infinity`.
    public let lower: Double
    /// Whether some x gives f(x) = `lower`. Always false for an infinite bound.
    public let includesLower: Bool
    /// The upper bound; may be `.infinity`.
    public let upper: Double
    /// Whether some x gives f(x) = `upper`. Always false for an infinite bound.
    public let includesUpper: Bool

    /// Makes an interval; an infinite bound is stored as open whatever `includes…` says.
    public init(lower: Double, includesLower: Bool, upper: Double, includesUpper: Bool) {
        self.lower = lower
        self.includesLower = includesLower && lower.isFinite
        self.upper = upper
        self.includesUpper = includesUpper && upper.isFinite
    }

    /// The open interval (lower, upper).
    public static func open(_ lower: Double, _ upper: Double) -> ValueRange {
        ValueRange(lower: lower, includesLower: false, upper: upper, includesUpper: false)
    }

    /// The half-open interval [lower, ∞).
    public static func atLeast(_ lower: Double) -> ValueRange {
        ValueRange(lower: lower, includesLower: true, upper: .infinity, includesUpper: false)
    }

    /// The whole real line (−∞, ∞).
    public static let all = ValueRange.open(-.infinity, .infinity)

    /// Whether `y` lies in the interval. NaN lies in no interval.
    public func contains(_ y: Double) -> Bool {
        let aboveLower = includesLower ? y >= lower : y > lower
        let belowUpper = includesUpper ? y <= upper : y < upper
        return aboveLower && belowUpper
    }

    public var description: String { formatted(Self.text) }

    /// Interval notation with each finite bound written by `format` (say, to four
    /// significant digits for a page); infinite bounds are ∞ and −∞.
    public func formatted(_ format: (Double) -> String) -> String {
        let open = includesLower ? "[" : "("
        let close = includesUpper ? "]" : ")"
        func bound(_ value: Double) -> String { value.isInfinite ? Self.text(value) : format(value) }
        return "\(open)\(bound(lower)), \(bound(upper))\(close)"
    }

    private static func text(_ bound: Double) -> String {
        if bound.isInfinite { return bound < 0 ? "\u{2212}∞" : "∞" }
        return DecimalParts(shortest: bound)?.text(minus: "\u{2212}") ?? NumberText.shortest(bound)
    }
}
