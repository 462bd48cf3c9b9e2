import Testing

@testable import LessonMarkdown

/// Protects links in the author's raw HTML (kept with `unsafe_html`): each `href` and
/// `src` that is relative or a `#fragment` goes through the same check as a Markdown
/// link, located at its value, and is rewritten in place; in safe mode none is asked about.
@Suite struct RawHTMLLinkTests {
    /// Every link handed over, as `LINE:COLUMN kind url`, and the HTML; each is answered
    /// with `answer(url)`.
    private func links(_ markdown: String, allowRawHTML: Bool = true, answer: @escaping (String) -> String = { $0 })
        -> (seen: [String], html: String)
    {
        var seen: [String] = []
        let html = render(
            markdown, allowRawHTML: allowRawHTML,
            url: { link in
                seen.append("\(link.destination.location) \(link.kind) \(link.destination.value)")
                return answer(link.destination.value)
            }
        ).html
        return (seen, html)
    }

    @Test(
        "href and src are read as a browser reads them",
        arguments: [
            ("<IMG SRC=a.png alt=\"<b>\"><a title='x' href = 'b.md?x=1&amp;y=2'>", ["src=a.png", "href=b.md?x=1&y=2"]),
            ("<!-- <a href=\"no.md\"> --><source src=\"c&#46;png\"/><a data-href=\"no3.md\" href=\"\">", ["src=c.png", "href="]),
            ("<script>let s = '<a href=\"no.md\">'</script><a href=x.md>", ["href=x.md"]),
            ("<textarea><a href=\"no.md\"></textarea><title><a href='no.md'></TITLE><a href=y.md>", ["href=y.md"]),
            ("<!--><a href=\"after-empty-comment.md\"><!---><a href=\"z.md\"><!-- -->", ["href=after-empty-comment.md", "href=z.md"]),
            ("<a href=\"first.md\" HREF=\"second.md\">", ["href=first.md"]),
            ("<a href=\" spaced.md\n\">", ["href=spaced.md"]),
        ])
    func attributes(_ html: String, expected: [String]) {
        #expect(HTMLAttributes.find(["href", "src"], in: html).map { "\($0.name)=\($0.value)" } == expected)
    }

    @Test("Raw HTML links are located at their value: blocks, quotes, inline, over lines, after math")
    func located() {
        let markdown = """
            ---
            title: T
            ---
            <figure>
              <img src="img/a.png" width="200"><a href='04-relu.md'>x</a>
            </figure>

            > <div><a href=b.md>B</a></div>

            Text $x$ <img src="c.png"> and <a
            href="d.md" title="t">d</a> <https://e.org/f.md> [g](g.md)
            """
        #expect(
            links(markdown).seen == [
                "5:13 image img/a.png",
                "5:45 link 04-relu.md",
                "8:16 link b.md",
                "10:20 image c.png",
                "11:7 link d.md",
                "11:54 link g.md",
            ])
    }

    @Test("The answer replaces the value in place, escaped for its quotes")
    func rewritten() {
        let markdown = "<p><img src=a.png><a href='b.md'>b</a><a href=\"#x\">x</a></p>\n\n## X\n"
        let html = links(markdown, answer: { $0 == "b.md" ? "b.html?q='1'&r" : $0 == "a.png" ? "a b.png" : $0 }).html
        #expect(html.hasPrefix(##"<p><img src="a b.png"><a href='b.html?q=&#39;1&#39;&amp;r'>b</a><a href="#x">x</a></p>"##))
    }

    @Test("A query and fragment the answer keeps stay as written, references and all")
    func suffixKept() {
        let markdown = "<a href=\"04-relu.md?q=caf&eacute;&amp;x#top\">r</a>\n"
        let html = links(markdown, answer: { $0.replacing("04-relu.md", with: "relu.html") }).html
        #expect(html == "<p><a href=\"relu.html?q=caf&eacute;&amp;x#top\">r</a></p>\n")
    }

    @Test("In safe mode raw HTML is dropped, and its links are not asked about")
    func safeMode() {
        let result = links("<img src=\"missing.png\">\n\nText <a href=\"gone.md\">x</a>\n", allowRawHTML: false)
        #expect(result.seen.isEmpty)
        #expect(!result.html.contains("missing.png") && !result.html.contains("gone.md"))
    }

    @Test("A #fragment in raw HTML must reach an id on the page, raw HTML's own ids included")
    func fragments() {
        let markdown = "<a href=\"#nowhere\">a</a> <a href=\"#kept\">b</a> <span id=\"kept\"></span>\n"
        let rendered = render(markdown, allowRawHTML: true)
        #expect(
            rendered.diagnostics.map { $0.formatted(path: "a.md") } == [
                "a.md:1:10: error: this lesson has no heading, figure or table with the id 'nowhere'; "
                    + "a heading's id is its text in lower case with spaces as '-', e.g. '## Pros and cons' is '#pros-and-cons'"
            ])
    }
}
