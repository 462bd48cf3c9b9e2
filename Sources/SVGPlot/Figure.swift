/// A plot ready to render: size, domains, series of samples and accessible text.
///
/// ``Plot/draw(_:options:sampling:)`` builds one from sampled curves and hands it to the renderer
/// with the layout it chose; tests build figures by hand to pin the renderer's bytes
/// (``SVGRenderer/render(_:styling:)`` lays such a figure out itself). The same figure
/// always gives the same bytes.
///
/// Edge cases, all drawn without trapping:
/// - a zero-width `xDomain` (`2...2`) is widened around its value; infinite bounds are
///   replaced by finite ones (see `AxisDomain.sanitized`);
/// - `yDomain == nil` fits the finite samples whose x lies in `xDomain`, adds a 5 %
///   margin and widens to whole tick steps; with no finite sample it is `-1...1`;
/// - a non-finite, tiny or huge `width`/`height` is replaced by a usable size
///   (see `PlotFrame`);
/// - `idPrefix` is reduced to characters valid in an XML id; empty becomes `plot`.
///
/// ```swift
/// let figure = PlotFigure(
///     xDomain: -6...6,
///     series: [PlotSeries(id: "line", label: "y = x",
///                         segments: [[PlotPoint(x: -6, y: -6), PlotPoint(x: 6, y: 6)]])],
///     title: "The identity", description: "A straight line through the origin.",
///     idPrefix: "plot-1")
/// let svg = SVGRenderer.render(figure)
/// ```
struct PlotFigure: Sendable {
    /// Width of the viewBox, in px.
    var width: Double = 640
    /// Height of the viewBox, in px; the legend is drawn inside it, below the plot area.
    var height: Double = 400
    /// The visible x range, in data units.
    var xDomain: ClosedRange<Double>
    /// The visible y range; `nil` fits it to the data.
    var yDomain: ClosedRange<Double>?
    /// The curves, drawn in order (later ones on top) and listed in the legend.
    var series: [PlotSeries]
    /// The accessible name, written as `<title>`.
    var title: String
    /// The accessible description, written as `<desc>`.
    var description: String
    /// Makes element ids unique within an HTML page, e.g. `plot-3` gives
    /// `plot-3-title`, `plot-3-desc` and `plot-3-clip`.
    var idPrefix: String

    /// Creates a figure.
    init(
        width: Double = 640,
        height: Double = 400,
        xDomain: ClosedRange<Double>,
        yDomain: ClosedRange<Double>? = nil,
        series: [PlotSeries],
        title: String,
        description: String = "",
        idPrefix: String = "plot"
    ) {
        self.width = width
        self.height = height
        self.xDomain = xDomain
        self.yDomain = yDomain
        self.series = series
        self.title = title
        self.description = description
        self.idPrefix = idPrefix
    }
}
