extension SmoothShapes {
    /// An unevaluated sum `hi + lo` with |lo| ≤ ½ ulp(hi): about twice `T`'s precision.
    ///
    /// Why: several shapes need a quotient or square root of a sum that is itself rounded
    /// (1 + |x|, 1 + x², x² + b). Carrying the rounding error of each step in `lo` and
    /// rounding only in ``value`` leaves about half an ulp. The error-free steps are
    /// Knuth's TwoSum and the fused multiply-add product; see Joldes, Muller & Popescu,
    /// "Tight and rigorous error bounds for basic building blocks of double-word
    /// arithmetic" (2017). Callers keep operands finite and away from overflow: the exact
    /// error of an infinite sum or product is NaN.
    struct DoubleWord<T: ActivationFloat> {
        var hi: T
        var lo: T

        init(_ hi: T, _ lo: T = 0) {
            self.hi = hi
            self.lo = lo
        }

        /// The pair rounded once to `T`.
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

        static func + (a: DoubleWord, b: DoubleWord) -> DoubleWord {
            let s = sum(a.hi, b.hi)
            return normalized(s.hi, s.lo + (a.lo + b.lo))
        }

        static func * (a: DoubleWord, b: T) -> DoubleWord {
            let p = product(a.hi, b)
            return normalized(p.hi, p.lo + a.lo * b)
        }

        static func * (a: DoubleWord, b: DoubleWord) -> DoubleWord {
            let p = product(a.hi, b.hi)
            return normalized(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
        }

        /// a / b: the quotient of the high words, corrected by the exact remainder.
        static func / (a: DoubleWord, b: DoubleWord) -> DoubleWord {
            let q = a.hi / b.hi
            let remainder = a + -(b * q)
            return normalized(q, remainder.hi / b.hi)
        }

        /// √(hi + lo), one Newton step on the exact residual; √0 = 0 (not 0/0).
        func squareRoot() -> DoubleWord {
            let s = hi.squareRoot()
            if s == 0 || !s.isFinite { return DoubleWord(s) }
            let residual = self + -DoubleWord.product(s, s)
            return DoubleWord.normalized(s, residual.hi / (2 * s))
        }
    }
}
