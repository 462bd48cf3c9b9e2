/// Samples a function for drawing so that the polyline stays within a quarter of a pixel
/// of the true curve, with corners and jumps placed exactly.
///
/// The interval is cut at every known corner (a kink of f) and jump; each piece starts
/// from a coarse, slightly irregular grid (about one point every ``coarseStep`` px, so
/// that no periodic function aliases into a straight line) and every interval of it is
/// split in two while one of its quarter points, midpoint, three-quarter point or golden
/// section (0.382) lies more than ``tolerance`` px from the chord, measured perpendicular to the chord in page
/// space. Afterwards vertices that lie on a straight line are dropped, so a
/// piecewise-linear function keeps exactly its corners: relu on [−3, 3] is three
/// vertices.
///
/// Jumps: known jumps break the curve into separate segments and are returned as
/// ``Discontinuity`` values (left limit, value, right limit) for the dots a textbook
/// draws. With `findsJumps` (for functions whose jumps nobody listed, such as `{define}`d
/// ones) an interval under half a pixel wide across which the curve still moves more than
/// two pixels is bisected down to two neighbouring doubles; if the step has not shrunk
/// below a pixel there, it is a jump (with value NaN if f has none exactly there).
///
/// Limits, so that no function can make sampling hang or eat memory: at most
/// ``maximumDepth`` halvings of a coarse interval and ``maximumEvaluations`` calls of `f`
/// per curve (of a ``CurveSampler``, over all its passes); past either, intervals are
/// accepted as they are, and a search for a jump stops finding one. Every call goes
/// through ``FunctionValues``, so no x is evaluated twice.
///
/// Edge cases: non-finite ends or a > b give an empty curve; a == b gives one point.
/// Non-finite values of `f` (NaN, ±∞) leave gaps; their borders are refined like any
/// other detail. Runs of samples wholly above or below `scale.visibleY` are not refined.
///
/// ```swift
/// let scale = PageScale(x: 568.0 / 6, y: 288.0 / 3.3)
/// let curve = AdaptiveSampler.sample({ max(0, $0) }, from: -3, to: 3,   // relu
///                                    corners: [0], scale: scale)
/// curve.segments   // [[(-3, 0), (0, 0), (3, 3)]]
/// ```
enum AdaptiveSampler {
    /// Largest distance, in px, allowed between the curve and its chord at a probe.
    static let tolerance = 0.25
    /// Width, in px, of the intervals of the starting grid (spaced irregularly by up to
    /// ±15 %, see `Refinement.jitteredFraction`).
    static let coarseStep = 32.0
    /// Halvings of a coarse interval: 32 px / 2¹⁶ is under a thousandth of a pixel.
    static let maximumDepth = 16
    /// Calls of `f` per curve; a sigmoid needs a few hundred, sin(1000x) far more.
    static let maximumEvaluations = 250_000
    /// Vertices closer than this, in px, to the line through their neighbours are dropped.
    static let straightness = 0.02

    /// How the points are chosen.
    enum Mode: Sendable, Equatable {
        /// Refine until within ``tolerance`` px; `findsJumps` looks for jumps not listed.
        case adaptive(findsJumps: Bool)
        /// Exactly `count` uniform points (clamped to 2…100 000), plus the corners and
        /// jumps placed exactly; nothing is dropped.
        case uniform(count: Int)
    }

    /// The curve of `f` over [a, b], in one pass against `scale` with the starting grid
    /// cut for `scale.x`. ``Plot`` uses a ``CurveSampler`` instead, to look at a curve
    /// before its layout exists and reuse those values.
    /// - Parameters:
    ///   - corners: x positions where f is continuous but not smooth (kinks); placed exactly.
    ///   - jumps: x positions where f jumps; the curve breaks there.
    static func sample(
        _ f: (Double) -> Double, from a: Double, to b: Double,
        corners: [Double] = [], jumps: [Double] = [], scale: PageScale, mode: Mode = .adaptive(findsJumps: false)
    ) -> SampledCurve {
        withoutActuallyEscaping(f) { f in
            CurveSampler(f, from: a, to: b, corners: corners, jumps: jumps, gridPixelsPerUnit: scale.x, mode: mode)
                .curve(for: scale)
        }
    }

    /// Drops vertices that lie within ``straightness`` px of the chord from the last kept
    /// vertex to the next one, checking every vertex dropped so far, so straight runs
    /// collapse to their ends and no dropped vertex ends up farther than that from the
    /// line. The run checked is capped at 256 vertices to keep this linear.
    static func dropStraightVertices(_ points: [PlotPoint], scale: PageScale) -> [PlotPoint] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        var anchor = 0
        for index in 1..<(points.count - 1) {
            let next = points[index + 1]
            let run = (anchor + 1)...index
            let straight =
                run.count <= 256
                && run.allSatisfy {
                    Geometry.distance(points[$0], from: points[anchor], to: next, scale: scale) <= straightness
                }
            if !straight {
                kept.append(points[index])
                anchor = index
            }
        }
        if let last = points.last { kept.append(last) }
        return kept
    }
}

/// Distances in page space.
enum Geometry {
    /// Pixels are capped at ±10⁹ before arithmetic: far off the page nothing needs
    /// precision, and f = 10³⁰⁰ times a scale must not overflow to ∞.
    static func px(_ value: Double, _ scale: Double) -> Double {
        min(max(value * scale, -1e9), 1e9)
    }

    /// Distance in px from `point` to the segment from `a` to `b`.
    ///
    /// To the segment, not to the line through it: near a pole the chord is almost
    /// vertical, and a probe far beyond its end lies right on its line.
    static func distance(_ point: PlotPoint, from a: PlotPoint, to b: PlotPoint, scale: PageScale) -> Double {
        let dx = px(b.x - a.x, scale.x), dy = px(b.y, scale.y) - px(a.y, scale.y)
        let qx = px(point.x - a.x, scale.x), qy = px(point.y, scale.y) - px(a.y, scale.y)
        let squaredLength = dx * dx + dy * dy
        guard squaredLength > 0 else { return (qx * qx + qy * qy).squareRoot() }
        let t = min(max((qx * dx + qy * dy) / squaredLength, 0), 1)
        let (ex, ey) = (qx - t * dx, qy - t * dy)
        return (ex * ex + ey * ey).squareRoot()
    }
}
