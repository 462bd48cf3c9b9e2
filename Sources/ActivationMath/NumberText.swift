/// Text forms of parameter values: the shortest decimal that reads back as the same
/// `Double`, for references, and the same number as TeX, for formulas.
enum NumberText {
    /// The shortest round-trip decimal: `0.2`, `2`, `-0.5`, `1e-5`, `1.5e16`; see
    /// `shortestDecimal(_:)`.
    static func shortest(_ value: Double) -> String {
        shortestDecimal(value)
    }

    /// The number as TeX: `0.2`, `-0.5`, `1.5 \times 10^{-5}`, `10^{-5}`.
    static func tex(_ value: Double) -> String {
        let text = shortest(value)
        guard let e = text.firstIndex(of: "e") else { return text }
        let mantissa = text[..<e]
        let exponent = text[text.index(after: e)...]
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

/// The shortest decimal that reads back as the same `value` in its own type: `0.2`, `2`,
/// `-0.5`, `1e-5`, `5e-324`, and `inf`, `-inf`, `nan` (NaN of either sign).
///
/// Swift's `description` already prints the shortest digits that round-trip; this drops a
/// trailing `.0` and the exponent's `+` and leading zeros (`1e-05` → `1e-5`), so that
/// references read `leaky_relu(negative_slope=2)` rather than `…=2.0`.
///
/// ```swift
/// shortestDecimal(0.1)          // "0.1"
/// shortestDecimal(Float(0.1))   // "0.1" (the Float nearest 0.1, not the Double)
/// shortestDecimal(-2.0)         // "-2"
/// ```
public func shortestDecimal<T: BinaryFloatingPoint & LosslessStringConvertible>(_ value: T) -> String {
    if value.isNaN { return "nan" }
    func dropPointZero(_ text: some StringProtocol) -> String {
        text.hasSuffix(".0") ? String(text.dropLast(2)) : String(text)
    }
    let text = value.description
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return dropPointZero(text) }
    var exponent = text[text.index(after: e)...]
    var negative = false
    if let sign = exponent.first, sign == "+" || sign == "-" {
        negative = sign == "-"
        exponent = exponent.dropFirst()
    }
    let digits = exponent.drop(while: { $0 == "0" })
    return "\(dropPointZero(text[..<e]))e\(negative ? "-" : "")\(digits.isEmpty ? "0" : String(digits))"
}
