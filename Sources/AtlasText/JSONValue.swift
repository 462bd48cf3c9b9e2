/// A JSON document as a value, written out by ``text(_:)``: the one JSON writer.
///
/// Members of an object keep the order they are given in (JSON text is compared byte
/// for byte). Numbers say how they are written: ``number(_:)`` by the shortest decimal
/// that reads back as the same Double, ``significant(_:digits:)`` rounded as C's `%.*g`
/// (``significantArray(_:digits:)``, an array of them in one value); none can write NaN
/// or ±∞, which JSON lacks, so those become `null`.
///
/// ```swift
/// let document: JSONValue = .object([("x", .number(0.5)), ("label", .string("a<b"))])
/// document.text()          // {"x":0.5,"label":"a\u003cb"}
/// document.text(.spaced)   // {"x": 0.5, "label": "a\u003cb"}
/// ```
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    /// The shortest round-trip decimal (``shortestDecimal(_:)``): `0.1`, `-0`, `1e-5`,
    /// `1.5e16`; `null` when not finite.
    case number(Double)
    /// Correctly rounded to `digits` significant digits and laid out as C's `%.*g`
    /// writes it (``DecimalParts/init(_:significantDigits:)``): `0.002473`,
    /// `4.54e-05`, `-0`; `null` when not finite.
    case significant(Double, digits: Int)
    /// An array of numbers, each written as ``significant(_:digits:)`` writes it:
    /// `.significantArray([1, 0.5], digits: 4)` is the text of
    /// `.array([.significant(1, digits: 4), .significant(0.5, digits: 4)])`, made
    /// without a value per element (a plot's read-out holds hundreds of them).
    case significantArray([Double], digits: Int)
    case string(String)
    case array([JSONValue])
    /// Members in order; keys are written as given, so they should differ.
    case object([(String, JSONValue)])
}
