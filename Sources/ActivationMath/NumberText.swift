import AtlasText

/// Text forms of parameter values: the shortest decimal that reads back as the same
/// `Double`, for references, and the same number as TeX, for formulas. The digits and
/// their layout are AtlasText's; only the TeX spelling is decided here.
enum NumberText {
    /// The shortest round-trip decimal: `0.2`, `2`, `-0.5`, `1e-5`, `1.5e16`; see
    /// AtlasText's `shortestDecimal(_:)`.
    static func shortest(_ value: Double) -> String {
        shortestDecimal(value)
    }

    /// The number as TeX: `0.2`, `-0.5`, `1.5 \times 10^{-5}`, `10^{-5}`; non-finite
    /// values as ``shortest(_:)`` writes them.
    static func tex(_ value: Double) -> String {
        guard var parts = DecimalParts(shortest: value), let exponent = parts.exponent else { return shortest(value) }
        parts.exponent = nil
        let mantissa = parts.text()
        switch mantissa {
        case "1": return "10^{\(exponent)}"
        case "-1": return "-10^{\(exponent)}"
        default: return "\(mantissa) \\times 10^{\(exponent)}"
        }
    }

    /// `coefficient · term` as TeX, leaving out a coefficient of 1 and writing a thin space
    /// before any term longer than a single letter: `0.2x`, `-x`, `0.5\,(e^{x} - 1)`.
    static func tex(_ coefficient: Double, times term: String) -> String {
        if coefficient == 1 { return term }
        if coefficient == -1 { return "-\(term)" }
        if coefficient == 0 { return "0" }
        let number = tex(coefficient)
        let separator = term.count == 1 && !number.contains("\\times") ? "" : "\\,"
        return "\(number)\(separator)\(term)"
    }
}
