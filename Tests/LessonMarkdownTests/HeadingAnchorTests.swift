import Testing
@testable import LessonMarkdown

/// Protects the ids headings get, so `relu.html#drawbacks` lands on "## Drawbacks", and
/// the check of links to a place on the same page. The expected ids are GitHub's for the
/// same heading text (as a README on GitHub would link them), written out by hand.
@Suite struct HeadingAnchorTests {
    @Test("Heading text → id, as GitHub makes it", arguments: [
        ("Drawbacks", "drawbacks"),
        ("In PyTorch", "in-pytorch"),
        ("ReLU: pros & cons", "relu-pros--cons"),
        ("Why the derivative matters?", "why-the-derivative-matters"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("Où la courbe se plie", "où-la-courbe-se-plie"),
        ("ReLU6 (2010)", "relu6-2010"),
        ("f′(x) = 0", "fx--0"),
        ("!!!", "section"),
        ("", "section"),
    ])
    func slugs(_ text: String, expected: String) {
        #expect(Anchors.slug(text) == expected)
    }

    @Test("Each heading gets its id and a link to itself; repeated texts count up")
    func headingIDs() {
        let html = LessonRenderer.render("# The *sigmoid*\n\n## Drawbacks\n\n## Drawbacks\n\nSetext `code`\n---\n") { _ in
            .success("")
        }.html
        #expect(html == """
            <h1 id="the-sigmoid">The <em>sigmoid</em> <a class="anchor" href="#the-sigmoid" aria-label="Link to this section">#</a></h1>
            <h2 id="drawbacks">Drawbacks <a class="anchor" href="#drawbacks" aria-label="Link to this section">#</a></h2>
            <h2 id="drawbacks-1">Drawbacks <a class="anchor" href="#drawbacks-1" aria-label="Link to this section">#</a></h2>
            <h2 id="setext-code">Setext <code>code</code> <a class="anchor" href="#setext-code" aria-label="Link to this section">#</a></h2>

            """)
    }

    @Test("Math and links in a heading: the words are kept, the markup works")
    func richHeadings() {
        let html = LessonRenderer.render("## The $\\sigma$ of [PyTorch](https://pytorch.org)\n") { _ in .success("") }.html
        // The math adds no word, so its two spaces make two '-', as GitHub's rule does.
        #expect(html.hasPrefix("<h2 id=\"the--of-pytorch\">The <math"))
        #expect(html.contains("<a href=\"https://pytorch.org\">PyTorch</a> <a class=\"anchor\""))
    }

    @Test("An id a figure or kept raw HTML already has is not given to a heading")
    func idsAreNotReused() {
        let figure = LessonRenderer.render("```{plot} relu\n```\n\n## Plot 1\n") { _ in
            .success("<figure id=\"plot-1\"></figure>")
        }
        #expect(figure.html.contains("<h2 id=\"plot-1-1\">"))
        let raw = "<div id='plot-1'></div>\n\n## Plot 1\n"
        #expect(LessonRenderer.render(raw, allowRawHTML: true) { _ in .success("") }.html.contains("<h2 id=\"plot-1-1\">"))
        #expect(LessonRenderer.render(raw) { _ in .success("") }.html.contains("<h2 id=\"plot-1\">"),
            "safe mode drops the div, and its id with it")
    }

    @Test("A link to a place on the same page must land on an id; #top and # always do")
    func sameLessonFragments() {
        let lesson = "## Drawbacks\n\n[a](#drawbacks) [b](#top) [c](#) [d](#drawback) [e](#Drawbacks)\n"
        let rendered = LessonRenderer.render(lesson) { _ in .success("") }
        #expect(rendered.diagnostics.map { $0.formatted(path: "a.md") } == [
            "a.md:3:38: error: this lesson has no heading, figure or table with the id 'drawback'; did you mean '#drawbacks'?",
            "a.md:3:53: error: this lesson has no heading, figure or table with the id 'Drawbacks'; did you mean '#drawbacks'?",
        ])
    }

    @Test("ids are found in double- and single-quoted attributes, not in text")
    func idsInHTML() {
        let html = #"<h2 id="a">x</h2><p>id="no" &quot;</p><div class='c' id='b'></div><svg><title id="c-title"/></svg>"#
        #expect(Anchors.ids(in: html) == ["a", "b", "c-title"])
        #expect(Anchors.ids(in: "<p id=\"unclosed") == [])
    }

    @Test("Fragments are compared percent-decoded, as a browser does")
    func percentDecoding() {
        #expect(Anchors.percentDecoded("caf%C3%A9") == "café")
        #expect(Anchors.percentDecoded("100%") == "100%")
        #expect(Anchors.percentDecoded("%FF%FE") == "%FF%FE", "not UTF-8: kept as written")
        #expect(Anchors.problem(linkingTo: "caf%C3%A9", among: ["café"], on: "this lesson") == nil)
    }
}
