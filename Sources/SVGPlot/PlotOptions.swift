/// How to draw a plot: ranges, size, accessible text, ids, sampling and styling. The
/// second input of ``Plot/draw(_:options:sampling:)``.
///
/// Edge cases, all drawn without trapping:
/// - a zero-width `xDomain` (`2...2`) is drawn widened around its value, infinite bounds
///   are drawn as ±10³⁰⁰; curves are sampled over `xDomain` as given, so an infinite
///   one gives curves without points;
/// - `yDomain == nil` fits the curves (see ``Plot/draw(_:options:sampling:)``); a given one is
///   sanitised like `xDomain`;
/// - a non-finite, tiny or huge `width`/`height` is replaced by a usable size (160…100 000
///   px wide, 120…100 000 px high; a legend of many rows makes the plot taller);
/// - `idPrefix` is reduced to characters valid in an XML id; empty becomes `plot`;
/// - `sampleCount` is clamped to 2…100 000.
///
/// ```swift
/// var options = PlotOptions(xDomain: -6...6, title: "The sigmoid", idPrefix: "plot-3")
/// options.description = .written { curves, geometry in "An S-shaped curve from 0 to 1." }
/// ```
public struct PlotOptions {
    /// The plotted x range, in data units.
    public var xDomain: ClosedRange<Double>
    /// The visible y range; `nil` fits it to the curves.
    public var yDomain: ClosedRange<Double>?
    /// Width of the viewBox, in px.
    public var width: Double
    /// Height of the viewBox, in px; the legend is drawn inside it, below the plot area.
    public var height: Double
    /// The accessible name, written as `<title>`.
    public var title: String
    /// The accessible description, written as `<desc>`.
    public var description: Description
    /// Makes element ids unique within an HTML page: `plot-3` gives `plot-3-title`,
    /// `plot-3-desc` and `plot-3-clip`.
    public var idPrefix: String
    /// `nil`: each curve is sampled adaptively, to a quarter pixel. A number: exactly
    /// that many uniform samples per curve, plus its kinks and jumps, as an author who
    /// wants to show the sampling asks.
    public var sampleCount: Int?
    /// `.embedded` for a standalone file, `.external` inside a page that styles plots.
    public var styling: PlotStyling
    /// Whether the SVG holds the legend below the plot area. A page that writes its own
    /// legend in HTML (the site does, so its text is sized in CSS px, not scaled with the
    /// figure) sets false; the SVG then ends below the x tick labels.
    public var drawsLegend: Bool

    /// Where the `<desc>` text comes from.
    public enum Description {
        /// This text, as an author's alt text.
        case text(String)
        /// Written from the samples, once they exist, and the geometry they were sampled
        /// for, which is the one drawn.
        case written(([SampledCurve], PlotGeometry) -> String)
    }

    /// Options with the defaults: 640 × 400 px, fitted y, adaptive sampling, standalone.
    public init(
        xDomain: ClosedRange<Double>, yDomain: ClosedRange<Double>? = nil, width: Double = 640, height: Double = 400,
        title: String, description: Description = .text(""), idPrefix: String = "plot", sampleCount: Int? = nil,
        styling: PlotStyling = .embedded, drawsLegend: Bool = true
    ) {
        self.xDomain = xDomain
        self.yDomain = yDomain
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.idPrefix = idPrefix
        self.sampleCount = sampleCount
        self.styling = styling
        self.drawsLegend = drawsLegend
    }
}
