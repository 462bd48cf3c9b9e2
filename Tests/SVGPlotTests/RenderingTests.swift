import AtlasTestSupport
import Testing
@testable import SVGPlot

/// Protects the structure other modules and the stylesheet rely on.
@Suite struct RenderingTests {
    let figure = Fixtures.sigmoidAndTanh

    @Test func eachSeriesIsExactlyOnePath() {
        let document = SVGDocument(SVGRenderer.render(figure))
        let paths = document.all("path").filter { $0.attributes["data-series"] != nil }
        #expect(paths.map { $0.attributes["data-series"] } == ["sigmoid", "sigmoid'", "tanh", "tanh'"])
        #expect(paths.map { $0.attributes["class"] }
                == ["series c0", "series c0 dashed", "series c1", "series c1 dashed"])
        #expect(paths.map { $0.attributes["stroke"] } == ["#0072B2", "#0072B2", "#D55E00", "#D55E00"])
        #expect(paths.map { $0.attributes["stroke-dasharray"] != nil } == [false, true, false, true])
        #expect(paths.allSatisfy { $0.attributes["fill"] == "none" })
    }

    @Test func seriesAreClippedToThePlotArea() throws {
        let document = SVGDocument(SVGRenderer.render(figure))
        let clip = try #require(document.all("clipPath").first)
        #expect(clip.attributes["id"] == "plot-1-clip")
        #expect(document.all("g").contains { $0.attributes["clip-path"] == "url(#plot-1-clip)" })
    }

    @Test func paletteWrapsAroundAndAcceptsNegativeIndices() {
        #expect(Palette.color(7) == "#0072B2")
        #expect(Palette.color(-1) == Palette.colors[6])
        #expect(Palette.slot(Int.min) >= 0)
        // Every colour keeps 3:1 contrast on white (WCAG 2.1, 1.4.11), and all differ.
        #expect(Palette.colors.allSatisfy { (contrastRatio($0, "#FFFFFF") ?? 0) >= 3 })
        #expect(Set(Palette.colors).count == 7)
    }

    @Test func legendSitsBelowThePlotArea() throws {
        let document = SVGDocument(SVGRenderer.render(figure))
        let rect = try #require(document.all("rect").first)
        let plotBottom = try #require(Double(rect.attributes["y"] ?? "")) + (Double(rect.attributes["height"] ?? "") ?? 0)
        let legendIndex = try #require(document.elements.firstIndex { $0.attributes["class"] == "legend" })
        let legend = document.elements[(legendIndex + 1)...]
        #expect(legend.filter { $0.name == "text" }.map(\.text) == ["sigmoid", "sigmoid′", "tanh", "tanh′"])
        let swatches = legend.filter { $0.name == "path" }
        #expect(swatches.map { $0.attributes["stroke-dasharray"] != nil } == [false, true, false, true])
        for element in legend {
            let y = Double(element.attributes["y"] ?? "") ?? absolutePoints(element.attributes["d"] ?? "").first?.1
            #expect((y ?? 0) > plotBottom)
        }
    }

    @Test func axesGoThroughZeroOrAlongTheEdge() throws {
        func axisPoints(_ figure: PlotFigure) throws -> [(Double, Double)] {
            let document = SVGDocument(SVGRenderer.render(figure))
            let axis = try #require(document.all("path").first { $0.attributes["class"] == "axis" })
            return absolutePoints(axis.attributes["d"] ?? "")
        }
        func plotLeft(_ figure: PlotFigure) -> Double {
            let clipRect = SVGDocument(SVGRenderer.render(figure)).all("rect").first
            return Double(clipRect?.attributes["x"] ?? "") ?? 0
        }
        let left = plotLeft(Fixtures.step)
        // x in −3…3: the vertical axis is at the middle, not the left edge.
        let centred = try axisPoints(Fixtures.step)
        #expect(centred.count == 4)
        #expect(centred[2].0 > left + 100)
        // x in 1…3: 0 is outside, so the vertical axis runs along the left edge.
        var shifted = Fixtures.step
        shifted.xDomain = 1...3
        shifted.yDomain = 0.5...2
        let edge = try axisPoints(shifted)
        #expect(edge[2].0 == plotLeft(shifted))
        #expect(edge[0].1 == edge[3].1) // horizontal axis along the bottom edge
    }

    @Test func tickLabelsUseTrueMinus() {
        let document = SVGDocument(SVGRenderer.render(figure))
        let labels = document.all("text").map(\.text)
        #expect(labels.contains("\u{2212}6"))
        #expect(labels.contains("6"))
        #expect(!labels.contains { $0.hasPrefix("-") })
    }
}
