import AtlasTestSupport
import Testing

@testable import SVGPlot

/// Protects the exact bytes of whole figures; files are named after the case.
@Suite struct SnapshotTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var figure: PlotFigure
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "straight-line", figure: Fixtures.straightLine),
        Case(name: "parabola-with-derivative", figure: Fixtures.parabola),
        Case(name: "step-two-segments", figure: Fixtures.step),
    ]

    @Test("The page form: no <style>, the same drawing otherwise")
    func externalStyling() {
        let svg = SVGRenderer.render(Fixtures.step, styling: .external)
        Snapshot.assertMatches(svg, named: "step-two-segments-external.svg", in: Snapshot.directory(besides: #filePath))
    }

    @Test(arguments: cases)
    func matchesGoldenFile(_ snapshot: Case) {
        let svg = SVGRenderer.render(snapshot.figure)
        #expect(SVGDocument(svg).isWellFormed)
        Snapshot.assertMatches(svg, named: snapshot.name + ".svg", in: Snapshot.directory(besides: #filePath))
    }
}
