import TeXMath
import Testing

@testable import LessonMarkdown

/// The memo must be invisible: the answer it remembers is the converter's, for good
/// formulas and bad ones, inline and display alike.
@Suite struct FormulaMemoTests {
    @Test("Asked twice, the memo answers as the converter does, errors included")
    func sameAnswers() {
        let formulas = [#"\sigma(x) = \frac{1}{1 + e^{-x}}"#, #"\frac{1}{"#, #"\nosuch x"#, "", "x^2", #"\text{ReLU}"#]
        for tex in formulas {
            for display in [false, true] {
                let expected = MathMLConverter.convert(tex, display: display)
                #expect(FormulaMemo.mathML(tex, display: display) == expected)
                #expect(FormulaMemo.mathML(tex, display: display) == expected, "remembered")
            }
        }
        // The same TeX in the other mode is another conversion, not the remembered one.
        #expect(FormulaMemo.mathML("x", display: true) != FormulaMemo.mathML("x", display: false))
    }
}
