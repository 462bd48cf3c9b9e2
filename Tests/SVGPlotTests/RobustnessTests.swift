import AtlasTestSupport
import Testing

@testable import SVGPlot

/// Protects the promise that no figure traps and every output is well-formed and finite.
@Suite struct RobustnessTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var figure: PlotFigure
        var testDescription: String { name }
    }

    static func figure(
        _ segments: [[PlotPoint]], x: ClosedRange<Double> = -1...1, y: ClosedRange<Double>? = nil,
        width: Double = 640, height: Double = 400
    ) -> PlotFigure {
        PlotFigure(
            width: width, height: height, xDomain: x, yDomain: y,
            series: [PlotSeries(id: "s", label: "s", segments: segments)],
            title: "t", description: "d", idPrefix: "p")
    }

    static let nan = PlotPoint(x: .nan, y: .nan)
    static let cases: [Case] = [
        Case(name: "no series", figure: PlotFigure(xDomain: -1...1, series: [], title: "", description: "", idPrefix: "")),
        Case(name: "empty segments", figure: figure([[], []])),
        Case(name: "single point", figure: figure([[PlotPoint(x: 0.5, y: 2)]])),
        Case(name: "NaN everywhere", figure: figure([[nan, nan], [nan]])),
        Case(name: "zero-width x domain", figure: figure([[PlotPoint(x: 2, y: 1), PlotPoint(x: 2, y: 3)]], x: 2...2)),
        Case(name: "zero-width y domain", figure: figure([[PlotPoint(x: 0, y: 1)]], y: 0...0)),
        Case(
            name: "infinite domains",
            figure: figure(
                [[PlotPoint(x: 0, y: 1)]], x: -.infinity...(.infinity),
                y: -.infinity...(.infinity))),
        Case(name: "constant series", figure: figure([[PlotPoint(x: -1, y: 7), PlotPoint(x: 1, y: 7)]])),
        Case(
            name: "huge values",
            figure: figure([
                [
                    PlotPoint(x: -1, y: -1e308), PlotPoint(x: 0, y: 1e308),
                    PlotPoint(x: 1, y: .infinity),
                ]
            ])),
        Case(
            name: "tiny values",
            figure: figure([[PlotPoint(x: -1, y: .leastNonzeroMagnitude), PlotPoint(x: 1, y: 3 * .leastNonzeroMagnitude)]])),
        Case(name: "NaN size", figure: figure([[PlotPoint(x: 0, y: 0)]], width: .nan, height: -.infinity)),
        Case(name: "zero size", figure: figure([[PlotPoint(x: 0, y: 0)]], width: 0, height: 0)),
        Case(name: "points outside x domain", figure: figure([[PlotPoint(x: 50, y: 1e9), PlotPoint(x: 60, y: 2)]])),
        Case(
            name: "many series",
            figure: PlotFigure(
                xDomain: 0...1,
                series: (0..<60).map {
                    PlotSeries(
                        id: "s\($0)", label: "series number \($0)",
                        segments: [[PlotPoint(x: 0, y: Double($0)), PlotPoint(x: 1, y: 0)]],
                        colorIndex: $0 - 30, dashed: $0.isMultiple(of: 2))
                },
                title: "many", description: "many", idPrefix: "many")),
    ]

    @Test(arguments: cases)
    func rendersWellFormedFiniteSVG(_ test: Case) throws {
        let svg = SVGRenderer.render(test.figure)
        let document = SVGDocument(svg)
        #expect(document.isWellFormed, "\(document.error ?? "")")
        #expect(document.all("path").filter { $0.attributes["data-series"] != nil }.count == test.figure.series.count)
        for element in document.elements {
            for (name, value) in element.attributes where name != "data-series" && name != "class" {
                #expect(
                    !value.lowercased().contains("nan") && !value.lowercased().contains("inf"),
                    "\(element.name) \(name)=\(value)")
            }
        }
        let root = try #require(document.elements.first)
        let size = (root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        #expect(size.count == 4 && size.allSatisfy { $0.isFinite && $0 >= 0 })
    }

    @Test func manySeriesGrowTheViewBoxInsteadOfCoveringThePlot() throws {
        let figure = try #require(Self.cases.last?.figure)
        let root = try #require(SVGDocument(SVGRenderer.render(figure)).elements.first)
        let height = (root.attributes["viewBox"] ?? "").split(separator: " ").last.flatMap { Double($0) }
        #expect((height ?? 0) > 400)
    }
}
