/// A point in data coordinates: a vertex of a sampled curve, or of a drawn series.
///
/// Every point of a ``SampledCurve`` is finite. A point handed to the renderer may have
/// a NaN or infinite coordinate: it breaks its segment there, so it never reaches the
/// SVG text.
///
/// ```swift
/// let origin = PlotPoint(x: 0, y: 0)
/// ```
public struct PlotPoint: Sendable, Equatable {
    /// The horizontal data coordinate.
    public var x: Double
    /// The vertical data coordinate.
    public var y: Double

    /// Creates a point from its data coordinates.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Whether both coordinates are finite, so the point can be drawn.
    var isFinite: Bool { x.isFinite && y.isFinite }
}
