import AtlasTestSupport
import Foundation
import LessonMarkdown
import SVGPlot
import Testing

@testable import SiteBuilder

/// What a reader gets from `{plot}`: exact shapes in the SVG, dots at jumps, generated
/// descriptions, the data behind the plot, families, numbered figures and `{ref}`.
@Suite struct PlotTests {
    /// The figures of a rendered lesson, each as its HTML.
    static func figures(_ lesson: String) -> [String] {
        let html = LessonPipeline.render(lesson).html
        return html.components(separatedBy: "<figure class=\"plot\"").dropFirst().map {
            "<figure class=\"plot\"" + ($0.components(separatedBy: "</figure>").first ?? "") + "</figure>"
        }
    }

    static func svg(_ figure: String) throws -> SVGDocument {
        let start = try #require(figure.range(of: "<svg"))
        let end = try #require(figure.range(of: "</svg>"))
        let document = SVGDocument(String(figure[start.lowerBound..<end.upperBound]))
        #expect(document.isWellFormed, "\(document.error ?? "")")
        return document
    }

    /// The subpaths of a series' `d`, each as absolute points.
    static func subpaths(_ document: SVGDocument, series: String) throws -> [[(Double, Double)]] {
        let path = try #require(document.all("path").first { $0.attributes["data-series"] == series })
        let data = path.attributes["d"] ?? ""
        return data.components(separatedBy: "M").dropFirst().map { absolutePoints("M" + $0) }
    }

    static func plot(_ functions: String, _ options: String...) -> String {
        "```{plot} \(functions)\n" + options.map { $0 + "\n" }.joined() + "```\n"
    }

    @Test(
        "Piecewise-linear curves are drawn with exactly their corners",
        arguments: [
            ("relu", ":x: -3 3", 3), ("hardtanh", ":x: -3 3", 4), ("relu6", ":x: -2 8", 4), ("identity", ":x: -5 5", 2),
        ])
    func vertexCounts(function: String, range: String, vertices: Int) throws {
        let document = try Self.svg(try #require(Self.figures(Self.plot(function, range)).first))
        let subpaths = try Self.subpaths(document, series: function)
        #expect(subpaths.count == 1)
        #expect(subpaths.first?.count == vertices)
    }

    @Test("A jump is two subpaths, a filled dot at the value and a hollow one at the other limit")
    func jumpDots() throws {
        let figure = try #require(Self.figures(Self.plot("binary_step", ":x: -2 2", ":derivative:")).first)
        let document = try Self.svg(figure)
        let step = try Self.subpaths(document, series: "binary_step")
        #expect(step.count == 2)
        // The left piece ends where the right one starts, in x: no vertical connector.
        #expect(step[0].last?.0 == step[1].first?.0)
        #expect(step[0].last?.1 != step[1].first?.1)
        let dots = document.all("circle")
        let filled = dots.filter { $0.attributes["class"] == "c0" }
        let hollow = dots.filter { $0.attributes["class"] == "c0 open" }
        // f: filled at (0, 1), hollow at (0, 0); f′: undefined at 0, one hollow dot at (0, 0).
        #expect(filled.count == 1 && hollow.count == 2)
        #expect(filled.first?.attributes["cy"] == step[1].first.map { String(format: "%g", $0.1) })
        #expect(hollow.allSatisfy { $0.attributes["cy"] == step[0].last.map { String(format: "%g", $0.1) } })
    }

    @Test("relu′ jumps at the kink: filled at autograd's 0, hollow at 1")
    func derivativeAtKink() throws {
        let document = try Self.svg(try #require(Self.figures(Self.plot("relu", ":x: -3 3", ":derivative:")).first))
        let slope = try Self.subpaths(document, series: "relu'")
        #expect(slope.count == 2)
        let dots = document.all("circle").map { ($0.attributes["class"] ?? "", Double($0.attributes["cy"] ?? "") ?? 0) }
        let zeroY = try #require(slope.first?.first?.1), oneY = try #require(slope.last?.last?.1)
        #expect(dots.contains { $0 == ("c0", zeroY) })
        #expect(dots.contains { $0 == ("c0 open", oneY) })
    }

    @Test("No coordinate is far outside the view box or not finite, even over −1000…1000")
    func wideRange() throws {
        let figure = try #require(Self.figures(Self.plot("softplus elu gelu sinc", ":x: -1000 1000", ":derivative:")).first)
        let document = try Self.svg(figure)
        #expect(!figure.contains("NaN") && !figure.contains("inf"))
        for path in document.all("path") {
            for (x, y) in absolutePoints(path.attributes["d"] ?? "") {
                #expect(x.isFinite && y.isFinite && (-100...740).contains(x) && (-100...500).contains(y))
            }
        }
    }

    @Test("The polyline stays within 0.4 px of the true sigmoid (0.25 px sampling plus 0.1 px rounding)")
    func distanceFromTruth() throws {
        let figure = try #require(Self.figures(Self.plot("sigmoid", ":x: -6 6", ":y: -0.2 1.2")).first)
        let document = try Self.svg(figure)
        let clip = try #require(document.all("rect").first)
        let left = try #require(Double(clip.attributes["x"] ?? "")), top = try #require(Double(clip.attributes["y"] ?? ""))
        let width = try #require(Double(clip.attributes["width"] ?? "")), height = try #require(Double(clip.attributes["height"] ?? ""))
        func px(_ x: Double) -> (Double, Double) {
            (left + (x + 6) / 12 * width, top + (1.2 - 1 / (1 + exp(-x))) / 1.4 * height)
        }
        let points = try #require(try Self.subpaths(document, series: "sigmoid").first)
        var worst = 0.0
        for (a, b) in zip(points, points.dropFirst()) {
            let length = hypot(b.0 - a.0, b.1 - a.1)
            let xa = (a.0 - left) / width * 12 - 6, xb = (b.0 - left) / width * 12 - 6
            for k in 1..<32 {
                let p = px(xa + (xb - xa) * Double(k) / 32)
                worst = max(worst, abs((p.0 - a.0) * (b.1 - a.1) - (p.1 - a.1) * (b.0 - a.0)) / length)
            }
        }
        #expect(worst <= 0.4)
        #expect(points.count < 80, "a sigmoid needs tens of vertices, not hundreds")
    }

    @Test("The description is written from the data")
    func generatedDescription() throws {
        let document = try Self.svg(try #require(Self.figures(Self.plot("sigmoid", ":x: -6 6", ":derivative:")).first))
        // sigmoid(±6) = 0.00247262…, 0.997527…; the derivative peaks at 1/4 at 0 (mpmath).
        #expect(
            document.all("desc").first?.text == "sigmoid rises from 0.00247 at x = −6 to 0.998 at x = 6, "
                + "passing through 0.5 at x = 0; its derivative rises from 0.00247 at x = −6 to a maximum of 0.25 at x = 0, "
                + "then falls to 0.00247 at x = 6. Derivatives are dashed, in the colour of their function.")
        let mish = try Self.svg(try #require(Self.figures(Self.plot("mish", ":x: -5 2")).first))
        // mish's minimum: −0.30884 at x = −1.19236 (mpmath, findroot of mish′).
        #expect(
            mish.all("desc").first?.text == "mish falls from −0.0336 at x = −5 to a minimum of −0.309 at x = −1.192, "
                + "then rises to 1.94 at x = 2.")
        let relu = try Self.svg(try #require(Self.figures(Self.plot("relu", ":x: -3 3")).first))
        #expect(relu.all("desc").first?.text == "relu stays at 0 from x = −3 until x = 0, then rises to 3 at x = 3.")
    }

    @Test("A naive formula that overflows is described as having no value up to the range's end")
    func overflowDescribed() throws {
        // e^{2x} overflows for 2x > log(DBL_MAX) = 709.78…, that is x > 354.89: (∞ − 1)/(∞ + 1) is
        // NaN from there on.
        let lesson = "```{define} naive\n(exp(2*x) - 1) / (exp(2*x) + 1)\n```\n\n```{plot} naive\n:x: 300 400\n```"
        let naive = try Self.svg(try #require(Self.figures(lesson).first))
        #expect(
            naive.all("desc").first?.text
                == "naive stays at 1 from x = 300 until x = 354.9, then has no finite value between x = 354.9 and x = 400.")
    }

    @Test("':alt:' replaces the generated description; the caption is the title")
    func altText() throws {
        let figure = try #require(Self.figures(Self.plot("tanh", ":alt: An S from −1 to 1.", ":caption: Tanh")).first)
        let document = try Self.svg(figure)
        #expect(document.all("desc").first?.text == "An S from −1 to 1.")
        #expect(document.all("title").first?.text == "Tanh")
        #expect(figure.contains("<span class=\"figure-number\">Figure 1.</span> Tanh</span>"))
    }

    @Test("The data behind the plot: x, f and f′ at the ticks, in a collapsed table")
    func detailsTable() throws {
        let figure = try #require(Self.figures(Self.plot("sigmoid", ":x: -6 6", ":derivative:")).first)
        let padded = try #require(figure.components(separatedBy: "<details class=\"plot-values\">").last)
        // What a reader sees: the hidden alignment pads removed.
        let details = padded.replacingOccurrences(of: "<span class=\"pad\"[^>]*>[^<]*</span>", with: "", options: .regularExpression)
        #expect(details != padded, "the columns are aligned on the decimal point")
        #expect(details.contains("<th scope=\"col\">sigmoid</th><th scope=\"col\">sigmoid′</th>"))
        // sigmoid(−2) = 0.11920292…, sigmoid′(−2) = 0.10499358… (mpmath).
        #expect(details.contains("<tr><th scope=\"row\">−2</th><td>0.1192</td><td>0.105</td></tr>"))
        #expect(details.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 7)
    }

    @Test("The read-out data: the plot area, a round x grid, and f at each x to 4 digits")
    func readoutData() throws {
        let figure = try #require(Self.figures(Self.plot("sigmoid binary_step", ":x: -6 6", ":derivative:")).first)
        let start = try #require(figure.range(of: "<script type=\"application/json\" class=\"plot-data\">"))
        let end = try #require(figure.range(of: "</script>", range: start.upperBound..<figure.endIndex))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(figure[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let area = try #require(json["area"] as? [Double])
        let clip = try #require(try Self.svg(figure).all("rect").first)
        #expect(area.first == Double(clip.attributes["x"] ?? ""))
        let xs = try #require(json["xs"] as? [String: Double])
        #expect(xs == ["from": -6, "step": 0.05, "count": 241])
        let series = try #require(json["series"] as? [[String: Any]])
        #expect(series.map { $0["id"] as? String } == ["sigmoid", "sigmoid'", "binary_step", "binary_step'"])
        let sigmoid = try #require(series[0]["values"] as? [Double])
        for (i, value) in sigmoid.enumerated() {
            let x = -6 + Double(i) * 0.05
            let exact = 1 / (1 + exp(-x))
            // Four significant digits: within half a unit of the fourth, 5 × 10⁻⁴ relative at worst.
            #expect(abs(value - exact) <= 5.0001e-4 * exact, "x = \(x)")
        }
        // binary_step′ is undefined at 0 (sample 120): null, read out as "undefined".
        let stepSlope = try #require(series[3]["values"] as? [Any])
        #expect(stepSlope[120] is NSNull)
        #expect(json["groups"] is NSNull)
    }

    @Test(
        "The read-out's plot area is the one the SVG draws",
        arguments: [
            PlotTests.plot("sigmoid tanh relu leaky_relu elu", ":x: -3 3", ":derivative:"), PlotTests.plot("relu6", ":x: -2 8"),
            PlotTests.plot("sigmoid", ":x: -6 6", ":y: -0.5 1.5"), PlotTests.plot("softplus", ":x: -1000 1000"),
        ])
    func readoutAreaMatchesClip(lesson: String) throws {
        let figure = try #require(Self.figures(lesson).first)
        let clip = try #require(try Self.svg(figure).all("rect").first)
        let rect = ["x", "y", "width", "height"].compactMap { clip.attributes[$0].flatMap(Double.init) }
        let start = try #require(figure.range(of: "\"area\":["))
        let numbers = figure[start.upperBound...].prefix { $0 != "]" }.split(separator: ",").compactMap { Double($0) }
        #expect(numbers.map { ($0 * 10).rounded() / 10 } == rect)
    }

    @Test("':vary:' draws a labelled family, grouped for the slider and the legend")
    func family() throws {
        let figure = try #require(Self.figures(Self.plot("elu", ":x: -3 3", ":vary: alpha 0.5 1 2")).first)
        let document = try Self.svg(figure)
        let paths = document.all("path").filter { $0.attributes["data-series"] != nil }
        #expect(paths.map { $0.attributes["data-series"] } == ["elu(alpha=0.5)", "elu", "elu(alpha=2)"])
        #expect(paths.map { $0.attributes["data-group"] } == ["0", "1", "2"])
        #expect(paths.map { $0.attributes["class"] } == ["c0", "c1", "c2"])
        // The legend is HTML after the svg, one entry per curve, grouped like its path.
        #expect(document.all("g").allSatisfy { $0.attributes["class"] != "legend" })
        #expect(
            figure.contains(
                "</svg>\n<ul class=\"plot-legend\"><li data-series=\"elu(alpha=0.5)\" data-group=\"0\">"
                    + "<span class=\"swatch c0\" aria-hidden=\"true\"></span>elu, α = 0.5</li>"))
        #expect(
            figure.contains(
                "<li data-series=\"elu(alpha=2)\" data-group=\"2\"><span class=\"swatch c2\" aria-hidden=\"true\"></span>elu, α = 2</li></ul>"
            ))
        #expect(
            figure.contains(
                "\"groups\":{\"name\":\"alpha\",\"symbol\":\"α\",\"labels\":[\"α = 0.5\",\"α = 1\",\"α = 2\"]}"))
        // elu(−3; α) = α(e⁻³ − 1): −0.475, −0.95, −1.9.
        #expect(document.all("desc").first?.text.contains("elu, α = 2 rises from −1.9 at x = −3") == true)
    }

    @Test(
        "Bad ':vary:' values are errors at the value or parameter",
        arguments: [
            (":vary: alpah 1 2", 2, 8, "unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?"),
            (":vary: alpha 1 two", 2, 16, "malformed number 'two' for parameter 'alpha'"),
        ])
    func familyErrors(option: String, line: Int, column: Int, message: String) {
        let diagnostics = LessonPipeline.render(Self.plot("elu", option)).diagnostics
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" } == ["\(line):\(column): \(message)"])
    }

    /// `threshold` requires `threshold` and `value`: the family may give one, the base the other.
    @Test("A ':vary:' family may supply a required parameter")
    func familySuppliesRequired() throws {
        let figure = try #require(Self.figures(Self.plot("threshold(threshold=0)", ":vary: value -1 1")).first)
        #expect(figure.contains("Plot of threshold(threshold=0) for value = −1 and 1"))
        let missing = LessonPipeline.render(Self.plot("threshold", ":vary: value -1 1")).diagnostics
        #expect(missing.map { "\($0.location.line):\($0.location.column): \($0.message)" } == ["1:11: 'threshold' needs 'threshold=…'"])
    }

    /// Without a family, nothing can supply it: reported at once, beside a bad option.
    @Test("A missing required parameter is reported together with a bad option")
    func missingWithBadOption() {
        let lesson = "```{table} threshold\n:bogus: 2\n```\n"
        #expect(
            LessonPipeline.render(lesson).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
                "1:12: 'threshold' needs 'threshold=…' and 'value=…'",
                "2:2: unknown option ':bogus:' for '{table}'; '{table}' takes :x:, :derivative:, :digits:, :caption:, :name:",
            ])
    }

    @Test("A {define}d function has nothing to vary")
    func familyOfDefinition() {
        let lesson = "```{define} g\nx * sigmoid(x)\n```\n\n" + Self.plot("g", ":vary: alpha 1 2")
        #expect(
            LessonPipeline.render(lesson).diagnostics.map(\.message)
                == ["'g' is defined in this lesson and has no parameters for ':vary:' to change"])
    }

    @Test("Figures are numbered per lesson; {ref} links to them, also forwards")
    func references() throws {
        let lesson = "See {ref}`fig-b`.\n\n" + Self.plot("relu") + "\n" + Self.plot("tanh", ":name: fig-b") + "\nAnd {ref}`fig-b`.\n"
        let rendered = LessonPipeline.render(lesson)
        #expect(rendered.diagnostics.isEmpty)
        #expect(rendered.html.components(separatedBy: "<a class=\"ref\" href=\"#fig-b\">Figure 2</a>").count == 3)
        #expect(rendered.html.contains("<figure class=\"plot\" id=\"fig-b\""))
        #expect(rendered.html.contains("<figure class=\"plot\" id=\"plot-1\""))
    }

    @Test("Unknown and reused labels are errors where they are written")
    func referenceErrors() {
        let lesson = "See {ref}`fig-relu`.\n\n" + Self.plot("relu", ":name: fig-rel") + "\n" + Self.plot("tanh", ":name: fig-rel")
        let messages = LessonPipeline.render(lesson).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(
            messages == [
                "1:11: unknown label 'fig-relu'; did you mean 'fig-rel'?",
                "8:8: the label 'fig-rel' already names Figure 1; labels must differ",
            ])
    }

    @Test("Tables are named and referenced too; inside a link's text a reference is plain text")
    func tableReferences() {
        let lesson = "[See {ref}`tab-relu`](#top), or {ref}`tab-relu`.\n\n```{table} relu\n:name: tab-relu\n```\n"
        let rendered = LessonPipeline.render(lesson)
        #expect(rendered.diagnostics.isEmpty)
        #expect(rendered.html.contains("<a href=\"#top\">See Table 1</a>, or <a class=\"ref\" href=\"#tab-relu\">Table 1</a>."))
        #expect(rendered.html.contains("<figure class=\"table-wrap\" id=\"tab-relu\">"))
        #expect(rendered.html.contains("<caption><span class=\"figure-number\">Table 1.</span></caption>"))
    }

    @Test("An empty {ref} asks for a label")
    func emptyReference() {
        #expect(
            LessonPipeline.render("See {ref}` `.\n").diagnostics.map(\.message)
                == ["'{ref}' needs the label of a figure or table, e.g. {ref}`fig-relu`"])
    }

    @Test("':vary:' values that give the same function are one curve, and an error")
    func familyDuplicates() {
        let messages = LessonPipeline.render(Self.plot("elu", ":vary: alpha 1 1.0 1e0")).diagnostics
            .map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(
            messages == [
                "2:16: '1.0' gives the same function as '1'; list each value once",
                "2:20: '1e0' gives the same function as '1'; list each value once",
            ])
    }

    @Test("Family labels use a true minus")
    func familyMinus() throws {
        let figure = try #require(Self.figures(Self.plot("elu", ":vary: alpha -1 1")).first)
        #expect(figure.contains(">elu, α = −1</li>"))
        #expect(figure.contains("\"call\":\"elu(x; α = −1)\""))
        #expect(!figure.contains("= -1"))
    }

    @Test("A {define}d pole and hole: no connector, a found jump, and only the visible part described")
    func poleAndHole() throws {
        let lesson =
            "```{define} inv\n1 / x\n```\n\n```{define} holed\n(abs(x) / x + 1) / 2\n```\n\n"
            + Self.plot("inv holed", ":x: -1 2")
        let document = try Self.svg(try #require(Self.figures(lesson).first))
        // 1/x: its two branches are never joined across the pole.
        let inverse = try Self.subpaths(document, series: "inv")
        #expect(inverse.count >= 2)
        let clip = try #require(document.all("rect").first)
        let top = try #require(Double(clip.attributes["y"] ?? "")), height = try #require(Double(clip.attributes["height"] ?? ""))
        // A connector would step from below the plot area straight to above it.
        let crossings = inverse.flatMap { zip($0, $0.dropFirst()) }.filter { a, b in
            (a.1 >= top + height && b.1 <= top) || (a.1 <= top && b.1 >= top + height)
        }
        #expect(crossings.isEmpty)
        #expect(try Self.subpaths(document, series: "holed").count == 2)
        let desc = try #require(document.all("desc").first?.text)
        #expect(desc.hasPrefix("inv falls from −1 at x = −1 to "))
        #expect(desc.contains(", then runs off the plot between x = "))
        #expect(desc.contains("holed stays at 0 from x = −1 until x = 0, then jumps from 0 to 1 at x = 0, undefined there"))
        // The hole: both limits hollow, no filled dot.
        #expect(document.all("circle").map { $0.attributes["class"] } == ["c1 open", "c1 open"])
    }

    @Test("':samples: n' draws exactly n uniform points per curve")
    func fixedSamples() throws {
        let plot = try #require(LessonRendererProbe.plot(Self.plot("sigmoid", ":samples: 50")))
        let members = try PlotCurves.members(of: plot, scope: LessonScope()).get()
        let curves = PlotCurves.curves(of: members, derivative: false)
        let options = PlotRenderer.options(plot, title: "", idPrefix: "p", curves: curves, words: .english)
        #expect(Plot.sample(curves, options: options).curves.first?.vertexCount == 50)
    }
}

/// Reads the first `{plot}` of a lesson as LessonMarkdown parses it.
enum LessonRendererProbe {
    static func plot(_ lesson: String) -> PlotDirective? {
        for directive in LessonParser.parse(lesson).lesson.directives {
            if case .plot(let plot) = directive.directive { return plot }
        }
        return nil
    }
}

/// Bytes per figure against matplotlib's SVG of the same figure (recorded by
/// `Scripts/matplotlib-sizes.py` in `Fixtures/matplotlib-sizes.tsv`): at most a fifth.
@Suite struct FigureSizeTests {
    static let figures: [String: String] = [
        "sigmoid-derivative": PlotTests.plot("sigmoid", ":x: -6 6", ":derivative:"),
        "relu-derivative": PlotTests.plot("relu", ":x: -3 3", ":derivative:"),
        "five-classics": PlotTests.plot("sigmoid tanh relu leaky_relu elu", ":x: -3 3"),
        "binary-step": PlotTests.plot("binary_step", ":x: -2 2"),
        "elu-family": PlotTests.plot("elu", ":x: -3 3", ":vary: alpha 0.5 1 2"),
        "smooth-gates-derivative": PlotTests.plot("gelu silu mish", ":x: -5 2", ":derivative:"),
    ]

    static func matplotlibSizes() -> [String: Int] {
        let table = Fixture.read(Fixture.root.appendingPathComponent("matplotlib-sizes.tsv"))
        var sizes: [String: Int] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let bytes = Int(fields[1]) { sizes[String(fields[0])] = bytes }
        }
        return sizes
    }

    @Test("Every recorded figure is drawn in at most a fifth of matplotlib's bytes", arguments: figures.keys.sorted())
    func fifthOfMatplotlib(name: String) throws {
        let matplotlib = try #require(Self.matplotlibSizes()[name])
        let lesson = try #require(Self.figures[name])
        let figure = try #require(PlotTests.figures(lesson).first)
        let start = try #require(figure.range(of: "<svg")), end = try #require(figure.range(of: "</svg>"))
        let bytes = figure[start.lowerBound..<end.upperBound].utf8.count
        #expect(bytes * 5 <= matplotlib, "\(name): \(bytes) bytes, matplotlib \(matplotlib)")
    }
}
