import Testing

@testable import LessonMarkdown

/// Protects the ids headings get, so `relu.html#drawbacks` lands on "## Drawbacks", and
/// the check of links to a place on the same page. The expected ids are GitHub's for the
/// same heading text (as a README on GitHub would link them), written out by hand.
@Suite struct HeadingAnchorTests {
    @Test(
        "Heading text → id, as GitHub makes it",
        arguments: [
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
        let html = render("# The *sigmoid*\n\n## Drawbacks\n\n## Drawbacks\n\nSetext `code`\n---\n", directiveHTML: "").html
        #expect(
            html == """
                <h1 id="the-sigmoid">The <em>sigmoid</em> <a class="anchor" href="#the-sigmoid" aria-hidden="true" tabindex="-1">#</a></h1>
                <h2 id="drawbacks">Drawbacks <a class="anchor" href="#drawbacks" aria-hidden="true" tabindex="-1">#</a></h2>
                <h2 id="drawbacks-1">Drawbacks <a class="anchor" href="#drawbacks-1" aria-hidden="true" tabindex="-1">#</a></h2>
                <h2 id="setext-code">Setext <code>code</code> <a class="anchor" href="#setext-code" aria-hidden="true" tabindex="-1">#</a></h2>

                """)
    }

    @Test("Math and links in a heading: the words are kept, the markup works")
    func richHeadings() {
        let html = render("## The $\\sigma$ of [PyTorch](https://pytorch.org)\n").html
        // The math adds no word, so its two spaces make two '-', as GitHub's rule does.
        #expect(html.hasPrefix("<h2 id=\"the--of-pytorch\">The <math"))
        #expect(html.contains("<a href=\"https://pytorch.org\">PyTorch</a> <a class=\"anchor\""))
    }

    @Test("An id a figure or kept raw HTML already has is not given to a heading")
    func idsAreNotReused() {
        let figure = render("```{plot} relu\n```\n\n## Plot 1\n", directiveHTML: "<figure id=\"plot-1\"></figure>")
        #expect(figure.html.contains("<h2 id=\"plot-1-1\">"))
        let raw = "<div id='plot-1'></div>\n\n## Plot 1\n"
        #expect(render(raw, allowRawHTML: true).html.contains("<h2 id=\"plot-1-1\">"))
        #expect(
            render(raw).html.contains("<h2 id=\"plot-1\">"),
            "safe mode drops the div, and its id with it")
    }

    @Test("A link to a place on the same page must land on an id; #top and # always do")
    func sameLessonFragments() {
        let lesson = "## Drawbacks\n\n[a](#drawbacks) [b](#top) [c](#) [d](#drawback) [e](#Drawbacks)\n"
        let rendered = render(lesson)
        #expect(
            rendered.diagnostics.map { $0.formatted(path: "a.md") } == [
                "a.md:3:38: error: this lesson has no heading, figure or table with the id 'drawback'; did you mean '#drawbacks'?",
                "a.md:3:53: error: this lesson has no heading, figure or table with the id 'Drawbacks'; did you mean '#drawbacks'?",
            ])
    }

    @Test("ids are read as a browser reads them: any quotes or none, any case, references decoded")
    func idsInHTML() {
        let html = #"""
            <h2 id="a">x</h2><p>id="no" &quot;</p><div class='c' ID='b'></div><svg><title id="c-title"/></svg>
            <span id=bare></span><span id="r&amp;d"></span><!-- <b id="commented"> --><span id="caf&#xE9;">
            """#
        #expect(Anchors.ids(in: html) == ["a", "b", "c-title", "bare", "r&d", "café"])
        #expect(Anchors.ids(in: "<p id=\"unclosed") == ["unclosed"])
    }

    @Test("Fragments are compared percent-decoded and code point by code point, as a browser does")
    func fragmentMatching() {
        #expect(Anchors.percentDecoded("caf%C3%A9") == "café")
        #expect(Anchors.percentDecoded("100%") == "100%")
        #expect(Anchors.percentDecoded("%FF%FE") == "%FF%FE", "not UTF-8: kept as written")
        var page = Anchors.Page(ids: ["café", "r&d"])
        #expect(page.problem(linkingTo: "caf%C3%A9", on: "this lesson") == nil)
        #expect(page.problem(linkingTo: "r&d", on: "this lesson") == nil)
        // "cafe" + U+0301 is canonically equal to "café" in Swift, but another id to a browser.
        #expect(page.problem(linkingTo: "cafe\u{301}", on: "this lesson") != nil)
    }

    @Test("A page linked many times answers as when linked once: its ids scanned at first, then looked up in a set")
    func manyLinksToOnePage() {
        let ids = ["café", "r&d", "sigmoid", "fig-1"] + (0..<40).map { "section-\($0)" }
        let fragments = ["caf%C3%A9", "cafe\u{301}", "r&d", "sigmoid", "sigmoi", "fig-1", "section-39", "section-40", "", "top"]
        let once = fragments.map { fragment in
            var page = Anchors.Page(ids: ids)
            return page.problem(linkingTo: fragment, on: "this lesson")
        }
        #expect(once.filter { $0 == nil }.count == 7)
        // The same page asked every fragment twenty times over, past the point where it makes its set.
        var page = Anchors.Page(ids: ids)
        for round in 0..<20 {
            for (fragment, expected) in zip(fragments, once) {
                // The same message, "did you mean" included (60 searches, under the cap of 100).
                #expect(page.problem(linkingTo: fragment, on: "this lesson") == expected, "round \(round): '\(fragment)'")
            }
        }
    }

    @Test("A thousand equal headings get a, a-1, …, a-999 without trying each taken one again")
    func manyEqualHeadings() {
        var allocator = Anchors.Allocator(taken: ["a-2"])
        let ids = (0..<1000).map { _ in allocator.claim("a") }
        #expect(ids.prefix(4) == ["a", "a-1", "a-3", "a-4"])
        #expect(Set(ids).count == 1000 && !ids.contains("a-2") && ids.last == "a-1000")
        let html = render(String(repeating: "## A\n\n", count: 3) + "## A 1\n").html
        #expect(Anchors.ids(in: html) == ["a", "a-1", "a-2", "a-1-1"])
    }

    @Test("Marks that combine with a neighbour are kept in the heading, and the heading keeps its id")
    func combiningMarks() {
        let leading = render("# \u{301}x\n").html
        #expect(leading.hasPrefix("<h1 id=\"x\">\u{301}x <a"))
        // U+0600 is a "prepended" mark: as a Character it would swallow the "<" after it.
        let trailing = render("## a\u{600}\n").html
        #expect(trailing.hasPrefix("<h2 id=\"a\">a\u{600} <a class=\"anchor\""))
    }
}
