extension DecimalNumber {
    /// The most significant digits written; every Double is exact within them.
    public static let maximumDigits = 800
    /// The most places after the point written; every Double is exact within them.
    public static let maximumDecimals = 1_100

    /// `value` correctly rounded to `significantDigits` digits (at least 1): the digits
    /// of C's `%.*e`, trailing zeros kept. Nil when `value` is NaN or infinite.
    ///
    /// The digits come from the exact decimal expansion of the binary value
    /// (``ExactDecimal``; most values take ``ScaledRounding``'s exact shortcut), cut with
    /// round-half-to-even, so that `0.15` (really
    /// 0.1499999999999999944…) gives `0.1` and the true tie `0.125` gives `0.12`, as
    /// glibc's and Darwin's `printf` do. Rounding up may carry into a new leading digit:
    /// 9.96 to two digits is `10 × 10⁰`, still two digits. Zero gives `0…0` (as many
    /// digits as asked) at exponent `1 − significantDigits`, so that it reads `0.00`.
    ///
    /// ```swift
    /// DecimalNumber(4.5397868702434395e-05, significantDigits: 3)   // 454 × 10⁻⁷
    /// DecimalNumber(-0.0, significantDigits: 2)                      // −00 × 10⁻¹, isZero
    /// ```
    ///
    /// `significantDigits` is clamped to 1…``maximumDigits`` and `decimals` (below) to
    /// 0…``maximumDecimals``: a Double has at most 767 significant digits and none past
    /// the 1,074th place, so a larger request could only add zeros, and an absurd one
    /// (`Int.max`) must neither overflow nor allocate without bound.
    public init?(_ value: Double, significantDigits: Int) {
        guard value.isFinite else { return nil }
        let count = min(max(significantDigits, 1), Self.maximumDigits)
        guard value != 0 else {
            // Zero has no first digit to count from: C writes it as 0 to the same precision.
            let zeros = String(repeating: "0", count: count)
            self.init(isNegative: value.sign == .minus, digits: zeros, exponent: 1 - count)
            return
        }
        self = Self.scaled(value, significantDigits: count) ?? Self.exact(value, significantDigits: count)
    }

    /// ``init(_:significantDigits:)`` by ``ScaledRounding``, when it can decide;
    /// `value` is finite and not zero, `count` within 1…``maximumDigits``.
    static func scaled(_ value: Double, significantDigits count: Int) -> DecimalNumber? {
        ScaledRounding.significant(value.magnitude, count: count).map {
            DecimalNumber(isNegative: value.sign == .minus, significand: $0.digits, exponent: $0.exponent)
        }
    }

    /// ``init(_:significantDigits:)`` by ``ExactDecimal``, for every value.
    static func exact(_ value: Double, significantDigits count: Int) -> DecimalNumber {
        var (digits, exponent) = ExactDecimal.rounded(value) { _, _ in count }
        if digits.utf8.count > count {
            // The carry made 99.96 into 100.0: the last digit is a zero; one place up.
            digits = Self.prefix(digits, count)
            exponent += 1
        }
        return DecimalNumber(isNegative: value.sign == .minus, digits: digits, exponent: exponent)
    }

    /// `value` correctly rounded to `decimals` places after the point (at least 0): the
    /// digits of C's `%.*f`, trailing zeros kept. Nil when `value` is NaN or infinite.
    ///
    /// Rounding is exact and half-to-even, as in ``init(_:significantDigits:)``:
    /// `2.675` (really 2.67499999…) to two places is `2.67`; `0.5` to none is `0`.
    /// A value that rounds to zero keeps its sign, as C does (`%.1f` of −0.01 is `-0.0`).
    ///
    /// ```swift
    /// DecimalNumber(-1.1949, decimals: 2)?.parts(.positional).text()   // "-1.19"
    /// DecimalNumber(0.001, decimals: 2)?.parts(.positional).text()      // "0.00"
    /// ```
    public init?(_ value: Double, decimals: Int) {
        guard value.isFinite else { return nil }
        let places = min(max(decimals, 0), Self.maximumDecimals)
        guard value != 0 else {
            self.init(isNegative: value.sign == .minus, digits: String(repeating: "0", count: max(places, 1)), exponent: -places)
            return
        }
        self = Self.scaled(value, decimals: places) ?? Self.exact(value, decimals: places)
    }

    /// ``init(_:decimals:)`` by ``ScaledRounding``, when it can decide; `value` is
    /// finite and not zero, `places` within 0…``maximumDecimals``.
    static func scaled(_ value: Double, decimals places: Int) -> DecimalNumber? {
        ScaledRounding.rounded(value.magnitude, scale: places).map {
            DecimalNumber(isNegative: value.sign == .minus, significand: $0, exponent: -places)
        }
    }

    /// ``init(_:decimals:)`` by ``ExactDecimal``, for every value.
    static func exact(_ value: Double, decimals places: Int) -> DecimalNumber {
        // Keep the digits down to the place of 10^−places; the last one kept is there.
        let (digits, exponent) = ExactDecimal.rounded(value) { digitCount, scale in digitCount - scale + places }
        return DecimalNumber(isNegative: value.sign == .minus, digits: digits.isEmpty ? "0" : digits, exponent: exponent)
    }
}
