import ActivationMath
import Foundation
import SVGPlot

/// The `<desc>` of a plot, written from the sampled data: "sigmoid rises from 0.00247 at
/// x = −6 to 0.998 at x = 6, passing through 0.5 at x = 0; its derivative rises from
/// 0.00247 at x = −6 to a maximum of 0.25 at x = 0, then falls to 0.00247 at x = 6."
///
/// A curve is cut into runs (rising, falling, constant) and jumps; turning points are
/// located by golden-section search on the function itself, not read off the samples.
/// More than five runs read as a list, so such a curve is summed up by its range and
/// number of turns. Values have 3 significant digits; x values are rounded to a
/// thousandth of the plotted range.
struct PlotDescription {
    /// The plotted x range, for rounding x values.
    let range: ClosedRange<Double>
    /// The visible y range: stretches of a curve beyond it are only said to run off.
    let visibleY: ClosedRange<Double>
    /// The site's words: each clause is a phrase of the strings table with its places
    /// filled, so that each language writes its own sentences (``SiteStrings``, `desc…`).
    var words = SiteStrings.english

    /// The whole `<desc>`: a sentence per member from its samples, and a word on how
    /// derivatives and jumps are drawn. With `pairsDerivatives`, `curves` alternate f, f′.
    static func text(
        of curves: [PlotCurve], samples: [SampledCurve], geometry: PlotGeometry, pairsDerivatives: Bool,
        words: SiteStrings = .english
    ) -> String {
        let describer = PlotDescription(range: geometry.xDomain, visibleY: geometry.yDomain, words: words)
        var sentences: [String] = []
        var index = 0
        while index < curves.count {
            let curve = curves[index]
            let value = Curve(samples[index], curve)
            var derivative: Curve?
            if pairsDerivatives, index + 1 < curves.count {
                derivative = Curve(samples[index + 1], curves[index + 1])
                index += 1
            }
            sentences.append(describer.sentence(label: curve.label, value: value, derivative: derivative))
            index += 1
        }
        if pairsDerivatives, !curves.isEmpty {
            sentences.append(words[.descDashed])
        }
        if samples.contains(where: { !$0.discontinuities.isEmpty }) {
            sentences.append(words[.descDots])
        }
        return sentences.joined(separator: words[.descSeparator])
    }

    /// One curve to describe: its samples, its function, and the places the catalogue
    /// lists where it changes formula (f's kinks and jumps; for f′ also f's kinks).
    struct Curve {
        var samples: SampledCurve
        var function: (Double) -> Double
        var breaks: [Double]

        init(_ samples: SampledCurve, _ curve: PlotCurve) {
            self.samples = samples
            function = curve.function
            breaks = curve.kinks + curve.jumps
        }
    }

    /// The sentence for one member: its value curve and, if drawn, its derivative's.
    func sentence(label: String, value: Curve, derivative: Curve?) -> String {
        guard let derivative else {
            return words.fill(.descSentence, ["label": label, "value": describe(value, mentionsZero: true)])
        }
        return words.fill(
            .descWithDerivative,
            [
                "label": label, "value": describe(value, mentionsZero: true),
                "derivative": describe(derivative, mentionsZero: false),
            ])
    }

    private enum Direction: Equatable { case rising, falling, constant }

    /// A stretch of the curve: a monotone run between two points, a jump, or a gap
    /// where the function has no finite value.
    private enum Piece {
        case run(Direction, from: PlotPoint, to: PlotPoint)
        case jump(Discontinuity)
        case gap(from: Double, to: Double)
        /// Beyond the visible y range (near a pole, say): what a reader cannot see is
        /// not described, so no "maximum of 10¹⁶" is read out.
        case offPlot(from: Double, to: Double)

        var restartsCurve: Bool {
            switch self {
            case .gap, .offPlot: true
            default: false
            }
        }
    }

    private func describe(_ described: Curve, mentionsZero: Bool) -> String {
        let curve = described.samples, f = described.function
        let pieces = settled(self.pieces(of: curve), described)
        let runs = pieces.filter { if case .run = $0 { true } else { false } }
        let hasGaps = pieces.contains(where: \.restartsCurve)
        guard !runs.isEmpty else { return words[.descUndefinedRange] }
        if runs.count > 5 {
            let ys = curve.segments.joined().map(\.y)
            return words.fill(
                .descVaries, ["min": value(ys.min() ?? 0), "max": value(ys.max() ?? 0), "turns": String(runs.count - 1)])
        }
        var clauses: [String] = []
        for (index, piece) in pieces.enumerated() {
            // After a gap a run says where it starts again, as the first one does.
            let startsAfresh = index == 0 || pieces[index - 1].restartsCurve
            let isFirst = startsAfresh, isLast = index == pieces.count - 1
            switch piece {
            case .jump(let jump):
                let (left, right, at) = (value(jump.left), value(jump.right), argument(jump.x))
                if left == right {
                    // The same limit on both sides: a single point differs, as f′ at a jump of f.
                    clauses.append(
                        jump.value.isFinite
                            ? words.fill(.descAlone, ["value": value(jump.value), "x": at])
                            : words.fill(.descUndefinedAt, ["x": at]))
                } else {
                    clauses.append(
                        jump.value.isFinite
                            ? words.fill(.descJumpTaking, ["left": left, "right": right, "x": at, "value": value(jump.value)])
                            : words.fill(.descJumpUndefined, ["left": left, "right": right, "x": at]))
                }
            case .gap(let from, let to):
                clauses.append(words.fill(.descGap, ["interval": interval(from, to)]))
            case .offPlot(let from, let to):
                clauses.append(words.fill(.descOffPlot, ["interval": interval(from, to)]))
            case .run(.constant, let start, let end):
                let phrase: SiteStrings.Key =
                    isFirst ? (isLast ? .descStaysFromTo : .descStaysFromUntil) : (isLast ? .descStaysTo : .descStaysUntil)
                clauses.append(
                    words.fill(phrase, ["value": value(start.y), "from": argument(start.x), "x": argument(end.x)]))
            case .run(let direction, let start, let end):
                var target = words.fill(.descPoint, ["value": value(end.y), "x": argument(end.x)])
                if !isLast, case .run(let next, _, _) = pieces[index + 1], next != .constant {
                    let turn = refinedTurn(f, near: end, maximum: direction == .rising, curve: curve)
                    target = words.fill(
                        direction == .rising ? .descMaximum : .descMinimum, ["value": value(turn.y), "x": argument(turn.x)])
                }
                let phrase: SiteStrings.Key =
                    direction == .rising ? (isFirst ? .descRisesFrom : .descRises) : (isFirst ? .descFallsFrom : .descFalls)
                clauses.append(
                    words.fill(phrase, ["value": value(start.y), "x": argument(start.x), "target": target]))
            }
        }
        var text = clauses.joined(separator: words[.descThen])
        if mentionsZero, runs.count == 1, range.lowerBound < 0, range.upperBound > 0, f(0).isFinite,
            curve.discontinuities.isEmpty, !hasGaps
        {
            text += words.fill(.descPassing, ["value": value(f(0))])
        }
        return text
    }

    /// "between x = 1 and x = 2", or "at x = 2" where both ends read the same: an empty
    /// interval is never written.
    private func interval(_ from: Double, _ to: Double) -> String {
        let (a, b) = (argument(from), argument(to))
        return a == b ? words.fill(.descAt, ["a": a]) : words.fill(.descBetween, ["a": a, "b": b])
    }

    /// `pieces` with every boundary between a constant run and a sloped one moved to where
    /// the function's formula changes, not where the samples happen to fall: a listed
    /// break (a kink or jump of the catalogue) between the neighbouring samples, else the
    /// edge of the constant stretch found by bisection on the function. So elu′ "rises to
    /// 1 at x = 0, then stays at 1", though no sample lies at 0.
    private func settled(_ pieces: [Piece], _ curve: Curve) -> [Piece] {
        var pieces = pieces
        let xs = curve.samples.segments.joined().map(\.x)
        for index in pieces.indices.dropLast() {
            guard case .run(let first, let start, let end) = pieces[index],
                case .run(let second, let nextStart, let nextEnd) = pieces[index + 1], nextStart == end,
                (first == .constant) != (second == .constant)
            else { continue }
            let level = first == .constant ? start.y : nextEnd.y
            // The shared sample and its neighbour on the sloped side bracket the edge.
            guard let at = xs.firstIndex(of: end.x) else { continue }
            let other = first == .constant ? xs[min(xs.count - 1, at + 1)] : xs[max(0, at - 1)]
            let low = min(other, end.x), high = max(other, end.x)
            let x: Double
            if let listed = curve.breaks.first(where: { $0 >= low && $0 <= high }) {
                x = listed
            } else {
                x = edge(of: level, curve.function, flat: end.x, sloped: other)
            }
            let point = PlotPoint(x: x, y: level)
            pieces[index] = .run(first, from: start, to: point)
            pieces[index + 1] = .run(second, from: point, to: nextEnd)
        }
        return pieces
    }

    /// Where f stops being `level`, between x = `flat` (where it is) and x = `sloped`
    /// (where it is not), by 60 halvings.
    private func edge(of level: Double, _ f: (Double) -> Double, flat: Double, sloped: Double) -> Double {
        let tolerance = 1e-12 * max(abs(level), 1)
        var (flat, sloped) = (flat, sloped)
        for _ in 0..<60 {
            let middle = (flat + sloped) / 2
            if abs(f(middle) - level) <= tolerance { flat = middle } else { sloped = middle }
        }
        return flat
    }

    /// Runs of one direction, merged, with jumps between them in x order; where the curve
    /// has no finite value before its first sample or after its last (a naive formula past
    /// overflow), a gap says so up to the plotted range's end.
    private func pieces(of curve: SampledCurve) -> [Piece] {
        var pieces: [Piece] = []
        var jumps = curve.discontinuities[...]
        var previousEnd: Double?
        // Sampling starts and ends on the range's ends wherever f is finite there; a
        // margin of 10⁻⁹ of the width keeps rounding from reading as a gap.
        let margin = 1e-9 * (range.upperBound - range.lowerBound)
        if let first = curve.segments.first?.first?.x, first > range.lowerBound + margin {
            pieces.append(.gap(from: range.lowerBound, to: first))
        }
        for segment in curve.segments {
            if let jump = jumps.first, let first = segment.first, first.x >= jump.x, !pieces.isEmpty {
                pieces.append(.jump(jump))
                jumps = jumps.dropFirst()
            } else if let end = previousEnd, let first = segment.first, first.x > end {
                pieces.append(.gap(from: end, to: first.x))
            }
            previousEnd = segment.last?.x
            var previous: PlotPoint?
            for point in segment {
                guard visibleY.contains(point.y) else {
                    if case .offPlot(let from, _) = pieces.last {
                        pieces[pieces.count - 1] = .offPlot(from: from, to: point.x)
                    } else {
                        pieces.append(.offPlot(from: point.x, to: point.x))
                    }
                    previous = nil
                    continue
                }
                defer { previous = point }
                guard let a = previous else { continue }
                let scale = max(abs(a.y), abs(point.y), 1)
                let direction: Direction = abs(point.y - a.y) <= 1e-12 * scale ? .constant : (point.y > a.y ? .rising : .falling)
                if case .run(let last, let start, _) = pieces.last, last == direction {
                    pieces[pieces.count - 1] = .run(direction, from: start, to: point)
                } else {
                    pieces.append(.run(direction, from: a, to: point))
                }
            }
        }
        if let last = previousEnd, last < range.upperBound - margin {
            pieces.append(.gap(from: last, to: range.upperBound))
        }
        return pieces
    }

    /// The turning point near the sample `point`, by golden-section search between its
    /// neighbouring samples; the sample itself if the search finds nothing better.
    private func refinedTurn(_ f: (Double) -> Double, near point: PlotPoint, maximum: Bool, curve: SampledCurve) -> PlotPoint {
        let xs = curve.segments.joined().map(\.x)
        guard let index = xs.firstIndex(of: point.x) else { return point }
        var low = xs[max(0, index - 1)], high = xs[min(xs.count - 1, index + 1)]
        let sign = maximum ? -1.0 : 1.0
        let ratio = (5.0.squareRoot() - 1) / 2
        // 60 steps of 0.618 shrink the bracket by 10⁻¹², below the rounding of x.
        for _ in 0..<60 {
            let c = high - ratio * (high - low), d = low + ratio * (high - low)
            if sign * f(c) < sign * f(d) { high = d } else { low = c }
        }
        let x = (low + high) / 2, y = f(x)
        return y.isFinite && sign * y <= sign * point.y ? PlotPoint(x: x, y: y) : point
    }

    private func value(_ y: Double) -> String {
        NumberText.significant(y, digits: 3)
    }

    /// x rounded to a thousandth of the range (to 0.01 over −6…6), so that a peak found at
    /// 1e−9 reads 0. Ranges wider than 10⁴ or narrower than 10⁻⁶ keep 4 significant
    /// digits instead, so that neither 300-digit integers nor "x = 0 to x = 0" appear.
    private func argument(_ x: Double) -> String {
        let width = range.upperBound - range.lowerBound
        guard width > 1e-6, width < 1e4 else { return NumberText.significant(x, digits: 4) }
        let decimals = max(0, 3 - Int(log10(width).rounded(.down)))
        return NumberText.fixed(x, decimals: decimals)
    }
}
