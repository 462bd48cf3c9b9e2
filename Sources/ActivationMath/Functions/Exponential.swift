/// e^y and e^y − 1 in double-double for the smooth gates, from a table and a short
/// polynomial: about 10 ns where the Taylor series with ten squarings it replaces took 500.
///
/// Method (Tang's table-driven exponential, as in glibc and Arm's optimized-routines):
/// y = (32k + j)·ln2/32 + r with |r| ≤ ln2/64 < 0.0109, so e^y = 2^k · 2^(j/32) · e^r.
/// The 32 values T = 2^(j/32) are double-doubles (``twoToTheJOver32``); e^r − 1 − r is the
/// degree-7 Taylor polynomial q (the next term is below 2^(−67)).
///
/// Error bound of ``scaled(_:_:)`` and ``exp(_:_:)``, relative, before the caller rounds:
/// - the reduction: ln2/32 = L₁ + L₂ with L₁ of 30 bits, so n·L₁ is exact for |n| < 2^23
///   (|y| < 1e5) and y − n·L₁ is exact (Sterbenz); n·L₂ < 2^(−12) rounds within 2^(−65),
///   the rest of ln2/32 (2^(−89)) costs n·2^(−89) < 2^(−66), and r − n·L₂, at most 0.0109,
///   rounds within 2^(−60): 0.008·2^(−53) of e^y (``reduce(_:_:)``, exact to 2^(−100),
///   serves the kernels that need more);
/// - m = T.hi + (T.lo + T.hi·s), s = r + q: three roundings of terms at most 0.011·T
///   (s, T.hi·s, the sum) cost 0.033·2^(−53); the last addition is exact (Fast2Sum);
///   q ≤ 5.9e−5 is within 3·2^(−53) of itself (2e−4·2^(−53)); the truncation 4e−5·2^(−53);
///   the table 2^(−106).
/// Total below 0.042·2^(−53) < 2^(−57.5): a caller that rounds once after a few exact or
/// compensated operations stays within half an ulp plus 5 % of an ulp. Where a caller's
/// formula cancels, it compares this bound, magnified by the cancellation, with what it
/// can afford, and uses ``accurate(_:_:)`` (2^(−100)) where that fails.
enum Exponential {
    /// e^(y + yLo) = 2^k · m, with m ∈ [0.98, 2.03] a double-double; for |y| < 1e5 and
    /// |yLo| ≤ 2^(−52)·|y|, not NaN (callers test both).
    ///
    /// Why scaled: callers multiply e^y by other factors (x·e^x in silu, mish and gelu);
    /// a subnormal e^y would already have lost digits that such a product, if it is normal,
    /// needs. Keeping the power of two apart lets the result round only once.
    @inline(__always)
    static func scaled(_ y: Double, _ yLo: Double = 0) -> (m: DoubleWord<Double>, k: Int) {
        // Why r is rounded here (and exact in reduce(_:_:)): e^r needs r only to 2^(−60)
        // relative to 1, and |r| ≤ 0.0109 < 2^(−6.5) rounds within 2^(−60). Dropping the
        // TwoSum and L₃ shortens the chain that every smooth gate waits on by a quarter.
        let shifted = y * 0x1.71547652b82fep+5 + 0x1.8p52  // see reduce(_:_:)
        let nd = shifted - 0x1.8p52
        let n = Int(Int32(truncatingIfNeeded: shifted.bitPattern))
        let r = (y - nd * 0x1.62e42fe800000p-6) - nd * 0x1.e8e7bcd5e4f1ep-36  // L₁, then L₂ + L₃ rounded
        let q = polynomial(r)
        let s = r + (q + (yLo + yLo * (r + q)))  // e^(r + yLo) − 1, see polynomial(_:)
        let entry = twoToTheJOver32[n & 31]
        return (fastSum(entry.hi, entry.lo + entry.hi * s), n >> 5)
    }

    /// ``scaled(_:_:)`` with the exact reduction: within 0.034·2^(−53), for the kernels
    /// whose bounds were written with it (``expMinusOne(_:_:)`` beyond 0.7).
    @inline(__always)
    private static func exactScaled(_ y: Double, _ yLo: Double) -> (m: DoubleWord<Double>, k: Int) {
        let (t, r, rLo, k) = reduce(y, yLo)
        let q = polynomial(r)
        let s = r + (q + (rLo + rLo * (r + q)))
        return (fastSum(t.hi, t.lo + t.hi * s), k)
    }

    /// e^(y + yLo) as a double-double, for y ≤ 709 (above, ∞); below −708 the result is
    /// subnormal or 0, rounded once at the subnormal scale with lo = 0 (callers that need
    /// more use ``scaled(_:_:)``). NaN gives NaN.
    @inline(__always)
    static func exp(_ y: Double, _ yLo: Double = 0) -> DoubleWord<Double> {
        if !(y > -745.2) { return DoubleWord(y.isNaN ? y : 0) }
        if y > 709.7 { return DoubleWord(.infinity) }
        let (m, k) = scaled(y, yLo)
        return times(m, powerOfTwo: k)
    }

    /// e^(y + yLo) − 1 as a double-double within 2^(−56.8) relative, for y ≤ 709.
    ///
    /// Why not e^y then − 1: near y = 0 that subtraction cancels and turns e^y's absolute
    /// error into a large relative one. For |y| ≤ 0.7 (k = 0 or −1), with M = 2^k·T exact,
    /// e^y − 1 = (M.hi − 1) + M.hi·r + (M.hi·q + M.lo·(1 + r + q)): the first difference
    /// is exact (Sterbenz), the product exact (the FMA), their sum exact (TwoSum), and only
    /// terms below 6.1e−5·M round (four times, and q is within 3·2^(−53) of itself),
    /// against a result of at least min(|y|/2, 0.0107): below 0.04·2^(−53). Beyond 0.7
    /// the result exceeds e^y/2, and e^y − 1 from ``exactScaled(_:_:)`` keeps twice its
    /// bound, 0.068·2^(−53). See ``preciseExpMinusOne(_:_:)`` for 2^(−65).
    static func expMinusOne(_ y: Double, _ yLo: Double = 0) -> DoubleWord<Double> {
        if y < -40 { return DoubleWord(-1, exp(y).hi) }  // e^y < 2^(−57): −1 + e^y exactly
        if !(y <= 709.7) { return DoubleWord(y.isNaN ? y : .infinity) }
        if y.magnitude > 0.7 {
            let (m, k) = exactScaled(y, yLo)
            return times(m, powerOfTwo: k) + -1
        }
        let (t, r, rLo, k) = reduce(y, yLo)
        let q = polynomial(r)
        let tail = q + (rLo + rLo * (r + q))
        let p = powerOfTwo(k)
        let (mHi, mLo) = (t.hi * p, t.lo * p)
        let product = DoubleWord.product(mHi, r)
        let sum = DoubleWord.sum(mHi - 1, product.hi)
        return fastSum(sum.hi, sum.lo + product.lo + (mHi * tail + mLo * (1 + r + tail)))
    }

    /// e^(y + yLo) − 1 as a double-double within 2^(−65) relative, for y ≤ 709 (~25 ns).
    ///
    /// For tanhshrink, whose x − tanh x magnifies the error of e^(−2x) − 1 by up to 200.
    /// As ``expMinusOne(_:_:)``, but M·r²/2 is exact too (r² by an exact product), so only
    /// r³/3! + … + r⁸/8! ≤ 2.2e−7 and the low parts are rounded, and the three exact
    /// pieces are added in double-double (3·2^(−106) of the sum, whatever the
    /// cancellation): below 2e−4·2^(−53) < 2^(−65).
    static func preciseExpMinusOne(_ y: Double, _ yLo: Double = 0) -> DoubleWord<Double> {
        if y < -40 { return DoubleWord(-1, exp(y).hi) }
        if !(y <= 709.7) { return DoubleWord(y.isNaN ? y : .infinity) }
        let (t, r, rLo, k) = reduce(y, yLo)
        let square = DoubleWord.product(r, r)
        let cubic =
            r * square.hi * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 + r * (1.0 / 5040 + r * (1.0 / 40320))))))
        let half = square.hi * 0.5  // q = half + low part, q = e^(r + rLo) − 1 − r
        let qLo = square.lo * 0.5 + cubic + (rLo + rLo * (r + half))
        let p = powerOfTwo(k)
        let (mHi, mLo) = (t.hi * p, t.lo * p)
        let rest = DoubleWord(mHi * qLo + mLo * (1 + r + half))
        return DoubleWord.sum(mHi, -1) + DoubleWord.product(mHi, r) + (DoubleWord.product(mHi, half) + rest)
    }

    /// e^(y + yLo) = 2^k · m to 2^(−100), for the narrow windows where a caller's formula
    /// cancels so much that 2^(−57.5) is not enough (near the zeros of silu′ and mish′).
    /// Same reduction; e^r from its Taylor series to r¹¹ (the next term is below 2^(−107)):
    /// Horner's scheme in double-double down from r⁶/6!, the terms from r⁷/7! on (at most
    /// 2.5e−18, so their rounding is below 2^(−111)) in Double.
    static func accurate(_ y: Double, _ yLo: Double = 0) -> (m: DoubleWord<Double>, k: Int) {
        let (t, r, rLo, k) = reduce(y, yLo)
        let reduced = DoubleWord.sum(r, rLo)
        let high = 1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362_880 + r * (1.0 / 3_628_800 + r * (1.0 / 39_916_800))))
        var sum = reduced * high + DoubleWord(0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65)  // 1/6!
        sum = reduced * sum + DoubleWord(0x1.1111111111111p-7, 0x1.1111111111111p-63)  // 1/5!
        sum = reduced * sum + DoubleWord(0x1.5555555555555p-5, 0x1.5555555555555p-59)  // 1/4!
        sum = reduced * sum + DoubleWord(0x1.5555555555555p-3, 0x1.5555555555555p-57)  // 1/3!
        sum = reduced * sum + 0.5
        sum = reduced * sum + 1
        sum = reduced * sum + 1
        return (t * sum, k)
    }

    /// m·2^k for a double-double m, rounded once if the result is subnormal.
    @inline(__always)
    static func times(_ m: DoubleWord<Double>, powerOfTwo k: Int) -> DoubleWord<Double> {
        if k < -1021 { return DoubleWord(scale(m.hi + m.lo, by: k)) }
        if k > 1023 { return DoubleWord(m.hi * powerOfTwo(1023) * powerOfTwo(k - 1023)) }
        let p = powerOfTwo(k)
        return DoubleWord(m.hi * p, m.lo * p)
    }

    /// 2^k for −1022 ≤ k ≤ 1023, built from its bits.
    @inline(__always)
    static func powerOfTwo(_ k: Int) -> Double {
        Double(bitPattern: UInt64(truncatingIfNeeded: 1023 + k) << 52)
    }

    /// v·2^k rounded once (in the subnormal range the scaling itself is the one rounding).
    ///
    /// Why a product where 2^k is a normal number: the same single rounding, without the
    /// generic initializer `Double(sign:exponent:significand:)`, a call of its own.
    @inline(__always)
    static func scale(_ v: Double, by k: Int) -> Double {
        if k >= -1022 && k <= 1023 { return v * powerOfTwo(k) }
        if k < -2200 || v == 0 { return 0 * v }
        return Double(sign: .plus, exponent: k, significand: v)
    }

    /// y + yLo = n·ln2/32 + r + rLo exactly but for 2^(−100): the table entry 2^(j/32), r,
    /// rLo and k, where n = 32k + j.
    @inline(__always)
    private static func reduce(_ y: Double, _ yLo: Double) -> (t: DoubleWord<Double>, r: Double, rLo: Double, k: Int) {
        // Why the shifter: adding 1.5·2^52 rounds z to an integer in one addition; the
        // x86-64 baseline has no rounding instruction, and `rounded()` is a libm call.
        // The sum's low 32 bits are n in two's complement (|n| < 2^31), read without the
        // range check of Int(_:).
        let shifted = y * 0x1.71547652b82fep+5 + 0x1.8p52  // y·32/ln2 + 1.5·2^52
        let nd = shifted - 0x1.8p52
        let n = Int(Int32(truncatingIfNeeded: shifted.bitPattern))
        let a = y - nd * 0x1.62e42fe800000p-6  // exact: L₁ has 30 bits, |n| < 2^23
        let r = DoubleWord.sum(a, -(nd * 0x1.e8e7bcd800000p-36))  // L₂, 30 bits: exact product
        let rLo = r.lo - nd * -0x1.0d871319ff034p-67 + yLo  // L₃
        let entry = twoToTheJOver32[n & 31]
        return (DoubleWord(entry.hi, entry.lo), r.hi, rLo, n >> 5)
    }

    /// e^r − 1 − r for |r| ≤ 0.0109, the Taylor polynomial r²/2! + … + r⁷/7!.
    ///
    /// The caller adds the low part: e^(r + rLo) − 1 − r = q + rLo·(1 + r + q) up to
    /// rLo²/2 < 2^(−73) (|rLo| ≤ 2^(−52)·1e5).
    @inline(__always)
    private static func polynomial(_ r: Double) -> Double {
        // Estrin's scheme: three independent pairs, so the chain of dependent operations is
        // four long instead of twelve (Horner); each pair's rounding is the same.
        let square = r * r
        let low = 0.5 + r * (1.0 / 6)
        let middle = 1.0 / 24 + r * (1.0 / 120)
        let high = 1.0 / 720 + r * (1.0 / 5040)
        return square * (low + square * (middle + square * high))
    }

    /// a + b as a normalised double-double, for |a| ≥ |b| (Dekker's Fast2Sum).
    @inline(__always)
    private static func fastSum(_ a: Double, _ b: Double) -> DoubleWord<Double> {
        let s = a + b
        return DoubleWord(s, b - (s - a))
    }

    /// 2^(j/32) for j = 0…31, each the nearest Double plus the nearest Double to the rest
    /// (mpmath at 300 bits). ExponentialTests checks each entry: its 32nd power is 2^j.
    static let twoToTheJOver32: [(hi: Double, lo: Double)] = [
        (0x1.0000000000000p+0, 0x0.0p+0), (0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55),
        (0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54), (0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54),
        (0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55), (0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54),
        (0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54), (0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55),
        (0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55), (0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54),
        (0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55), (0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59),
        (0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56), (0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55),
        (0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54), (0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54),
        (0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54), (0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55),
        (0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55), (0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54),
        (0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54), (0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57),
        (0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56), (0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54),
        (0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54), (0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56),
        (0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55), (0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56),
        (0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55), (0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54),
        (0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54), (0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54),
    ]
}
