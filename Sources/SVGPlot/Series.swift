/// One curve of a figure as sampled polylines, with its style and dots: what
/// ``Plot/draw(_:options:sampling:)`` makes of a ``PlotCurve`` and its ``SampledCurve``.
///
/// Each element of ``segments`` becomes one subpath (`M … l …`) of the series' single
/// `<path>`; two segments are never joined, so a jump (as in a step function) stays a
/// jump. Within a segment a non-finite point also breaks the line.
///
/// Edge cases: an empty `segments`, empty segments and segments of NaN are allowed and
/// draw nothing (the `<path>` is still written, with an empty `d`). A segment of one
/// finite point draws a dot the width of the stroke.
///
/// ```swift
/// let slope = PlotSeries(
///     id: "relu'", label: "relu′",
///     segments: [[PlotPoint(x: -5, y: 0), PlotPoint(x: 0, y: 0)],
///                [PlotPoint(x: 0, y: 1), PlotPoint(x: 5, y: 1)]],
///     colorIndex: 0, dashed: true)
/// ```
struct PlotSeries: Sendable, Equatable {
    /// Written as `data-series="…"` on the series' `<path>`, e.g. `sigmoid` or `sigmoid'`.
    var id: String
    /// The legend text, e.g. `sigmoid` or `sigmoid′`.
    var label: String
    /// Polylines in data coordinates; each one is a separate subpath.
    var segments: [[PlotPoint]]
    /// Palette slot; series sharing an index share a colour (a function and its
    /// derivative). Taken modulo the palette size, so any integer, even negative, works.
    var colorIndex: Int
    /// Whether the line is dashed (used for derivatives).
    var dashed: Bool
    /// Dots drawn on the curve, as a textbook marks a jump: filled where the function
    /// takes its value, hollow where it does not.
    var markers: [PlotMarker]
    /// The member of a family of curves this series belongs to (`data-group="N"` on its
    /// path, dots and legend entry), for a page script that shows one member at a time.
    var group: Int?

    /// Creates a series.
    init(
        id: String,
        label: String,
        segments: [[PlotPoint]],
        colorIndex: Int = 0,
        dashed: Bool = false,
        markers: [PlotMarker] = [],
        group: Int? = nil
    ) {
        self.id = id
        self.label = label
        self.segments = segments
        self.colorIndex = colorIndex
        self.dashed = dashed
        self.markers = markers
        self.group = group
    }
}

/// A dot on a curve, in data coordinates: filled (`isFilled`) where the function takes
/// the value, hollow where it only comes close, as at either side of a jump. Dots with a
/// non-finite coordinate, or outside the plot area, are not drawn.
struct PlotMarker: Sendable, Equatable {
    var x: Double
    var y: Double
    var isFilled: Bool
}

extension PlotMarker {
    /// The dots of a curve's jumps, as a textbook draws them: filled where the function
    /// takes its value, hollow at a one-sided limit it does not take (both hollow where
    /// the value is undefined). A limit within a pixel of the value, or of the other
    /// limit, gets no dot of its own; non-finite values get none.
    static func dots(at jumps: [Discontinuity], pixelsPerUnitY: Double) -> [PlotMarker] {
        var markers: [PlotMarker] = []
        for jump in jumps {
            if jump.value.isFinite { markers.append(PlotMarker(x: jump.x, y: jump.value, isFilled: true)) }
            var hollow: [Double] = []
            for limit in [jump.left, jump.right] where limit.isFinite {
                let apart = !jump.value.isFinite || abs(limit - jump.value) * pixelsPerUnitY > 1
                if apart, !hollow.contains(where: { abs($0 - limit) * pixelsPerUnitY <= 1 }) { hollow.append(limit) }
            }
            markers += hollow.map { PlotMarker(x: jump.x, y: $0, isFilled: false) }
        }
        return markers
    }
}
