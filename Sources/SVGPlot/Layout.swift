/// Where everything goes: the plot area, scales, ticks and the legend's place.
///
/// From top to bottom the viewBox holds a small top margin, the plot area, the x tick
/// labels and the legend. The left margin fits the widest y tick label.
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
    static let xLabelBand = 26.0
    static let minimumPlotHeight = 60.0

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
    var legendTop: Double { plotBottom + PlotLayout.xLabelBand }

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
        let widestLabel = yTicks.map { Legend.textWidth($0.label) }.max() ?? 0
        plotX = max(PlotLayout.minimumLeftMargin, widestLabel + 14)
        var plotWidth = max(40, width - plotX - PlotLayout.rightMargin)
        xTicks = NiceTicks.makeTicks(in: xDomain, approximately: max(2, Int(plotWidth / 80)))
        // The last x label is centred on the right edge: leave room for half of it.
        let lastLabel = xTicks.last.map { Legend.textWidth($0.label) / 2 + 4 } ?? 0
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
        let bottomSpace = PlotLayout.xLabelBand + legend.height
        plotY = PlotLayout.topMargin
        if height - plotY - bottomSpace < PlotLayout.minimumPlotHeight {
            height = plotY + PlotLayout.minimumPlotHeight + bottomSpace
        }
        self.height = height
        plotHeight = height - plotY - bottomSpace
    }

    /// About one y tick per 45 px of plot height, at least 2.
    var yTickCount: Int { max(2, Int(plotHeight / 45)) }

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
