import AtlasText

/// A number as `NumberText` writes it for a reader, kept in its parts, so that what lays
/// it out (`DecimalColumn` lines up decimal points) never reads the text back.
///
/// A finite number is AtlasText's ``DecimalParts`` (sign, digits, exponent), with the
/// page's habits on top: a true minus, `× 10⁻⁵` for the exponent. `−4.53979 × 10⁻⁵` is
/// `.finite` with integer "4", fraction "53979", exponent −5; ±∞ and NaN, which
/// DecimalParts does not hold, have their own cases.
enum FormattedNumber: Sendable, Hashable {
    case finite(DecimalParts)
    case infinite(isNegative: Bool)
    case notANumber

    var isNegative: Bool {
        switch self {
        case .finite(let parts): parts.isNegative
        case .infinite(let isNegative): isNegative
        case .notANumber: false
        }
    }

    /// `−`, the true minus sign (U+2212), when negative.
    var sign: String { isNegative ? "\u{2212}" : "" }

    /// What stands where a units digit would: the integer digits, or `∞`; nil for NaN.
    var integer: String? {
        switch self {
        case .finite(let parts): parts.integer
        case .infinite: "∞"
        case .notANumber: nil
        }
    }

    /// Empty, or the point and the fraction digits: `.53979`.
    var fraction: String {
        guard case .finite(let parts) = self, !parts.fraction.isEmpty else { return "" }
        return "." + parts.fraction
    }

    /// The exponent in superscript digits, `⁻⁵`; empty without one.
    var superscriptExponent: String {
        guard case .finite(let parts) = self, let exponent = parts.exponent else { return "" }
        let digits = String(abs(exponent)).compactMap { $0.wholeNumberValue.map { NumberText.superscriptDigits[$0] } }
        return (exponent < 0 ? String(NumberText.superscriptMinus) : "") + String(digits)
    }

    /// The text a reader sees: `−4.53979 × 10⁻⁵`, `0.25`, `−∞`, `NaN`.
    var text: String { text(timesTen: NumberText.timesTen) }

    /// ``text`` with `timesTen` between the mantissa and the exponent: prose writes it
    /// with spaces that do not break.
    func text(timesTen: String) -> String {
        guard let integer else { return "NaN" }
        let mantissa = sign + integer + fraction
        return superscriptExponent.isEmpty ? mantissa : mantissa + timesTen + superscriptExponent
    }
}
