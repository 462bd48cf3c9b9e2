/// One curve's sampling for a figure, from the first look to the drawn polyline: the
/// starting grid, fixed before the layout is known, and every value computed, so that
/// each x is evaluated at most once however often the curve is looked at.
///
/// - ``firstLook()`` computes the ends, both sides of every jump, the starting grid and
///   the first probes of each of its intervals: about five values per 32 px, enough to
///   fit a y range (see `AxisDomain`) before any layout exists.
/// - ``curve(for:)`` refines against a layout's pixels (see ``AdaptiveSampler`` for the
///   rules), reusing those values and those of any earlier pass: a pass against a scale
///   like an earlier one costs no call at all; one against a finer scale costs only the
///   points below where the earlier pass stopped.
///
/// Why the grid is fixed at creation: the refinement places every later point relative
/// to it, so a grid cut again for the layout's exact scale would move every point and
/// reuse nothing. `gridPixelsPerUnit` should be at least the layout's pixels per unit,
/// so that grid intervals are at most ``AdaptiveSampler/coarseStep`` px wide on the page
/// (``Plot`` gives the widest plot area the frame allows).
///
/// ```swift
/// let sampler = CurveSampler({ max(0, $0) }, from: -3, to: 3, corners: [0], gridPixelsPerUnit: 592.0 / 6)
/// let look = sampler.firstLook()     // the values a y range is fitted to
/// let curve = sampler.curve(for: PageScale(x: 568.0 / 6, y: 288.0 / 4))
/// curve.segments                     // [[(-3, 0), (0, 0), (3, 3)]]: relu is straight
///                                    // between its corners, so no call of f beyond the look
/// ```
struct CurveSampler {
    let a: Double
    let b: Double
    let mode: AdaptiveSampler.Mode
    let gridPixelsPerUnit: Double
    /// Every value computed, shared by all passes.
    let values: FunctionValues
    /// Corners and jumps strictly inside (a, b), sorted: where pieces end.
    private let breakpoints: [Double]
    private let jumps: Set<Double>

    /// - Parameters:
    ///   - corners: x positions where f is continuous but not smooth (kinks); placed exactly.
    ///   - jumps: x positions where f jumps; the curve breaks there.
    ///   - gridPixelsPerUnit: what the starting grid is cut for (``AdaptiveSampler/coarseStep``).
    init(
        _ f: @escaping (Double) -> Double, from a: Double, to b: Double, corners: [Double] = [], jumps: [Double] = [],
        gridPixelsPerUnit: Double, mode: AdaptiveSampler.Mode = .adaptive(findsJumps: false)
    ) {
        self.a = a
        self.b = b
        self.mode = mode
        self.gridPixelsPerUnit = gridPixelsPerUnit
        values = FunctionValues(f)
        let jumpSet = Set(jumps.filter { $0 > a && $0 < b })
        self.jumps = jumpSet
        breakpoints = Set(corners.filter { $0 > a && $0 < b }).union(jumpSet).sorted()
    }

    /// The values known before any layout, finite or not, in the order computed. In
    /// `.uniform` mode they are the samples themselves. Empty when a or b is not finite
    /// or a > b.
    func firstLook() -> [PlotPoint] {
        _ = pass(PageScale(x: 1, y: 1), extent: .firstProbes)
        return values.computed
    }

    /// The curve refined to within ``AdaptiveSampler/tolerance`` px in `scale`, straight
    /// runs reduced to their ends; in `.uniform` mode the uniform points, whatever the
    /// scale. Edge cases as in ``AdaptiveSampler/sample(_:from:to:corners:jumps:scale:mode:)``.
    func curve(for scale: PageScale) -> SampledCurve {
        pass(scale, extent: .tolerance)
    }

    private func pass(_ scale: PageScale, extent: Refinement.Extent) -> SampledCurve {
        guard a.isFinite, b.isFinite, a <= b else { return SampledCurve(segments: []) }
        guard a < b else {
            let y = values(a)
            return SampledCurve(segments: y.isFinite ? [[PlotPoint(x: a, y: y)]] : [])
        }
        var sampler = Refinement(values: values, scale: scale, gridPixelsPerUnit: gridPixelsPerUnit, mode: mode, extent: extent)
        var start = a, startValue = values(a)
        sampler.append(start, startValue)
        for end in breakpoints + [b] {
            // At a jump the piece ends at the left limit, f one double below it, which
            // the jump's three values include.
            let jump = jumps.contains(end) ? Discontinuity.of({ values($0) }, at: end) : nil
            let endValue = jump?.left ?? values(end)
            sampler.piece(from: start, startValue, to: end, endValue, of: (a, b))
            if let jump {
                sampler.jumps.append(jump)
                startValue = jump.right
                sampler.append(end, startValue)
            } else {
                startValue = endValue
            }
            start = end
        }
        let breaks = Set(sampler.jumps.map { $0.x })
        var segments = SampledCurve.segments(of: sampler.points, breakingAt: breaks)
        if case .adaptive = mode, extent == .tolerance {
            segments = segments.map { AdaptiveSampler.dropStraightVertices($0, scale: scale) }
        }
        return SampledCurve(segments: segments, discontinuities: sampler.jumps.sorted { $0.x < $1.x })
    }
}
