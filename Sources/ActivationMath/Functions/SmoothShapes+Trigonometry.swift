import RealModule

extension SmoothShapes {
    /// Sine and cosine as double words, for the places where a platform result's half-ulp
    /// error is magnified by cancellation (sinc′ near its zeros, where cos x ≈ sin(x)/x).
    ///
    /// Why: near a root xₖ of tan x = x, cos x − sin(x)/x is about |x − xₖ| while both
    /// terms are about 1/xₖ, so sinc′(−14.067) from correctly rounded sin and cos is off
    /// by a hundred ulps. Here x is reduced by Cody–Waite with π/2 in three parts to a
    /// double word r ∈ [−π/4, π/4], and sin r, cos r are summed from their Taylor series.
    enum Trigonometry {
        /// π/2 = p1 + p2 + p3 to 2^(−160): p1·k is never needed exactly (the FMA gives
        /// x − k·p1 exactly), p2·k is split exactly, p3·k contributes its leading bits.
        static let halfPiParts: (Double, Double, Double) =
            (0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54, -0x1.f1976b7ed8fbcp-110)

        /// Arguments up to this magnitude are reduced accurately (the quadrant count k
        /// stays below 2^30, so k·p3 leaves r with an error below 2^(−130)).
        static let reductionLimit = 1.0e9

        /// 1 − (y/d₁)(1 − (y/d₂)(1 − …)) in double words: the nested Taylor sums below.
        static func series<T: ActivationFloat>(_ y: DoubleWord<T>, _ denominators: [T]) -> DoubleWord<T> {
            var sum = DoubleWord<T>(1)
            for d in denominators.reversed() {
                sum = -(y / DoubleWord(d) * sum) + 1
            }
            return sum
        }

        /// sin r / r: dₙ = 2n(2n + 1); 14 terms reach 2^(−106) for |r| ≤ π/4 and the
        /// 2^(−75) sinc needs for |r| ≤ 2.
        static func sineDenominators<T: ActivationFloat>() -> [T] {
            (1...14).map { n in T(2 * n * (2 * n + 1)) }
        }

        /// cos r: dₙ = (2n − 1)·2n.
        static func cosineDenominators<T: ActivationFloat>() -> [T] {
            (1...14).map { n in T((2 * n - 1) * 2 * n) }
        }

        /// (sin x, cos x) as double words for finite |x| ≤ ``reductionLimit``.
        static func sineAndCosine<T: ActivationFloat>(_ x: T) -> (sin: DoubleWord<T>, cos: DoubleWord<T>) {
            let (p1, p2, p3) = (T(halfPiParts.0), T(halfPiParts.1), T(halfPiParts.2))
            let k = (x / p1).rounded(.toNearestOrEven)
            // x − k·p1 is a multiple of ulp(p1) below 1 in magnitude: the FMA is exact.
            let head = x.addingProduct(-k, p1)
            let r = DoubleWord.sum(head, 0) + -DoubleWord.product(k, p2) + -(k * p3)
            let square = r * r
            let s = r * series(square, sineDenominators())
            let c = series(square, cosineDenominators())
            // The quadrant k mod 4 (k is an integer below 2^30, so the remainder is exact).
            let quadrant = Int(k.truncatingRemainder(dividingBy: 4) + (k < 0 ? 4 : 0)) % 4
            switch quadrant {
            case 0: return (s, c)
            case 1: return (c, -s)
            case 2: return (-s, -c)
            default: return (-c, s)
            }
        }
    }
}
