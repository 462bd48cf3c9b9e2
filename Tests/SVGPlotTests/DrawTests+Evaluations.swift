import Foundation
import Testing

@testable import SVGPlot

/// Protects "each curve sampled once and laid out once": within one `Plot.draw` no x is
/// evaluated twice, the first look costs nothing beyond the pass that is drawn, and the
/// polyline holds the quarter pixel in the geometry that is drawn, not in an earlier one.
@Suite("Draw: evaluations and tolerance")
struct DrawEvaluationTests {
    /// What the first look cost before it became part of the pass drawn: 241 uniform
    /// points per curve.
    static let oldFirstLook = 241

    /// The scale of the drawn figure, as the sampler saw it.
    static func scale(_ drawn: DrawnPlot) -> PageScale {
        PageScale(drawn.geometry, visibleY: drawn.geometry.yDomain)
    }

    /// One pass of a fresh sampler against `scale`, as `Plot.draw` cuts its grid for a
    /// 640 px wide figure: the cost of sampling once.
    static func onePass(_ hard: HardCurve, scale: PageScale) -> (SampledCurve, calls: Int) {
        let counter = CountingFunction(hard.f)
        let grid = PlotFrame(width: 640, height: 400, series: []).widestPlotWidth / (hard.x.upperBound - hard.x.lowerBound)
        let sampler = CurveSampler(
            counter.function, from: hard.x.lowerBound, to: hard.x.upperBound, corners: hard.kinks, jumps: hard.jumps,
            gridPixelsPerUnit: grid, mode: .adaptive(findsJumps: hard.findsJumps))
        return (sampler.curve(for: scale), counter.count)
    }

    @Test("No x is evaluated twice in one figure, and the budget holds over all passes", arguments: HardCurve.all)
    func eachXOnce(_ hard: HardCurve) {
        let counter = CountingFunction(hard.f)
        let drawn = Plot.draw([hard.plotCurve(counter)], options: PlotOptions(xDomain: hard.x, title: hard.name))
        #expect(counter.repeated == 0)
        #expect(counter.count <= AdaptiveSampler.maximumEvaluations + 64)
        #expect(drawn.curves[0].vertexCount > 0)
    }

    @Test("The polyline is within a quarter pixel of the curve in the drawn geometry", arguments: HardCurve.all)
    func quarterPixelInDrawnGeometry(_ hard: HardCurve) {
        let counter = CountingFunction(hard.f)
        let drawn = Plot.draw([hard.plotCurve(counter)], options: PlotOptions(xDomain: hard.x, title: hard.name))
        // 0.25 px at the probes; 0.3 leaves room for the curve between them and for the
        // 0.02 px of dropped vertices.
        #expect(AdaptiveSamplerTests.worstDistance(drawn.curves[0], hard.f, scale: Self.scale(drawn)) <= 0.3)
        // The drawn range is the one a renderer fits to the drawn samples, unless a pole
        // set it: the ticks are the fit's.
        if !hard.name.contains("pole") {
            let series = PlotSeries(id: hard.name, label: hard.name, segments: drawn.curves[0].segments)
            let figure = PlotFigure(xDomain: hard.x, series: [series], title: hard.name)
            #expect(SVGRenderer.geometry(of: figure) == drawn.geometry)
        }
    }

    @Test(
        "A figure costs exactly one pass against its layout: the first look is part of it",
        arguments: HardCurve.all.filter { ["steep sigmoid", "relu", "binary step, jump listed", "sin(4πx)"].contains($0.name) })
    func firstLookIsPartOfThePass(_ hard: HardCurve) {
        let counter = CountingFunction(hard.f)
        let drawn = Plot.draw([hard.plotCurve(counter)], options: PlotOptions(xDomain: hard.x, title: hard.name))
        let (curve, calls) = Self.onePass(hard, scale: PageScale(drawn.geometry, visibleY: nil))
        #expect(curve == drawn.curves[0])
        // Before, the first look cost 241 calls on top.
        #expect(counter.count == calls)
    }

    @Test("A peak the first look misses is laid out again, and the refinement continues without resampling")
    func missedPeak() throws {
        let hard = try #require(HardCurve.all.first { $0.name == "narrow peak" })
        let counter = CountingFunction(hard.f)
        var described: PlotGeometry?
        var options = PlotOptions(xDomain: hard.x, title: "peak")
        options.description = .written { _, geometry in
            described = geometry
            return ""
        }
        let drawn = Plot.draw([hard.plotCurve(counter)], options: options)
        // The first look's five values per 32 px miss the peak's top, and fit another
        // range than the drawn one, which holds the peak; the description saw the drawn
        // geometry.
        let look = CurveSampler(hard.f, from: -3, to: 3, gridPixelsPerUnit: 592.0 / 6).firstLook()
        #expect(AxisDomain.fitted(to: [[look]], over: hard.x, tickCount: 6).domain != drawn.geometry.yDomain)
        #expect(drawn.geometry.yDomain == -0.2...1.2)
        #expect(try #require(described) == drawn.geometry)
        #expect(counter.repeated == 0)
        // Two passes, sharing their values, cost less than the old first look and one pass.
        let (_, calls) = Self.onePass(hard, scale: Self.scale(drawn))
        #expect(counter.count < Self.oldFirstLook + calls)
    }

    @Test("':samples:' draws exactly the uniform points, each computed once")
    func uniformOnce() {
        let counter = CountingFunction { $0 < 0 ? 0 : 1 }
        let step = PlotCurve(id: "step", label: "step", jumps: [0.5], function: counter.function)
        let drawn = Plot.draw([step], options: PlotOptions(xDomain: -1...1, title: "t", sampleCount: 21))
        let xs = drawn.curves[0].segments.joined().map(\.x)
        let uniform = (0..<21).map { i in
            let t = Double(i) / 20
            return (1 - t) * -1 + t * 1
        }
        // The 21 uniform points, and the jump at 0.5 (a grid point too) on both sides.
        #expect(xs == uniform.filter { $0 <= 0.5 } + uniform.filter { $0 >= 0.5 })
        // The 21 points, and the jump's limits one double either side of 0.5.
        #expect(counter.count == 23 && counter.repeated == 0)
    }
}
