import Foundation
import Testing

@testable import SVGPlot

/// The geometry of sampled curves: exact corners, breaks at jumps, distance in pixels
/// from the true curve, nothing non-finite, and bounded work. The functions are written
/// out here (``TestCurve``): SVGPlot knows no activation, only `(Double) -> Double`.
@Suite("Adaptive sampler")
struct AdaptiveSamplerTests {
    /// A 568 × 288 px plot area, as on the site: x over `x`, y over `y`.
    static func scale(x: ClosedRange<Double>, y: ClosedRange<Double>) -> PageScale {
        PageScale(x: 568 / (x.upperBound - x.lowerBound), y: 288 / (y.upperBound - y.lowerBound), visibleY: y)
    }

    @Test("relu on [−3, 3] is exactly its three corners")
    func reluVertices() {
        let curve = AdaptiveSampler.sample(
            { max(0, $0) }, from: -3, to: 3, corners: [0], scale: Self.scale(x: -3...3, y: -0.5...3.5))
        #expect(curve.segments == [[PlotPoint(x: -3, y: 0), PlotPoint(x: 0, y: 0), PlotPoint(x: 3, y: 3)]])
        #expect(curve.discontinuities.isEmpty)
    }

    @Test(
        "Piecewise-linear functions keep exactly their corners and ends",
        arguments: [
            ("hardtanh", -3.0...3.0, 4),  // −3, −1, 1, 3
            ("leaky_relu", -3.0...3.0, 3),
            ("relu6", -2.0...8.0, 4),  // −2, 0, 6, 8
            ("hardsigmoid", -5.0...5.0, 4),  // −5, −3, 3, 5
            ("identity", -4.0...4.0, 2),
        ])
    func piecewiseLinearVertices(name: String, x: ClosedRange<Double>, vertices: Int) throws {
        let f = try #require(TestCurve.named[name])
        let curve = AdaptiveSampler.sample(
            f.value, from: x.lowerBound, to: x.upperBound, corners: f.kinks, scale: Self.scale(x: x, y: -10...10))
        #expect(curve.vertexCount == vertices)
        let corners = Set(f.kinks.filter { x.contains($0) } + [x.lowerBound, x.upperBound])
        #expect(Set(curve.segments.joined().map(\.x)) == corners)
    }

    @Test("A listed jump breaks the curve, no vertical connector, and is reported with its limits")
    func listedJump() {
        // The binary step, 1 from 0 on.
        let curve = AdaptiveSampler.sample(
            { $0 < 0 ? 0 : 1 }, from: -2, to: 2, jumps: [0], scale: Self.scale(x: -2...2, y: -0.1...1.1))
        #expect(
            curve.segments == [
                [PlotPoint(x: -2, y: 0), PlotPoint(x: 0, y: 0)],
                [PlotPoint(x: 0, y: 1), PlotPoint(x: 2, y: 1)],
            ])
        #expect(curve.discontinuities == [Discontinuity(x: 0, left: 0, value: 1, right: 1)])
    }

    @Test("A derivative jumps where its function has a kink: relu′ at 0 takes autograd's 0")
    func derivativeJump() {
        let curve = AdaptiveSampler.sample(
            { $0 > 0 ? 1 : 0 }, from: -3, to: 3, jumps: [0], scale: Self.scale(x: -3...3, y: -0.1...1.1))
        #expect(curve.segments.count == 2)
        #expect(curve.discontinuities == [Discontinuity(x: 0, left: 0, value: 0, right: 1)])
    }

    @Test("Jumps nobody listed are found by bisection, at the shortest decimal", arguments: [0.3, -1.25, 0, 2.0 / 3])
    func foundJump(at position: Double) throws {
        // Closed on the right: f(position) = 1, the value from the right.
        let f: (Double) -> Double = { $0 < position ? -0.5 : 1 + 0.1 * $0 }
        let curve = AdaptiveSampler.sample(
            f, from: -2, to: 2, scale: Self.scale(x: -2...2, y: -1...2), mode: .adaptive(findsJumps: true))
        #expect(curve.discontinuities.count == 1)
        let jump = try #require(curve.discontinuities.first)
        #expect(jump.x == position)
        #expect(jump.left == -0.5)
        #expect(jump.value == f(position))
        #expect(curve.segments.count == 2)
        #expect(curve.segments.first?.last?.x == position && curve.segments.last?.first?.x == position)
    }

    @Test("A jump with a hole exactly at it is found, its value undefined")
    func holeAtJump() throws {
        // (|x|/x + 1)/2: 0 left of 0, 1 right of it, NaN (0/0) at 0 itself.
        let f: (Double) -> Double = { (abs($0) / $0 + 1) / 2 }
        let curve = AdaptiveSampler.sample(
            f, from: -1, to: 2, scale: Self.scale(x: -1...2, y: -0.2...1.2), mode: .adaptive(findsJumps: true))
        let jump = try #require(curve.discontinuities.first)
        #expect(curve.discontinuities.count == 1)
        #expect(jump.x == 0 && jump.left == 0 && jump.value.isNaN && jump.right == 1)
        #expect(curve.segments.count == 2)
    }

    @Test(
        "Periodic curves are not aliased into straight lines",
        arguments: [
            (4 * Double.pi, -9.5...9.5), (2 * Double.pi, -8.0...8.0), (1000, -5.0...5.0), (64 * Double.pi, -1.0...1.0),
        ])
    func noAliasing(frequency: Double, x: ClosedRange<Double>) {
        let scale = Self.scale(x: x, y: -1.2...1.2)
        let f: (Double) -> Double = { sin(frequency * $0) }
        let curve = AdaptiveSampler.sample(f, from: x.lowerBound, to: x.upperBound, scale: scale)
        let ys = curve.segments.joined().map(\.y)
        #expect((ys.max() ?? 0) > 0.9 && (ys.min() ?? 0) < -0.9, "the wave reaches its crests")
        #expect(Self.worstDistance(curve, f, scale: scale) <= 0.3)
    }

    @Test(
        "Extreme intervals and scales give a curve, never a trap",
        arguments: [
            (-1e308, 1e308, 1e-300), (0, 1e-320, 1e300), (-1e300, 1e300, .infinity), (-1, 1, .nan),
        ])
    func extremes(a: Double, b: Double, pixelsPerUnit: Double) {
        for mode in [AdaptiveSampler.Mode.adaptive(findsJumps: true), .uniform(count: 50)] {
            let curve = AdaptiveSampler.sample(
                { $0 }, from: a, to: b, corners: [0], jumps: [b / 2], scale: PageScale(x: pixelsPerUnit, y: pixelsPerUnit),
                mode: mode)
            #expect(curve.segments.joined().allSatisfy { $0.x.isFinite && $0.y.isFinite })
        }
    }

    @Test("Steep but continuous curves are not mistaken for jumps", arguments: [1e3, 1e6])
    func steepIsContinuous(steepness: Double) {
        let curve = AdaptiveSampler.sample(
            { tanh(steepness * $0) }, from: -1, to: 1, scale: Self.scale(x: -1...1, y: -1.2...1.2),
            mode: .adaptive(findsJumps: true))
        #expect(curve.discontinuities.isEmpty)
        #expect(curve.segments.count == 1)
    }

    /// The largest distance, in px, between the polyline and the curve at 64 points
    /// inside each edge, measured perpendicular to the edge; edges that leave the visible
    /// range are skipped, since they are clipped away.
    static func worstDistance(_ curve: SampledCurve, _ f: (Double) -> Double, scale: PageScale) -> Double {
        var worst = 0.0
        let visible = scale.visibleY ?? -Double.infinity...Double.infinity
        for segment in curve.segments {
            for (a, b) in zip(segment, segment.dropFirst()) where visible.contains(a.y) && visible.contains(b.y) {
                let ax = a.x * scale.x, ay = a.y * scale.y, bx = b.x * scale.x, by = b.y * scale.y
                let length = ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)).squareRoot()
                guard length > 0 else { continue }
                for k in 1..<64 {
                    let x = a.x + (b.x - a.x) * Double(k) / 64
                    let px = x * scale.x, py = f(x) * scale.y
                    worst = max(worst, abs((px - ax) * (by - ay) - (py - ay) * (bx - ax)) / length)
                }
            }
        }
        return worst
    }

    @Test(
        "Smooth curves stay within 0.3 px of the truth",
        arguments: [
            ("sigmoid", -6.0...6.0, -0.1...1.1), ("tanh", -4.0...4.0, -1.2...1.2), ("gelu", -4.0...3.0, -0.5...3.0),
            ("mish", -5.0...2.0, -0.5...2.0), ("gaussian", -3.0...3.0, -0.1...1.1), ("sinc", -10.0...10.0, -0.3...1.1),
            ("softplus", -1000.0...1000.0, -50...1000),
        ])
    func withinTolerance(name: String, x: ClosedRange<Double>, y: ClosedRange<Double>) throws {
        let f = try #require(TestCurve.named[name])
        let derivative = try #require(f.derivative)
        let scale = Self.scale(x: x, y: y)
        for curve in [f.value, derivative] {
            let sampled = AdaptiveSampler.sample(curve, from: x.lowerBound, to: x.upperBound, corners: f.kinks, scale: scale)
            #expect(Self.worstDistance(sampled, curve, scale: scale) <= 0.3)
            // Far fewer vertices than a pixel-by-pixel polyline.
            #expect(sampled.vertexCount < 300)
        }
    }

    @Test("Non-finite values leave gaps; no point is NaN or infinite")
    func nonFinite() {
        let curve = AdaptiveSampler.sample(
            { log($0) }, from: -1, to: 2, scale: Self.scale(x: -1...2, y: -3...1), mode: .adaptive(findsJumps: true))
        let points = curve.segments.joined()
        #expect(!points.isEmpty)
        #expect(points.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.x > 0 })
        let overflowing = AdaptiveSampler.sample({ exp($0) }, from: -1000, to: 1000, scale: Self.scale(x: -1000...1000, y: -1...10))
        #expect(overflowing.segments.joined().allSatisfy { $0.y.isFinite })
    }

    @Test("Wild functions stop at the evaluation budget", arguments: [1e4, 1e7])
    func bounded(frequency: Double) {
        var calls = 0
        let curve = AdaptiveSampler.sample(
            {
                calls += 1; return sin(frequency * $0)
            }, from: -5, to: 5, scale: Self.scale(x: -5...5, y: -1.1...1.1),
            mode: .adaptive(findsJumps: true))
        // The budget, plus the grid points past it; a search for a jump stops at it.
        #expect(calls <= AdaptiveSampler.maximumEvaluations + 64)
        #expect(curve.vertexCount <= calls)
    }

    @Test("Uniform mode gives the requested points plus the exact corners")
    func uniform() {
        let onGrid = AdaptiveSampler.sample(
            { max(0, $0) }, from: -1, to: 1, corners: [0], scale: Self.scale(x: -1...1, y: -1...1),
            mode: .uniform(count: 11))
        #expect(onGrid.vertexCount == 11)
        let offGrid = AdaptiveSampler.sample(
            { max(0, $0) }, from: -1, to: 1, corners: [0.05], scale: Self.scale(x: -1...1, y: -1...1),
            mode: .uniform(count: 11))
        #expect(offGrid.vertexCount == 12)
        #expect(offGrid.segments.joined().map(\.x).contains(0.05))
    }

    @Test("Degenerate intervals", arguments: [(2.0, 2.0, 1), (3.0, 2.0, 0), (-Double.infinity, 1.0, 0), (0.0, Double.nan, 0)])
    func degenerate(a: Double, b: Double, vertices: Int) {
        let curve = AdaptiveSampler.sample({ $0 }, from: a, to: b, scale: PageScale(x: 1, y: 1))
        #expect(curve.vertexCount == vertices)
    }
}
