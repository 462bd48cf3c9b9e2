/// The one place where a laid-out number becomes text: sign, integer digits, point,
/// fraction digits, `e` and exponent, written into a single String.
///
/// ``DecimalParts/text(minus:exponentStyle:)`` and ``DecimalNumber/text(_:minus:exponentStyle:)``
/// both end here, so that the two cannot disagree. Why a writer of its own: numbers are
/// written by the hundred thousand (every coordinate of every plot), and one String
/// filled in place costs a fraction of joining small ones.
enum DecimalWriter {
    /// ASCII digits with runs of zeros before and after them.
    struct Piece {
        var zerosBefore = 0
        var digits: UnsafeBufferPointer<UInt8>
        var zerosAfter = 0

        var count: Int { zerosBefore + digits.count + zerosAfter }
        var isEmpty: Bool { count == 0 }
    }

    /// `[minus]integer[.fraction][e[sign]exponent]`; see ``DecimalParts/text(minus:exponentStyle:)``.
    static func text(
        isNegative: Bool, minus: String, integer: Piece, fraction: Piece, exponent: Int?, style: DecimalParts.ExponentStyle
    ) -> String {
        var exponentWidth = 0
        var exponentSign = ""
        if let exponent {
            var rest = exponent.magnitude / 10
            exponentWidth = 1
            while rest > 0 {
                exponentWidth += 1
                rest /= 10
            }
            if style == .printf { exponentWidth = max(exponentWidth, 2) }
            exponentSign = exponent < 0 ? minus : style == .printf ? "+" : ""
        }
        let sign = isNegative ? minus : ""
        var count = sign.utf8.count + integer.count + (fraction.isEmpty ? 0 : 1 + fraction.count)
        if exponent != nil { count += 1 + exponentSign.utf8.count + exponentWidth }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            func put(_ byte: UInt8) {
                buffer[index] = byte
                index += 1
            }
            func put(_ piece: Piece) {
                for _ in 0..<piece.zerosBefore { put(UInt8(ascii: "0")) }
                for byte in piece.digits { put(byte) }
                for _ in 0..<piece.zerosAfter { put(UInt8(ascii: "0")) }
            }
            for byte in sign.utf8 { put(byte) }
            put(integer)
            if !fraction.isEmpty {
                put(UInt8(ascii: "."))
                put(fraction)
            }
            if let exponent {
                put(UInt8(ascii: "e"))
                for byte in exponentSign.utf8 { put(byte) }
                // The digits from the right, zero-padded to the width.
                var rest = exponent.magnitude
                for place in stride(from: index + exponentWidth - 1, through: index, by: -1) {
                    buffer[place] = UInt8(truncatingIfNeeded: rest % 10) + UInt8(ascii: "0")
                    rest /= 10
                }
                index += exponentWidth
            }
            return count
        }
    }
}
