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
    /// Uniform samples per curve in the first look that fits the y range: one every
    /// 2.4 px of a 578 px plot area, so no visible bump of a curve is missed.
    static let firstLookCount = 241

    /// The SVG of `curves` drawn with `options`, with the samples and the geometry that
    /// read-outs and data tables of the plot use.
    ///
    /// Steps:
    /// 1. A first look, unless a y range is given and sampling is adaptive: every curve
    ///    at ``firstLookCount`` uniform points (or `options.sampleCount`), kinks and jumps
    ///    placed exactly.
    /// 2. The y range: `options.yDomain`; else, when a few values dwarf the rest (near
    ///    a pole), the 2nd to 98th percentile of the first look with a 10 % margin; else
    ///    the first look's range with a 5 % margin, widened to round ticks.
    /// 3. The layout for that range, which fixes the pixels per unit along each axis.
    /// 4. The samples drawn: each curve adaptively, to within a quarter pixel of the
    ///    truth in that layout, corners exact, straight runs reduced to their ends, jumps
    ///    broken and reported; or, with `options.sampleCount`, the first look itself.
    /// 5. The y range once more, when it was fitted and sampling was adaptive: fitted to
    ///    the drawn samples. Nearly always it is the same round range and the layout of
    ///    step 3 is drawn; when the samples fit another range (a wider one, say, for a
    ///    peak the first look missed), the figure is laid out again for it, so that its
    ///    ticks are the fit's. Then `geometry` is that second layout's, while the samples
    ///    were taken, the dots at jumps judged and a `.written` description given step
    ///    3's geometry.
    ///
    /// Why two samplings: an adaptive sample aims at pixels, so it needs the y range
    /// first, which the curves' values decide; and the y tick labels set the plot area's
    /// left edge, so the x scale too. Sampling adaptively once, against a guessed scale,
    /// would choose other vertices and change every plot's bytes. The first look costs
    /// 241 calls of each function, about what its adaptive sampling costs for a smooth
    /// activation; with `options.yDomain` it is not taken.
    ///
    /// Guarantees: the same curves and options give byte-identical SVG; every number in
    /// it is finite, rounded to 0.1 px and locale-free; all text is XML-escaped; no input
    /// traps. Sampling is bounded (at most 250 000 calls of each function).
    public static func draw(_ curves: [PlotCurve], options: PlotOptions) -> DrawnPlot {
        var series = curves.map {
            PlotSeries(id: $0.id, label: $0.label, segments: [], colorIndex: $0.colorIndex, dashed: $0.dashed, group: $0.group)
        }
        let frame = PlotFrame(width: options.width, height: options.height, series: series)
        let xDomain = AxisDomain.sanitized(options.xDomain)
        // Taken when the y range must be fitted or the author fixed the samples; a given
        // range with adaptive sampling needs no first look. (The scale does not matter
        // to uniform samples.)
        let needsFirstLook = options.yDomain == nil || options.sampleCount != nil
        let firstLook =
            !needsFirstLook
            ? []
            : sample(curves, options.xDomain, scale: PageScale(x: 1, y: 1)) { _ in
                .uniform(count: options.sampleCount ?? firstLookCount)
            }
        let given = options.yDomain ?? AxisDomain.poleFree(firstLook)
        let yRange =
            given.map(YRange.given)
            ?? AxisDomain.fitted(to: firstLook.map(\.segments), over: xDomain, tickCount: frame.yTickCount)
        let layout = PlotLayout(frame: frame, xDomain: xDomain, y: yRange)
        let geometry = layout.geometry

        var sampled = firstLook
        var drawn = layout
        if options.sampleCount == nil {
            let scale = PageScale(x: geometry.pixelsPerUnitX, y: geometry.pixelsPerUnitY, visibleY: geometry.yDomain)
            sampled = sample(curves, options.xDomain, scale: scale) { .adaptive(findsJumps: $0.findsJumps) }
            if given == nil {
                let refit = AxisDomain.fitted(to: sampled.map(\.segments), over: xDomain, tickCount: frame.yTickCount)
                if refit != yRange { drawn = PlotLayout(frame: frame, xDomain: xDomain, y: refit) }
            }
        }
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
        let svg = SVGRenderer.render(figure, layout: drawn, styling: options.styling)
        return DrawnPlot(svg: svg, curves: sampled, geometry: drawn.geometry)
    }

    private static func sample(
        _ curves: [PlotCurve], _ x: ClosedRange<Double>, scale: PageScale, mode: (PlotCurve) -> AdaptiveSampler.Mode
    ) -> [SampledCurve] {
        curves.map { curve in
            AdaptiveSampler.sample(
                curve.function, from: x.lowerBound, to: x.upperBound, corners: curve.kinks, jumps: curve.jumps,
                scale: scale, mode: mode(curve))
        }
    }
}

/// A drawn plot: the SVG text and what it was drawn from, for the numbers a page shows
/// beside it.
public struct DrawnPlot: Sendable, Equatable {
    /// The SVG document, ending with a newline.
    public var svg: String
    /// The samples of each curve, in the order of the curves given: the drawn polylines
    /// and the jumps, whose dots the SVG shows.
    public var curves: [SampledCurve]
    /// The plot area in viewBox units, the ranges it shows and the tick values, as drawn.
    public var geometry: PlotGeometry
}
