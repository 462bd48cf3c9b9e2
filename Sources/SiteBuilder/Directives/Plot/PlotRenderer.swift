import ActivationMath
import AtlasDiagnostics
import LessonMarkdown
import SVGPlot

/// `{plot}` → a `<figure>`: an inline SVG (a curve per function, each f′ dashed in its
/// function's colour, dots at jumps), the read-out data for `assets/plot.js`, and a
/// numbered caption holding the values at the ticks in a collapsed table.
///
/// Curves are sampled twice: a uniform first look fits the y range, which fixes the
/// plot area's pixels per unit; then each curve is sampled adaptively to within a
/// quarter pixel of the truth (``AdaptiveSampler``), unless `:samples:` fixes the count.
enum PlotRenderer {
    /// - Parameter number: the figure's 1-based number in its lesson ("Figure 2"), also
    ///   its id `plot-2` unless it has a `:name:`.
    static func render(_ plot: PlotDirective, number: Int, scope: LessonScope = LessonScope()) -> Result<String, DirectiveFailure> {
        PlotCurves.members(of: plot, scope: scope).map { html(plot, members: $0, number: number) }
    }

    static func html(_ plot: PlotDirective, members: [PlotMember], number: Int) -> String {
        let idPrefix = "plot-\(number)"
        let specs = PlotCurves.specs(of: members, derivative: plot.derivative)
        let (figure, geometry) = makeFigure(plot, specs: specs, idPrefix: idPrefix)
        let id = plot.name?.value ?? idPrefix
        var html = "<figure class=\"plot\" id=\"\(id)\" aria-labelledby=\"\(idPrefix)-caption\">\n"
        html += SVGRenderer.render(figure, styling: .external)
        html += PlotData.readoutScript(specs, geometry: geometry, family: plot.vary) + "\n"
        html += "<figcaption><span id=\"\(idPrefix)-caption\"><span class=\"figure-number\">Figure \(number).</span> "
        html += HTML.escape(plot.caption ?? figure.title) + "</span>\n"
        html += PlotData.detailsTable(specs, ticks: geometry.xTicks) + "</figcaption>\n"
        return html + "</figure>"
    }

    /// The figure to draw and the geometry it will be drawn with.
    static func makeFigure(_ plot: PlotDirective, specs: [CurveSpec], idPrefix: String) -> (PlotFigure, PlotGeometry) {
        let firstLook = PlotCurves.sample(specs, over: plot.x, geometry: nil, samples: plot.samples)
        var figure = PlotFigure(
            width: plot.width.map(Double.init) ?? 640, height: plot.height.map(Double.init) ?? 400,
            xDomain: plot.x, yDomain: plot.y,
            series: zip(specs, firstLook).map { PlotCurves.series($0, $1, pixelsPerUnitY: 1) },
            title: plot.caption ?? title(plot, specs: specs), idPrefix: idPrefix)
        if plot.y == nil, let range = poleFreeRange(firstLook) { figure.yDomain = range }
        let firstGeometry = SVGRenderer.geometry(of: figure)
        let curves = plot.samples == nil ? PlotCurves.sample(specs, over: plot.x, geometry: firstGeometry, samples: nil) : firstLook
        figure.series = zip(specs, curves).map { PlotCurves.series($0, $1, pixelsPerUnitY: firstGeometry.pixelsPerUnitY) }
        figure.description = plot.alt ?? description(specs: specs, curves: curves, geometry: firstGeometry)
        // The y range is fitted again to the final curves (the same round range, nearly
        // always) so that its ticks stay the fit's; the read-out must use this final
        // geometry, since the tick labels set the left margin.
        return (figure, SVGRenderer.geometry(of: figure))
    }

    /// The y range to show when a few samples dwarf the rest, as near the pole of 1/x:
    /// the 2nd to 98th percentile of all finite values with a 10 % margin, if the full
    /// range is more than 10 times wider than that. nil (fit everything) otherwise.
    ///
    /// Why: fitting 1/x sampled a hair from 0 gives a y range of ±10¹⁶, in which every
    /// curve is a flat line and no jump is more than a pixel high.
    static func poleFreeRange(_ curves: [SampledCurve]) -> ClosedRange<Double>? {
        let ys = curves.flatMap { $0.segments.joined().map(\.y) }.sorted()
        guard ys.count >= 50, let lowest = ys.first, let highest = ys.last else { return nil }
        let low = ys[ys.count / 50], high = ys[ys.count - 1 - ys.count / 50]
        let width = high - low
        guard width > 0, highest - lowest > 10 * width else { return nil }
        return (low - width / 10)...(high + width / 10)
    }

    /// "Plot of sigmoid and tanh and their derivatives", "Plot of elu for alpha = 0.5, 1 and 2".
    private static func title(_ plot: PlotDirective, specs: [CurveSpec]) -> String {
        let slopes = plot.derivative ? (specs.count > 2 ? " and their derivatives" : " and its derivative") : ""
        if let family = plot.vary, let first = plot.functions.first {
            let values = family.values.indices.map { family.label($0).dropFirst(family.parameter.value.count + 3) }
            return "Plot of \(first.value)\(slopes) for \(family.parameter.value) = \(list(values.map(String.init)))"
        }
        return "Plot of \(list(specs.filter { !$0.isDerivative }.map(\.id)))\(slopes)"
    }

    /// One sentence per member from its curves, and a word on how derivatives are drawn.
    private static func description(specs: [CurveSpec], curves: [SampledCurve], geometry: PlotGeometry) -> String {
        let describer = PlotDescription(range: geometry.xDomain, visibleY: geometry.yDomain)
        var sentences: [String] = []
        var index = 0
        while index < specs.count {
            let spec = specs[index]
            let value = (curves[index], { spec.evaluate($0) } as (Double) -> Double)
            var derivative: (SampledCurve, (Double) -> Double)?
            if index + 1 < specs.count, specs[index + 1].isDerivative {
                let slope = specs[index + 1]
                derivative = (curves[index + 1], { slope.evaluate($0) })
                index += 1
            }
            sentences.append(describer.sentence(label: spec.label, value: value, derivative: derivative))
            index += 1
        }
        if specs.contains(where: \.isDerivative) {
            sentences.append("Derivatives are dashed, in the colour of their function.")
        }
        if curves.contains(where: { !$0.discontinuities.isEmpty }) {
            sentences.append("Filled dots mark the value taken at a jump, hollow dots a limit not taken.")
        }
        return sentences.joined(separator: " ")
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
