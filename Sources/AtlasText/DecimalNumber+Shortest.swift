extension DecimalNumber {
    /// The fewest significant digits that read back as `value` in its own type, without
    /// trailing zeros: 0.1 is `1 × 10⁻¹`, `Float(0.1)` too (not the Double's digits).
    /// Nil when `value` is NaN or infinite; −0 is a negative zero.
    ///
    /// The digits are Swift's `description`, which prints the shortest round-trip digits
    /// (and the closest such decimal) without Foundation or the locale; only its layout
    /// (`1e-05`, `100.0`) is read apart here.
    ///
    /// ```swift
    /// DecimalNumber(shortest: 1e-5)          // 1 × 10⁻⁵
    /// DecimalNumber(shortest: 123.456)       // 123456 × 10⁻³
    /// ```
    public init?<Value: BinaryFloatingPoint & LosslessStringConvertible>(shortest value: Value) {
        guard let (number, _) = Self.shortestWithNotation(value) else { return nil }
        self = number
    }

    /// The shortest digits and the notation `description` chose for them: positional
    /// from 10⁻⁴ up to 2⁵³ for a Double (2²⁴ for a Float), scientific beyond.
    static func shortestWithNotation<Value: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Value
    ) -> (DecimalNumber, Notation)? {
        guard value.isFinite else { return nil }
        // "-1.2345e-05", "100.0", "0.0001", "5e-324": sign, digits with a point, exponent.
        // One pass: leading zeros are skipped (but counted after the point).
        var text = value.description
        var fractionDigits = 0, written = 0
        var inFraction = false, scientific = false, exponentIsNegative = false
        let digits = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if scientific {
                            written = written * 10 + Int(byte - UInt8(ascii: "0"))
                        } else {
                            if inFraction { fractionDigits += 1 }
                            if count > 0 || byte != UInt8(ascii: "0") {
                                buffer[count] = byte
                                count += 1
                            }
                        }
                    case UInt8(ascii: "."): inFraction = true
                    case UInt8(ascii: "e"), UInt8(ascii: "E"): scientific = true
                    case UInt8(ascii: "-"): exponentIsNegative = scientific
                    default: break  // the exponent's "+"; the number's sign is read from `value`
                    }
                }
                return count
            }
        }
        let exponent = (exponentIsNegative ? -written : written) - fractionDigits
        var number = DecimalNumber(isNegative: value.sign == .minus, digits: digits.isEmpty ? "0" : digits, exponent: exponent)
        number.trim()
        return (number, scientific ? .scientific : .positional)
    }
}

extension DecimalParts {
    /// The shortest round-trip digits of `value` (``DecimalNumber/init(shortest:)``),
    /// laid out as Swift's `description` lays them out: positional from 10⁻⁴ up to 2⁵³
    /// (2²⁴ for a Float), else scientific; no trailing zeros and no bare point. Nil when
    /// `value` is NaN or infinite.
    ///
    /// ```swift
    /// DecimalParts(shortest: 1e-5)?.text()      // "1e-5"
    /// DecimalParts(shortest: 100.0)?.text()     // "100"
    /// ```
    public init?<Value: BinaryFloatingPoint & LosslessStringConvertible>(shortest value: Value) {
        guard let (number, notation) = DecimalNumber.shortestWithNotation(value) else { return nil }
        self = number.parts(notation)
    }
}

/// The shortest decimal that reads back as the same `value` in its own type, in the
/// house's compact form: `0.2`, `2`, `-0.5`, `1e-5`, `1.5e16`, `5e-324`, `-0`, and
/// `inf`, `-inf`, `nan` (NaN of either sign).
///
/// These are Swift's `description` digits, without the trailing `.0`, the exponent's
/// `+` and its leading zeros (`1e-05` → `1e-5`), so that references read
/// `leaky_relu(negative_slope=2)` rather than `…=2.0`; see ``DecimalParts/init(shortest:)``.
///
/// ```swift
/// shortestDecimal(0.1)          // "0.1"
/// shortestDecimal(Float(0.1))   // "0.1" (the Float nearest 0.1, not the Double)
/// shortestDecimal(-2.0)         // "-2"
/// ```
public func shortestDecimal<Value: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Value) -> String {
    if value.isNaN { return "nan" }
    guard let (number, notation) = DecimalNumber.shortestWithNotation(value) else { return value < 0 ? "-inf" : "inf" }
    return number.text(notation)
}
