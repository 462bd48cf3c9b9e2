/// An exact decimal number: a sign, a string of decimal digits and a power of ten,
/// `±digits × 10^exponent`. Not a `Double`: what a formatter decided to print.
///
/// Made from a `Double` by ``init(shortest:)`` (the fewest digits that read back as the
/// same value), ``init(_:significantDigits:)`` (correctly rounded, as C's `%.*e`) and
/// ``init(_:decimals:)`` (correctly rounded, as C's `%.*f`), or from an exact decimal a
/// program already has, with ``init(significand:exponent:)``. It is laid out into
/// ``DecimalParts`` by ``parts(_:)``, positional or scientific, and they are written out
/// by ``DecimalParts/text(minus:exponentStyle:)``; ``text(_:minus:exponentStyle:)``
/// writes the same text without making the parts.
///
/// Trailing zeros are kept: `2.50` to three significant digits is `250 × 10⁻²`, and
/// ``trimmed()`` drops them (`25 × 10⁻¹`). Zero is the digit `0`; a negative zero keeps
/// its sign, as C does (callers that never show `−0` check ``isZero``).
///
/// ```swift
/// DecimalNumber(0.15, significantDigits: 1)    // 1 × 10⁻¹: 0.15 is 0.1499999999999999944… in binary
/// DecimalNumber(2.5, decimals: 0)              // 2: a true tie goes to the even digit
/// DecimalNumber(significand: -25, exponent: -2).parts(.positional).text()   // "-0.25"
/// ```
public struct DecimalNumber: Sendable, Hashable {
    /// Whether a minus sign is written (also for a negative zero).
    public var isNegative: Bool
    /// ASCII digits, never empty, without leading zeros unless all are zeros: `"250"` for
    /// 2.50 to three significant digits, `"0"` for zero, `"000"` for zero to three.
    ///
    /// Why a String and not an array of digits: up to 15 digits are stored inline, so a
    /// number is made and written without a heap allocation (numbers are written by the
    /// hundred thousand: every coordinate of every plot).
    public private(set) var digits: String
    /// The power of ten of the last digit.
    public var exponent: Int

    /// Whether every digit is zero.
    public var isZero: Bool {
        // Only zero has a leading zero (see `digits`).
        digits.utf8.first == UInt8(ascii: "0")
    }

    /// The power of ten of the first digit: 2 for 250, −5 for 4.54 × 10⁻⁵; the exponent
    /// of scientific notation. Zero gives its last digit's.
    public var leadingExponent: Int { exponent + digits.utf8.count - 1 }

    /// `digits`: see ``digits``.
    init(isNegative: Bool, digits: String, exponent: Int) {
        self.isNegative = isNegative
        self.digits = digits
        self.exponent = exponent
    }

    /// `significand × 10^exponent`, for exact decimals a program computed (a tick at
    /// 25 × 10⁻², a coordinate in tenths): `(−4, −1)` is −0.4. Zero is never negative.
    ///
    /// `exponent` is clamped to ±``maximumDecimals``, beyond any Double's: positional
    /// text writes a zero per step of it, and `Int.min` must not overflow the layout.
    public init(significand: Int, exponent: Int) {
        let exponent = min(max(exponent, -Self.maximumDecimals), Self.maximumDecimals)
        self.init(isNegative: significand < 0, significand: UInt64(significand.magnitude), exponent: exponent)
    }

    /// `±significand × 10^exponent`, the sign given apart (so that a rounded −0.001 keeps
    /// it); `exponent` is within ±``maximumDecimals``.
    init(isNegative: Bool, significand: UInt64, exponent: Int) {
        var width = 1
        var rest = significand / 10
        while rest > 0 {
            width += 1
            rest /= 10
        }
        let digits = String(unsafeUninitializedCapacity: width) { buffer in
            var rest = significand
            for position in stride(from: width - 1, through: 0, by: -1) {
                buffer[position] = UInt8(truncatingIfNeeded: rest % 10) + UInt8(ascii: "0")
                rest /= 10
            }
            return width
        }
        self.init(isNegative: isNegative, digits: digits, exponent: exponent)
    }

    /// The same number without trailing zeros: `250 × 10⁻²` becomes `25 × 10⁻¹`; zero
    /// becomes `0 × 10⁰` (its sign kept).
    public func trimmed() -> DecimalNumber {
        var copy = self
        copy.trim()
        return copy
    }

    /// ``trimmed()`` in place.
    mutating func trim() {
        if isZero {
            if digits.utf8.count > 1 || exponent != 0 { self = DecimalNumber(isNegative: isNegative, digits: "0", exponent: 0) }
            return
        }
        guard digits.utf8.last == UInt8(ascii: "0") else { return }
        let zeros = digits.withUTF8 { bytes in bytes.reversed().prefix { $0 == UInt8(ascii: "0") }.count }
        digits = Self.prefix(digits, digits.utf8.count - zeros)
        exponent += zeros
    }

    /// How the digits are placed around the point.
    public enum Notation: Sendable, Hashable {
        /// `0.000045`, `1200`: every digit in place, zeros filling out to the point.
        case positional
        /// `4.5e-5`, `1.200e3`: one digit before the point and ``leadingExponent``.
        case scientific
    }

    /// The number laid out in `notation`; every digit is written, trailing zeros too.
    ///
    /// Positional: `25 × 10⁻¹` is `2.5`, `25 × 10¹` is `250`, `5 × 10⁻³` is `0.005`.
    /// Scientific: `250 × 10⁻²` is `2.50` with exponent 0.
    public func parts(_ notation: Notation) -> DecimalParts {
        var digits = digits  // withUTF8 is mutating
        return digits.withUTF8 { digits in
            let (integer, fraction, exponent) = layout(digits, notation)
            return DecimalParts(isNegative: isNegative, integer: Self.string(integer), fraction: Self.string(fraction), exponent: exponent)
        }
    }

    /// `parts(notation).text(minus:exponentStyle:)`, written without making the parts:
    /// `DecimalNumber(significand: -4, exponent: -1).text(.positional)` is `-0.4`.
    public func text(_ notation: Notation, minus: String = "-", exponentStyle: DecimalParts.ExponentStyle = .compact) -> String {
        var digits = digits  // withUTF8 is mutating
        return digits.withUTF8 { digits in
            let (integer, fraction, exponent) = layout(digits, notation)
            return DecimalWriter.text(
                isNegative: isNegative, minus: minus, integer: integer, fraction: fraction, exponent: exponent, style: exponentStyle)
        }
    }

    /// The same text handed to `place` to be written in place (see ``TextBuffer``).
    func write(
        _ notation: Notation, minus: String, exponentStyle: DecimalParts.ExponentStyle,
        place: (_ count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> Void
    ) {
        var digits = digits  // withUTF8 is mutating
        digits.withUTF8 { digits in
            let (integer, fraction, exponent) = layout(digits, notation)
            DecimalWriter.write(
                isNegative: isNegative, minus: minus, integer: integer, fraction: fraction, exponent: exponent,
                style: exponentStyle, place: place)
        }
    }

    /// Where the digits go: the integer and fraction pieces and the exponent of `notation`.
    private func layout(
        _ digits: UnsafeBufferPointer<UInt8>, _ notation: Notation
    ) -> (integer: DecimalWriter.Piece, fraction: DecimalWriter.Piece, exponent: Int?) {
        let count = digits.count
        switch notation {
        case .scientific:
            let first = UnsafeBufferPointer(rebasing: digits[0..<1]), rest = UnsafeBufferPointer(rebasing: digits[1...])
            return (DecimalWriter.Piece(digits: first), DecimalWriter.Piece(digits: rest), leadingExponent)
        case .positional:
            let none = UnsafeBufferPointer(rebasing: digits[count...])
            if exponent >= 0 {
                // Zero stays one digit: 0 × 10³ is 0, not 0000.
                return (DecimalWriter.Piece(digits: digits, zerosAfter: isZero ? 0 : exponent), DecimalWriter.Piece(digits: none), nil)
            }
            let integerCount = count + exponent
            guard integerCount > 0 else {
                let zero = UnsafeBufferPointer(rebasing: digits[0..<0])
                return (
                    DecimalWriter.Piece(zerosBefore: 1, digits: zero), DecimalWriter.Piece(zerosBefore: -integerCount, digits: digits), nil
                )
            }
            return (
                DecimalWriter.Piece(digits: UnsafeBufferPointer(rebasing: digits[..<integerCount])),
                DecimalWriter.Piece(digits: UnsafeBufferPointer(rebasing: digits[integerCount...])), nil
            )
        }
    }

    /// A piece as a String of its own.
    private static func string(_ piece: DecimalWriter.Piece) -> String {
        String(unsafeUninitializedCapacity: piece.count) { buffer in
            buffer.baseAddress?.initialize(repeating: UInt8(ascii: "0"), count: piece.count)
            for (offset, digit) in piece.digits.enumerated() { buffer[piece.zerosBefore + offset] = digit }
            return piece.count
        }
    }

    /// The first `count` of the ASCII `digits`.
    static func prefix(_ digits: String, _ count: Int) -> String {
        var source = digits  // withUTF8 is mutating: it may make the string contiguous.
        return source.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
    }
}
