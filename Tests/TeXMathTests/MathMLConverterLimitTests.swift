import AtlasDiagnostics
import AtlasTestSupport
import Testing

@testable import TeXMath

/// Protects against hostile input: length and depth limits, and no crash on any input.
@Suite struct MathMLConverterLimitTests {
    @Test("A formula over the length limit is rejected before parsing")
    func tooLong() {
        let result = MathMLConverter.convert(String(repeating: "x", count: 12_000), display: false)
        #expect(result == .failure(TextProblem(message: "formula is 12000 characters; the limit is 10000", offset: 10_000)))
    }

    @Test("A formula of exactly the limit is accepted")
    func atLimit() throws {
        _ = try MathMLConverter.convert(String(repeating: "x", count: MathMLConverter.maximumLength), display: true).get()
    }

    @Test("128 nested groups are accepted, 129 are not")
    func nestingLimit() throws {
        let ok = String(repeating: "{", count: 128) + "x" + String(repeating: "}", count: 128)
        _ = try MathMLConverter.convert(ok, display: false).get()
        let deep = String(repeating: "{", count: 129) + "x" + String(repeating: "}", count: 129)
        #expect(
            MathMLConverter.convert(deep, display: false)
                == .failure(TextProblem(message: "formula nests deeper than 128 levels", offset: 128)))
    }

    @Test("200 unclosed braces stop at the depth limit, not the stack")
    func unclosedDeep() {
        let result = MathMLConverter.convert(String(repeating: "{", count: 200), display: false)
        #expect(result == .failure(TextProblem(message: "formula nests deeper than 128 levels", offset: 128)))
    }

    @Test(
        "10,000 characters of nested braces, scripts, fractions or fences fail cleanly",
        arguments: [
            String(repeating: "{", count: 5_000) + String(repeating: "}", count: 5_000),
            String(repeating: "x^{", count: 3_333),
            String(repeating: "\\frac", count: 2_000),
            String(repeating: "\\sqrt", count: 2_000),
            String(repeating: "\\left(", count: 1_666),
            String(repeating: "\\hat", count: 2_500),
            String(repeating: "\\begin{matrix}", count: 714),
            String(repeating: "\\frac1{x^", count: 1_111),
        ])
    func deepInput(_ tex: String) {
        #expect(tex.count <= MathMLConverter.maximumLength)
        guard case .failure(let error) = MathMLConverter.convert(tex, display: true) else {
            Issue.record("deep input was accepted")
            return
        }
        #expect(error.message == "formula nests deeper than 128 levels")
    }

    @Test("10,000 '^' characters are a missing superscript, found without recursion")
    func carets() {
        let result = MathMLConverter.convert(String(repeating: "^", count: 10_000), display: false)
        #expect(result == .failure(TextProblem(message: "'^' needs a superscript, e.g. 'x^{2}'", offset: 0)))
    }

    /// TeX-ish pieces, joined at random: must never trap, and success must be valid XML.
    static let pieces = [
        "x", "2", "0.5", " ", "+", "-", "=", "^", "_", "'", "{", "}", "&", "\\\\", "(", ")", "[", "]", "|",
        "\\frac", "\\sqrt", "\\left", "\\right", "\\left(", "\\right)", "\\big(", "\\bigr", "\\begin{cases}",
        "\\end{cases}", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{aligned}", "\\end{aligned}", "\\end{matrx}",
        "\\text{", "\\text{if }", "\\mathbb{", "\\mathbf", "\\boldsymbol", "\\operatorname{", "\\hat", "\\overline",
        "\\sum", "\\int", "\\lim", "\\limits", "\\nolimits", "\\alpha", "\\Gamma", "\\frca", "\\", "%", "\n", "$",
        "#", "~", "\\,", "\\!", "\\middle|", ".", "\\{", "\\}", "<", ">", "\"", "é", "\u{301}", "😀", "\u{1}",
        "\\sin", "\\max_", "\\dfrac", "\\tfrac12", "]", "\\sqrt[", "\\cdots", "*",
    ]

    @Test("2,000 random TeX-ish strings return a result without crashing")
    func randomInput() {
        var random = SeededGenerator(seed: 0xAC71_7A7E)
        var successes = 0
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...40, using: &random)
            let tex = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            for display in [false, true] {
                switch MathMLConverter.convert(tex, display: display) {
                case .success(let mathML):
                    successes += 1
                    #expect(SVGDocument(mathML).isWellFormed, "not XML for \(tex)")
                case .failure(let error):
                    #expect(error.offset >= 0 && error.offset <= tex.count, "offset out of range for \(tex)")
                    #expect(!error.message.isEmpty && !error.message.hasSuffix("."))
                }
            }
        }
        #expect(successes > 0)
    }
}
