import Testing

@testable import LessonMarkdown

/// Inputs libFuzzer found (`make fuzz`), kept so that what crashed once is run forever.
/// Each is fed the way its fuzz target feeds it.
@Suite struct FuzzRegressionTests {
    /// fuzz-directive, 2026-11-29: a math span holding NUL bytes, which cmark reads as
    /// U+FFFD (three bytes), so the span overran its line in MathSplicer and trapped.
    static let nulInMath: [UInt8] = [
        116, 97, 98, 108, 101, 125, 96, 115, 182, 103, 109, 111, 105, 100, 97, 108, 112, 96, 104, 117, 101,
        108, 117, 40, 97, 108, 126, 116, 13, 10, 61, 10, 143, 159, 151, 61, 108, 108, 110, 32, 205, 205,
        205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 36, 101, 58, 115, 116, 109, 111, 103, 193,
        101, 182, 108, 124, 0, 185, 101, 108, 0, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 9, 0, 0,
        0, 0, 0, 101, 58, 255, 255, 118, 124, 0, 0, 36, 96,
    ]

    @Test("NUL bytes inside math do not trap the splicer")
    func nulInsideMath() {
        let input = String(decoding: Self.nulInMath, as: UTF8.self)
        _ = directives(in: "```{" + input + "\n```\n")
        let plain = render("x $a\u{0}b\u{0}c$ y\n")
        #expect(plain.html.contains("<math"))
    }

    @Test("Lone CRs end lines (fuzz-directive's first find, through its own line count)")
    func loneCarriageReturns() {
        let rendered = render("---\rtitle: T\r---\r# Hi\r")
        #expect(rendered.frontMatter?.title == "T")
        #expect(rendered.html.hasPrefix("<h1 id=\"hi\">Hi "))
    }
}
