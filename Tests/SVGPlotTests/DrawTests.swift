import AtlasTestSupport
import Foundation
import Testing

@testable import SVGPlot

/// Protects the one call, `Plot.draw`: curves in; SVG, samples and geometry out, each
/// step (first look, fit, layout, sampling against it, refit) as its doc comment
/// promises. How often the curves' functions are called: `DrawTests+Evaluations.swift`.
@Suite struct DrawTests {
    static var relu: PlotCurve { PlotCurve(id: "relu", label: "relu", kinks: [0]) { max(0, $0) } }
    static var reluSlope: PlotCurve { PlotCurve(id: "relu'", label: "relu′", jumps: [0], dashed: true) { $0 > 0 ? 1 : 0 } }

    @Test("The samples come back in the curves' order: corners exact, jumps reported")
    func samplesAndGeometry() throws {
        let drawn = Plot.draw([Self.relu, Self.reluSlope], options: PlotOptions(xDomain: -3...3, title: "relu"))
        #expect(drawn.curves.count == 2)
        #expect(drawn.curves[0].segments == [[PlotPoint(x: -3, y: 0), PlotPoint(x: 0, y: 0), PlotPoint(x: 3, y: 3)]])
        #expect(drawn.curves[1].discontinuities == [Discontinuity(x: 0, left: 0, value: 0, right: 1)])
        #expect(drawn.geometry.xTicks == [-3, -2, -1, 0, 1, 2, 3])
        // The fitted range: 0…3 with a 5 % margin, widened to round ticks.
        #expect(drawn.geometry.yDomain == -0.5...3.5)
        let document = SVGDocument(drawn.svg)
        #expect(document.isWellFormed)
        #expect(document.all("path").compactMap { $0.attributes["data-series"] } == ["relu", "relu'"])
        // relu′ at 0: the value 0 filled, the right limit 1 hollow.
        #expect(document.all("circle").map { $0.attributes["class"] } == ["c0", "c0 open"])
    }

    @Test("The SVG is what the renderer draws from the returned samples, in the returned geometry")
    func svgMatchesSamples() {
        let options = PlotOptions(xDomain: -3...3, title: "relu", description: .text("d"), idPrefix: "p", styling: .external)
        let drawn = Plot.draw([Self.relu, Self.reluSlope], options: options)
        let series = zip([Self.relu, Self.reluSlope], drawn.curves).map { curve, sampled in
            PlotSeries(
                id: curve.id, label: curve.label, segments: sampled.segments, colorIndex: curve.colorIndex,
                dashed: curve.dashed,
                markers: PlotMarker.dots(at: sampled.discontinuities, pixelsPerUnitY: drawn.geometry.pixelsPerUnitY))
        }
        let figure = PlotFigure(xDomain: -3...3, series: series, title: "relu", description: "d", idPrefix: "p")
        #expect(SVGRenderer.render(figure, styling: .external) == drawn.svg)
        #expect(SVGRenderer.geometry(of: figure) == drawn.geometry)
    }

    @Test("A written description gets the returned samples; a text one is escaped as it is")
    func descriptions() throws {
        var options = PlotOptions(xDomain: -3...3, title: "t")
        var seen: [SampledCurve] = []
        options.description = .written { curves, geometry in
            seen = curves
            return "\(curves[0].vertexCount) vertices over \(geometry.xDomain)"
        }
        let drawn = Plot.draw([Self.relu], options: options)
        #expect(seen == drawn.curves)
        #expect(SVGDocument(drawn.svg).all("desc").first?.text == "3 vertices over -3.0...3.0")
        options.description = .text("a < b")
        #expect(Plot.draw([Self.relu], options: options).svg.contains("<desc id=\"plot-desc\">a &lt; b</desc>"))
    }

    @Test("A fixed sample count gives exactly that many uniform points, plus the corners")
    func fixedCount() {
        let drawn = Plot.draw([Self.relu], options: PlotOptions(xDomain: -3...3, title: "t", sampleCount: 50))
        // 50 points of −3…3 miss 0, the corner, which is added.
        #expect(drawn.curves[0].vertexCount == 51)
    }

    @Test("A given y range is drawn as given, with no first look: one pass against its layout")
    func givenRange() {
        let counter = CountingFunction(TestCurve.sigmoid)
        let drawn = Plot.draw(
            [PlotCurve(id: "s", label: "s", function: counter.function)],
            options: PlotOptions(xDomain: -6...6, yDomain: -0.5...1.5, title: "t"))
        #expect(drawn.geometry.yDomain == -0.5...1.5)
        let alone = CountingFunction(TestCurve.sigmoid)
        let grid = PlotFrame(width: 640, height: 400, series: []).widestPlotWidth / 12
        let sampler = CurveSampler(alone.function, from: -6, to: 6, gridPixelsPerUnit: grid)
        #expect(sampler.curve(for: PageScale(drawn.geometry, visibleY: -0.5...1.5)) == drawn.curves[0])
        #expect(counter.count == alone.count, "no first look")
        #expect(counter.repeated == 0)
    }

    @Test("Near a pole the y range leaves out the few values that dwarf the rest")
    func poleFree() {
        let inverse = PlotCurve(id: "inv", label: "1/x", findsJumps: true) { 1 / $0 }
        let drawn = Plot.draw([inverse], options: PlotOptions(xDomain: -1...2, title: "t"))
        #expect(drawn.geometry.yDomain.upperBound < 100 && drawn.geometry.yDomain.lowerBound > -100)
        #expect(drawn.curves[0].segments.count >= 2, "the branches are not joined across the pole")
    }

    @Test("Near poles the percentile is taken from the refined values, not the first look's few")
    func polesFromRefinedValues() {
        // tan over −4…4 is above t on about 2/t of x and below −t on as much, so the 2 %
        // tails (0.16 of x) start near ±12.5; the first look's 5 values per 32 px place
        // them unevenly (−12…36).
        let tangent = PlotCurve(id: "tan", label: "tan", findsJumps: true) { sin($0) / cos($0) }
        let y = Plot.draw([tangent], options: PlotOptions(xDomain: -4...4, title: "t")).geometry.yDomain
        #expect(abs(y.upperBound + y.lowerBound) < 0.05 * (y.upperBound - y.lowerBound))
        #expect(y.upperBound > 12 && y.upperBound < 17)
    }

    @Test("A peak the first look misses widens the drawn range; the description sees the drawn one")
    func refit() throws {
        // A peak at 0.0123, narrower than the first look's spacing: the first look fits
        // a lower range; the samples find the peak's 1, and the figure is laid out again.
        let peak = PlotCurve(id: "peak", label: "peak") { exp(-500 * ($0 - 0.0123) * ($0 - 0.0123)) }
        var sampledFor: PlotGeometry?
        var options = PlotOptions(xDomain: -3...3, title: "t")
        options.description = .written { _, geometry in
            sampledFor = geometry
            return ""
        }
        let drawn = Plot.draw([peak], options: options)
        #expect(drawn.geometry.yDomain == -0.2...1.2)
        #expect(try #require(sampledFor) == drawn.geometry)
        // The drawn geometry is the one the SVG's y ticks follow.
        let yLabels = try #require(
            drawn.svg.components(separatedBy: "<g class=\"tick y\">").last?
                .components(separatedBy: "</g>").first)
        #expect(yLabels.components(separatedBy: "<text").count - 1 == drawn.geometry.yTicks.count)
    }

    @Test("The same curves and options give the same bytes; no curves still draw axes")
    func deterministicAndEmpty() {
        let options = PlotOptions(xDomain: -3...3, title: "t")
        #expect(Plot.draw([Self.relu, Self.reluSlope], options: options) == Plot.draw([Self.relu, Self.reluSlope], options: options))
        let empty = Plot.draw([], options: options)
        #expect(empty.curves.isEmpty && SVGDocument(empty.svg).isWellFormed)
        #expect(empty.geometry.yDomain == -1...1)
    }

    @Test(
        "Odd options draw without trapping",
        arguments: [
            (2.0...2.0, nil, 640.0, 400.0, nil), (-Double.infinity...Double.infinity, nil, 640, 400, nil),
            (-1...1, 0...0, .nan, -5, -3),
        ] as [(ClosedRange<Double>, ClosedRange<Double>?, Double, Double, Int?)])
    func oddOptions(x: ClosedRange<Double>, y: ClosedRange<Double>?, width: Double, height: Double, samples: Int?) {
        let options = PlotOptions(xDomain: x, yDomain: y, width: width, height: height, title: "", idPrefix: "", sampleCount: samples)
        let drawn = Plot.draw([Self.relu, Self.reluSlope], options: options)
        #expect(SVGDocument(drawn.svg).isWellFormed)
        #expect(drawn.curves.allSatisfy { $0.segments.joined().allSatisfy { $0.x.isFinite && $0.y.isFinite } })
    }
}
