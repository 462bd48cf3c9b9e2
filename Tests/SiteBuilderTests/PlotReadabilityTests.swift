import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Issue 14, point 2: plots a reader can use on a phone and a desktop. Descriptions say
/// where a curve changes formula, not where a sample fell; the read-out names each value
/// `elu′(x; α = 2)`; the legend is HTML; tick labels are placed so a page may resize them.
@Suite struct PlotReadabilityTests {
    static func figure(_ lesson: String) throws -> String {
        try #require(PlotTests.figures(lesson).first)
    }

    static func desc(_ lesson: String) throws -> String? {
        try PlotTests.svg(try figure(lesson)).all("desc").first?.text
    }

    @Test("elu′ is 1 from x = 0 on: the description says so, whatever the samples")
    func eluDescription() throws {
        // elu(−5) = e⁻⁵ − 1 = −0.99326…; elu′(−5) = e⁻⁵ = 0.0067379…; elu′ = 1 for x ≥ 0.
        #expect(
            try Self.desc(PlotTests.plot("elu", ":x: -5 3", ":derivative:"))
                == "elu rises from −0.993 at x = −5 to 3 at x = 3, passing through 0 at x = 0; its derivative rises "
                + "from 0.00674 at x = −5 to 1 at x = 0, then stays at 1 to x = 3. "
                + "Derivatives are dashed, in the colour of their function.")
    }

    @Test("relu and its derivative: constant pieces end at the kink")
    func reluDescription() throws {
        #expect(
            try Self.desc(PlotTests.plot("relu", ":x: -3 3", ":derivative:"))
                == "relu stays at 0 from x = −3 until x = 0, then rises to 3 at x = 3; its derivative stays at 0 "
                + "from x = −3 until x = 0, then jumps from 0 to 1 at x = 0, taking 0 there, then stays at 1 to x = 3. "
                + "Derivatives are dashed, in the colour of their function. "
                + "Filled dots mark the value taken at a jump, hollow dots a limit not taken.")
    }

    @Test("A family: one sentence per member, each derivative settled at x = 0")
    func familyDescription() throws {
        // elu′(x; α) = α eˣ for x ≤ 0: α e⁻³ = 0.0249, 0.0498, 0.0996; 1 for x > 0.
        #expect(
            try Self.desc(PlotTests.plot("elu", ":x: -3 3", ":vary: alpha 0.5 1 2", ":derivative:"))
                == "elu, α = 0.5 rises from −0.475 at x = −3 to 3 at x = 3, passing through 0 at x = 0; its derivative "
                + "rises from 0.0249 at x = −3 to 0.5 at x = 0, then jumps from 0.5 to 1 at x = 0, taking 0.5 there, "
                + "then stays at 1 to x = 3. elu, α = 1 rises from −0.95 at x = −3 to 3 at x = 3, passing through 0 at "
                + "x = 0; its derivative rises from 0.0498 at x = −3 to 1 at x = 0, then stays at 1 to x = 3. "
                + "elu, α = 2 rises from −1.9 at x = −3 to 3 at x = 3, passing through 0 at x = 0; its derivative "
                + "rises from 0.0996 at x = −3 to 2 at x = 0, then jumps from 2 to 1 at x = 0, taking 2 there, then "
                + "stays at 1 to x = 3. Derivatives are dashed, in the colour of their function. "
                + "Filled dots mark the value taken at a jump, hollow dots a limit not taken.")
    }

    @Test("A constant piece of a defined function ends where the function leaves it, not at a sample")
    func definedConstantEdge() throws {
        // max(x − 0.3, 0) leaves 0 at x = 0.3, which no uniform sample of −1…1 hits.
        let lesson = "```{define} shifted\nmax(x - 0.3, 0)\n```\n\n" + PlotTests.plot("shifted", ":x: -1 1", ":samples: 7")
        #expect(try Self.desc(lesson) == "shifted stays at 0 from x = −1 until x = 0.3, then rises to 0.7 at x = 1.")
    }

    @Test("No description holds an empty interval", arguments: ["sigmoid tanh relu elu selu gelu", "softplus mish"])
    func noEmptyInterval(functions: String) throws {
        let text = try #require(try Self.desc(PlotTests.plot(functions, ":x: -4 3", ":derivative:", ":y: 0 2")))
        let pattern = try NSRegularExpression(pattern: "between x = ([^ ,;.]+) and x = \\1[ ,;.]")
        #expect(pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(text)")
    }

    @Test(
        "The read-out names each curve as a call: name, prime, x, parameters",
        arguments: [
            (
                PlotTests.plot("elu", ":vary: alpha 0.5 2", ":derivative:"),
                ["elu(x; α = 0.5)", "elu′(x; α = 0.5)", "elu(x; α = 2)", "elu′(x; α = 2)"]
            ),
            (
                PlotTests.plot("sigmoid leaky_relu(negative_slope=0.2)", ":derivative:"),
                ["sigmoid(x)", "sigmoid′(x)", "leaky_relu(x; negative_slope = 0.2)", "leaky_relu′(x; negative_slope = 0.2)"]
            ),
            (PlotTests.plot("softshrink(lambd=0.3)"), ["softshrink(x; λ = 0.3)"]),
        ])
    func readoutCalls(lesson: String, calls: [String]) throws {
        let figure = try Self.figure(lesson)
        let found = figure.components(separatedBy: "\"call\":\"").dropFirst().map { $0.prefix { $0 != "\"" } }.map(String.init)
        #expect(found == calls)
    }

    @Test("The site's SVG has no legend, carries its width for the stylesheet, and places tick labels in em")
    func svgForTheSite() throws {
        let figure = try Self.figure(PlotTests.plot("sigmoid", ":x: -6 6", ":derivative:"))
        #expect(figure.contains("viewBox=\"0 0 640 400\" class=\"atlas-plot\" style=\"--plot-width:640\" role=\"img\""))
        let document = try PlotTests.svg(figure)
        let ticks = document.all("text")
        #expect(!ticks.isEmpty)
        #expect(ticks.allSatisfy { $0.attributes["dy"] == "0.71em" || $0.attributes["dy"] == "0.32em" })
        #expect(ticks.map(\.text).contains("sigmoid") == false)
        #expect(figure.contains("<li data-series=\"sigmoid'\"><span class=\"swatch c0 dashed\" aria-hidden=\"true\"></span>sigmoid′</li>"))
        // Room for y labels at 22 units (11 px at 320 px wide): "0.25" is about 51 wide.
        let clip = try #require(document.all("rect").first)
        #expect(Double(clip.attributes["x"] ?? "") ?? 0 >= 50)
    }
}
