import AtlasTestSupport
import Foundation
import Testing

@testable import SVGPlot

/// Protects the realistic case: sigmoid and tanh with derivatives, 200 samples each.
/// Set `SVGPLOT_SAMPLE_OUTPUT=/path/sample.svg` to also write it out for a look.
@Suite struct SampleFigureTests {
    @Test func realisticFigureIsCompactAndWellFormed() throws {
        let svg = SVGRenderer.render(Fixtures.sigmoidAndTanh)
        #expect(SVGDocument(svg).isWellFormed)
        #expect(svg.utf8.count < 16_000)
        if let path = ProcessInfo.processInfo.environment["SVGPLOT_SAMPLE_OUTPUT"], !path.isEmpty {
            try Data(svg.utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}
