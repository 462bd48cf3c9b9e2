/// A number laid out for writing: sign, integer digits, fraction digits and, in
/// scientific notation, the exponent. What a page lines up by its decimal point, or
/// writes as `4.54 × 10⁻⁵`, without reading any text back.
///
/// Made by ``DecimalNumber/parts(_:)``, or directly by the formatters: ``init(shortest:)``
/// (as Swift's `description` lays it out), ``init(_:significantDigits:)`` (C's `%.*g`).
/// ``text(minus:exponentStyle:)`` writes it.
///
/// ```swift
/// DecimalParts(-4.5397868702434395e-05, significantDigits: 3)
/// // isNegative true, integer "4", fraction "54", exponent −5
/// ```
public struct DecimalParts: Sendable, Hashable {
    /// Whether a minus sign is written (a negative zero has one; callers that never show
    /// `−0` clear it).
    public var isNegative: Bool
    /// ASCII digits before the point, at least one (`0` for 0.25).
    public var integer: String
    /// ASCII digits after the point; empty when there is no point.
    public var fraction: String
    /// The power of ten in scientific notation; nil in positional notation.
    public var exponent: Int?

    public init(isNegative: Bool, integer: String, fraction: String, exponent: Int? = nil) {
        self.isNegative = isNegative
        self.integer = integer
        self.fraction = fraction
        self.exponent = exponent
    }

    /// How an exponent is written after `e`.
    public enum ExponentStyle: Sendable, Hashable {
        /// `e-5`, `e16`: no plus sign, no leading zeros; the house's form.
        case compact
        /// `e-05`, `e+16`: a sign always and at least two digits, as C's `printf` writes.
        case printf
    }

    /// The number as text: `-0.25`, `4.54e-5`; with `minus: "\u{2212}"`, `−0.25` and
    /// `4.54e−5` (the minus is used for the exponent too).
    ///
    /// The point is written only before fraction digits: `2`, not `2.` or `2.0`.
    public func text(minus: String = "-", exponentStyle: ExponentStyle = .compact) -> String {
        var integer = integer, fraction = fraction  // withUTF8 is mutating
        return integer.withUTF8 { integer in
            fraction.withUTF8 { fraction in
                DecimalWriter.text(
                    isNegative: isNegative, minus: minus, integer: DecimalWriter.Piece(digits: integer),
                    fraction: DecimalWriter.Piece(digits: fraction), exponent: exponent, style: exponentStyle)
            }
        }
    }
}

extension DecimalParts {
    /// `value` as C's `%.*g` lays it out: `significantDigits` (at least 1) correctly
    /// rounded digits, trailing zeros and a bare point dropped, positional when the
    /// rounded number's exponent lies in −4 ..< `significantDigits`, else scientific.
    /// Nil when `value` is NaN or infinite.
    ///
    /// Text with ``ExponentStyle/printf`` is C's own: `0.0001`, `1e-05`, `1.235e+08`,
    /// `-0` for −0. Rounding decides the notation: 9.9996 to 4 digits is `10`, and
    /// 999 950 to 5 digits is `9.9995e+05` but 999 996 is `1e+06`.
    ///
    /// ```swift
    /// DecimalParts(0.11920292202211755, significantDigits: 6)?.text()   // "0.119203"
    /// DecimalParts(123_456_789, significantDigits: 4)?.text(exponentStyle: .printf)   // "1.235e+08"
    /// ```
    public init?(_ value: Double, significantDigits: Int) {
        guard let (number, notation) = DecimalNumber.general(value, significantDigits: significantDigits) else { return nil }
        self = number.parts(notation)
    }
}

extension DecimalNumber {
    /// C's `%.*g` before it is written: the rounded digits without trailing zeros, and
    /// the notation the rounded exponent calls for; see ``DecimalParts/init(_:significantDigits:)``.
    static func general(_ value: Double, significantDigits: Int) -> (DecimalNumber, Notation)? {
        let precision = max(significantDigits, 1)
        if let shortcut = GeneralDigits(value, precision: precision) {
            let number = DecimalNumber(isNegative: value.sign == .minus, significand: shortcut.digits, exponent: shortcut.exponent)
            return (number, shortcut.notation)
        }
        guard var rounded = DecimalNumber(value, significantDigits: precision) else { return nil }
        let exponent = rounded.isZero ? 0 : rounded.leadingExponent
        rounded.trim()
        return (rounded, GeneralDigits.notation(leading: exponent, precision: precision))
    }
}

/// C's `%.*g` digits as an integer, by ``ScaledRounding``: the one place where `%g`'s
/// rounding, trailing zeros and choice of notation are decided on the fast path, for
/// ``DecimalNumber/general(_:significantDigits:)`` and ``TextBuffer/appendGeneral(_:significantDigits:)``.
struct GeneralDigits {
    /// The rounded digits without trailing zeros: 2473 for 0.002473 to 4 digits.
    var digits: UInt64
    /// How many digits ``digits`` has: 4 for 2473.
    var count: Int
    /// The power of ten of the last of ``digits``.
    var exponent: Int
    /// The power of ten of the first digit after rounding, which decides the notation.
    var leading: Int
    var notation: DecimalNumber.Notation

    /// Nil where the shortcut declines (zero, not finite, more than 14 digits, extreme
    /// magnitudes): the caller takes the exact way.
    init?(_ value: Double, precision: Int) {
        guard value.isFinite, value != 0, var (digits, exponent) = ScaledRounding.significant(value.magnitude, count: precision)
        else { return nil }
        // `digits` has exactly `precision` digits: the trailing zeros go by division.
        leading = exponent + precision - 1
        var count = precision
        while digits % 10 == 0 {
            digits /= 10
            exponent += 1
            count -= 1
        }
        self.digits = digits
        self.count = count
        self.exponent = exponent
        notation = Self.notation(leading: leading, precision: precision)
    }

    /// `%g`'s rule: scientific when the rounded number's first digit lies below 10⁻⁴ or
    /// at or beyond 10^precision.
    static func notation(leading: Int, precision: Int) -> DecimalNumber.Notation {
        leading < -4 || leading >= precision ? .scientific : .positional
    }
}
