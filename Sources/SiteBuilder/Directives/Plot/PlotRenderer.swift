import ActivationMath
import LessonMarkdown
import SVGPlot

/// `{plot}` → a `<figure>` holding an inline SVG: a curve per function, and with
/// `:derivative:` each f′ dashed in its function's colour.
enum PlotRenderer {
    /// Uniform samples per curve (kinks are added exactly by the sampler). 241 points
    /// over the default −5…5 put one every 0.04 in x, under a pixel apart at 640 px.
    static let sampleCount = 241

    /// - Parameter number: 1-based position of the plot in its lesson, for unique ids.
    static func render(_ plot: PlotDirective, number: Int, scope: LessonScope = LessonScope()) -> Result<String, DirectiveFailure> {
        FunctionResolver.resolve(plot.functions, lookup: scope.resolve)
            .flatMap { FunctionResolver.requireDerivatives($0, if: plot.derivative, at: plot.functions) }
            .map { functions in html(plot, functions: functions, number: number) }
    }

    static func html(_ plot: PlotDirective, functions: [any Activation], number: Int) -> String {
        let figure = makeFigure(plot, functions: functions, number: number)
        var html = "<figure class=\"plot\" id=\"\(figure.idPrefix)\">\n"
        html += SVGRenderer.render(figure)
        if let caption = plot.caption {
            html += "\n<figcaption>\(HTML.escape(caption))</figcaption>"
        }
        return html + "\n</figure>"
    }

    static func makeFigure(_ plot: PlotDirective, functions: [any Activation], number: Int) -> PlotFigure {
        var series: [PlotSeries] = []
        var sentences: [String] = []
        for (index, function) in functions.enumerated() {
            let samples = Sampler.samples(
                of: function, from: plot.x.lowerBound, to: plot.x.upperBound, count: sampleCount)
            let metadata = function.metadata
            series.append(PlotSeries(
                id: function.reference, label: function.reference,
                segments: segments(of: samples, breakingAt: Set(metadata.jumps), value: { function.value(at: $0) }),
                colorIndex: index, dashed: false))
            if plot.derivative {
                series.append(PlotSeries(
                    id: function.reference + "'", label: function.reference + "′",
                    segments: segments(
                        of: samples, breakingAt: Set(metadata.kinks + metadata.jumps), value: { function.derivative(at: $0) }),
                    colorIndex: index, dashed: true))
            }
            if let first = samples.first, let last = samples.last {
                sentences.append(
                    "\(function.reference) goes from \(NumberText.significant(first.value, digits: 3)) at x = "
                        + "\(NumberText.argument(first.x)) to \(NumberText.significant(last.value, digits: 3)) at x = "
                        + "\(NumberText.argument(last.x)).")
            }
        }
        if plot.derivative { sentences.append("Derivatives are dashed, in the colour of their function.") }
        let names = functions.map(\.reference)
        let title = plot.caption ?? "Plot of \(list(names))\(plot.derivative ? " and their derivatives" : "")"
        return PlotFigure(
            xDomain: plot.x, yDomain: plot.y, series: series, title: title,
            description: sentences.joined(separator: " "), idPrefix: "plot-\(number)")
    }

    /// One curve through the samples, broken at each of `breaks` (kinks of f′, jumps of
    /// f) so that no line joins the two sides: the segment left of a break ends at the
    /// left limit, the next starts at the right one. NaN values (f′ at a jump) split too.
    static func segments(of samples: [Sample], breakingAt breaks: Set<Double>, value: (Double) -> Double) -> [[PlotPoint]] {
        var segments: [[PlotPoint]] = [[]]
        for sample in samples {
            guard breaks.contains(sample.x), sample.x != samples.first?.x, sample.x != samples.last?.x else {
                segments[segments.count - 1].append(PlotPoint(x: sample.x, y: value(sample.x)))
                continue
            }
            // One step beside the break gives the one-sided limit of a piecewise function.
            segments[segments.count - 1].append(PlotPoint(x: sample.x, y: value(sample.x.nextDown)))
            segments.append([PlotPoint(x: sample.x, y: value(sample.x.nextUp))])
        }
        return segments
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
