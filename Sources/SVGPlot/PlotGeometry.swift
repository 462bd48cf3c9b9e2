/// The plot area of a figure in viewBox units, the data ranges it shows and its ticks:
/// for sampling to a pixel accuracy, for page scripts that map a pointer to data
/// (`area`, `x`, `y` of the site's read-out), and for tables at the tick positions.
public struct PlotGeometry: Sendable, Equatable {
    public var plotX: Double
    public var plotY: Double
    public var plotWidth: Double
    public var plotHeight: Double
    /// The x range, after sanitising (see ``PlotOptions``).
    public var xDomain: ClosedRange<Double>
    /// The y range: the given one after sanitising, or the one fitted to the curves.
    public var yDomain: ClosedRange<Double>
    /// The tick values along each axis.
    public var xTicks: [Double]
    public var yTicks: [Double]

    /// Pixels per data unit along x.
    public var pixelsPerUnitX: Double { plotWidth / (xDomain.upperBound - xDomain.lowerBound) }
    /// Pixels per data unit along y.
    public var pixelsPerUnitY: Double { plotHeight / (yDomain.upperBound - yDomain.lowerBound) }
}
