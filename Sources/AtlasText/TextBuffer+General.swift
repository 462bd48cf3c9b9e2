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
        // Byte by byte and without inserting: a literal String appended cost more than the
        // digits, and these numbers are most of a plot's read-out.
        switch general.notation {
        case .scientific:
            // d.ddde±XX: the point after the first digit.
            appendDigits(of: UInt(general.digits), pointAfter: 1)
            bytes.append(UInt8(ascii: "e"))
            bytes.append(leading < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            if leading.magnitude < 10 { append(ascii: "0") }
            appendDigits(of: leading.magnitude)
        case .positional where leading < 0:
            // 0.000ddd
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "."))
            for _ in 0..<(-leading - 1) { bytes.append(UInt8(ascii: "0")) }
            appendDigits(of: UInt(general.digits))
        case .positional:
            // ddd.ddd or ddd000: `leading + 1` digits before the point.
            let integerDigits = leading + 1
            let count = appendDigits(of: UInt(general.digits), pointAfter: integerDigits)
            for _ in 0..<max(0, integerDigits - count) { bytes.append(UInt8(ascii: "0")) }
        }
    }
}
