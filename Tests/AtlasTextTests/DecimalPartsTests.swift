import Testing

@testable import AtlasText

/// Protects the layouts and the writing of a number's parts, case by case.
@Suite struct DecimalPartsTests {
    @Test(
        "Positional and scientific layouts of significand × 10^exponent",
        arguments: [
            (25, -2, "0.25", "2.5e-1"), (-4, -1, "-0.4", "-4e-1"), (120, -1, "12.0", "1.20e1"), (5, 3, "5000", "5e3"),
            (0, -3, "0.000", "0e-3"), (0, 2, "0", "0e2"), (-15, -1, "-1.5", "-1.5e0"), (1, -7, "0.0000001", "1e-7"),
        ] as [(Int, Int, String, String)])
    func layouts(significand: Int, exponent: Int, positional: String, scientific: String) {
        let number = DecimalNumber(significand: significand, exponent: exponent)
        #expect(number.parts(.positional).text() == positional)
        #expect(number.parts(.scientific).text() == scientific)
    }

    @Test func trimmed() {
        #expect(DecimalNumber(significand: 2500, exponent: -3).trimmed() == DecimalNumber(significand: 25, exponent: -1))
        #expect(DecimalNumber(0, decimals: 3)?.trimmed() == DecimalNumber(significand: 0, exponent: 0))
        #expect(DecimalNumber(-0.0, decimals: 3)?.trimmed().isNegative == true)
        #expect(DecimalNumber(significand: 0, exponent: -1).trimmed() == DecimalNumber(significand: 0, exponent: 0))
        #expect(DecimalNumber(significand: 120, exponent: 0).leadingExponent == 2)
    }

    @Test("The minus is the caller's, for the sign and the exponent alike")
    func text() {
        let parts = DecimalParts(isNegative: true, integer: "2", fraction: "5", exponent: -7)
        #expect(parts.text() == "-2.5e-7")
        #expect(parts.text(minus: "\u{2212}") == "\u{2212}2.5e\u{2212}7")
        #expect(parts.text(exponentStyle: .printf) == "-2.5e-07")
        #expect(DecimalParts(isNegative: false, integer: "1", fraction: "", exponent: 300).text(exponentStyle: .printf) == "1e+300")
        #expect(DecimalParts(isNegative: false, integer: "1", fraction: "", exponent: 16).text() == "1e16")
        #expect(DecimalParts(isNegative: false, integer: "0", fraction: "").text() == "0")
    }

    @Test("%g parts: positional from 10⁻⁴ to below 10^digits, decided after rounding")
    func general() {
        #expect(
            DecimalParts(4.5397868702434395e-05, significantDigits: 3)
                == DecimalParts(isNegative: false, integer: "4", fraction: "54", exponent: -5))
        #expect(DecimalParts(-0.9640275800758169, significantDigits: 6) == DecimalParts(isNegative: true, integer: "0", fraction: "964028"))
        #expect(DecimalParts(9.9996, significantDigits: 4)?.text() == "10")
        #expect(DecimalParts(999_996, significantDigits: 5)?.text() == "1e6")
        #expect(DecimalParts(0.000_099_999_9, significantDigits: 3)?.text() == "0.0001")
        #expect(DecimalParts(0, significantDigits: 0)?.text() == "0")
    }

    @Test("Writing a number directly gives the text of its parts, in both notations and styles")
    func directTextIsThePartsText() {
        for (index, value) in (TestDoubles.edges + TestDoubles.mixed(count: 5_000, seed: 21)).enumerated() {
            guard let number = DecimalNumber(value, significantDigits: 1 + index % 17) else { continue }
            for notation in [DecimalNumber.Notation.positional, .scientific] {
                for style in [DecimalParts.ExponentStyle.compact, .printf] {
                    #expect(
                        number.text(notation, minus: "\u{2212}", exponentStyle: style)
                            == number.parts(notation).text(minus: "\u{2212}", exponentStyle: style))
                }
            }
        }
    }
}
