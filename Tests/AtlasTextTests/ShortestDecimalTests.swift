import AtlasTestSupport
import Testing

@testable import AtlasText

/// Protects the number text of references, `atlas eval` and JSON: shortest, round-trip,
/// and the house's compact form.
@Suite struct ShortestDecimalTests {
    @Test(arguments: [
        (0.1, "0.1"), (-2.0, "-2"), (1e-5, "1e-5"), (.leastNonzeroMagnitude, "5e-324"), (1.5e16, "1.5e16"), (100, "100"),
        (0.0001, "0.0001"),
        (9_007_199_254_740_992, "9007199254740992"), (9_007_199_254_740_994, "9.007199254740994e15"), (1e300, "1e300"),
        (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (-Double.nan, "nan"), (-0.0, "-0"), (0, "0"),
    ])
    func double(_ value: Double, expected: String) {
        #expect(shortestDecimal(value) == expected)
    }

    @Test func float() {
        #expect(shortestDecimal(Float(0.1)) == "0.1")
        #expect(shortestDecimal(Float.leastNonzeroMagnitude) == "1e-45")
        #expect(shortestDecimal(Float(16_777_216)) == "16777216")
        #expect(shortestDecimal(Float(33_554_432)) == "3.3554432e7")
    }

    @Test("Reads back to the same bits, with no more digits than Swift's description and in the compact form")
    func roundTrip() {
        for value in TestDoubles.edges + TestDoubles.mixed(count: 20_000, seed: 0x9E37_79B9_7F4A_7C15) {
            let text = shortestDecimal(value)
            #expect(Double(text)?.bitPattern == value.bitPattern, "\(value) → \(text)")
            #expect(Self.significantDigits(text) <= Self.significantDigits(value.description), "\(value) → \(text)")
            #expect(!text.contains("e+") && !text.contains("e-0") && !text.hasSuffix(".0") && !text.contains(".e"), "\(text)")
        }
    }

    @Test("Floats read back as the same Float, not through Double")
    func floatRoundTrip() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<10_000 {
            let value = Float(bitPattern: UInt32(truncatingIfNeeded: random.next()))
            guard value.isFinite else { continue }
            #expect(Float(shortestDecimal(value))?.bitPattern == value.bitPattern, "\(value)")
        }
    }

    @Test("The digits: trailing zeros gone, the exponent that of the last digit")
    func digits() {
        #expect(DecimalNumber(shortest: 123.456) == DecimalNumber(significand: 123_456, exponent: -3))
        #expect(DecimalNumber(shortest: 1e-5) == DecimalNumber(significand: 1, exponent: -5))
        #expect(DecimalNumber(shortest: 1200.0) == DecimalNumber(significand: 12, exponent: 2))
        #expect(DecimalNumber(shortest: Double.nan) == nil)
    }

    /// Digits in a decimal text, leading zeros and the exponent left out: `0.00120` is 3.
    static func significantDigits(_ text: String) -> Int {
        let mantissa = text.split(separator: "e")[0].filter(\.isNumber)
        return max(mantissa.drop { $0 == "0" }.count, 1)
    }
}
