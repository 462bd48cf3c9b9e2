/// A number as `NumberText` writes it for a reader, kept in its parts, so that what lays
/// it out (`DecimalColumn` lines up decimal points) never reads the text back.
///
/// `−4.53979 × 10⁻⁵` is `isNegative`, `integer` "4", `fraction` ".53979", `exponent` −5;
/// `∞` is the integer "∞"; NaN has no parts and reads `NaN`.
struct FormattedNumber: Sendable, Hashable {
    /// Digits (or `∞`) as written: the sign and the point are not part of them.
    enum Magnitude: Sendable, Hashable {
        /// `integer` is ASCII digits or `∞`; `fraction` is empty or a point and digits;
        /// `exponent`, for scientific notation, is the power of ten.
        case finite(integer: String, fraction: String, exponent: Int?)
        case notANumber
    }

    var isNegative: Bool
    var magnitude: Magnitude

    /// `−`, the true minus sign (U+2212), when negative.
    var sign: String { isNegative ? "\u{2212}" : "" }

    /// The exponent in superscript digits, `⁻⁵`; empty without one.
    var superscriptExponent: String {
        guard case .finite(_, _, let exponent?) = magnitude else { return "" }
        let digits = String(abs(exponent)).compactMap { $0.wholeNumberValue.map { NumberText.superscriptDigits[$0] } }
        return (exponent < 0 ? String(NumberText.superscriptMinus) : "") + String(digits)
    }

    /// The text a reader sees: `−4.53979 × 10⁻⁵`, `0.25`, `−∞`, `NaN`.
    var text: String {
        switch magnitude {
        case .notANumber:
            return "NaN"
        case .finite(let integer, let fraction, let exponent):
            let mantissa = sign + integer + fraction
            return exponent == nil ? mantissa : mantissa + NumberText.timesTen + superscriptExponent
        }
    }
}
