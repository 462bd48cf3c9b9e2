import AtlasText

/// Numbers as a reader sees them on a page: true minus sign (U+2212), significant
/// digits, and scientific notation written `4.53979 × 10⁻⁵` rather than `4.53979e-05`.
enum NumberText {
    /// `value` to `digits` significant digits, trailing zeros dropped.
    ///
    /// Positional for decimal exponents from −4 to `digits − 1` (C's `%g` rule), else
    /// scientific. `−0` prints as `0`; non-finite values print `∞`, `−∞`, `NaN`.
    static func significant(_ value: Double, digits: Int) -> String {
        significantParts(value, digits: digits).text
    }

    /// ``significant(_:digits:)`` in parts, for a column that lines them up.
    static func significantParts(_ value: Double, digits: Int) -> FormattedNumber {
        guard value.isFinite else { return value.isNaN ? .notANumber : .infinite(isNegative: value < 0) }
        // −0 reads 0: a reader has no use for the sign of a zero.
        guard value != 0, let parts = DecimalParts(value, significantDigits: min(max(digits, 1), 17)) else {
            return .finite(DecimalParts(isNegative: false, integer: "0", fraction: ""))
        }
        // C's %g rule, correctly rounded (AtlasText), in the parts the page needs.
        return .finite(parts)
    }

    /// What stands between the mantissa and the superscript exponent of a scientific
    /// number: ` × 10`, with plain spaces (cells never wrap).
    static let timesTen = " × 10"

    /// The superscript digits `⁰` … `⁹`, indexed by value.
    static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The superscript minus of negative exponents.
    static let superscriptMinus: Character = "⁻"

    /// An x value as the author wrote it: up to 15 significant digits, so that
    /// `-2 2 step 0.1` shows −1.7, not −1.7000000000000002.
    static func argument(_ value: Double) -> String {
        significant(value, digits: 15)
    }

    /// ``argument(_:)`` in parts.
    static func argumentParts(_ value: Double) -> FormattedNumber {
        significantParts(value, digits: 15)
    }
}

extension NumberText {
    /// `value` with at most `decimals` digits after the point, trailing zeros dropped, a
    /// true minus, and no `−0`: `fixed(-1.1949, decimals: 2)` is `−1.19`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard let rounded = DecimalNumber(value, decimals: min(max(decimals, 0), 17)) else { return significant(value, digits: 1) }
        var parts = rounded.trimmed().parts(.positional)
        if rounded.isZero { parts.isNegative = false }
        return parts.text(minus: "\u{2212}")
    }
}
