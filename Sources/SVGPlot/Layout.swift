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

    init(figure: PlotFigure) {
        width = PlotLayout.size(figure.width, fallback: 640, minimum: 160)
        var height = PlotLayout.size(figure.height, fallback: 400, minimum: 120)
        legend = Legend(series: figure.series, left: 12, right: width - 12)
        let bottomSpace = PlotLayout.xLabelBand + legend.height
        plotY = PlotLayout.topMargin
        if height - plotY - bottomSpace < PlotLayout.minimumPlotHeight {
            height = plotY + PlotLayout.minimumPlotHeight + bottomSpace
        }
        self.height = height
        plotHeight = height - plotY - bottomSpace

        let xDomain = AxisDomain.sanitized(figure.xDomain)
        let yCount = max(2, Int(plotHeight / 45))
        let yDomain: ClosedRange<Double>
        if let given = figure.yDomain {
            yDomain = AxisDomain.sanitized(given)
            yTicks = NiceTicks.makeTicks(in: yDomain, approximately: yCount)
        } else {
            let fit = AxisDomain.fitted(to: figure.series, over: xDomain, tickCount: yCount)
            yDomain = fit.domain
            if let step = fit.step {
                yTicks = NiceTicks.makeTicks(in: yDomain, step: step)
            } else {
                yTicks = NiceTicks.makeTicks(in: yDomain, approximately: yCount)
            }
        }
        let widestLabel = yTicks.map { Legend.textWidth($0.label) }.max() ?? 0
        plotX = max(28, widestLabel + 14)
        var plotWidth = max(40, width - plotX - PlotLayout.rightMargin)
        xTicks = NiceTicks.makeTicks(in: xDomain, approximately: max(2, Int(plotWidth / 80)))
        // The last x label is centred on the right edge: leave room for half of it.
        let lastLabel = xTicks.last.map { Legend.textWidth($0.label) / 2 + 4 } ?? 0
        plotWidth = max(40, width - plotX - max(PlotLayout.rightMargin, lastLabel))
        self.plotWidth = plotWidth
        // Align the legend with the plot area when that needs no more rows.
        let aligned = Legend(series: figure.series, left: plotX, right: width - 12)
        if aligned.rows == legend.rows { legend = aligned }
        xScale = LinearScale(domain: xDomain, start: plotX, end: plotX + plotWidth)
        yScale = LinearScale(domain: yDomain, start: plotY + plotHeight, end: plotY)
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

    private static func size(_ value: Double, fallback: Double, minimum: Double) -> Double {
        guard value.isFinite else { return fallback }
        return min(max(value, minimum), 100_000)
    }
}
