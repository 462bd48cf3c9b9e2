import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects what readers see of the directives: ten curves in one plot, the table's numbers.
@Suite struct DirectiveOutputTests {
    static let fiveFunctions = """
        ```{plot} sigmoid tanh relu leaky_relu elu
        :derivative:
        ```

        ```{table} sigmoid tanh relu leaky_relu elu
        :x: -2 -1 0 1 2
        :derivative:
        ```
        """

    @Test("One SVG with ten curves: five functions and five dashed derivatives")
    func tenCurves() throws {
        let html = LessonPipeline.render(Self.fiveFunctions).html
        let svgStart = try #require(html.range(of: "<svg"))
        let svgEnd = try #require(html.range(of: "</svg>"))
        let svg = SVGDocument(String(html[svgStart.lowerBound..<svgEnd.upperBound]))
        #expect(svg.isWellFormed, "\(svg.error ?? "")")
        let series = svg.all("path").compactMap { $0.attributes["data-series"] }
        #expect(
            series == [
                "sigmoid", "sigmoid'", "tanh", "tanh'", "relu", "relu'", "leaky_relu", "leaky_relu'", "elu", "elu'",
            ])
        let dashed = svg.all("path").filter { $0.attributes["data-series"]?.hasSuffix("'") == true }
        #expect(dashed.count == 5 && dashed.allSatisfy { $0.attributes["class"]?.hasSuffix(" dashed") == true })
        #expect(svg.all("svg").first?.attributes["role"] == "img")
        #expect(!svg.all("title").isEmpty && !svg.all("desc").isEmpty)
    }

    @Test("The table's numbers are mpmath's, to 6 significant digits, with a true minus")
    func tableMatchesMpmath() throws {
        let page = LessonPipeline.render(Self.fiveFunctions).html
        // The {table}'s own figure, after the plot (whose data table comes first).
        let html = String(page[try #require(page.range(of: "<figure class=\"table-wrap\"")).lowerBound...])
        let reference = Fixture.read(Fixture.root.appendingPathComponent("reference/five-functions.tsv"))
        let expectedRows = reference.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let table = try #require(RenderedTable.all(in: html).first)
        let rows = table.rows.map { $0.map(\.visible) }
        #expect(rows == expectedRows)
        #expect(html.contains("<th scope=\"col\">leaky_relu′(x)</th>"))
    }

    @Test("A table landing on a kink says which convention its derivative follows")
    func kinkFootnote() {
        let html = LessonPipeline.render("```{table} relu tanh\n:x: 0\n:derivative:\n```").html
        #expect(
            html.contains("At x = 0, relu has a kink and no derivative; the table shows relu′(0) = 0, the value PyTorch’s autograd uses."))
        #expect(!html.contains("tanh has a kink"))
    }

    @Test("Parameters show in the column headers")
    func parameterHeaders() {
        let html = LessonPipeline.render("```{table} elu(alpha=0.5)\n:x: -1\n:derivative:\n```").html
        #expect(html.contains("<th scope=\"col\">elu(x; alpha=0.5)</th><th scope=\"col\">elu′(x; alpha=0.5)</th>"))
    }

    @Test("The derivative of a kinked function is broken at the kink, never joined by a vertical line")
    func derivativeBreaksAtKink() throws {
        let html = LessonPipeline.render("```{plot} relu\n:x: -1 1\n:derivative:\n```").html
        let pathStart = try #require(html.range(of: "data-series=\"relu'\""))
        let rest = html[pathStart.upperBound...]
        let dStart = try #require(rest.range(of: " d=\""))
        let d = rest[dStart.upperBound...].prefix(while: { $0 != "\"" })
        #expect(subpathCount(String(d)) == 2)
    }

    @Test("{compare} puts the properties side by side, as the functions' definitions say")
    func compare() {
        let html = LessonPipeline.render("```{compare} sigmoid relu relu6 binary_step\n:caption: Two\n```").html
        let rows = html.components(separatedBy: "<tr>").dropFirst(2).map { row in
            row.components(separatedBy: CharacterSet(charactersIn: "<>")).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).filter { !$0.isEmpty && $0 != "\n" }
        }
        // By hand: σ maps onto (0, 1), σ(0) = 1/2, σ′(0) = 1/4; relu maps onto [0, ∞), relu′(0) = 0 by
        // PyTorch; relu6 = min(max(0, x), 6) bends at 0 and 6; the step jumps at 0. Places read
        // "at x = …", so that a kink at 0 is not read as "0 kinks".
        #expect(rows.map(\.first) == ["Range", "f(0)", "f′(0)", "Monotonic", "Zero-centred", "Smoothness", "Saturates", "Kinks", "Jumps"])
        #expect(rows.first?.prefix(3) == ["Range", "(0, 1)", "[0, ∞)"])
        #expect(rows.dropFirst(2).first?.prefix(3) == ["f′(0)", "0.25", "0 (PyTorch’s choice at the kink)"])
        #expect(rows.dropLast().last == ["Kinks", "none", "at x = 0", "at x = 0, 6", "none"])
        #expect(rows.last == ["Jumps", "none", "none", "none", "at x = 0"])
        #expect(html.contains("<caption>Two</caption>"))
    }

    @Test("A jump breaks the function's own path, and its derivative reads 'undefined' there")
    func jumps() throws {
        let html = LessonPipeline.render("```{plot} binary_step hardshrink\n:x: -1 1\n:derivative:\n```").html
        func subpaths(_ series: String) throws -> Int {
            let start = try #require(html.range(of: "data-series=\"\(series)\""))
            let rest = html[start.upperBound...]
            let d = try #require(rest.range(of: " d=\""))
            return subpathCount(String(rest[d.upperBound...].prefix(while: { $0 != "\"" })))
        }
        #expect(try subpaths("binary_step") == 2)  // one jump, at 0
        #expect(try subpaths("hardshrink") == 3)  // jumps at ±0.5
        let table = LessonPipeline.render("```{table} binary_step\n:x: 0\n:derivative:\n```").html
        let cells = try #require(RenderedTable.all(in: table).first?.rows.first)
        #expect(cells.map(\.visible) == ["0", "1", "undefined"])
        #expect(cells.last?.markerLinks == ["#table-1-note-1"])
        #expect(table.contains("binary_step jumps and has no derivative; the table marks it undefined."))
    }

    @Test("Plots in one lesson get distinct ids")
    func uniqueIds() {
        let html = LessonPipeline.render("```{plot} relu\n```\n\n```{plot} tanh\n```").html
        #expect(html.contains("id=\"plot-1\"") && html.contains("id=\"plot-2\""))
    }

    @Test("A function named twice, even through an alias, is reported at its second mention")
    func duplicates() {
        let diagnostics = LessonPipeline.render("```{plot} sigmoid tanh logistic tanh\n```").diagnostics
        #expect(
            diagnostics.map { "\($0.location): \($0.message)" } == [
                "1:24: 'logistic' is already in this directive (the same function as 'sigmoid'); list each function once",
                "1:33: 'tanh' is already in this directive; list each function once",
            ])
    }

    @Test("Unknown functions and parameters are reported at their columns")
    func resolutionErrors() {
        let diagnostics = LessonPipeline.render("```{plot} relu sigmod\n```\n\n```{table} elu(alpah=2)\n```").diagnostics
        #expect(
            diagnostics.map { "\($0.location): \($0.message)" } == [
                "1:16: unknown activation 'sigmod'; did you mean 'sigmoid'?",
                "4:16: unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?",
            ])
    }
}
