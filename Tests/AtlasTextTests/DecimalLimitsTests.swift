import AtlasText
import Testing

/// A public leaf is called with whatever a caller passes: absurd precisions and exponents
/// are clamped, never an overflow trap or an unbounded allocation.
@Suite struct DecimalLimitsTests {
    @Test("Absurd precisions are clamped to what a Double holds")
    func precisions() throws {
        let many = try #require(DecimalNumber(0.1, significantDigits: .max))
        #expect(many.digits.utf8.count == DecimalNumber.maximumDigits)
        // 0.1 is 0.1000000000000000055511151231257827…: its exact digits, then zeros.
        #expect(many.digits.hasPrefix("1000000000000000055511151231257827"))
        #expect(many.digits.hasSuffix("000"))
        let places = try #require(DecimalNumber(0.5, decimals: .max))
        #expect(places.parts(.positional).fraction.utf8.count == DecimalNumber.maximumDecimals)
        #expect(DecimalNumber(2.5, decimals: .min)?.parts(.positional).text() == "2")
        #expect(DecimalNumber(2.5, significantDigits: .min)?.parts(.scientific).text() == "2e0")
    }

    @Test("Absurd exponents are clamped, in both notations")
    func exponents() {
        for exponent in [Int.min, Int.max, -1_000_000, 1_000_000] {
            let number = DecimalNumber(significand: -7, exponent: exponent)
            #expect(number.text(.positional).utf8.count <= DecimalNumber.maximumDecimals + 4)
            #expect(number.text(.scientific).hasPrefix("-7e"))
        }
    }
}
