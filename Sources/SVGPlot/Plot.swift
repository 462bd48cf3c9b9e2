import AtlasText

/// Draws curves of any `(Double) -> Double`: fits the y range, samples each curve, lays
/// the figure out and writes it as SVG. SVGPlot's one entry point.
///
/// ```swift
/// let plot = Plot.draw(
///     [PlotCurve(id: "relu", label: "relu", kinks: [0]) { max(0, $0) },
///      PlotCurve(id: "relu'", label: "relu′", jumps: [0], dashed: true) { $0 > 0 ? 1 : 0 }],
///     options: PlotOptions(xDomain: -3...3, title: "relu and its slope", idPrefix: "plot-1"))
/// plot.svg                          // "<svg xmlns=… viewBox=\"0 0 640 400\" …"
/// plot.curves[0].segments           // [[(-3, 0), (0, 0), (3, 3)]]
/// plot.curves[1].discontinuities    // [Discontinuity(x: 0, left: 0, value: 0, right: 1)]
/// plot.geometry.xTicks              // [-3, -2, -1, 0, 1, 2, 3]
/// ```
public enum Plot {
    /// Layouts at most for one figure before its range is taken as it is, plus one when
    /// the last of them shows a pole (its percentile range is then laid out). Nearly every
    /// figure needs one; a peak the first look missed, or a pole, needs a second. More
    /// need a curve whose every pass finds values that move its round range again, which
    /// no activation does.
    static let maximumLayouts = 4

    /// The SVG of `curves` drawn with `options`, with the samples and the geometry that
    /// read-outs and data tables of the plot use.
    ///
    /// Steps:
    /// 1. Each curve gets a ``CurveSampler`` whose starting grid is cut for the widest
    ///    plot area the frame allows (one point every 32 px or closer once laid out).
    /// 2. A first look, unless `options.yDomain` is given: the grid, the ends, both
    ///    sides of each jump and the first four probes of every grid interval (about
    ///    five values per 32 px), or with `options.sampleCount` the uniform points.
    /// 3. The y range: `options.yDomain`; else a guess from the first look: when a few
    ///    values dwarf the rest (near a pole), the 2nd to 98th percentile over x with a
    ///    10 % margin (see `AxisDomain.poleFree`), else fitted (5 % margin, widened to
    ///    round ticks).
    /// 4. The layout for that range, which fixes the pixels per unit along each axis,
    ///    and the samples drawn: each curve refined to within a quarter pixel of the
    ///    truth in that layout, corners exact, straight runs reduced to their ends, jumps
    ///    broken and reported; or, with `options.sampleCount`, the uniform points.
    ///    Every value of the first look is reused, none is computed twice.
    /// 5. When the range was guessed: if all values computed so far show a pole, their
    ///    percentile range is laid out and step 4 runs once more for it, with the values
    ///    it has. Else the fit of the drawn samples: if it is the range laid out (nearly
    ///    always), the figure is drawn; if not (a peak the first look missed), the figure
    ///    is laid out for the new fit and step 4 continues against that layout's pixels,
    ///    reusing every value computed so far and computing only where the new scale
    ///    needs more; then step 5 again, at most ``maximumLayouts`` fits (and a pole's
    ///    layout after the last; the last layout is drawn).
    ///
    /// So the samples, the dots at jumps, a `.written` description and the SVG all use
    /// one geometry, the one returned, and the polyline is within a quarter pixel of the
    /// curve in it. While the range is guessed, no part of a curve counts as off the page:
    /// the range is found from those very parts. With a given or percentile range, runs
    /// of samples more than 10 px beyond it are not refined.
    ///
    /// Why the first look is the sampler's own start: an adaptive sample aims at pixels,
    /// so it needs the layout; the layout needs the y range, and the y tick labels set the
    /// plot area's left edge, so the x scale too; the range needs the curves' values. The
    /// grid and its first probes are the same in every layout (the grid is cut for the
    /// widest plot area), so they can be computed first, fit the range, and then be the
    /// start of the refinement instead of a sampling of their own.
    ///
    /// Guarantees: the same curves and options give byte-identical SVG; every number in
    /// it is finite, rounded to 0.1 px and locale-free; all text is XML-escaped; no input
    /// traps. Each curve's function is called at most once at any x, and at most about
    /// 250 000 times in all (see ``AdaptiveSampler``).
    ///
    /// - Parameter sampling: steps 1 to 5 done already, by ``sample(_:options:)`` with the
    ///   same curves and options (see ``PlotSampling``); nil does them now, and so does a
    ///   sampling of another number of curves, which cannot be these curves'.
    public static func draw(_ curves: [PlotCurve], options: PlotOptions, sampling: PlotSampling? = nil) -> DrawnPlot {
        var series = emptySeries(curves)
        let given = sampling.flatMap { $0.curves.count == curves.count ? $0 : nil }
        let (layout, sampled) = (given ?? sample(curves, options: options)).parts
        let geometry = layout.geometry
        for index in series.indices {
            series[index].segments = sampled[index].segments
            series[index].markers = PlotMarker.dots(
                at: sampled[index].discontinuities, pixelsPerUnitY: geometry.pixelsPerUnitY)
        }
        let description =
            switch options.description {
            case .text(let text): text
            case .written(let write): write(sampled, geometry)
            }
        let figure = PlotFigure(
            width: options.width, height: options.height, xDomain: options.xDomain, yDomain: options.yDomain,
            series: series, title: options.title, description: description, idPrefix: options.idPrefix)
        var svg = TextBuffer(capacity: 4096)
        SVGRenderer.render(figure, layout: layout, styling: options.styling, into: &svg)
        return DrawnPlot(svgText: svg, curves: sampled, geometry: geometry)
    }

    /// Steps 1 to 5 of ``draw(_:options:sampling:)``: the layout and the samples drawn in
    /// it, all that the curves' values decide, for `draw` to finish.
    public static func sample(_ curves: [PlotCurve], options: PlotOptions) -> PlotSampling {
        let frame = PlotFrame(width: options.width, height: options.height, series: options.drawsLegend ? emptySeries(curves) : [])
        let xDomain = AxisDomain.sanitized(options.xDomain)
        let gridPixelsPerUnit = frame.widestPlotWidth / (xDomain.upperBound - xDomain.lowerBound)
        let samplers = curves.map { curve in
            CurveSampler(
                curve.function, from: options.xDomain.lowerBound, to: options.xDomain.upperBound, corners: curve.kinks,
                jumps: curve.jumps, gridPixelsPerUnit: gridPixelsPerUnit,
                mode: options.sampleCount.map { .uniform(count: $0) } ?? .adaptive(findsJumps: curve.findsJumps))
        }
        let (layout, sampled) = layOut(samplers, yDomain: options.yDomain, frame: frame, xDomain: xDomain)
        return PlotSampling(layout: layout, curves: sampled)
    }

    /// A series for each curve, its segments still to be drawn.
    private static func emptySeries(_ curves: [PlotCurve]) -> [PlotSeries] {
        curves.map {
            PlotSeries(id: $0.id, label: $0.label, segments: [], colorIndex: $0.colorIndex, dashed: $0.dashed, group: $0.group)
        }
    }

    /// Steps 2 to 5 of ``draw(_:options:sampling:)``: the layout drawn and the samples drawn in it.
    private static func layOut(
        _ samplers: [CurveSampler], yDomain: ClosedRange<Double>?, frame: PlotFrame, xDomain: ClosedRange<Double>
    ) -> (PlotLayout, [SampledCurve]) {
        func fixed(_ range: ClosedRange<Double>) -> (PlotLayout, [SampledCurve]) {
            let layout = PlotLayout(frame: frame, xDomain: xDomain, y: .given(range))
            let scale = PageScale(layout.geometry, visibleY: layout.geometry.yDomain)
            return (layout, samplers.map { $0.curve(for: scale) })
        }
        if let yDomain { return fixed(yDomain) }
        let firstLook = samplers.map { $0.firstLook() }
        // The first look's percentile only guides the first pass: five values per 32 px
        // are too few to place the 2 % tails of a pole, which the refined values do.
        var y =
            AxisDomain.poleFree(firstLook).map(YRange.given)
            ?? AxisDomain.fitted(to: firstLook.map { [$0] }, over: xDomain, tickCount: frame.yTickCount)
        var layout = PlotLayout(frame: frame, xDomain: xDomain, y: y)
        var sampled: [SampledCurve] = []
        for count in 1...maximumLayouts {
            sampled = samplers.map { $0.curve(for: PageScale(layout.geometry, visibleY: nil)) }
            if let range = AxisDomain.poleFree(samplers.map(\.values.computed)) { return fixed(range) }
            let refit = AxisDomain.fitted(to: sampled.map(\.segments), over: xDomain, tickCount: frame.yTickCount)
            if refit == y || count == maximumLayouts { break }
            y = refit
            layout = PlotLayout(frame: frame, xDomain: xDomain, y: y)
        }
        return (layout, sampled)
    }
}

/// What ``Plot/sample(_:options:)`` finds: the layout and each curve's samples. They
/// depend only on the curves' values, kinks, jumps and `findsJumps`, and on the options'
/// ranges, size and sample count (and, with `drawsLegend`, the labels, which take room): a caller may keep
/// one and draw the same plot again with other words, a title or a description in
/// another language, without computing a value twice.
public struct PlotSampling: Sendable {
    let layout: PlotLayout
    /// The samples of each curve, in the order of the curves given.
    public let curves: [SampledCurve]
    /// The plot area, ranges and ticks the samples were drawn in.
    public var geometry: PlotGeometry { layout.geometry }

    var parts: (PlotLayout, [SampledCurve]) { (layout, curves) }
}

/// A drawn plot: the SVG text and what it was drawn from, for the numbers a page shows
/// beside it.
public struct DrawnPlot: Sendable, Equatable {
    /// The SVG document as UTF-8, ending with a newline: what a page's own buffer takes
    /// as it is, where a String would check every byte once more.
    public var svgText: TextBuffer
    /// The SVG document, ending with a newline.
    public var svg: String { svgText.text }
    /// The samples of each curve, in the order of the curves given: the drawn polylines
    /// and the jumps, whose dots the SVG shows.
    public var curves: [SampledCurve]
    /// The plot area in viewBox units, the ranges it shows and the tick values, as drawn.
    public var geometry: PlotGeometry
}
