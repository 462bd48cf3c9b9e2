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
        guard value != 0, var (digits, exponent) = ScaledRounding.significant(value.magnitude, count: precision) else {
            if let (number, notation) = DecimalNumber.general(value, significantDigits: precision) {
                append(number, notation, exponentStyle: .printf)
            }
            return
        }
        let leading = exponent + precision - 1  // the first digit's place, after rounding
        while digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        if value.sign == .minus { append(ascii: "-") }
        var text: InlineArray<20, UInt8> = .init(repeating: 0)
        var count = 0
        var rest = digits
        repeat {
            text[19 - count] = UInt8(truncatingIfNeeded: rest % 10) + UInt8(ascii: "0")
            rest /= 10
            count += 1
        } while rest > 0
        let first = 20 - count
        if leading < -4 || leading >= precision {
            // d.ddde±XX
            append(byte: text[first])
            if count > 1 {
                append(byte: UInt8(ascii: "."))
                for index in (first + 1)..<20 { append(byte: text[index]) }
            }
            append(leading < 0 ? "e-" : "e+")
            if leading.magnitude < 10 { append(byte: UInt8(ascii: "0")) }
            appendDigits(of: leading.magnitude)
        } else if leading < 0 {
            // 0.000ddd
            append("0.")
            for _ in 0..<(-leading - 1) { append(byte: UInt8(ascii: "0")) }
            for index in first..<20 { append(byte: text[index]) }
        } else {
            // ddd.ddd or ddd000: `leading + 1` integer digits, some of them zeros.
            let integerDigits = leading + 1
            for index in first..<min(first + integerDigits, 20) { append(byte: text[index]) }
            if integerDigits > count {
                for _ in 0..<(integerDigits - count) { append(byte: UInt8(ascii: "0")) }
            } else if integerDigits < count {
                append(byte: UInt8(ascii: "."))
                for index in (first + integerDigits)..<20 { append(byte: text[index]) }
            }
        }
    }
}
