/// One sample of a series, in data coordinates.
///
/// Either coordinate may be NaN or infinite: the renderer treats such a point as a
/// break in its segment, so it never reaches the SVG text.
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
