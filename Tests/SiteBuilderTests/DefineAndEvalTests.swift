import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects `{define}` and ``{eval}` ``: lesson functions plotted, tabulated and evaluated
/// with exact derivatives, and every misuse reported where it is written.
@Suite struct DefineAndEvalTests {
    static let lesson = """
        ```{define} swish15
        :formula: x\\,\\sigma(1.5x)
        x * sigmoid(1.5 * x)
        ```

        At zero: {eval}`sigmoid'(0)`; at one: {eval}`swish15(1)`.

        ```{table} swish15
        :x: -1 1
        :derivative:
        ```

        ```{plot} swish15
        :derivative:
        ```

        ```{formula} swish15
        ```
        """

    @Test("A defined function evaluates, tabulates and plots; values are mpmath's")
    func defined() throws {
        let rendered = LessonPipeline.render(Self.lesson)
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        let html = rendered.html
        // mpmath, 30 digits: σ′(0) = 1/4; f(1) = σ(1.5) = 0.817574476…; f′(∓1) = −0.0412941…, 1.04129…
        #expect(html.contains("At zero: <span class=\"eval\">0.25</span>; at one: <span class=\"eval\">0.817574</span>."))
        let rows = try #require(RenderedTable.all(in: html).first).rows.map { $0.map(\.visible) }
        #expect(rows.contains(["−1", "−0.182426", "−0.0412942"]))
        #expect(rows.contains(["1", "0.817574", "1.04129"]))
        #expect(html.contains("data-series=\"swish15\"") && html.contains("data-series=\"swish15'\""))
        #expect(html.contains("<div class=\"formula\">"))
    }

    @Test(
        "Misuses are errors at their place",
        arguments: [
            ("```{define} g\ng(x) + 1\n```", "2:1: 'g' is defined in terms of itself"),
            ("```{define} relu\nx\n```", "1:13: 'relu' is a catalogue function; give the definition another name"),
            ("```{define} g\nx\n```\n\n```{define} g\n2*x\n```", "5:13: 'g' is already defined in this lesson"),
            ("```{define} g\nx + sigmod(x)\n```", "2:5: unknown function 'sigmod'; did you mean 'sigmoid'?"),
            ("```{define} g\n2x\n```", "2:2: missing operator between '2' and 'x'; write '2*x'"),
            (
                "```{define} h\nsigmoid'(x)\n```\n\n```{table} h\n:derivative:\n```",
                "5:12: the derivative of 'h' is not available: its expression uses a derivative f'(…), and atlas computes first derivatives only; leave out ':derivative:'"
            ),
            ("```{plot} g\n```\n\n```{define} g\nx\n```", "1:11: unknown activation 'g'; run 'atlas list' to see the catalogue"),
            ("Value {eval}`x + 1`.", "1:14: '{eval}' prints a number, and 'x' has no value here; write e.g. 'sigmoid(2)'"),
            ("Value {eval}`1 +`.", "1:17: expected a number, 'x' or '(' after '+'"),
            ("Value {evl}`1`.", "1:7: unknown role '{evl}'; did you mean '{eval}'?"),
            ("Value {eval}`1 :digits: 0`.", "1:25: ':digits:' takes a whole number from 1 to 17, not '0'"),
            ("Value {eval}`1 :digits: two`.", "1:25: ':digits:' takes a whole number from 1 to 17, not 'two'"),
            ("Value {eval}`1 + :digits: 2`.", "1:17: expected a number, 'x' or '(' after '+'"),
            // Full-width colons (U+FF1A) are no option: only a compatibility mapping makes them colons.
            ("Value {eval}`1 ：digits： 2`.", "1:16: unexpected character '：'"),
        ])
    func misuse(_ lesson: String, expected: String) {
        let diagnostics = LessonPipeline.render(lesson).diagnostics
        #expect(diagnostics.map { "\($0.location): \($0.message)" } == [expected])
    }

    @Test("':digits:' after an {eval}'s expression sets its significant digits")
    func evalDigits() {
        // σ′(1)/σ′(5) = 29.5744… (mpmath); 1/3 to 17 digits is 0.33333333333333331 (printf %.17g).
        // Whole numbers below 10⁴ stay positional at any digits: 0.25/0.0025 = 100, −1234.5 to 2 digits
        // is −1200, and 12345 is past the limit, so %.2g's 1.2e+04, whose spaces do not break.
        let rendered = LessonPipeline.render(
            "A {eval}`sigmoid'(1) / sigmoid'(5) :digits: 2`, b {eval}`1/3 :digits: 17`, c {eval}`1/3`, "
                + "d {eval}`0.25 / 0.0025 :digits: 2`, e {eval}`-1234.5 :digits: 2`, f {eval}`12345 :digits: 2`.")
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        #expect(
            rendered.html.contains(
                "A <span class=\"eval\">30</span>, b <span class=\"eval\">0.33333333333333331</span>, "
                    + "c <span class=\"eval\">0.333333</span>, d <span class=\"eval\">100</span>, "
                    + "e <span class=\"eval\">−1200</span>, f <span class=\"eval\">1.2\u{A0}×\u{A0}10⁴</span>."))
    }

    @Test("A naive formula's overflow shows as ∞ and NaN in its table, f′ included; 'undefined' stays for jumps")
    func overflowInTables() throws {
        // IEEE 754: e^{800} and e^{1600} overflow to ∞, so (∞ − 1)/(∞ + 1) is NaN and log(1 + ∞) is ∞;
        // binary_step has a jump at 0, where its derivative does not exist.
        let lesson = """
            ```{define} naive_tanh
            (exp(2*x) - 1) / (exp(2*x) + 1)
            ```

            ```{define} naive_softplus
            log(1 + exp(x))
            ```

            ```{table} naive_tanh naive_softplus binary_step
            :x: 0 800
            :derivative:
            ```
            """
        let rendered = LessonPipeline.render(lesson)
        #expect(rendered.diagnostics.isEmpty, "\(rendered.diagnostics)")
        let rows = try #require(RenderedTable.all(in: rendered.html).first).rows.map { $0.map(\.visible) }
        #expect(rows.first?.last == "undefined")
        #expect(rows.last?.prefix(5) == ["800", "NaN", "NaN", "∞", "NaN"])
    }

    @Test("Definitions belong to their lesson: another lesson does not see them")
    func scoped() {
        _ = LessonPipeline.render("```{define} g\nx\n```")
        #expect(!LessonPipeline.render("```{plot} g\n```").diagnostics.isEmpty)
    }

    @Test("Code that merely looks like a role stays code", .requires(.cmark))
    func notARole() throws {
        let markdown = "`{eval}` and ``{eval}`1` ``"
        #expect(LessonPipeline.render(markdown).html == (try CMarkReference.html(markdown)))
    }
}
