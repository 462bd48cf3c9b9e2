import Foundation

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
        guard value.isFinite else {
            guard !value.isNaN else { return FormattedNumber(isNegative: false, magnitude: .notANumber) }
            return FormattedNumber(isNegative: value < 0, magnitude: .finite(integer: "∞", fraction: "", exponent: nil))
        }
        if value == 0 { return FormattedNumber(isNegative: false, magnitude: .finite(integer: "0", fraction: "", exponent: nil)) }
        let digits = min(max(digits, 1), 17)
        // %g rounds correctly (glibc and Darwin print exact decimal expansions), so the
        // digits shown are the correctly rounded ones, not an artefact of our arithmetic.
        // Its text is C's own, split here once into the parts the page needs.
        let plain = String(format: "%.\(digits)g", value)
        let parts = plain.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]
        let point = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let exponent = parts.count == 2 ? Int(parts[1]) : nil
        return FormattedNumber(
            isNegative: parts[0].hasPrefix("-"),
            magnitude: .finite(integer: String(mantissa[..<point]), fraction: String(mantissa[point...]), exponent: exponent))
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
        guard value.isFinite else { return significant(value, digits: 1) }
        var text = String(format: "%.\(min(max(decimals, 0), 17))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text.replacingOccurrences(of: "-", with: "\u{2212}")
    }
}
