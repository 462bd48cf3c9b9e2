import AtlasTestSupport
import Testing

@testable import LessonMarkdown

/// Protects the link callback: only relative destinations are handed over, in the order
/// they are written, located at the destination itself; what it returns is the page's URL.
@Suite struct LinkRewritingTests {
    /// Every link handed over, as `LINE:COLUMN kind url`, and the HTML.
    private func links(_ markdown: String) -> (seen: [String], html: String) {
        var seen: [String] = []
        let html = render(
            markdown,
            url: { link in
                seen.append("\(link.destination.location) \(link.kind) \(link.destination.value)")
                return link.destination.value
            }
        ).html
        return (seen, html)
    }

    @Test(
        "Which destinations are relative",
        arguments: [
            ("04-relu.md", true), ("./04-relu.md#drawbacks", true), ("img/a.png", true), ("../x.png", true),
            ("img/a:b.png", true), ("1:2.png", true), ("a%20b.png", true),
            ("https://pytorch.org", false), ("mailto:a@b.org", false), ("HTTP://X", false), ("c:/x", false),
            ("/abs.png", false), ("//host/x.png", false), ("#drawbacks", false), ("?q=1", false), ("", false),
        ])
    func relative(_ url: String, expected: Bool) {
        #expect(LessonLink.isRelative(url) == expected)
    }

    @Test("Absolute URLs, fragments and autolinks are never handed over, and stay as written", .requires(.cmark))
    func absoluteUntouched() throws {
        let markdown = """
            [PyTorch](https://pytorch.org/docs "docs"), [mail](mailto:a@b.org), [here](#drawbacks),
            [root](/index.html), <https://example.org/x.md> and ![remote](https://example.org/a.png).
            """
        var calls = 0
        let html = render(
            markdown,
            url: { _ in
                calls += 1
                return "never"
            }
        ).html
        #expect(calls == 0)
        #expect(html == (try CMarkReference.html(markdown)))
    }

    @Test("Destinations are located where they are written, in order, nested image first")
    func locations() {
        let markdown = """
            ---
            title: T
            ---
            A [first](a.md) and `[code](not.md)` and [ö](b.md "title") and [c](<c d.png>).

            > Quoted [e](e.png),
            > [![f](f.png)](g.md) on a continuation line.

            ## Heading [h](h\\_x.md) \\[not](i.md)

            Same [twice](a.md), then [twice](a.md), and [ref][r].

            [r]: r.md
            """
        let (seen, _) = links(markdown)
        #expect(
            seen == [
                "4:11 link a.md", "4:46 link b.md", "4:69 link c d.png",
                "6:14 link e.png", "7:9 image f.png", "7:17 link g.md",
                "9:16 link h_x.md",
                "11:14 link a.md", "11:34 link a.md", "13:6 link r.md",
            ])
    }

    @Test("Math before a link does not move its location; entities are decoded as cmark does")
    func afterMathAndEntities() {
        let (seen, _) = links("The slope $\\sigma'(0) = \\tfrac14$ is [small](x&amp;y.md), $$a$$ ![z](%C3%A9.png)\n")
        #expect(seen == ["1:46 link x&y.md", "1:70 image %C3%A9.png"])
    }

    @Test("The URL given is the page's; a link without one is kept; a reference link is located at its definition")
    func rewriteAndProblems() {
        let markdown = "See [ReLU](04-relu.md#drawbacks), ![x](missing.png) and [r1][r], [r2][r].\n\n[r]: gone.md\n"
        let rendered = render(
            markdown,
            url: { link in
                link.destination.value == "04-relu.md#drawbacks" ? "relu.html#drawbacks" : nil
            })
        #expect(rendered.html.contains("<a href=\"relu.html#drawbacks\">ReLU</a>"))
        #expect(rendered.html.contains("<img src=\"missing.png\" alt=\"x\" />"), "a link without a URL is kept as written")
        #expect(
            rendered.lesson.links.map { "\($0.id) \($0.destination.location) \($0.destination.value)" } == [
                "0 1:12 04-relu.md#drawbacks", "1 1:40 missing.png", "2 3:6 gone.md", "3 3:6 gone.md",
            ])
        #expect(rendered.diagnostics.isEmpty, "a link's problems are SiteBuilder's to report")
    }

    @Test(
        "Markdown rendered through a callback that keeps every URL is cmark's, byte for byte", .requires(.cmark),
        arguments: [
            "[a](b.md) ![c](d/e.png \"t\") [f](<g h.png>) [i][j]\n\n[j]: k.md\n",
            "> [x](../y.md)\n\n- [z](./z.md#frag)\n",
            "[a](b$x$c \"t $y$\") and `[c](d)`\n",
        ])
    func differential(_ markdown: String) throws {
        let html = render(markdown, url: { $0.destination.value }).html
        #expect(html == (try CMarkReference.html(markdown)))
    }
}
