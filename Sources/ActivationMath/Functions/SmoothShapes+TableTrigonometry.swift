extension SmoothShapes.Trigonometry {
    /// Arguments up to this magnitude may take ``tableSineAndCosine(_:)`` (the quadrant
    /// count k = x·64/π rounded stays below 2^12, which ``stepParts`` needs).
    static let tableLimit = 128.0

    /// (sin x, cos x) within 2^(−59.3) relative, for finite |x| ≤ ``tableLimit``, in about a
    /// third of ``sineAndCosine(_:)``'s time: sinc's value and slope on the plotted range.
    /// The words are not renormalised (|lo| ≤ 2^(−11)·|hi|): ``DoubleWord/normalized(_:_:)``
    /// them before a step that needs |lo| ≤ ½ ulp(hi).
    ///
    /// Reduction: x = k·π/64 + r with k = x·64/π rounded and |r| ≤ π/128 (1 + 2^(−40)), as a
    /// double word. π/64 = p1 + p2 + p3 (``stepParts``, Cody–Waite): k·p1 and k·p2 are exact
    /// (41-bit parts, |k| < 2^12), x − k·p1 is exact (0 < k ≤ 1: Sterbenz; k ≥ 2: a multiple of
    /// 2^(−57) below 2^(−5); k = 0: x itself), its
    /// difference with k·p2 is a TwoSum, and k·p3 (below 2^(−79)) joins the low word. The
    /// reduction is within 2^(−132) + 2^(−106)·|r| of x − kπ/64, and no Double in (2, 128]
    /// comes closer than 2^(−60.5) to a multiple of π/2 (``closestToHalfPiMultiple``): where
    /// sin x or cos x is small, it is the reduced r itself, still within 2^(−71).
    ///
    /// Evaluation, with a = jπ/64 (j = k mod 128) from ``sineTable`` as S = Sh + Sl and
    /// C = Ch + Cl, s = sin r − r and c = cos r − 1 in Double (|s| ≤ 2^(−13.3)·|r|,
    /// |c| ≤ 2^(−11.7)):
    /// sin x = Sh + Ch·rh (TwoSum of the exact product's high part) + [the product's low
    /// part + Sl + Ch·rl + Cl·rh + Ch·s] + Sh·c, summed into the TwoSum's low word; cos x
    /// alike with (Ch, −Sh). Error bound, in units of
    /// M = |Sh| + |Ch·r| (for cos: |Ch| + |Sh·r|):
    /// c's own rounding (y = rh² carries 3·2^(−53), then two more steps: 2^(−50.7) of c)
    /// times |Sh|: 2^(−62.1); s's likewise: 2^(−63.7); the seven roundings of the bracket
    /// 2^(−63.5); the two last sums 2^(−63.7); the dropped Sl·c and Cl·s 2^(−64.6); the
    /// series' truncations (r¹¹/11!, r¹⁰/10!) 2^(−75); renormalising (by the caller) 2^(−106):
    /// together 2^(−60.9)·M. The scales returned are M for each, rounded: within 2^(−60.8) of them
    /// (for a caller whose own cancellation is worse than this kernel's). M is at most
    /// 3·|sin x|: with |r| ≤ π/128 and |Sh| ≥ sin(π/64) unless Sh = 0, the two terms cancel
    /// at worst at a = π/64, r = −π/128 (0.0736 against 0.0245); when Sh = 0, M = |r| ≤
    /// |sin x|·1.0001. Hence 3·2^(−60.9) = 2^(−59.3) of the result, for sine and cosine.
    ///
    /// Why a table: on |r| ≤ π/128 the series need four terms in Double after the first two,
    /// where ``sineAndCosine(_:)`` sums them to r¹⁹ on [−π/4, π/4] with double-double outer
    /// levels; two exact products (an FMA each) and one table read replace a dozen
    /// double-double steps.
    @inline(__always)
    static func tableSineAndCosine(
        _ x: Double
    ) -> (sin: DoubleWord<Double>, cos: DoubleWord<Double>, sinScale: Double, cosScale: Double) {
        let (p1, p2, p3) = stepParts
        // The shifter rounds x·64/π to an integer without a libm call (see Exponential).
        let k = (x * (64 / Double.pi) + 0x1.8p52) - 0x1.8p52
        let r = DoubleWord.sum(x - k * p1, -(k * p2))
        let (rh, rl) = (r.hi, r.lo - k * p3)
        // k is an integer below 2^12 in magnitude: its seven low bits (two's complement)
        // are k mod 128.
        let j = Int(k) & 127
        return sineTable.withUnsafeBufferPointer { table in
            let (s, c) = (table[j], table[(j + 32) & 127])
            let y = rh * rh
            let sinus = rh * y * (-1.0 / 6 + y * (1.0 / 120 + y * (-1.0 / 5040 + y * (1.0 / 362_880))))
            let cosinus = y * (-0.5 + y * (1.0 / 24 + y * (-1.0 / 720 + y * (1.0 / 40320))))
            let sineProduct = DoubleWord.product(c.hi, rh)
            let sineHead = DoubleWord.sum(s.hi, sineProduct.hi)
            let sineSmall = sineProduct.lo + s.lo + c.hi * rl + c.lo * rh + c.hi * sinus
            let cosineProduct = DoubleWord.product(s.hi, rh)
            let cosineHead = DoubleWord.sum(c.hi, -cosineProduct.hi)
            let cosineSmall = -cosineProduct.lo + c.lo - s.hi * rl - s.lo * rh - s.hi * sinus
            return (
                DoubleWord(sineHead.hi, sineHead.lo + (sineSmall + s.hi * cosinus)),
                DoubleWord(cosineHead.hi, cosineHead.lo + (cosineSmall + c.hi * cosinus)),
                s.hi.magnitude + sineProduct.hi.magnitude, c.hi.magnitude + cosineProduct.hi.magnitude
            )
        }
    }
}
