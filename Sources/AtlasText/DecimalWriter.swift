/// Where a laid-out number becomes text: sign, integer digits, point, fraction digits,
/// `e` and exponent, written into a single String (or in place into a ``TextBuffer``).
///
/// ``DecimalParts/text(minus:exponentStyle:)``, ``DecimalNumber/text(_:minus:exponentStyle:)``
/// and ``TextBuffer/append(_:_:minus:exponentStyle:)`` all end here, so that they cannot
/// disagree. The one exception is ``TextBuffer/appendGeneral(_:significantDigits:)``,
/// which writes `%g`'s common case straight from the rounded integer (two million
/// numbers in a large course's read-outs) and is held to C's `snprintf` by its tests.
/// Why a writer of its own: numbers are written by the hundred thousand (every
/// coordinate of every plot), and one String filled in place costs a fraction of
/// joining small ones.
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
        let layout = Layout(isNegative: isNegative, minus: minus, integer: integer, fraction: fraction, exponent: exponent, style: style)
        return String(unsafeUninitializedCapacity: layout.count) { layout.fill($0) }
    }

    /// The same text, its byte count given to `place`, which returns room for exactly
    /// that many bytes and has them filled: how ``TextBuffer`` writes a number in place.
    static func write(
        isNegative: Bool, minus: String, integer: Piece, fraction: Piece, exponent: Int?, style: DecimalParts.ExponentStyle,
        place: (_ count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> Void
    ) {
        let layout = Layout(isNegative: isNegative, minus: minus, integer: integer, fraction: fraction, exponent: exponent, style: style)
        place(layout.count) { _ = layout.fill($0) }
    }

    /// What is written, measured before a byte is.
    private struct Layout {
        var sign: String
        var integer: Piece
        var fraction: Piece
        var exponent: Int?
        var exponentSign = ""
        var exponentWidth = 0
        var count: Int

        init(isNegative: Bool, minus: String, integer: Piece, fraction: Piece, exponent: Int?, style: DecimalParts.ExponentStyle) {
            sign = isNegative ? minus : ""
            self.integer = integer
            self.fraction = fraction
            self.exponent = exponent
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
            count = sign.utf8.count + integer.count + (fraction.isEmpty ? 0 : 1 + fraction.count)
            if exponent != nil { count += 1 + exponentSign.utf8.count + exponentWidth }
        }

        /// Writes the ``count`` bytes into `buffer`, which holds exactly that many.
        func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
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
