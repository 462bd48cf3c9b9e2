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
        #expect(paths.map { $0.attributes["class"] } == ["c0", "c0 dashed", "c1", "c1 dashed"])
        // Styling comes from classes, not from attributes on each element.
        #expect(paths.allSatisfy { $0.attributes["stroke"] == nil && $0.attributes["fill"] == nil })
    }

    @Test func embeddedStyleColoursEverySlotAndExternalStyleHasNone() {
        let standalone = SVGDocument(SVGRenderer.render(figure))
        let rules = standalone.all("style").first?.text ?? ""
        for (slot, colour) in Palette.colors.enumerated() {
            #expect(rules.contains(".atlas-plot .c\(slot){color:\(colour)}"))
        }
        #expect(rules.contains(".atlas-plot .dashed{stroke-dasharray:6 5}"))
        #expect(SVGDocument(SVGRenderer.render(figure, styling: .external)).all("style").isEmpty)
    }

    @Test func markersAreFilledOrHollowDotsInTheirSeriesColourAndFamiliesAreGrouped() throws {
        var figure = figure
        figure.series[1].markers = [
            PlotMarker(x: 0, y: 0.25, isFilled: true), PlotMarker(x: 0, y: 1, isFilled: false),
            PlotMarker(x: 100, y: 0, isFilled: true), PlotMarker(x: .nan, y: 0, isFilled: true),
        ]
        figure.series[1].group = 3
        let document = SVGDocument(SVGRenderer.render(figure, styling: .external))
        let dots = document.all("circle")
        // The dot far outside the plot area and the NaN one are not drawn.
        #expect(dots.map { $0.attributes["class"] } == ["c0", "c0 open"])
        #expect(dots.allSatisfy { $0.attributes["data-group"] == "3" })
        let grouped = document.all("g").filter { $0.attributes["data-group"] == "3" }
        #expect(grouped.count == 1, "the legend entry is grouped with its curve")
        #expect(document.all("path").filter { $0.attributes["data-group"] == "3" }.count == 1)
    }

    @Test func geometryDescribesThePlotAreaTheRendererDraws() throws {
        let geometry = SVGRenderer.geometry(of: figure)
        let rect = try #require(SVGDocument(SVGRenderer.render(figure)).all("rect").first)
        #expect(Double(rect.attributes["x"] ?? "") == geometry.plotX)
        #expect(Double(rect.attributes["width"] ?? "") == (geometry.plotWidth * 10).rounded() / 10)
        #expect(geometry.xDomain == figure.xDomain)
        #expect(geometry.pixelsPerUnitX == geometry.plotWidth / (figure.xDomain.upperBound - figure.xDomain.lowerBound))
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
        #expect(swatches.map { $0.attributes["class"] } == ["swatch c0", "swatch c0 dashed", "swatch c1", "swatch c1 dashed"])
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
        #expect(edge[0].1 == edge[3].1)  // horizontal axis along the bottom edge
    }

    @Test func tickLabelsUseTrueMinus() {
        let document = SVGDocument(SVGRenderer.render(figure))
        let labels = document.all("text").map(\.text)
        #expect(labels.contains("\u{2212}6"))
        #expect(labels.contains("6"))
        #expect(!labels.contains { $0.hasPrefix("-") })
    }
}
