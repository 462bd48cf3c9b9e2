import AtlasTestSupport
import Testing

@testable import AtlasText

/// Protects correct rounding: significant and fixed digits equal C's `snprintf`, digit
/// for digit, over edge cases and 40,000 seeded doubles of every kind.
@Suite struct PrintfAgreementTests {
    static let random = TestDoubles.mixed(count: 40_000, seed: 0x00C0_FFEE)

    @Test("%.*g: the parts, written C's way, are snprintf's text (edges at every precision 1…17)")
    func generalAtEdges() {
        for value in TestDoubles.edges {
            for digits in 1...17 { expectGeneral(value, digits) }
        }
    }

    @Test("%.*g over seeded doubles, precisions 1…17 and 25 in turn")
    func generalRandom() {
        for (index, value) in Self.random.enumerated() { expectGeneral(value, index % 18 == 17 ? 25 : 1 + index % 17) }
    }

    @Test("%.*e: every rounded digit, trailing zeros kept")
    func scientific() {
        for (index, value) in (TestDoubles.edges + Self.random).enumerated() {
            let digits = 1 + index % 17
            let text = DecimalNumber(value, significantDigits: digits)?.parts(.scientific).text(exponentStyle: .printf)
            #expect(text == cPrintf("%.*e", Int32(digits - 1), value), "\(value) to \(digits) digits")
        }
    }

    @Test("%.*f: fixed decimals 0…17 and 30, huge values with all their integer digits")
    func fixed() {
        for (index, value) in (TestDoubles.edges + Self.random).enumerated() {
            let decimals = index % 19 == 18 ? 30 : index % 18
            let text = DecimalNumber(value, decimals: decimals)?.parts(.positional).text()
            #expect(text == cPrintf("%.*f", Int32(decimals), value), "\(value) to \(decimals) decimals")
        }
    }

    @Test("True ties go to the even digit, as C's do; values just off a tie do not")
    func ties() {
        #expect(DecimalNumber(0.125, significantDigits: 2)?.digits == "12")
        #expect(DecimalNumber(0.375, significantDigits: 2)?.digits == "38")
        #expect(DecimalNumber(2.5, decimals: 0)?.digits == "2")
        #expect(DecimalNumber(0.5, decimals: 0)?.digits == "0")
        #expect(DecimalNumber(1.5, decimals: 0)?.digits == "2")
        #expect(DecimalNumber(0.15, significantDigits: 1)?.digits == "1")  // 0.1499999999999999944…
        #expect(DecimalNumber(0.35, significantDigits: 1)?.digits == "3")  // 0.3499999999999999778…
        #expect(DecimalNumber(2.675, decimals: 2)?.digits == "267")  // 2.67499999999999982236…
    }

    @Test("Not-a-number and infinities have no digits")
    func nonFinite() {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(DecimalNumber(value, significantDigits: 4) == nil)
            #expect(DecimalNumber(value, decimals: 2) == nil)
            #expect(DecimalParts(value, significantDigits: 4) == nil)
        }
    }

    private func expectGeneral(_ value: Double, _ digits: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = DecimalParts(value, significantDigits: digits)?.text(exponentStyle: .printf)
        #expect(text == cPrintf("%.*g", Int32(digits), value), "\(value) to \(digits) digits", sourceLocation: sourceLocation)
    }
}
