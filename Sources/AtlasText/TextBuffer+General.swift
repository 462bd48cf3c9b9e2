extension TextBuffer {
    /// Appends `value` as C's `printf("%.*g", significantDigits, value)` writes it:
    /// `0.002473`, `4.54e-05`, `-2`, `1e+06`, `0`; `null` when not finite (the JSON
    /// writer's rule). The same text as ``DecimalNumber/text(_:minus:exponentStyle:)`` of
    /// ``DecimalParts/init(_:significantDigits:)``'s number, with `.printf` exponents.
    ///
    /// Why a writer of its own: a plot's read-out holds about 300 such numbers, and a
    /// course of 1,000 lessons nearly a million. Where ``ScaledRounding`` gives the digits
    /// (nearly always), they are laid out here straight from the integer into a few bytes
    /// on the stack, appended to the buffer in one copy, with no digit string, no trimmed
    /// copy and no layout value in between; zero is written as it is (printf writes `0`
    /// and `-0` at every precision); anything else (15 or more digits, extreme
    /// magnitudes) goes the general way. `GeneralWriterTests` holds both to C's `snprintf`.
    public mutating func appendGeneral(_ value: Double, significantDigits: Int) {
        let precision = max(significantDigits, 1)
        guard value.isFinite else {
            append("null")
            return
        }
        if value == 0 {
            // A read-out of relu or hardtanh is a third zeros; the general way took 1,500
            // instructions for each.
            if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
            bytes.append(UInt8(ascii: "0"))
            return
        }
        guard let general = GeneralDigits(value, precision: precision) else {
            if let (number, notation) = DecimalNumber.general(value, significantDigits: precision) {
                append(number, notation, exponentStyle: .printf)
            }
            return
        }
        // The longest text: a sign, 14 digits (the fast path's most), a point and e-271
        // (its magnitudes stay within 2^±900): 21 bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { scratch in
            var text = ScratchText(scratch)
            if value.sign == .minus { text.put("-") }
            let leading = general.leading
            switch general.notation {
            case .scientific:
                // d.ddde±XX: the point after the first digit, at least two exponent digits.
                text.putDigits(general.digits, count: general.count, pointAfter: 1)
                text.put("e")
                text.put(leading < 0 ? "-" : "+")
                let exponent = UInt64(leading.magnitude)
                text.putDigits(exponent, count: exponent < 100 ? 2 : 3, pointAfter: 0)
            case .positional where leading < 0:
                // 0.000ddd
                text.put("0")
                text.put(".")
                for _ in 0..<(-leading - 1) { text.put("0") }
                text.putDigits(general.digits, count: general.count, pointAfter: 0)
            case .positional:
                // ddd.ddd or ddd000: `leading + 1` digits before the point.
                let integerDigits = leading + 1
                text.putDigits(general.digits, count: general.count, pointAfter: integerDigits)
                for _ in 0..<max(0, integerDigits - general.count) { text.put("0") }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<text.end]))
        }
    }
}
