import ActivationMath
import AtlasDiagnostics
import AtlasText
import LessonMarkdown
import SVGPlot

/// `{plot}` → a `<figure>`: an inline SVG (a curve per function, each f′ dashed in its
/// function's colour, dots at jumps), its legend in HTML (`ul.plot-legend`, so its text
/// is sized in CSS px and wraps, not scaled with the figure), the read-out data for
/// `assets/plot.js`, and a numbered caption holding the values at the ticks in a
/// collapsed table.
///
/// SVGPlot does the drawing (`Plot.draw`: fitting, sampling, layout, SVG); this builds
/// its curves from the lesson's functions and the HTML around it from what it returns.
enum PlotRenderer {
    /// - Parameter number: the figure's 1-based number in its lesson ("Figure 2"), also
    ///   its id `plot-2` unless it has a `:name:`.
    /// - Parameter words: the site's words: "Figure N", "Data behind the plot".
    /// - Returns: the figure's HTML as UTF-8, as it was written (``LessonFragments``).
    static func html(
        _ plot: PlotDirective, members: [PlotMember], number: Int, words: SiteStrings = .english,
        samplingKey: ContentDigest? = nil
    ) -> [UInt8] {
        let idPrefix = "plot-\(number)"
        let curves = PlotCurves.curves(of: members, derivative: plot.derivative)
        let title = plot.caption ?? title(plot, members: members, words: words)
        let options = options(plot, title: title, idPrefix: idPrefix, curves: curves, words: words)
        func compute() -> PlotMemo.Entry {
            let sampling = Plot.sample(curves, options: options)
            return PlotMemo.Entry(sampling: sampling, readout: PlotData.readoutValues(curves, geometry: sampling.geometry))
        }
        let numbers = samplingKey.map { PlotMemo.shared.entry($0, make: compute) } ?? compute()
        let drawn = Plot.draw(curves, options: options, sampling: numbers.sampling)
        let id = plot.name?.value ?? idPrefix
        var html = TextBuffer(capacity: 16_384)
        html.append("<figure class=\"plot\" id=\"\(id)\" aria-labelledby=\"\(idPrefix)-caption\">\n")
        html.append(drawn.svgText)
        PlotData.writeLegend(curves, into: &html)
        let calls = members.flatMap { member in
            [false, true].filter { !$0 || plot.derivative }.map {
                PlotNames.call(member.function.functionReference, derivative: $0)
            }
        }
        PlotData.writeReadoutScript(
            curves, values: numbers.readout, calls: calls, geometry: drawn.geometry, family: plot.vary, into: &html)
        html.append("\n<figcaption><span id=\"\(idPrefix)-caption\"><span class=\"figure-number\">")
        html.appendEscaped(words.fill(.captionLabel, ["label": words.fill(.figure, ["number": String(number)])]))
        html.append("</span> ")
        html.appendEscaped(title)
        html.append("</span>\n")
        PlotData.writeDetailsTable(curves, ticks: drawn.geometry.xTicks, words: words, into: &html)
        html.append("</figcaption>\n</figure>")
        return html.bytes
    }

    /// SVGPlot's options for `plot`: the author's, and a `<desc>` written from the samples
    /// unless the author gave `:alt:`. Only the ranges, the size and `:samples:` decide the
    /// samples (``LessonResolver/samplingKey(of:seeing:)`` holds them); the legend is
    /// drawn in HTML, not in the SVG, so the labels do not.
    static func options(
        _ plot: PlotDirective, title: String, idPrefix: String, curves: [PlotCurve], words: SiteStrings
    ) -> PlotOptions {
        let description: PlotOptions.Description =
            plot.alt.map { .text($0) }
            ?? .written { samples, geometry in
                PlotDescription.text(
                    of: curves, samples: samples, geometry: geometry, pairsDerivatives: plot.derivative, words: words)
            }
        return PlotOptions(
            xDomain: plot.x, yDomain: plot.y,
            width: plot.width.map(Double.init) ?? 640, height: plot.height.map(Double.init) ?? 400,
            title: title, description: description, idPrefix: idPrefix, sampleCount: plot.samples, styling: .external,
            drawsLegend: false)
    }

    /// "Plot of sigmoid and tanh and their derivatives", "Plot of elu for α = 0.5, 1 and 2".
    private static func title(_ plot: PlotDirective, members: [PlotMember], words: SiteStrings) -> String {
        if let family = plot.vary, let first = plot.functions.first {
            let values = family.values.map { PlotNames.value($0.value) }
            return words.fill(
                plot.derivative
                    ? (members.count > 1 ? .plotTitleFamilyDerivatives : .plotTitleFamilyDerivative) : .plotTitleFamily,
                [
                    "function": first.value, "parameter": PlotNames.parameter(family.parameter.value),
                    "values": list(values, words: words),
                ])
        }
        let phrase: SiteStrings.Key =
            plot.derivative ? (members.count > 1 ? .plotTitleDerivatives : .plotTitleDerivative) : .plotTitle
        return words.fill(phrase, ["functions": list(members.map(\.function.reference), words: words)])
    }

    /// "a", "a and b", "a, b and c" (in the site's words).
    static func list(_ items: [String], words: SiteStrings = .english) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return words.fill(.listAnd, ["list": items.dropLast().joined(separator: words[.listComma]), "last": last])
    }
}
