import Testing

@testable import LessonMarkdown

/// Protects the rule that the author's raw HTML is dropped while generated output survives.
@Suite struct RawHTMLTests {
    private let lesson = """
        <script>alert(1)</script>

        Text with <b>inline</b> HTML.

        ```{plot} relu
        ```
        """

    @Test func authorsHTMLIsDroppedGeneratedHTMLSurvives() {
        let html = render(lesson, directiveHTML: "<figure><svg role=\"img\"></svg></figure>").html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("<figure><svg role=\"img\"></svg></figure>"))
    }

    @Test func rawHTMLKeptWhenAllowed() {
        let html = render(lesson, allowRawHTML: true, directiveHTML: "<svg></svg>").html
        #expect(html.contains("<script>alert(1)</script>"))
        #expect(html.contains("<b>inline</b>"))
        #expect(html.contains("<svg></svg>"))
    }

    @Test("Text that looks like a directive's output inside code stays escaped")
    func codeStaysCode() {
        let html = render("`<svg>`\n").html
        #expect(html == "<p><code>&lt;svg&gt;</code></p>\n")
    }
}
