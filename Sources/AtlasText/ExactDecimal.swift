/// Correct rounding of a finite `Double` to a number of leading decimal digits, from the
/// exact decimal expansion of its binary value.
///
/// A binary floating-point number is `m × 2^e` with integer `m`, and each such number
/// has a finite decimal expansion: for `e ≥ 0` it is the integer `m × 2^e`; for `e < 0`
/// it is `m × 5^(−e) / 10^(−e)`, since `2^(−k) = 5^k / 10^k`. The product is computed
/// exactly in base 10⁹ with machine words, and then cut, half to even, by looking at the
/// digits themselves: no floating-point arithmetic touches them, so the result is the
/// correctly rounded one. This is how glibc's `printf` works too, which is why the tests
/// can demand its output digit for digit.
///
/// Sizes: the largest Double has 309 integer digits; the smallest subnormal,
/// 4.94… × 10⁻³²⁴, has 751 significant digits after 323 zeros. A number near 1 has
/// about 50 significant digits and takes a handful of word multiplications; only the
/// words holding the digits kept are written out as digits.
enum ExactDecimal {
    /// The first `keep(digitCount, scale)` digits of `|value|`, rounded half to even, and
    /// the power of ten of the last one; `value` is finite and not zero.
    ///
    /// `|value|` is `D × 10^(−scale)` for an integer `D` of `digitCount` digits; `keep`
    /// says how many of them to keep (significant digits: a constant; decimals: counted
    /// from the point). More than there are: zeros follow, exactly. None or fewer: zero
    /// (no digits) or a carried `1`. A carry past the first digit adds one: `999` kept to
    /// two digits is `100`, at the same exponent.
    ///
    /// ```swift
    /// ExactDecimal.rounded(0.125) { _, _ in 2 }   // ("12", −2): a true tie, to even
    /// ExactDecimal.rounded(0.15) { _, _ in 1 }    // ("1", −1): 0.1499999999999999944…
    /// ```
    static func rounded(_ value: Double, keeping keep: (_ digitCount: Int, _ scale: Int) -> Int) -> (digits: String, exponent: Int) {
        // value = m × 2^e: subnormals have no hidden bit and the smallest exponent.
        let bits = value.exponentBitPattern
        var m = value.significandBitPattern | (bits == 0 ? 0 : 1 << 52)
        var e = (bits == 0 ? 1 : Int(bits)) - 1075
        // Trailing zero bits only lengthen the work (0.5 is 1 × 2⁻¹, not 2⁵² × 2⁻⁵³).
        let zeros = m.trailingZeroBitCount
        m >>= zeros
        e += zeros
        // The words live on the stack: the only allocation is the result's, if it is
        // longer than 15 digits.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: BaseBillion.capacity) { buffer in
            var number = BaseBillion(m, in: buffer)
            if e >= 0 {
                number.multiply(byPowerOf: 2, exponent: e, step: 31)
            } else {
                number.multiply(byPowerOf: 5, exponent: -e, step: 13)
            }
            let scale = max(-e, 0)
            let count = keep(number.digitCount, scale)
            return (number.rounded(keeping: count), number.digitCount - count - scale)
        }
    }
}

/// A non-negative integer in base 10⁹, most significant word last, in a buffer of
/// ``capacity`` words.
///
/// Why 10⁹: a word below 10⁹ < 2³⁰ times a factor below 2³² plus a carry stays below
/// 2⁶⁴, and each word prints as exactly nine digits.
private struct BaseBillion {
    static let base: UInt64 = 1_000_000_000
    /// Enough for any Double: the longest product, 2⁵³ × 5¹⁰⁷⁴, has 767 digits (86 words).
    static let capacity = 88
    let words: UnsafeMutableBufferPointer<UInt32>
    var count = 0

    init(_ value: UInt64, in buffer: UnsafeMutableBufferPointer<UInt32>) {
        words = buffer
        var rest = value
        repeat {
            words[count] = UInt32(rest % Self.base)
            count += 1
            rest /= Self.base
        } while rest > 0
    }

    /// Multiplies by `radix^exponent`, `step` powers at a time (`radix^step` < 2³²).
    mutating func multiply(byPowerOf radix: UInt64, exponent: Int, step: Int) {
        var factor: UInt64 = 1
        for _ in 0..<step { factor *= radix }
        var remaining = exponent
        while remaining >= step {
            multiply(by: factor)
            remaining -= step
        }
        if remaining > 0 {
            var last: UInt64 = 1
            for _ in 0..<remaining { last *= radix }
            multiply(by: last)
        }
    }

    /// Multiplies by `factor` (below 2³²).
    mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for index in 0..<count {
            let product = UInt64(words[index]) * factor + carry
            words[index] = UInt32(product % Self.base)
            carry = product / Self.base
        }
        while carry > 0 {
            // Cannot pass `capacity`: see there.
            words[count] = UInt32(carry % Self.base)
            count += 1
            carry /= Self.base
        }
    }

    /// Digits in the top word (1…9).
    var topWidth: Int {
        var width = 1
        var top = words[count - 1] / 10
        while top > 0 {
            width += 1
            top /= 10
        }
        return width
    }

    /// Digits of the whole number.
    var digitCount: Int { topWidth + 9 * (count - 1) }

    /// The first `keep` digits rounded half to even, as ASCII; see
    /// ``ExactDecimal/rounded(_:keeping:)``.
    func rounded(keeping keep: Int) -> String {
        let total = digitCount
        guard keep < total else {
            // Exact: every digit, then zeros.
            return String(unsafeUninitializedCapacity: keep) { out in
                var written = write(into: out, atLeast: total)
                while written < keep {
                    out[written] = UInt8(ascii: "0")
                    written += 1
                }
                return keep
            }
        }
        // A cut above the first digit's place by more than one: below half a unit.
        guard keep >= 0 else { return "" }
        // The kept digits, the next one and whether anything non-zero follows it.
        let scratchCount = keep + 10
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchCount + 1) { scratch in
            // One spare place in front, for a carry out of the first digit.
            let digits = UnsafeMutableBufferPointer(rebasing: scratch[1...])
            let written = write(into: digits, atLeast: keep + 1)
            var sticky = false
            for index in (keep + 1)..<written where digits[index] != UInt8(ascii: "0") { sticky = true }
            if !sticky { sticky = lowerWordsAreNonZero(afterDigits: written) }
            let next = digits[keep]
            let roundsUp: Bool
            if next != UInt8(ascii: "5") {
                roundsUp = next > UInt8(ascii: "5")
            } else if sticky {
                roundsUp = true  // above the half
            } else {
                // Exactly half: to the even neighbour; no digit kept is 0, which is even.
                roundsUp = keep > 0 && digits[keep - 1] & 1 == 1
            }
            var first = 1
            if roundsUp {
                var index = keep - 1
                while index >= 0, digits[index] == UInt8(ascii: "9") {
                    digits[index] = UInt8(ascii: "0")
                    index -= 1
                }
                if index >= 0 {
                    digits[index] += 1
                } else {
                    scratch[0] = UInt8(ascii: "1")
                    first = 0
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: scratch[first..<(keep + 1)]), as: UTF8.self)
        }
    }

    /// Writes whole words, from the top, as ASCII digits until at least `minimum` digits
    /// (or all) are written; returns how many were.
    private func write(into out: UnsafeMutableBufferPointer<UInt8>, atLeast minimum: Int) -> Int {
        var written = 0
        var index = count - 1
        while index >= 0, written < minimum {
            let width = index == count - 1 ? topWidth : 9
            var rest = words[index]
            for place in stride(from: written + width - 1, through: written, by: -1) {
                out[place] = UInt8(truncatingIfNeeded: rest % 10) + UInt8(ascii: "0")
                rest /= 10
            }
            written += width
            index -= 1
        }
        return written
    }

    /// Whether a word below those holding the first `digits` digits is non-zero.
    private func lowerWordsAreNonZero(afterDigits digits: Int) -> Bool {
        let wordsWritten = 1 + (digits - topWidth) / 9
        return words[0..<(count - wordsWritten)].contains { $0 != 0 }
    }
}
