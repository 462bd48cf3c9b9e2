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
    static func sum(_ a: T, _ b: T) -> DoubleWord {
        let s = a + b
        let bPart = s - a
        return DoubleWord(s, (a - (s - bPart)) + (b - bPart))
    }

    /// a · b exactly (barring underflow): the FMA returns the product's rounding error.
    static func product(_ a: T, _ b: T) -> DoubleWord {
        let p = a * b
        return DoubleWord(p, (-p).addingProduct(a, b))
    }

    /// hi + lo renormalised (Fast2Sum, valid as |hi| ≥ |lo|).
    private static func normalized(_ hi: T, _ lo: T) -> DoubleWord {
        let s = hi + lo
        return DoubleWord(s, lo - (s - hi))
    }

    static prefix func - (a: DoubleWord) -> DoubleWord { DoubleWord(-a.hi, -a.lo) }

    static func + (a: DoubleWord, b: T) -> DoubleWord {
        let s = sum(a.hi, b)
        return normalized(s.hi, s.lo + a.lo)
    }

    /// The accurate sum: both words' errors are carried (two TwoSums), so cancelling
    /// operands keep their low parts.
    static func + (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let s = sum(a.hi, b.hi)
        let t = sum(a.lo, b.lo)
        let u = normalized(s.hi, s.lo + t.hi)
        return normalized(u.hi, u.lo + t.lo)
    }

    static func - (a: DoubleWord, b: DoubleWord) -> DoubleWord { a + (-b) }

    static func * (a: DoubleWord, b: T) -> DoubleWord {
        let p = product(a.hi, b)
        return normalized(p.hi, p.lo + a.lo * b)
    }

    static func * (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let p = product(a.hi, b.hi)
        return normalized(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
    }

    /// a / b by long division: three quotient digits, each from the exact remainder.
    static func / (a: DoubleWord, b: DoubleWord) -> DoubleWord {
        let q1 = a.hi / b.hi
        let r1 = a - b * DoubleWord(q1)
        let q2 = r1.hi / b.hi
        let r2 = r1 - b * DoubleWord(q2)
        let q3 = r2.hi / b.hi
        return normalized(q1, q2) + DoubleWord(q3)
    }

    /// √(hi + lo), one Newton step on the exact residual; √0 = 0 (not 0/0).
    func squareRoot() -> DoubleWord {
        let s = hi.squareRoot()
        if s == 0 || !s.isFinite { return DoubleWord(s) }
        let residual = self + -DoubleWord.product(s, s)
        return DoubleWord.normalized(s, residual.hi / (2 * s))
    }
}

extension DoubleWord where T == Double {
    /// The value times 2^k, rounded to Double. Scaling the sum (not the parts) rounds once
    /// in the normal range; in the subnormal range it may add one subnormal unit.
    func scaled(by k: Int) -> Double {
        let v = value
        if k < -2200 || v == 0 { return 0 * v }
        return Double(sign: .plus, exponent: k, significand: v)
    }
}

// A pair of Sendable numbers is Sendable; the gates keep Double constants in statics.
extension DoubleWord: Sendable where T: Sendable {}
