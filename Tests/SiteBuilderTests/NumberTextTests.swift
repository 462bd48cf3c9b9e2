import Testing

@testable import SiteBuilder

/// Protects how numbers look in tables: significant digits, true minus, × 10ⁿ.
@Suite struct NumberTextTests {
    @Test(arguments: [
        (0.11920292202211755, 6, "0.119203"),
        (-0.9640275800758169, 6, "−0.964028"),
        (0.5, 6, "0.5"),
        (-0.0, 6, "0"),
        (2, 6, "2"),
        (4.5397868702434395e-05, 3, "4.54 × 10⁻⁵"),
        (123_456_789, 4, "1.235 × 10⁸"),
        (0.0001, 6, "0.0001"),
        (.infinity, 6, "∞"),
        (-.infinity, 6, "−∞"),
        (.nan, 6, "NaN"),
        (5e-324, 2, "4.9 × 10⁻³²⁴"),
    ])
    func significant(_ value: Double, digits: Int, expected: String) {
        #expect(NumberText.significant(value, digits: digits) == expected)
    }

    @Test func arguments() {
        #expect(NumberText.argument(-2 + 3 * 0.1) == "−1.7")
        #expect(NumberText.argument(-2) == "−2")
    }
}
