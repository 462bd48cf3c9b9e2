/// One pass of a ``CurveSampler`` over its curve: the points so far, in increasing x, and
/// the jumps found. Values come from the sampler's ``FunctionValues``, so a pass reuses
/// whatever the first look and earlier passes computed.
struct Refinement {
    /// How far a pass goes.
    enum Extent {
        /// The first look: the starting grid and the first probes of each of its
        /// intervals (¼, 0.382, ½, ¾), whatever the scale; no chord is tested.
        case firstProbes
        /// Until within ``AdaptiveSampler/tolerance`` px of the curve in `scale`.
        case tolerance
    }

    let values: FunctionValues
    let scale: PageScale
    /// Pixels per unit of x that the starting grid is cut for, fixed for all passes.
    let gridPixelsPerUnit: Double
    let mode: AdaptiveSampler.Mode
    let extent: Extent
    private(set) var points: [PlotPoint] = []
    var jumps: [Discontinuity] = []

    init(values: FunctionValues, scale: PageScale, gridPixelsPerUnit: Double, mode: AdaptiveSampler.Mode, extent: Extent) {
        self.values = values
        self.scale = scale
        self.gridPixelsPerUnit = gridPixelsPerUnit
        self.mode = mode
        self.extent = extent
    }

    private var findsJumps: Bool { mode == .adaptive(findsJumps: true) && extent == .tolerance }

    mutating func append(_ x: Double, _ y: Double) {
        points.append(PlotPoint(x: x, y: y))
    }

    /// Samples (start, end], where the curve is continuous (no known jump inside);
    /// `whole` is the plotted interval, whose uniform grid `.uniform` mode follows.
    mutating func piece(from start: Double, _ startValue: Double, to end: Double, _ endValue: Double, of whole: (Double, Double)) {
        switch mode {
        case .uniform(let count):
            let n = min(max(count, 2), 100_000)
            let (low, high) = whole
            let steps = Double(n - 1)
            // Grid points of the whole interval that fall strictly inside this piece. The
            // first index is clamped as a Double: a NaN or huge ratio must not trap in Int().
            let ratio = ((start - low) / (high - low) * steps).rounded(.down)
            let first = ratio.isFinite ? Int(min(max(ratio, 1), steps)) : 1
            if first < n - 1 {
                for i in first..<(n - 1) {
                    let t = Double(i) / steps
                    let x = (1 - t) * low + t * high
                    if x >= end { break }
                    if x > start { append(x, values(x)) }
                }
            }
            append(end, endValue)
        case .adaptive:
            let intervals = ((end - start) * gridPixelsPerUnit / AdaptiveSampler.coarseStep).rounded(.up)
            // Why a cap on the grid: a piece is at most a plot wide, but the scale is the
            // caller's; 4,096 intervals keep a nonsense scale from allocating without end.
            let count = intervals.isFinite ? Int(min(max(intervals, 1), 4_096)) : 1
            var left = start, leftValue = startValue
            for i in 1...count {
                let right = i == count ? end : start + (end - start) * Self.jitteredFraction(i, of: count)
                let rightValue = i == count ? endValue : values(right)
                refine(left, leftValue, right, rightValue, depth: 0, checkedForJump: false)
                left = right
                leftValue = rightValue
            }
        }
    }

    /// The i-th inner point of an n-interval grid over [0, 1], moved by up to ±15 % of an
    /// interval by the fractional parts of i·φ (φ the golden ratio).
    ///
    /// Why: with evenly spaced points and probes at halves and quarters, every probe of a
    /// function periodic in a dyadic fraction of the grid (sin(4πx) over −9.5…9.5) can land
    /// on the same phase, and the chord test then passes a wave as a straight line. The
    /// irregular spacing never repeats, so no frequency aliases on all intervals at once.
    /// It is deterministic: the same plot gives the same bytes.
    static func jitteredFraction(_ i: Int, of n: Int) -> Double {
        let golden = 0.6180339887498949
        let phase = (Double(i) * golden).truncatingRemainder(dividingBy: 1)
        return (Double(i) + 0.3 * (phase - 0.5)) / Double(n)
    }

    /// Samples (a, b]: appends the points after a, ending with (b, fb).
    private mutating func refine(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double, depth: Int, checkedForJump: Bool) {
        let m = a + (b - a) / 2
        guard m > a, m < b, let fm = values.withinBudget(m) else { return append(b, fb) }
        refine(a, fa, m, fm, b, fb, depth: depth, checkedForJump: checkedForJump)
    }

    /// Samples (a, b] whose midpoint m and f(m) are known: probes the quarter points and
    /// the golden section, accepts the chord if all four probes are within the tolerance,
    /// else refines both halves, handing each its midpoint (a quarter point), so a level
    /// costs three calls (none where an earlier pass computed them). The first look stops
    /// after the probes.
    private mutating func refine(
        _ a: Double, _ fa: Double, _ m: Double, _ fm: Double, _ b: Double, _ fb: Double, depth: Int, checkedForJump: Bool
    ) {
        let q1 = a + (m - a) / 2, q3 = m + (b - m) / 2
        // A fourth probe at the golden section (0.382 of the way), off the dyadic grid of
        // the others: a wave whose period divides the quarter width passes the three
        // dyadic probes on its chord, but not this one as well.
        let g = a + (b - a) * 0.3819660112501051
        guard q1 > a, q1 < m, q3 > m, q3 < b, depth < AdaptiveSampler.maximumDepth,
            let fq1 = values.withinBudget(q1), let fq3 = values.withinBudget(q3), let fg = values.withinBudget(g)
        else {
            append(m, fm)
            return append(b, fb)
        }
        if extent == .firstProbes { return append(b, fb) }
        // The five values in fields, not an array: this runs for every interval of every
        // curve, and a heap array each time cost about as much as the calls it decides on.
        let ys = ProbeValues(a: fa, q1: fq1, m: fm, q3: fq3, b: fb)
        let finite = ys.finiteCount
        if finite == 0 { return append(b, fb) }
        var checked = checkedForJump
        if finite == ProbeValues.count {
            // Before the chord test: a chord across a jump is nearly vertical, and its
            // probes then lie within a fraction of a pixel of it.
            if findsJumps, !checked, looksLikeStep(ys, width: b - a) {
                if let jump = locateJump(a, fa, b, fb) {
                    return split(a, fa, b, fb, at: jump, depth: depth)
                }
                checked = true
            }
            if fg.isFinite, isOffPage(ys, fg) || fitsChord(a, fa, b, fb, probes: (q1, fq1), (g, fg), (m, fm), (q3, fq3)) {
                return append(b, fb)
            }
        }
        refine(a, fa, q1, fq1, m, fm, depth: depth + 1, checkedForJump: checked)
        refine(m, fm, q3, fq3, b, fb, depth: depth + 1, checkedForJump: checked)
    }

    /// Records `jump` found inside (a, b) and samples both sides of it.
    private mutating func split(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double, at jump: Discontinuity, depth: Int) {
        jumps.append(jump)
        if jump.x > a {
            refine(a, fa, jump.x, jump.left, depth: depth + 1, checkedForJump: true)
        } else if let last = points.last, last.x == jump.x {
            // The jump is at a itself: the point already there is the left limit.
            points[points.count - 1].y = jump.left
        }
        append(jump.x, jump.right)
        if jump.x < b {
            refine(jump.x, jump.right, b, fb, depth: depth + 1, checkedForJump: true)
        }
    }

    /// Whether an interval at most 4 px wide moves by more than 2 px, nine tenths of it
    /// across one quarter: the mark of a step. A smooth curve is nearly straight at that
    /// width and spreads its rise evenly over the quarters.
    private func looksLikeStep(_ values: ProbeValues, width: Double) -> Bool {
        guard width * scale.x <= 4 else { return false }
        let total = abs(values.b - values.a)
        guard total * scale.y > 2 else { return false }
        return values.largestStep > 0.9 * total
    }

    /// Whether every probe lies within the tolerance of the chord from (a, fa) to (b, fb).
    private func fitsChord(
        _ a: Double, _ fa: Double, _ b: Double, _ fb: Double,
        probes first: (Double, Double), _ second: (Double, Double), _ third: (Double, Double), _ fourth: (Double, Double)
    ) -> Bool {
        let start = PlotPoint(x: a, y: fa), end = PlotPoint(x: b, y: fb)
        // Not `> tolerance` negated: a NaN distance does not fit either.
        func fits(_ probe: (Double, Double)) -> Bool {
            Geometry.distance(PlotPoint(x: probe.0, y: probe.1), from: start, to: end, scale: scale) <= AdaptiveSampler.tolerance
        }
        return fits(first) && fits(second) && fits(third) && fits(fourth)
    }

    /// Whether all values (the five of `values` and `more`) lie more than 10 px above,
    /// or all more than 10 px below, the visible range: such a run is clipped away, so
    /// its shape does not matter.
    private func isOffPage(_ values: ProbeValues, _ more: Double) -> Bool {
        guard let visible = scale.visibleY else { return false }
        let margin = 10 / scale.y
        let top = visible.upperBound + margin, bottom = visible.lowerBound - margin
        return (more > top && values.allSatisfy { $0 > top }) || (more < bottom && values.allSatisfy { $0 < bottom })
    }

    /// |v − u|, and 0 for equal values: ∞ − ∞ is NaN, but two infinite values of one sign
    /// are no change at all.
    private static func change(_ u: Double, _ v: Double) -> Double {
        u == v ? 0 : abs(v - u)
    }

    /// Bisects (a, b), always keeping the half across which f moves more, down to two
    /// neighbouring doubles. A continuous curve, however steep, then moves by almost
    /// nothing; a jump still moves by its height. Returns the jump, placed at whichever of
    /// the two doubles has the shorter decimal form (0 rather than −5e−324, 1 rather than
    /// 1.0000000000000002), or nil; nil too when the budget runs out before the end.
    private mutating func locateJump(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double) -> Discontinuity? {
        var (low, fLow, high, fHigh) = (a, fa, b, fb)
        // 1,100 halvings reach neighbouring doubles from any finite interval, even across
        // the subnormals around 0.
        for _ in 0..<1_100 {
            var middle = low + (high - low) / 2
            guard middle > low, middle < high else { break }
            guard var fMiddle = values.withinBudget(middle) else { return nil }
            // ±∞ is a value here: beside a pole, 1/x overflows long before the doubles
            // run out, and a pole is a jump from −∞ to +∞.
            if fMiddle.isNaN {
                // A hole exactly at the jump, as (|x|/x + 1)/2 at 0: step past it.
                let beside = middle.nextUp
                guard beside < high else {
                    // low, middle, high are neighbours: the jump is at the hole.
                    guard Self.change(fLow, fHigh) * scale.y > 1 else { return nil }
                    return Discontinuity(x: middle, left: fLow, value: fMiddle, right: fHigh)
                }
                middle = beside
                guard let fBeside = values.withinBudget(beside), !fBeside.isNaN else { return nil }
                fMiddle = fBeside
            }
            if Self.change(fLow, fMiddle) >= Self.change(fMiddle, fHigh) {
                (high, fHigh) = (middle, fMiddle)
            } else {
                (low, fLow) = (middle, fMiddle)
            }
        }
        guard Self.change(fLow, fHigh) * scale.y > 1 else { return nil }
        let x = NumberFormat.roundTripLength(low) < NumberFormat.roundTripLength(high) ? low : high
        return Discontinuity.of({ values($0) }, at: x)
    }
}

/// f at an interval's ends, quarter points and midpoint, in x order.
private struct ProbeValues {
    static let count = 5
    var a: Double
    var q1: Double
    var m: Double
    var q3: Double
    var b: Double

    var finiteCount: Int {
        let ends = (a.isFinite ? 1 : 0) + (b.isFinite ? 1 : 0)
        return ends + (q1.isFinite ? 1 : 0) + (m.isFinite ? 1 : 0) + (q3.isFinite ? 1 : 0)
    }

    func allSatisfy(_ predicate: (Double) -> Bool) -> Bool {
        predicate(a) && predicate(q1) && predicate(m) && predicate(q3) && predicate(b)
    }

    /// The largest change between neighbours.
    var largestStep: Double { max(max(abs(q1 - a), abs(m - q1)), max(abs(q3 - m), abs(b - q3))) }
}
