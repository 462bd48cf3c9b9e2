/// One curve of a figure: a function, or its derivative, as sampled polylines.
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
public struct PlotSeries: Sendable, Equatable {
    /// Written as `data-series="…"` on the series' `<path>`, e.g. `sigmoid` or `sigmoid'`.
    public var id: String
    /// The legend text, e.g. `sigmoid` or `sigmoid′`.
    public var label: String
    /// Polylines in data coordinates; each one is a separate subpath.
    public var segments: [[PlotPoint]]
    /// Palette slot; series sharing an index share a colour (a function and its
    /// derivative). Taken modulo the palette size, so any integer, even negative, works.
    public var colorIndex: Int
    /// Whether the line is dashed (used for derivatives).
    public var dashed: Bool
    /// Dots drawn on the curve, as a textbook marks a jump: filled where the function
    /// takes its value, hollow where it does not.
    public var markers: [PlotMarker]
    /// The member of a family of curves this series belongs to (`data-group="N"` on its
    /// path, dots and legend entry), for a page script that shows one member at a time.
    public var group: Int?

    /// Creates a series.
    public init(
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
public struct PlotMarker: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var isFilled: Bool

    public init(x: Double, y: Double, isFilled: Bool) {
        self.x = x
        self.y = y
        self.isFilled = isFilled
    }
}
