import AtlasText

/// `:x: a b step s`: the values a, a + s, a + 2s, … up to b, as the author means them in
/// decimal.
///
/// Binary floating point cannot hold 0.1, so a + i·s drifts: −0.3 + 3 · 0.1 is 5.55e−17,
/// not 0, and 0 + 3 · 0.1 is 0.30000000000000004. A table would then print a row at
/// 5.55 × 10⁻¹⁷ and miss the kink at 0. Each value is therefore rounded to the number
/// of decimal places the author wrote (the most among a, b and s), which gives the
/// double nearest the decimal the author meant.
enum SteppedRange {
    enum Problem: Error, Equatable {
        case badBounds
        case tooMany
    }

    static func values(
        from start: Double, to end: Double, step: Double, decimalPlaces: Int?, maximumCount: Int
    ) -> Result<[Double], Problem> {
        guard start <= end, step > 0 else { return .failure(.badBounds) }
        // Wider than the largest double (−1e308 to 1e308), b − a overflows to ∞ and would
        // count as too many rows: then work in halves, exact at that magnitude.
        let scale = (end - start).isFinite ? 1.0 : 0.5
        // Count the rows before making them, so a tiny step is an error, not an allocation.
        // The slack of 1e-9 steps lets −2 2 step 0.1 reach 2 despite 0.1's binary rounding.
        let intervals = ((end * scale - start * scale) / (step * scale) + 1e-9).rounded(.down)
        // Also false for NaN, so Int(intervals) below is a whole number from 0 to the limit.
        guard intervals + 1 <= Double(maximumCount) else { return .failure(.tooMany) }
        // a + i·s rather than a running sum, so rounding errors do not accumulate.
        return .success(
            (0...Int(intervals)).map {
                snap((start * scale + Double($0) * (step * scale)) / scale, decimalPlaces: decimalPlaces)
            })
    }

    /// Digits after the decimal point of a number as written: `0.25` → 2, `1e-3` → 3,
    /// `2` → 0, `1.5e2` → 0. nil when there is no exact decimal reading (more than 15
    /// places, hexadecimal).
    static func decimalPlaces(of text: String) -> Int? {
        // The usual number, ASCII digits, signs and one point: its places are the digits
        // after the point, read from the bytes (each one Character); anything else, an
        // exponent or a second point, is read as Characters below.
        let bytes = text.utf8
        if bytes.allSatisfy({
            CharacterClass.isASCIIDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".")
        }) {
            guard let point = bytes.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
            let fraction = bytes[bytes.index(after: point)...]
            if !fraction.contains(UInt8(ascii: ".")) { return fraction.count <= 15 ? fraction.count : nil }
        }
        return writtenDecimalPlaces(of: text)
    }

    /// ``decimalPlaces(of:)`` for any text, walking Characters.
    static func writtenDecimalPlaces(of text: String) -> Int? {
        let lowered = text.lowercased()
        guard !lowered.contains("x") else { return nil }
        let parts = lowered.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first ?? ""
        let exponent = parts.count == 2 ? Int(parts[1]) : 0
        guard let exponent else { return nil }
        let fraction = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fractionDigits = fraction.count == 2 ? fraction[1].count : 0
        let places = max(0, fractionDigits - exponent)
        return places <= 15 ? places : nil
    }

    /// `value` rounded to `decimalPlaces`, when that is exact arithmetic: the scaled value
    /// must be an integer a double holds exactly (below 2⁵²), and 10^places must be exact
    /// (places ≤ 22). Otherwise `value` is returned as it is.
    static func snap(_ value: Double, decimalPlaces: Int?) -> Double {
        guard let places = decimalPlaces else { return value }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = value * scale
        guard scaled.magnitude < 0x1p52 else { return value }
        return scaled.rounded() / scale
    }
}
