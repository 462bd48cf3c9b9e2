/// A curve ready to draw: polylines that must not be joined, and the jumps between them.
///
/// Every point of a segment is finite. Segments are in increasing x; a jump ends one
/// segment at its left limit and starts the next at its right limit, both at the jump's
/// x, so no vertical connector is ever drawn. Where the function is not finite (NaN or
/// ±∞) there is simply no segment.
public struct SampledCurve: Sendable, Equatable {
    public var segments: [[PlotPoint]]
    public var discontinuities: [Discontinuity]

    public init(segments: [[PlotPoint]], discontinuities: [Discontinuity] = []) {
        self.segments = segments
        self.discontinuities = discontinuities
    }

    /// All vertices of all segments.
    public var vertexCount: Int { segments.reduce(0) { $0 + $1.count } }

    /// Splits a sorted list of points into segments at every non-finite y and at the
    /// given jump positions (where two consecutive points share the jump's x).
    static func segments(of points: [PlotPoint], breakingAt breaks: Set<Double>) -> [[PlotPoint]] {
        var segments: [[PlotPoint]] = []
        var current: [PlotPoint] = []
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
