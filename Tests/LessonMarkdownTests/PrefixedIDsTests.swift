import Testing

@testable import LessonMarkdown

/// Protects the rewriting of a lesson's body for the whole course on one page
/// (`print.html`): every id and every reference to one gets the lesson's slug as prefix,
/// links to other lessons on the page become in-page links, and every other byte stays.
@Suite struct PrefixedIDsTests {
    static let pages = ["relu.html": "relu", "sigmoid.html": "sigmoid"]

    private func rewrite(_ html: String, slug: String = "relu") -> String {
        PrefixedIDs.rewrite(html, slug: slug, pages: Self.pages)
    }

    @Test(
        "Ids and the attributes that point to ids are prefixed",
        arguments: [
            (##"<h2 id="drawbacks">D</h2>"##, ##"<h2 id="relu--drawbacks">D</h2>"##),
            (
                ##"<figure class="plot" id="fig-relu" aria-labelledby="plot-1-caption">"##,
                ##"<figure class="plot" id="relu--fig-relu" aria-labelledby="relu--plot-1-caption">"##
            ),
            (
                ##"<svg role="img" aria-labelledby="plot-1-title  plot-1-desc">"##,
                ##"<svg role="img" aria-labelledby="relu--plot-1-title relu--plot-1-desc">"##
            ),
            (
                ##"<g clip-path="url(#plot-1-clip)"><clipPath id=plot-1-clip>"##,
                ##"<g clip-path="url(#relu--plot-1-clip)"><clipPath id="relu--plot-1-clip">"##
            ),
            (
                // Each reference, also one whose id starts with a combining mark (found by bytes,
                // as the id itself is prefixed), and one left open at the end.
                "<path fill=\"url(#a) url(#\u{301}b)\" stroke=\"url(#c\"><g id=\"\u{301}b\">",
                "<path fill=\"url(#relu--a) url(#relu--\u{301}b)\" stroke=\"url(#relu--c\"><g id=\"relu--\u{301}b\">"
            ),
            (##"<label for='x'>"##, ##"<label for='relu--x'>"##),
            (##"<p ID="a&amp;b">"##, ##"<p ID="relu--a&amp;b">"##),
            (##"<td headers="h1 h2" aria-describedby="n">"##, ##"<td headers="relu--h1 relu--h2" aria-describedby="relu--n">"##),
        ])
    func idsPrefixed(_ html: String, _ expected: String) {
        #expect(rewrite(html) == expected)
    }

    @Test(
        "In-page links are prefixed, links to lessons on the page become in-page, others stay",
        arguments: [
            (##"<a href="#table-1-note-1">1</a>"##, ##"<a href="#relu--table-1-note-1">1</a>"##),
            (
                ##"<a class="ref" href="sigmoid.html#fig-sigmoid">Figure 1</a>"##,
                ##"<a class="ref" href="#sigmoid--fig-sigmoid">Figure 1</a>"##
            ),
            (##"<a href="sigmoid.html">Sigmoid</a>"##, ##"<a href="#sigmoid">Sigmoid</a>"##),
            (##"<a href="relu.html#drawbacks">here</a>"##, ##"<a href="#relu--drawbacks">here</a>"##),
            (##"<a href="https://example.org/#x">x</a>"##, ##"<a href="https://example.org/#x">x</a>"##),
            (##"<a href="index.html">outline</a><img src="img/a.png">"##, ##"<a href="index.html">outline</a><img src="img/a.png">"##),
            (##"<a href="#">top</a>"##, ##"<a href="#">top</a>"##),
        ])
    func links(_ html: String, _ expected: String) {
        #expect(rewrite(html) == expected)
    }

    @Test("Text, comments and the read-out data in a script keep every byte")
    func othersUntouched() {
        let html = """
            <p>id="x" href="#x" <code>&lt;a id="y"&gt;</code></p><!-- <a id="c"> -->\
            <script type="application/json" class="plot-data">{"id":"<a id=\\"s\\">"}</script>\
            <span data-id="z" class="c">ü</span>
            """
        #expect(rewrite(html) == html)
    }

    @Test("Two lessons with the same ids share a page without a clash")
    func uniqueAcrossLessons() {
        let body = ##"<h2 id="examples">E</h2><figure id="plot-1"><span id="plot-1-caption"></span></figure>"##
        let ids = Anchors.ids(in: rewrite(body, slug: "relu") + rewrite(body, slug: "sigmoid"))
        #expect(ids.count == 6)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("relu--") || $0.hasPrefix("sigmoid--") })
    }
}
