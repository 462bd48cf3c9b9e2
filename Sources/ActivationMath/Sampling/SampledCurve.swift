/// How a curve will be drawn on the page: pixels per data unit along each axis, and the
/// y range that will be visible, so that sampling can aim at an accuracy in pixels.
///
/// ```swift
/// // −6…6 over 568 px, −0.1…1.1 over 288 px:
/// let scale = PageScale(x: 568 / 12, y: 288 / 1.2, visibleY: -0.1...1.1)
/// ```
public struct PageScale: Sendable, Equatable {
    /// Pixels per unit of x; a value that is not finite and positive is read as 1.
    public var x: Double
    /// Pixels per unit of y; a value that is not finite and positive is read as 1.
    public var y: Double
    /// The y range that will be visible; a run of samples entirely above or entirely
    /// below it is not refined, since it will be clipped away. `nil`: everything counts.
    public var visibleY: ClosedRange<Double>?

    public init(x: Double, y: Double, visibleY: ClosedRange<Double>? = nil) {
        self.x = x.isFinite && x > 0 ? x : 1
        self.y = y.isFinite && y > 0 ? y : 1
        self.visibleY = visibleY
    }
}

/// One vertex of a sampled curve, in data units.
public struct CurvePoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A jump of a curve at `x`, as a textbook draws it: the curve arrives at `left`,
/// leaves from `right`, and takes `value` at `x` itself (NaN where it is undefined, as
/// a derivative at a jump of its function).
///
/// ```swift
/// // The binary step at 0: from 0 on the left to 1, and H(0) = 1.
/// Discontinuity(x: 0, left: 0, value: 1, right: 1)
/// ```
public struct Discontinuity: Sendable, Equatable {
    public var x: Double
    /// The limit from the left, f(x − ε) for the largest double below x.
    public var left: Double
    /// f(x); NaN where the function has no value at x.
    public var value: Double
    /// The limit from the right, f(x + ε) for the smallest double above x.
    public var right: Double

    public init(x: Double, left: Double, value: Double, right: Double) {
        self.x = x
        self.left = left
        self.value = value
        self.right = right
    }

    /// The three values at `x` of `f`: one double to the left, at, and one to the right.
    static func of(_ f: (Double) -> Double, at x: Double) -> Discontinuity {
        Discontinuity(x: x, left: f(x.nextDown), value: f(x), right: f(x.nextUp))
    }
}

/// A curve ready to draw: polylines that must not be joined, and the jumps between them.
///
/// Every point of a segment is finite. Segments are in increasing x; a jump ends one
/// segment at its left limit and starts the next at its right limit, both at the jump's
/// x, so no vertical connector is ever drawn. Where the function is not finite (NaN or
/// ±∞) there is simply no segment.
public struct SampledCurve: Sendable, Equatable {
    public var segments: [[CurvePoint]]
    public var discontinuities: [Discontinuity]

    public init(segments: [[CurvePoint]], discontinuities: [Discontinuity] = []) {
        self.segments = segments
        self.discontinuities = discontinuities
    }

    /// All vertices of all segments.
    public var vertexCount: Int { segments.reduce(0) { $0 + $1.count } }

    /// Splits a sorted list of points into segments at every non-finite y and at the
    /// given jump positions (where two consecutive points share the jump's x).
    static func segments(of points: [CurvePoint], breakingAt breaks: Set<Double>) -> [[CurvePoint]] {
        var segments: [[CurvePoint]] = []
        var current: [CurvePoint] = []
        for point in points {
            guard point.y.isFinite else {
                if !current.isEmpty { segments.append(current) }
                current = []
                continue
            }
            if let last = current.last, last.x == point.x, breaks.contains(point.x) {
                segments.append(current)
                current = []
            }
            current.append(point)
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }
}
