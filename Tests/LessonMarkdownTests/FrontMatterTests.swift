import Testing
@testable import LessonMarkdown

/// Protects front matter reading and the line numbers of the body after it.
@Suite struct FrontMatterTests {
    @Test func fieldsAreRead() {
        let lesson = "---\ntitle: The sigmoid\norder: 2\nsummary: Squashes.\ndraft: true\nextra: ignored\n---\n# Hi\n"
        let rendered = LessonRenderer.render(lesson) { _ in .success("") }
        #expect(rendered.frontMatter == FrontMatter(title: "The sigmoid", order: 2, summary: "Squashes.", draft: true))
        #expect(rendered.html == "<h1>Hi</h1>\n")
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test func noFrontMatter() {
        let rendered = LessonRenderer.render("# Hi\n\n---\n") { _ in .success("") }
        #expect(rendered.frontMatter == nil)
        #expect(rendered.html == "<h1>Hi</h1>\n<hr />\n")
    }

    @Test("Windows line endings and a '...' terminator")
    func crlf() {
        let rendered = LessonRenderer.render("---\r\ntitle: T\r\n...\r\nBody\r\n") { _ in .success("") }
        #expect(rendered.frontMatter?.title == "T")
        #expect(rendered.html == "<p>Body</p>\n")
    }

    @Test("Positions after front matter are the file's own lines")
    func positions() {
        let result = LessonRenderer.directives(in: "---\ntitle: T\n---\n\n```{plot} relu\n```\n")
        #expect(result.directives.first?.location == SourceLocation(line: 5, column: 1))
    }
}
