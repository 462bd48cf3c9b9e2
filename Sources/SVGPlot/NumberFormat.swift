/// Locale-independent, deterministic number text for SVG coordinates and tick labels.
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
    /// Halves round away from zero. NaN gives 0.
    static func roundedTenths(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        let clamped = min(max(value, -coordinateLimit), coordinateLimit)
        return Int((clamped * 10).rounded(.toNearestOrAwayFromZero))
    }

    /// Prints a whole number of tenths as a decimal, e.g. `-4` → `-0.4`, `120` → `12`.
    static func tenths(integer: Int) -> String {
        if integer == 0 { return "0" }
        let magnitude = integer.magnitude
        var text = integer < 0 ? "-" : ""
        text += String(magnitude / 10)
        let fraction = magnitude % 10
        if fraction != 0 { text += "." + String(fraction) }
        return text
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
        if significand == 0 { return "0" }
        var digits = String(significand.magnitude)
        var power = exponent
        // Move trailing zeros of the significand into the exponent.
        while digits.count > 1, digits.hasSuffix("0") {
            digits.removeLast()
            power += 1
        }
        let sign = significand < 0 ? minus : ""
        let leading = power + digits.count - 1  // exponent of the first digit
        if scientific || leading > 20 || leading < -20 {
            var mantissa = String(digits.prefix(1))
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let exponentText = leading < 0 ? minus + String(-leading) : String(leading)
            return sign + mantissa + "e" + exponentText
        }
        if power >= 0 {
            return sign + digits + String(repeating: "0", count: power)
        }
        let places = -power
        if digits.count <= places {
            digits = String(repeating: "0", count: places - digits.count + 1) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        return sign + String(digits[..<split]) + "." + String(digits[split...])
    }

    /// The shortest round-tripping text of any finite Double, with U+2212 for negatives.
    ///
    /// Built on Swift's `description` (shortest round-trip digits, locale-free), then
    /// re-laid out by ``decimal(significand:exponent:scientific:minus:)`` so that
    /// `1.0` prints `1` and `1e-05` prints `0.00001`. NaN prints `NaN`, ±∞ `∞`/`−∞`.
    static func shortest(_ value: Double, minus: String = minusSign) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? minus + "∞" : "∞" }
        if value == 0 { return "0" }
        guard let (significand, exponent) = decompose(value.magnitude.description) else {
            return value.description  // unreachable for finite values; kept total
        }
        return decimal(
            significand: value < 0 ? -significand : significand,
            exponent: exponent, minus: minus)
    }

    /// How many characters the shortest decimal that reads back as `value` takes when
    /// written compactly: `0.3` is 3, `1` is 1, `-5e-324` is 7, `1e-5` is 4; how simple a
    /// number looks, to place a jump found between two neighbouring doubles.
    ///
    /// Swift's `description` gives the shortest round-trip digits; a trailing `.0`, an
    /// exponent's `+` and its leading zeros are not counted. NaN counts 3 (`nan`).
    /// Why not ``shortest(_:minus:)``: it writes up to 20 zeros instead of an exponent, so
    /// 10¹⁷ and 10¹⁷ + 16 would be equally long there.
    static func roundTripLength(_ value: Double) -> Int {
        if value.isNaN { return 3 }
        let text = value.description
        func withoutPointZero(_ part: Substring) -> Int { part.hasSuffix(".0") ? part.count - 2 : part.count }
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return withoutPointZero(text[...]) }
        var exponent = text[text.index(after: e)...]
        var sign = 0
        if let first = exponent.first, first == "+" || first == "-" {
            sign = first == "-" ? 1 : 0
            exponent = exponent.dropFirst()
        }
        let digits = exponent.drop(while: { $0 == "0" }).count
        return withoutPointZero(text[..<e]) + 1 + sign + max(digits, 1)
    }

    /// Splits Swift's `description` of a positive finite Double ("0.25", "1e-05",
    /// "1.2345e+16") into an integer significand and a decimal exponent.
    private static func decompose(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "e", maxSplits: 1)
        guard let mantissa = parts.first else { return nil }
        var exponent = 0
        if parts.count == 2 {
            let exponentText = parts[1].hasPrefix("+") ? parts[1].dropFirst() : parts[1]
            guard let parsed = Int(exponentText) else { return nil }
            exponent = parsed
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = pieces.first.map(String.init) ?? ""
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        // At most 17 significant digits, which fit an Int.
        var digits = whole + fraction
        while digits.count > 1, digits.hasPrefix("0") { digits.removeFirst() }
        guard let significand = Int(digits) else { return nil }
        return (significand, exponent - fraction.count)
    }
}
