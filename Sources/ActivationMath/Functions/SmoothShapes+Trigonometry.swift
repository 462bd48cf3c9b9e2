extension SmoothShapes {
    /// Sine and cosine as double words, for the places where a platform result's half-ulp
    /// error is magnified by cancellation (sinc′ near its zeros, where cos x ≈ sin(x)/x).
    ///
    /// Why: near a root xₖ of tan x = x, cos x − sin(x)/x is about |x − xₖ| while both
    /// terms are about 1/xₖ, so sinc′(−14.067) from correctly rounded sin and cos is off
    /// by a hundred ulps. Here x is reduced by Cody–Waite with π/2 in three parts to a
    /// double word r ∈ [−π/4, π/4], and sin r, cos r are summed from their Taylor series:
    /// ``sineAndCosine(_:)`` to 2^(−64) in 60 ns, ``preciseSineAndCosine(_:)`` to 2^(−100)
    /// for the windows where even that is magnified too much.
    enum Trigonometry {
        /// π/2 = p1 + p2 + p3 to 2^(−160): p1·k is exact (an exact product), p2·k is split
        /// exactly, p3·k contributes its leading bits.
        static let halfPiParts: (Double, Double, Double) =
            (0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54, -0x1.f1976b7ed8fbcp-110)

        /// Arguments up to this magnitude are reduced accurately (the quadrant count k
        /// stays below 2^30, so k·p3 leaves r with an error below 2^(−130)).
        static let reductionLimit = 1.0e9

        /// (sin x, cos x) within 2^(−64) relative, for finite |x| ≤ ``reductionLimit``.
        ///
        /// With y = r² ≤ 0.617 (a double word), sin r = r·(1 − y·(1/6 − y·(1/120 − y·S)))
        /// and cos r = 1 − y·(1/2 − y·(1/24 − y·C)): the two outer levels in double-double,
        /// S = 1/7! − y/9! + … + y⁶/19! and C = 1/6! − … + y⁶/18! in Double. y·S ≤ 1.3e−4
        /// and y·C ≤ 8.6e−4 are multiplied by y² ≤ 0.38 again, so their roundings reach the
        /// result below 4e−4·2^(−53); the truncations are below 2^(−67).
        static func sineAndCosine(_ x: Double) -> (sin: DoubleWord<Double>, cos: DoubleWord<Double>) {
            let (r, quadrant) = reduce(x)
            let y = r * r
            return place(sineOf(r, y), cosineOf(y), quadrant)
        }

        /// sin x alone, as in ``sineAndCosine(_:)``: the series of sin r or of cos r, as the
        /// quadrant needs.
        static func sine(_ x: Double) -> DoubleWord<Double> {
            let (r, quadrant) = reduce(x)
            let y = r * r
            switch quadrant {
            case 0: return sineOf(r, y)
            case 1: return cosineOf(y)
            case 2: return -sineOf(r, y)
            default: return -cosineOf(y)
            }
        }

        /// sin r for |r| ≤ π/4 and y = r² (see ``sineAndCosine(_:)``).
        @inline(__always)
        private static func sineOf(_ r: DoubleWord<Double>, _ y: DoubleWord<Double>) -> DoubleWord<Double> {
            let t = y.hi
            let s = sineSeries(t)
            let inner = DoubleWord(0x1.1111111111111p-7, 0x1.1111111111111p-63) + -(t * s)  // 1/120 − y·S
            return r * (-(y * (-(y * inner) + DoubleWord(0x1.5555555555555p-3, 0x1.5555555555555p-57))) + 1)
        }

        /// cos r for y = r² ≤ 0.617 (see ``sineAndCosine(_:)``).
        @inline(__always)
        private static func cosineOf(_ y: DoubleWord<Double>) -> DoubleWord<Double> {
            let t = y.hi
            let c = cosineSeries(t)
            let inner = DoubleWord(0x1.5555555555555p-5, 0x1.5555555555555p-59) + -(t * c)  // 1/24 − y·C
            return -(y * (-(y * inner) + 0.5)) + 1
        }

        /// S = 1/7! − y/9! + … + y⁶/19!, by Estrin's scheme.
        ///
        /// Why not Horner's: seven nested steps are a chain of fourteen dependent operations;
        /// three independent pairs and two squarings make it six. The terms fall by y/72 ≤
        /// 0.009 each, so every pair is dominated by its first term and the rounding stays
        /// within a few 2^(−53) of S, as Horner's did (y·S is then scaled by y² ≤ 0.38).
        @inline(__always)
        private static func sineSeries(_ t: Double) -> Double {
            let t2 = t * t
            let low = (1.0 / 5040 - t * (1.0 / 362_880)) + t2 * (1.0 / 39_916_800 - t * (1.0 / 6_227_020_800))
            let high =
                (1.0 / 1_307_674_368_000 - t * (1.0 / 355_687_428_096_000)) + t2 * (1.0 / 121_645_100_408_832_000)
            return low + (t2 * t2) * high
        }

        /// C = 1/6! − y/8! + … + y⁶/18!, by Estrin's scheme (see ``sineSeries(_:)``).
        @inline(__always)
        private static func cosineSeries(_ t: Double) -> Double {
            let t2 = t * t
            let low = (1.0 / 720 - t * (1.0 / 40320)) + t2 * (1.0 / 3_628_800 - t * (1.0 / 479_001_600))
            let high = (1.0 / 87_178_291_200 - t * (1.0 / 20_922_789_888_000)) + t2 * (1.0 / 6_402_373_705_728_000)
            return low + (t2 * t2) * high
        }

        /// (sin x, cos x) within 2^(−100), for finite |x| ≤ ``reductionLimit`` (~300 ns):
        /// the Taylor series to r²⁹/29! and r²⁸/28! in double-double throughout.
        static func preciseSineAndCosine(_ x: Double) -> (sin: DoubleWord<Double>, cos: DoubleWord<Double>) {
            let (r, quadrant) = reduce(x)
            let y = r * r
            var sine = DoubleWord<Double>(1)
            var cosine = DoubleWord<Double>(1)
            for n in stride(from: 14, through: 1, by: -1) {
                sine = -(y / DoubleWord(Double(2 * n * (2 * n + 1))) * sine) + 1
                cosine = -(y / DoubleWord(Double((2 * n - 1) * 2 * n)) * cosine) + 1
            }
            return place(r * sine, cosine, quadrant)
        }

        /// x = k·π/2 + r with r a double word in [−π/4, π/4], and k mod 4.
        @inline(__always)
        private static func reduce(_ x: Double) -> (r: DoubleWord<Double>, quadrant: Int) {
            let (p1, p2, p3) = halfPiParts
            // The shifter rounds x/p1 to an integer without a libm call (see Exponential).
            let k = (x * (1 / p1) + 0x1.8p52) - 0x1.8p52
            // x − k·p1 is a multiple of ulp(p1) below 1 in magnitude, so it is representable:
            // x − (k·p1).hi is exact (Sterbenz) and so is subtracting the exact low part.
            let product = DoubleWord.product(k, p1)
            let head = (x - product.hi) - product.lo
            let r = DoubleWord(head) + -DoubleWord.product(k, p2) + -(k * p3)
            // k is an integer below 2^30 in magnitude; its two low bits (two's complement) are
            // k mod 4, without the libm call (fmod) that truncatingRemainder is.
            return (r, Int(k) & 3)
        }

        /// sin x and cos x from sin r and cos r in quadrant k mod 4.
        @inline(__always)
        private static func place(
            _ s: DoubleWord<Double>, _ c: DoubleWord<Double>, _ quadrant: Int
        ) -> (sin: DoubleWord<Double>, cos: DoubleWord<Double>) {
            switch quadrant {
            case 0: return (s, c)
            case 1: return (c, -s)
            case 2: return (-s, -c)
            default: return (-c, s)
            }
        }
    }
}
