import AtlasText

/// Locale-independent, deterministic number text for SVG coordinates and tick labels:
/// the SVG's rules (tenths, clamping, U+2212 in labels, when to go scientific), with the
/// digits and their layout from AtlasText.
///
/// Nothing here uses Foundation or the current locale: coordinates are rounded to whole
/// tenths and printed from integers, and labels are printed from an exact
/// `significand × 10^exponent` pair, so the same number always gives the same bytes.
enum NumberFormat {
    /// U+2212 MINUS SIGN, used in text that people read (tick labels).
    static let minusSign = "\u{2212}"

    /// The largest magnitude, in px, that coordinates are clamped to before rounding.
    ///
    /// Far beyond any viewBox, yet small enough that tenths fit an `Int` exactly.
    static let coordinateLimit = 1e12

    /// A coordinate in px rounded to 0.1, e.g. `12.3`, `-0.4`, `640`.
    ///
    /// Uses the ASCII hyphen, as SVG syntax requires. Never prints `-0`, a trailing
    /// zero, or an exponent. NaN prints as `0` and ±∞ as ±``coordinateLimit``, so no
    /// non-finite value can reach the output.
    static func tenths(_ value: Double) -> String {
        tenths(integer: roundedTenths(value))
    }

    /// `value` in px as a whole number of tenths, clamped to ±``coordinateLimit``.
    ///
    /// Halves round away from zero (not to even: a coordinate is a position, and this
    /// rounding is what path deltas are computed with). NaN gives 0.
    static func roundedTenths(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        let clamped = min(max(value, -coordinateLimit), coordinateLimit)
        return Int((clamped * 10).rounded(.toNearestOrAwayFromZero))
    }

    /// Prints a whole number of tenths as a decimal, e.g. `-4` → `-0.4`, `120` → `12`.
    static func tenths(integer: Int) -> String {
        var out = TextBuffer()
        append(tenths: integer, to: &out)
        return out.text
    }

    /// ``tenths(integer:)`` written into `out`: the digits straight from the integer, with
    /// no String made (a plot writes hundreds of coordinates).
    static func append(tenths: Int, to out: inout TextBuffer) {
        if tenths < 0 { out.append(ascii: "-") }
        let magnitude = tenths.magnitude
        out.append(integer: Int(magnitude / 10))
        let tenth = magnitude % 10
        if tenth != 0 {
            out.append(ascii: ".")
            out.append(integer: Int(tenth))
        }
    }

    /// ``tenths(_:)`` written into `out`.
    static func append(tenthsOf value: Double, to out: inout TextBuffer) {
        append(tenths: roundedTenths(value), to: &out)
    }

    /// The shortest text of `significand × 10^exponent`, e.g. `(25, -2)` → `0.25`,
    /// `(-2, 0)` → `−2`, `(5, 3)` → `5000`.
    ///
    /// Negative numbers use `minus` (U+2212 by default). Zero is `0`, never `−0`.
    /// Trailing zeros of the fraction are dropped. With `scientific`, or when the plain
    /// form would need more than 21 digits, prints `2.5e−7` style instead.
    static func decimal(
        significand: Int,
        exponent: Int,
        scientific: Bool = false,
        minus: String = minusSign
    ) -> String {
        label(DecimalNumber(significand: significand, exponent: exponent), scientific: scientific, minus: minus)
    }

    /// The shortest round-tripping text of any finite Double, with U+2212 for negatives.
    ///
    /// AtlasText's shortest digits (those of Swift's `description`), laid out as
    /// ``decimal(significand:exponent:scientific:minus:)`` lays out a label, so that
    /// `1.0` prints `1` and `1e-05` prints `0.00001`. NaN prints `NaN`, ±∞ `∞`/`−∞`.
    static func shortest(_ value: Double, minus: String = minusSign) -> String {
        if value.isNaN { return "NaN" }
        guard let number = DecimalNumber(shortest: value) else { return value < 0 ? minus + "∞" : "∞" }
        return label(number, scientific: false, minus: minus)
    }

    /// A label's layout: positional unless `scientific` or the first digit's place lies
    /// beyond 10^±20; no trailing zeros, no `−0`.
    private static func label(_ number: DecimalNumber, scientific: Bool, minus: String) -> String {
        if number.isZero { return "0" }
        let trimmed = number.trimmed()
        let exponent = trimmed.leadingExponent
        let notation: DecimalNumber.Notation = scientific || exponent > 20 || exponent < -20 ? .scientific : .positional
        return trimmed.text(notation, minus: minus)
    }

    /// How many characters the shortest decimal that reads back as `value` takes when
    /// written compactly: `0.3` is 3, `1` is 1, `-5e-324` is 7, `1e-5` is 4; how simple a
    /// number looks, to place a jump found between two neighbouring doubles.
    ///
    /// The length of AtlasText's `shortestDecimal` (NaN counts 3, `nan`). Why not
    /// ``shortest(_:minus:)``: it writes up to 20 zeros instead of an exponent, so 10¹⁷
    /// and 10¹⁷ + 16 would be equally long there.
    static func roundTripLength(_ value: Double) -> Int {
        shortestDecimal(value).utf8.count
    }
}
