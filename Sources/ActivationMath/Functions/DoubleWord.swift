import RealModule

/// An unevaluated sum hi + lo of two `T`s with |lo| ≤ ½ ulp(hi): about twice `T`'s
/// precision (106 bits for Double).
///
/// Why: several activations are sums, quotients or square roots whose operands are
/// already rounded (1 + |x|, x² + b, Φ + xφ near a zero of gelu′, x − tanh x), or
/// exponentials that magnify the rounding of their argument by |x|. Carrying each
/// step's rounding error in `lo` and rounding once in ``value`` keeps results within
/// about half an ulp with plain formulas. The steps are the classic error-free
/// transformations: Knuth's TwoSum, Dekker's Fast2Sum and the fused multiply-add for a
/// product's residual (Joldes, Muller & Popescu, "Tight and rigorous error bounds for
/// basic building blocks of double-word arithmetic", 2017). Callers keep operands
/// finite and away from overflow: the exact error of an infinite sum is NaN.
struct DoubleWord<T: ActivationFloat> {
    var hi: T
    var lo: T

    init(_ hi: T, _ lo: T = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// The pair rounded once to `T` (hi + lo is normalised, so this is hi + lo).
    var value: T { hi + lo }

    /// a + b exactly (TwoSum: no condition on the magnitudes).
    @inline(__always)
    static func sum(_ a: T, _ b: T) -> DoubleWord {
        let s = a + b
        let bPart = s - a
        return DoubleWord(s, (a - (s - bPart)) + (b - bPart))
    }

    /// a · b exactly (barring underflow): the FMA returns the product's rounding error.
    ///
    /// On x86-64 Swift's baseline has no FMA instruction and `addingProduct` is a call into
    /// libm (which uses the hardware FMA). Dekker's FMA-free product (Veltkamp's split,
    /// 17 flops) was tried: faster in a throughput loop, but 1.5× slower where the product
    /// sits on the critical path, as the remainder of a division does.
    @inline(__always)
    static func product(_ a: T, _ b: T) -> DoubleWord {
        let p = a * b
        return DoubleWord(p, (-p).addingProduct(a, b))
    }

    /// hi + lo renormalised (Fast2Sum, valid as |hi| ≥ |lo|).
    @inline(__always)
    static func normalized(_ hi: T, _ lo: T) -> DoubleWord {
        let s = hi + lo
        return DoubleWord(s, lo - (s - hi))
    }

    @inline(__always)
    static prefix func - (a: DoubleWord) -> DoubleWord { DoubleWord(-a.hi, -a.lo) }

    @inline(__always)
    static func + (a: DoubleWord, b: T) -> DoubleWord {
        let s = sum(a.hi, b)
        return normalized(s.hi, s.lo + a.lo)
    }

    /// The accurate sum: both words' errors are carried (two TwoSums), so cancelling
    /// operands keep their low parts.
    @inline(__always)
    static func + (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let s = sum(a.hi, b.hi)
        let t = sum(a.lo, b.lo)
        let u = normalized(s.hi, s.lo + t.hi)
        return normalized(u.hi, u.lo + t.lo)
    }

    @inline(__always)
    static func - (a: DoubleWord, b: DoubleWord) -> DoubleWord { a + (-b) }

    /// a·b; a power of two b (2, 4, ½ in the callers) scales both words exactly.
    ///
    /// Why the test: the general product needs the FMA, a libm call here; with b a literal
    /// the test is decided when the caller is compiled, so `e * 4` costs two multiplications.
    @inline(__always)
    static func * (a: DoubleWord, b: T) -> DoubleWord {
        if b.significandBitPattern == 0 && b.isNormal { return DoubleWord(a.hi * b, a.lo * b) }
        let p = product(a.hi, b)
        return normalized(p.hi, p.lo + a.lo * b)
    }

    @inline(__always)
    static func * (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let p = product(a.hi, b.hi)
        return normalized(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
    }

    /// a / b: the quotient of the high parts, corrected once by the exact remainder.
    ///
    /// With i = 1/b.hi rounded, q = a.hi·i is within 2.01·2^(−p) of a/b; the remainder
    /// a − q·b is formed exactly but for 5·2^(−2p)·|a| (a.hi − (q·b.hi).hi is exact by
    /// Sterbenz's lemma, the product's low part exact), and q + remainder·i is then
    /// within 8·2^(−2p) of a/b (2^(−103) for Double). One division where long division to
    /// three quotient digits took three, and Joldes, Muller & Popescu's DWDivDW2 two in a
    /// row (a division takes 13 to 20 cycles before its result can be used).
    @inline(__always)
    static func / (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let inverse = 1 / b.hi
        let q = a.hi * inverse
        let p = product(q, b.hi)
        let remainder = ((a.hi - p.hi) - p.lo) + (a.lo - q * b.lo)
        return normalized(q, remainder * inverse)
    }

    /// (a.hi + a.lo)/(b.hi + b.lo) rounded once to `T`, for |lo| ≤ 2^(−p+2)·|hi| in both
    /// words (p = 53 for Double): the quotient of the high parts, q, corrected by
    /// (ρ + a.lo − q·b.lo)/b.hi, where ρ = a.hi − q·b.hi is q's exact remainder (one FMA).
    ///
    /// Error bound: the correction is at most a few 2^(−p)·|q| and is computed within a few
    /// 2^(−p) of itself, and the terms it leaves out (second order in b.lo/b.hi) are below
    /// 2^(−2p+4)·|a/b|: the sum is within 2^(−2p+6) of a/b before its one rounding. A caller
    /// whose words are within ε_a and ε_b of the exact numerator and denominator is within
    /// ε_a + ε_b + 2^(−2p+6) of the exact quotient before that rounding.
    ///
    /// Why not ``/(_:_:)``: that returns a renormalised double-double, which a caller about
    /// to round does not need, and multiplies by a rounded reciprocal where this divides (the
    /// two divisions depend only on b.hi and run side by side): three fewer dependent steps.
    @inline(__always)
    static func quotient(_ a: DoubleWord, _ b: DoubleWord) -> T {
        quotientWord(a, b).value
    }

    /// ``quotient(_:_:)`` before its rounding: q and the correction, not renormalised
    /// (|lo| ≤ 2^(−p+2)·|q|), for callers that add the quotient to something else first.
    @inline(__always)
    static func quotientWord(_ a: DoubleWord, _ b: DoubleWord) -> DoubleWord {
        let inverse = 1 / b.hi
        let q = a.hi / b.hi
        let remainder = a.hi.addingProduct(-q, b.hi)  // exact: q is within an ulp of a.hi/b.hi
        return DoubleWord(q, (remainder + (a.lo - q * b.lo)) * inverse)
    }

    /// √(hi + lo) as s + c, s = √hi rounded and c = (hi − s² + lo)/(2s) from s's exact
    /// residual (one FMA), for hi > 0 finite; not renormalised (|c| ≤ 2^(−p)·s).
    ///
    /// Error bound: the residual is exact, its sum with lo and the division round within
    /// 2^(−p+1) of c, and the Newton step leaves (hi − s² + lo)²/(8s³) ≤ 2^(−2p)·s: within
    /// 2^(−2p+2) of the root. Why not ``squareRoot()``: that forms the residual as a
    /// double-double sum and renormalises twice, where the callers (ISRU, squareplus, the
    /// bent identity) only divide by the root or add it to one term.
    @inline(__always)
    func squareRootWord() -> DoubleWord {
        let s = hi.squareRoot()
        return DoubleWord(s, (hi.addingProduct(-s, s) + lo) / (2 * s))
    }

    /// The square hi² + 2·hi·lo with hi² exact, not renormalised (|lo| stays within
    /// 2^(−p+2)·|hi|, all that ``quotient(_:_:)`` needs).
    @inline(__always)
    func squared() -> DoubleWord {
        let p = DoubleWord.product(hi, hi)
        return DoubleWord(p.hi, p.lo + 2 * hi * lo)
    }

    /// √(hi + lo), one Newton step on the exact residual; √0 = 0 (not 0/0).
    @inline(__always)
    func squareRoot() -> DoubleWord {
        let s = hi.squareRoot()
        if s == 0 || !s.isFinite { return DoubleWord(s) }
        let residual = self + -DoubleWord.product(s, s)
        return DoubleWord.normalized(s, residual.hi / (2 * s))
    }

    /// 1/√(hi + lo): y = 1/√hi rounded, then one Newton step y·(1 + ρ/2) on the residual
    /// ρ = 1 − (hi + lo)·y², formed exactly but for a few 2^(−2p) (y² exact, 1 − (a·y²).hi
    /// exact by Sterbenz's lemma). y is within 2·2^(−p), so the step leaves 1.5·(2·2^(−p))²
    /// plus the residual's error: within 10·2^(−2p) (2^(−102) for Double).
    ///
    /// Why not 1 / squareRoot(): that is a square root and two divisions in a row, each
    /// 13 to 20 cycles before the next can start; this is one of each. NaN for negative
    /// arguments, ∞ for 0 (callers keep away from both).
    @inline(__always)
    func reciprocalSquareRoot() -> DoubleWord {
        let y = 1 / hi.squareRoot()
        if !y.isFinite || y == 0 { return DoubleWord(y) }
        let p = self * DoubleWord.product(y, y)
        let residual = (1 - p.hi) - p.lo
        return DoubleWord.normalized(y, y * residual * 0.5)
    }
}

extension DoubleWord where T == Double {
    /// a² exactly, for |a| ≤ 2^500 and a² not below 2^(−960): Dekker's product with
    /// Veltkamp's split of a into two 26-bit halves, whose products are exact.
    ///
    /// Why not ``product(_:_:)``: that is an FMA, a libm call on x86-64's baseline. Where a
    /// is the function's argument, the split's 10 flops run beside the rest of the work,
    /// off the critical path (see ``product(_:_:)`` for where they would be on it).
    @inline(__always)
    static func square(_ a: Double) -> DoubleWord {
        let c = a * 134_217_729  // 2^27 + 1
        let high = c - (c - a)
        let low = a - high
        let p = a * a
        return DoubleWord(p, ((high * high - p) + 2 * high * low) + low * low)
    }

    /// The value times 2^k, rounded to Double. Scaling the sum (not the parts) rounds once
    /// in the normal range; in the subnormal range it may add one subnormal unit.
    func scaled(by k: Int) -> Double {
        Exponential.scale(value, by: k)
    }
}

// A pair of Sendable numbers is Sendable; the gates keep Double constants in statics.
extension DoubleWord: Sendable where T: Sendable {}
