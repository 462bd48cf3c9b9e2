import AtlasDiagnostics
import Testing

@testable import LessonMarkdown

/// Protects front matter reading and the line numbers of the body after it.
@Suite struct FrontMatterTests {
    @Test func fieldsAreRead() {
        let lesson = "---\ntitle: The sigmoid\norder: 2\nsummary: Squashes.\ndraft: true\nextra: ignored\n---\nHi\n"
        let rendered = render(lesson)
        var expected = FrontMatter(title: "The sigmoid", order: 2, summary: "Squashes.", draft: true)
        expected.orderLocation = SourceLocation(line: 3, column: 1)
        #expect(rendered.frontMatter == expected)
        #expect(rendered.html == "<p>Hi</p>\n")
        // Read past, with a warning (FrontMatterTests.unknownKeyWarns).
        #expect(rendered.diagnostics.map(\.severity) == [.warning])
    }

    @Test("A key atlas does not read is a warning, as in site.yaml: a misspelt one names the key meant")
    func unknownKeyWarns() throws {
        let rendered = render("---\ntitle: A\nsumary: B\nauthor: me\n---\n")
        #expect(rendered.diagnostics.count == 2)
        let warning = try #require(rendered.diagnostics.first)
        #expect(warning.severity == .warning && warning.location == SourceLocation(line: 3, column: 1))
        #expect(warning.endColumn == 6)
        #expect(
            rendered.diagnostics.map { $0.formatted(path: "a.md") } == [
                """
                a.md:3:1: warning: unknown key 'sumary' in front matter; did you mean 'summary'?
                  hint: atlas reads 'title', 'order', 'summary', 'draft', 'translation_of'; correct the key or remove it
                """,
                """
                a.md:4:1: warning: unknown key 'author' in front matter; atlas ignores it
                  hint: atlas reads 'title', 'order', 'summary', 'draft', 'translation_of'; correct the key or remove it
                """,
            ])
        #expect(warning.kind == .frontMatterField)
    }

    @Test("'translation_of' is a key atlas reads: text is quiet, anything else an error")
    func translationOf() throws {
        #expect(render("---\ntitle: A\ntranslation_of: 012345678901\n---\n").diagnostics.isEmpty)
        #expect(render("---\ntitle: A\ntranslation_of: 0a1b2c3d4e5f\n---\n").diagnostics.isEmpty)
        let rendered = render("---\ntitle: A\ntranslation_of: [a, b]\n---\n")
        #expect(
            rendered.diagnostics.map { $0.formatted(path: "a.md") } == [
                "a.md:3:1: error: 'translation_of' must be the digest that 'atlas translations --mark' writes, "
                    + "e.g. 'translation_of: 3f2a9c01b7d4'"
            ])
        // Misspelt, it is told apart from the author's own keys.
        #expect(
            render("---\ntitle: A\ntranslaton_of: x\n---\n").diagnostics.map(\.message) == [
                "unknown key 'translaton_of' in front matter; did you mean 'translation_of'?"
            ])
    }

    @Test func noFrontMatter() {
        let rendered = render("Hi\n\n---\n")
        #expect(rendered.frontMatter == nil)
        #expect(rendered.html == "<p>Hi</p>\n<hr />\n")
    }

    @Test("Windows line endings and a '...' terminator")
    func crlf() {
        let rendered = render("---\r\ntitle: T\r\n...\r\nBody\r\n")
        #expect(rendered.frontMatter?.title == "T")
        #expect(rendered.html == "<p>Body</p>\n")
    }

    @Test("Positions after front matter are the file's own lines")
    func positions() {
        let result = directives(in: "---\ntitle: T\n---\n\n```{plot} relu\n```\n")
        #expect(result.directives.first?.location == SourceLocation(line: 5, column: 1))
    }
}
