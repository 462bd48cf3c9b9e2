import Testing

@testable import ActivationMath

/// Protects how parameter values read in formulas and ranges: TeX powers of ten, true minus.
@Suite struct NumberTextTests {
    @Test(
        arguments: [
            (0.2, "0.2"), (-0.5, "-0.5"), (2, "2"), (1.5e-5, "1.5 \\times 10^{-5}"), (1e-5, "10^{-5}"), (-1e20, "-10^{20}"),
            (2.5e16, "2.5 \\times 10^{16}"), (-1e-300, "-10^{-300}"), (.nan, "nan"), (.infinity, "inf"),
        ] as [(Double, String)])
    func tex(_ value: Double, expected: String) {
        #expect(NumberText.tex(value) == expected)
    }

    @Test func coefficients() {
        #expect(NumberText.tex(0.2, times: "x") == "0.2x")
        #expect(NumberText.tex(1.5e-5, times: "x") == "1.5 \\times 10^{-5}\\,x")
        #expect(NumberText.tex(-1, times: "x") == "-x")
    }

    @Test func rangesUseTheTrueMinus() {
        #expect(ValueRange(lower: -1e-5, includesLower: true, upper: 2.5, includesUpper: false).description == "[−1e−5, 2.5)")
        #expect(ValueRange.atLeast(-0.0).description == "[−0, ∞)")
    }
}
