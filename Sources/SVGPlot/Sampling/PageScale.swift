/// How a curve will be drawn on the page: pixels per data unit along each axis, and the
/// y range that will be visible, so that sampling can aim at an accuracy in pixels.
///
/// ```swift
/// // −6…6 over 568 px, −0.1…1.1 over 288 px:
/// let scale = PageScale(x: 568 / 12, y: 288 / 1.2, visibleY: -0.1...1.1)
/// ```
struct PageScale: Sendable, Equatable {
    /// Pixels per unit of x; a value that is not finite and positive is read as 1.
    var x: Double
    /// Pixels per unit of y; a value that is not finite and positive is read as 1.
    var y: Double
    /// The y range that will be visible; a run of samples entirely above or entirely
    /// below it is not refined, since it will be clipped away. `nil`: everything counts.
    var visibleY: ClosedRange<Double>?

    init(x: Double, y: Double, visibleY: ClosedRange<Double>? = nil) {
        self.x = x.isFinite && x > 0 ? x : 1
        self.y = y.isFinite && y > 0 ? y : 1
        self.visibleY = visibleY
    }

    /// The scale of a laid-out plot: its pixels per unit along each axis.
    init(_ geometry: PlotGeometry, visibleY: ClosedRange<Double>?) {
        self.init(x: geometry.pixelsPerUnitX, y: geometry.pixelsPerUnitY, visibleY: visibleY)
    }
}
