import AtlasDiagnostics
import TeXMath
import Testing

@testable import LessonMarkdown

/// The memo must be invisible: the answer it remembers is the converter's, byte for
/// byte, for good formulas and bad ones, inline and display alike.
@Suite struct FormulaMemoTests {
    /// The conversion as bytes: Strings compare by canonical equivalence, which would
    /// hide a memo that hands one spelling's MathML to the other.
    static func bytes(_ result: Result<String, TextProblem>) -> Result<[UInt8], TextProblem> {
        result.map { Array($0.utf8) }
    }

    @Test("Asked twice, the memo answers as the converter does, errors included")
    func sameAnswers() {
        let formulas = [#"\sigma(x) = \frac{1}{1 + e^{-x}}"#, #"\frac{1}{"#, #"\nosuch x"#, "", "x^2", #"\text{ReLU}"#]
        for tex in formulas {
            for display in [false, true] {
                let expected = Self.bytes(MathMLConverter.convert(tex, display: display))
                #expect(Self.bytes(FormulaMemo.mathML(tex, display: display)) == expected)
                #expect(Self.bytes(FormulaMemo.mathML(tex, display: display)) == expected, "remembered")
            }
        }
        // The same TeX in the other mode is another conversion, not the remembered one.
        #expect(Self.bytes(FormulaMemo.mathML("x", display: true)) != Self.bytes(FormulaMemo.mathML("x", display: false)))
    }

    @Test("Canonically equivalent TeX keeps its own bytes, whichever was converted first")
    func equivalentSpellings() {
        let composed = "\u{E9}", decomposed = "e\u{301}"
        #expect(composed == decomposed)  // one key if the memo keyed on Strings
        for tex in [composed, decomposed, composed] {
            #expect(Self.bytes(FormulaMemo.mathML(tex, display: false)) == Self.bytes(MathMLConverter.convert(tex, display: false)))
        }
    }
}
