import AtlasDiagnostics
import Testing

@testable import LessonMarkdown

/// Protects the lesson as data (DESIGN §1): the parse phase lists every directive, role
/// and link, typed and located, with ids that the render phase's fragments use; the same
/// text gives an equal value, and rendering it twice gives the same HTML.
@Suite struct LessonModelTests {
    static let source = """
        ---
        title: The sigmoid
        ---
        The slope at 0 is {eval}`sigmoid'(0)`; see {ref}`fig-s`, {lesson}`relu` and {evl}`1`.

        ```{plot} sigmoid
        :name: fig-s
        ```

        ```python
        plain code
        ```

        ```{table} relu
        :digits: 99
        :name: tab-r
        ```

        [ReLU](04-relu.md#drawbacks), [up](#top), ![dot](img/dot.png) and [out](https://x.org).

        """

    @Test("Every directive, role and link is typed, located and numbered")
    func elements() throws {
        let (lesson, problems) = LessonParser.parse(Self.source)
        #expect(lesson.frontMatter?.title == "The sigmoid")
        #expect(
            lesson.directives.map { "\($0.id) \($0.name.value) \($0.location) \($0.label?.value ?? "-")" } == [
                "0 plot 6:1 fig-s", "2 table 14:1 tab-r",
            ])
        let plot = try #require(lesson.directives.first?.directive)
        guard case .plot(let read) = plot else { Issue.record("not a plot"); return }
        #expect(read.functions == [Located("sigmoid", at: SourceLocation(line: 6, column: 11))])
        #expect(lesson.directives[1].directive == nil, "':digits: 99' fails, so the table is not read")
        #expect(problems.map(\.location.line) == [4, 15], "the unknown role and the bad option")
        #expect(
            lesson.roles.map { "\($0.id) \($0.name) \($0.content.location) \($0.content.value)" } == [
                "0 eval 4:26 sigmoid'(0)", "1 ref 4:50 fig-s", "2 lesson 4:67 relu",
            ])
        #expect(
            lesson.links.map { "\($0.id) \($0.kind) \($0.destination.location) \($0.destination.value)" } == [
                "0 link 19:8 04-relu.md#drawbacks", "2 image 19:50 img/dot.png",
            ])
        #expect(lesson.pageFragments == [Located("top", at: SourceLocation(line: 19, column: 36))])
    }

    @Test("The same text gives an equal lesson; the same lesson and fragments give the same HTML")
    func aValue() {
        let first = LessonParser.parse(Self.source).lesson, second = LessonParser.parse(Self.source).lesson
        #expect(first == second && first.hashValue == second.hashValue)
        #expect(first != LessonParser.parse(Self.source + "More.\n").lesson)
        let fragments = LessonFragments(
            directives: [0: Array("<figure id=\"fig-s\"></figure>".utf8)], roles: [0: "0.25"], links: [0: "relu.html#drawbacks"])
        let html = LessonRenderer.render(first, fragments: fragments)
        #expect(html == LessonRenderer.render(second, fragments: fragments))
        #expect(html.html.contains("The slope at 0 is 0.25; see {ref}<code>fig-s</code>"), "a role without HTML stays as written")
        #expect(html.html.contains("<figure id=\"fig-s\"></figure>\n<pre><code class=\"language-python\">plain code"))
        #expect(!html.html.contains("tab-r"), "a directive without HTML leaves nothing")
        #expect(html.html.contains("<a href=\"relu.html#drawbacks\">ReLU</a>, <a href=\"#top\">up</a>, <img src=\"img/dot.png\""))
        #expect(html.ids == ["fig-s"])
        // A fence written as a directive that cannot be read leaves nothing either.
        let unread = LessonParser.parse("```{plot\nx\n```\n")
        #expect(unread.diagnostics.count == 1)
        #expect(LessonRenderer.render(unread.lesson, fragments: LessonFragments()).html == "")
    }

    @Test("A directive's HTML bytes reach the page as they are: empty, beyond ASCII, long, and up to a NUL as before")
    func directiveBytes() {
        let lesson = LessonParser.parse("Before.\n\n```{plot} relu\n```\n\nAfter.\n").lesson
        func page(_ html: [UInt8]) -> String { LessonRenderer.render(lesson, fragments: LessonFragments(directives: [0: html])).html }
        let long = "<figure>" + String(repeating: "<p>σ′(x) 中文 &amp; x</p>", count: 4_000) + "</figure>"
        for html in ["", "<figure>σ′ 中文 😀</figure>", long] {
            // cmark ends a block it writes verbatim with a line break of its own.
            let written = html.isEmpty ? "" : html + "\n"
            #expect(page(Array(html.utf8)) == "<p>Before.</p>\n" + written + "<p>After.</p>\n", "\(html.utf8.count) bytes")
        }
        // cmark takes the text up to a NUL, as it did from a String's C string.
        #expect(page(Array("<b>a</b>".utf8) + [0] + Array("<i>b</i>".utf8)) == "<p>Before.</p>\n<b>a</b>\n<p>After.</p>\n")
    }
}
