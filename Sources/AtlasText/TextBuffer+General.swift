extension TextBuffer {
    /// Appends `value` as C's `printf("%.*g", significantDigits, value)` writes it:
    /// `0.002473`, `4.54e-05`, `-2`, `1e+06`; `null` when not finite (the JSON writer's
    /// rule). The same text as ``DecimalNumber/text(_:minus:exponentStyle:)`` of
    /// ``DecimalParts/init(_:significantDigits:)``'s number, with `.printf` exponents.
    ///
    /// Why a writer of its own: a plot's read-out holds about 1,500 such numbers, and a
    /// course of 1,000 lessons over two million. Where ``ScaledRounding`` gives the digits
    /// (nearly always), they are laid out here straight from the integer, with no digit
    /// string, no trimmed copy and no layout value in between; anything else (zero, 15
    /// or more digits, extreme magnitudes) goes the general way. `TextBufferTests` holds
    /// both to C's `snprintf`.
    public mutating func appendGeneral(_ value: Double, significantDigits: Int) {
        let precision = max(significantDigits, 1)
        guard value.isFinite else {
            append("null")
            return
        }
        guard let general = GeneralDigits(value, precision: precision) else {
            if let (number, notation) = DecimalNumber.general(value, significantDigits: precision) {
                append(number, notation, exponentStyle: .printf)
            }
            return
        }
        if value.sign == .minus { append(ascii: "-") }
        let leading = general.leading
        switch general.notation {
        case .scientific:
            // d.ddde±XX: the digits, then the point put in after the first.
            let start = bytes.count
            appendDigits(of: UInt(general.digits))
            if bytes.count - start > 1 { bytes.insert(UInt8(ascii: "."), at: start + 1) }
            append(leading < 0 ? "e-" : "e+")
            if leading.magnitude < 10 { append(ascii: "0") }
            appendDigits(of: leading.magnitude)
        case .positional where leading < 0:
            // 0.000ddd
            append("0.")
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -leading - 1))
            appendDigits(of: UInt(general.digits))
        case .positional:
            // ddd.ddd or ddd000: `leading + 1` digits before the point.
            let start = bytes.count
            appendDigits(of: UInt(general.digits))
            let count = bytes.count - start, integerDigits = leading + 1
            if integerDigits > count {
                bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: integerDigits - count))
            } else if integerDigits < count {
                bytes.insert(UInt8(ascii: "."), at: start + integerDigits)
            }
        }
    }
}
