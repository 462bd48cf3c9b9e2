/// Where everything goes: the plot area, scales, ticks and the legend's place.
///
/// From top to bottom the viewBox holds a small top margin, the plot area, the x tick
/// labels and the legend. The left margin fits the widest y tick label at the largest
/// font a page may give it (``largestTickFont(width:)``).
///
/// Edge cases: a width or height that is not finite becomes 640 or 400; sizes are kept
/// within 160…100 000 px wide and 120…100 000 px high. If the legend leaves the plot
/// area less than ``minimumPlotHeight``, the viewBox grows taller rather than letting
/// the legend overlap the plot.
struct PlotLayout {
    static let topMargin = 12.0
    /// The plot area's left edge is at least this far in, however narrow the y labels.
    static let minimumLeftMargin = 28.0
    static let rightMargin = 20.0
    /// Height below the plot area for the x tick labels: 26, or more for a plot wider than
    /// 640 units, whose labels may grow past 22.
    static func xLabelBand(width: Double) -> Double { max(26, (4 + largestTickFont(width: width)).rounded(.up)) }
    static let minimumPlotHeight = 60.0
    /// The narrowest a page may draw a plot, in CSS px, with its tick labels still 11 px.
    static let narrowestDrawnWidth = 320.0

    /// The largest font size, in viewBox units, that a page may give the tick labels of a
    /// plot `width` units wide: 11 px when drawn ``narrowestDrawnWidth`` px wide (22 for
    /// 640), and never below the default 12. The margins and the right end leave room for
    /// it; the site's stylesheet grows the labels from 12 towards it as the plot narrows.
    static func largestTickFont(width: Double) -> Double {
        max(12, 11 * width / narrowestDrawnWidth)
    }

    /// How much wider ticks are spaced than for a 640-unit plot, whose labels may grow to 22
    /// units: 1 up to 640 units, then in proportion, so larger labels never collide.
    static func tickSpacingScale(width: Double) -> Double {
        max(1, largestTickFont(width: width) / 22)
    }

    /// Estimated width of a tick label at ``largestTickFont(width:)``: 0.583 em a
    /// character, 0.875 em for the minus sign (U+2212 is as wide as `+` in most fonts).
    static func tickLabelWidth(_ label: String, width: Double) -> Double {
        let minuses = Double(label.unicodeScalars.filter { $0 == "\u{2212}" || $0 == "-" }.count)
        return (Legend.textWidth(label) + minuses * 3.5) * largestTickFont(width: width) / 12
    }

    var width: Double
    var height: Double
    var plotX: Double
    var plotY: Double
    var plotWidth: Double
    var plotHeight: Double
    var xScale: LinearScale
    var yScale: LinearScale
    var xTicks: [Tick]
    var yTicks: [Tick]
    var legend: Legend

    var plotRight: Double { plotX + plotWidth }
    var plotBottom: Double { plotY + plotHeight }
    var legendTop: Double { plotBottom + PlotLayout.xLabelBand(width: width) }

    /// The layout ``SVGRenderer/render(_:styling:)`` draws a ready figure with: its y
    /// domain if given, else the one fitted to its series.
    init(figure: PlotFigure) {
        let frame = PlotFrame(width: figure.width, height: figure.height, series: figure.series)
        let xDomain = AxisDomain.sanitized(figure.xDomain)
        let y =
            figure.yDomain.map(YRange.given)
            ?? AxisDomain.fitted(to: figure.series.map(\.segments), over: xDomain, tickCount: frame.yTickCount)
        self.init(frame: frame, xDomain: xDomain, y: y)
    }

    /// Lays out the axes in `frame`: y over `y`, then the left margin for the widest y
    /// label, then x over `xDomain` (already sanitised, as the fit of `y` needs it too)
    /// in the width that leaves.
    init(frame: PlotFrame, xDomain: ClosedRange<Double>, y: YRange) {
        width = frame.width
        height = frame.height
        legend = frame.legend
        plotY = frame.plotY
        plotHeight = frame.plotHeight
        if let step = y.step {
            yTicks = NiceTicks.makeTicks(in: y.domain, step: step)
        } else {
            yTicks = NiceTicks.makeTicks(in: y.domain, approximately: frame.yTickCount)
        }
        let widestLabel = yTicks.map { PlotLayout.tickLabelWidth($0.label, width: frame.width) }.max() ?? 0
        // Whole units, so the plot area's edges are exact in the SVG's tenths.
        plotX = max(PlotLayout.minimumLeftMargin, (widestLabel + 10).rounded(.up))
        var plotWidth = max(40, width - plotX - PlotLayout.rightMargin)
        xTicks = NiceTicks.makeTicks(in: xDomain, approximately: max(2, Int(plotWidth / (80 * PlotLayout.tickSpacingScale(width: width)))))
        // The last x label is centred on the right edge: leave room for half of it.
        let lastLabel = xTicks.last.map { (PlotLayout.tickLabelWidth($0.label, width: frame.width) / 2 + 2).rounded(.up) } ?? 0
        plotWidth = max(40, width - plotX - max(PlotLayout.rightMargin, lastLabel))
        self.plotWidth = plotWidth
        // Align the legend with the plot area when that needs no more rows.
        let aligned = Legend(series: frame.series, left: plotX, right: width - 12)
        if aligned.rows == legend.rows { legend = aligned }
        xScale = LinearScale(domain: xDomain, start: plotX, end: plotX + plotWidth)
        yScale = LinearScale(domain: y.domain, start: plotY + plotHeight, end: plotY)
    }

    /// The plot area and the ranges it shows, as a caller sees them.
    var geometry: PlotGeometry {
        PlotGeometry(
            plotX: plotX, plotY: plotY, plotWidth: plotWidth, plotHeight: plotHeight,
            xDomain: xScale.domain, yDomain: yScale.domain,
            xTicks: xTicks.map(\.value), yTicks: yTicks.map(\.value))
    }

    /// The band that curves are clipped to before their coordinates are written.
    var band: BandClipper {
        BandClipper(plotX: plotX, y: plotY, width: plotWidth, height: plotHeight)
    }

    /// Pixel position of the vertical axis: x = 0 when 0 is in the x domain, else the
    /// left edge of the plot area.
    var verticalAxisX: Double {
        xScale.contains(0) ? xScale.map(0) : plotX
    }

    /// Pixel position of the horizontal axis: y = 0 when 0 is in the y domain, else the
    /// bottom edge of the plot area.
    var horizontalAxisY: Double {
        yScale.contains(0) ? yScale.map(0) : plotBottom
    }

}

/// What is fixed before the y range is known: the viewBox, the legend below the plot
/// area and so the plot area's top and height, and how many y ticks fit.
struct PlotFrame {
    var width: Double
    var height: Double
    var plotY: Double
    var plotHeight: Double
    /// The series, for the legend; only their labels and styles matter here.
    var series: [PlotSeries]
    /// The legend from the left margin; ``PlotLayout`` aligns it with the plot area.
    var legend: Legend

    init(width: Double, height: Double, series: [PlotSeries]) {
        self.width = PlotFrame.size(width, fallback: 640, minimum: 160)
        var height = PlotFrame.size(height, fallback: 400, minimum: 120)
        self.series = series
        legend = Legend(series: series, left: 12, right: self.width - 12)
        let bottomSpace = PlotLayout.xLabelBand(width: self.width) + legend.height
        // Room above the top y label, centred on its tick, at the largest font it may get.
        plotY = max(PlotLayout.topMargin, (0.65 * PlotLayout.largestTickFont(width: self.width)).rounded(.up))
        if height - plotY - bottomSpace < PlotLayout.minimumPlotHeight {
            height = plotY + PlotLayout.minimumPlotHeight + bottomSpace
        }
        self.height = height
        plotHeight = height - plotY - bottomSpace
    }

    /// About one y tick per 45 px of plot height (more for a plot wider than 640, whose
    /// labels may grow larger), at least 2.
    var yTickCount: Int { max(2, Int(plotHeight / (45 * PlotLayout.tickSpacingScale(width: width)))) }

    /// The plot area's width when the y labels are as narrow as can be: no layout of this
    /// frame is wider, so a sampling grid cut for it is at least as fine as the page.
    var widestPlotWidth: Double {
        max(40, width - PlotLayout.minimumLeftMargin - PlotLayout.rightMargin)
    }

    private static func size(_ value: Double, fallback: Double, minimum: Double) -> Double {
        guard value.isFinite else { return fallback }
        return min(max(value, minimum), 100_000)
    }
}

/// A y range ready for the axis: finite and of positive width, with the tick step a fit
/// chose (`nil`: ticks are chosen for the range, about ``PlotFrame/yTickCount`` of them).
struct YRange: Equatable {
    var domain: ClosedRange<Double>
    var step: TickStep?

    /// A caller's range, sanitised (see `AxisDomain.sanitized`).
    static func given(_ domain: ClosedRange<Double>) -> YRange {
        YRange(domain: AxisDomain.sanitized(domain), step: nil)
    }
}
