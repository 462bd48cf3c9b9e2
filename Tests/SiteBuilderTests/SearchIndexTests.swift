import AtlasTestSupport
import Foundation
import LessonMarkdown
import Testing

@testable import SiteBuilder

/// Protects issue 14's search index: which text of a page is searchable, how it is
/// written into `assets/search-index.js`, and that the file is the same whatever
/// `--jobs` and whatever the cache did. (Matching itself, the English prefixes and the
/// CJK bigrams, is search.js's: Tests/Browser/search_check.py checks it.)
@Suite struct SearchIndexTests {
    @Test("Sections are the headings with their ids and prose; plots, tables, math, code blocks and hidden marks are left out")
    func sections() {
        let body = """
            <p>Opening  words,\ntwo lines &amp; an <code>inline</code> name.</p>
            <h2 id="saturation">Saturation <a class="anchor" href="#saturation" aria-hidden="true" tabindex="-1">#</a></h2>
            <p>It <em>saturates</em> at <math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math> large.</p>
            <figure class="plot" id="plot-1"><svg viewBox="0 0 1 1"><text>tick 0.5</text><desc>curve</desc></svg>
            <script type="application/json" class="plot-data">{"a":"<b>"}</script>
            <figcaption><span>Figure 1.</span> The curve<details><summary>Data behind the plot</summary><table><tr><td>0.25</td></tr></table></details></figcaption></figure>
            <pre><code>let x = 1</code></pre>
            <h3 id="tails">The &#x201C;tails&#x201D;</h3>
            <ul><li>one</li><li>two</li></ul>
            <table class="values"><tr><th>x</th></tr></table>
            <p class="table-note">A note&nbsp;here.</p>
            """
        #expect(
            SearchSections.of(body: body) == [
                SearchSection(id: "", heading: "", text: "Opening words, two lines & an inline name."),
                SearchSection(id: "saturation", heading: "Saturation", text: "It saturates at large. Figure 1. The curve"),
                SearchSection(id: "tails", heading: "The \u{201C}tails\u{201D}", text: "one two A note here."),
            ])
    }

    @Test("A body that opens with a heading has no empty opening section; CJK and mixed text are kept as written")
    func cjkAndOpening() {
        let body = "<h2 id=\"饱和区\">饱和区</h2>\n<p>当输入很大时，\n函数几乎是平的（saturation）。</p><h3>No id</h3><p>ReLU 的导数</p>"
        #expect(
            SearchSections.of(body: body) == [
                SearchSection(id: "饱和区", heading: "饱和区", text: "当输入很大时， 函数几乎是平的（saturation）。"),
                SearchSection(id: "", heading: "No id", text: "ReLU 的导数"),
            ])
    }

    @Test("Broken HTML is read as far as it goes, never failing")
    func forgiving() {
        #expect(SearchSections.of(body: "a < b <p>c") == [SearchSection(id: "", heading: "", text: "a < b c")])
        #expect(SearchSections.of(body: "<h2 id='x'>Open") == [SearchSection(id: "x", heading: "Open", text: "")])
        #expect(
            SearchSections.of(body: "<svg><svg></svg>hidden</svg>shown &bogus; &#xZZ;") == [
                SearchSection(id: "", heading: "", text: "shown &bogus; &#xZZ;")
            ])
    }

    @Test("The file is one classic script assigning valid JSON, every string escaped")
    func file() throws {
        let bytes = SearchIndex.file([
            .init(
                fileName: "a.html", title: "Quote \" and \\ \u{2028}", rows: SearchIndex.rows(body: "<p>line\u{2028}sep \u{1}</p>")),
            .init(fileName: "b.html", title: "B", rows: SearchIndex.rows(body: "<h2 id=\"h\">Head</h2><p>text</p>")),
        ])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("window.atlasSearchIndex={"))
        #expect(text.hasSuffix("};\n"))
        #expect(!text.contains("\u{2028}"))
        let json = text.dropFirst("window.atlasSearchIndex=".count).dropLast(2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == SearchIndex.version)
        #expect((object["lessons"] as? [[String]]) == [["a.html", "Quote \" and \\ \u{2028}"], ["b.html", "B"]])
        let sections = try #require(object["sections"] as? [[Any]])
        #expect(sections.count == 2)
        #expect(sections[0][0] as? Int == 0 && sections[0][3] as? String == "line sep")
        #expect(sections[1][0] as? Int == 1 && sections[1][1] as? String == "h" && sections[1][2] as? String == "Head")
    }

    @Test("The key covers every published lesson's page, title, body and order, and nothing of drafts")
    func key() {
        func fields(_ title: String, order: Int? = nil, draft: Bool = false) -> FrontMatter {
            var fields = FrontMatter()
            fields.title = title
            fields.order = order
            fields.draft = draft
            return fields
        }
        let body = ContentDigest.of(Array("one".utf8)), other = ContentDigest.of(Array("two".utf8))
        let base: [(fileName: String, slug: String, frontMatter: FrontMatter?, body: ContentDigest)] = [
            ("01-a.md", "a", fields("A"), body), ("02-b.md", "b", fields("B"), body),
        ]
        let key = SearchIndex.key(base)
        var changed = base
        changed[1].body = other
        #expect(SearchIndex.key(changed) != key)
        changed = base
        changed[0].frontMatter = fields("A2")
        #expect(SearchIndex.key(changed) != key)
        changed = base
        changed[0].slug = "a2"
        #expect(SearchIndex.key(changed) != key)
        // Page order counts; an order that keeps it does not.
        changed = base
        changed[1].frontMatter = fields("B", order: 1)
        #expect(SearchIndex.key(changed) != key)
        changed = base
        changed[0].frontMatter = fields("A", order: 9)
        #expect(SearchIndex.key(changed) == key)
        #expect(SearchIndex.key(base + [("03-c.md", "c", fields("C", draft: true), other)]) == key)
        #expect(SearchIndex.key(base + [("03-c.md", "c", nil, other)]) == key)
    }

    @Test("The fixture course's index is the same with 1 and 4 jobs and holds its headings")
    func deterministic() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var indexes: [String] = []
        for jobs in [1, 4] {
            let output = folder.url.appendingPathComponent("site-\(jobs)")
            _ = try await Fixture.build("basic", into: output, jobs: jobs)
            indexes.append(Fixture.read(output.appendingPathComponent(SearchIndex.path)))
        }
        #expect(indexes[0] == indexes[1])
        #expect(indexes[0].contains("\"curves\",\"Curves\""))
        #expect(indexes[0].contains("\"intro.html\",\"Introduction & overview\""))
        #expect(!indexes[0].contains("annotation") && !indexes[0].contains("\\sigma"))
    }

    @Test("An edit to one lesson remakes the index from its body and the others' cached rows, or their bodies")
    func incremental() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("title: Search course\n", at: "site.yaml")
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha words.\n", at: "01-alpha.md")
        try workspace.put("---\ntitle: Beta\n---\n\n## Second\n\nBeta words.\n", at: "02-beta.md")
        _ = await workspace.build()
        let index = workspace.output.appendingPathComponent(SearchIndex.path)
        #expect(Fixture.read(index).contains("Beta words."))
        func removeCached(_ which: (String) -> Bool) throws {
            for file in TemporaryFolder.files(in: workspace.cache) where which(file) {
                try FileManager.default.removeItem(at: workspace.cache.appendingPathComponent(file))
            }
        }
        func expectCold(_ text: String) async throws {
            let (_, cold) = try await workspace.coldBuild()
            #expect(text == Fixture.read(cold.appendingPathComponent(SearchIndex.path)))
        }
        // The lessons' bodies lost: beta's cached rows make its text without its body (beta is
        // still rendered once, for print.html, which holds every body; its page is left alone).
        try removeCached { $0.contains("/lessons/") }
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha edited.\n", at: "01-alpha.md")
        var outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 2 && outcome.report?.work.renderedPages == 1)
        var text = Fixture.read(index)
        #expect(text.contains("Alpha edited.") && text.contains("Beta words."))
        try await expectCold(text)
        // Rows and bodies lost: beta is rendered again for its body, its page left alone.
        try removeCached { $0.contains("/lessons/") || $0.hasSuffix("/search") }
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha again.\n", at: "01-alpha.md")
        outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 2 && outcome.report?.work.renderedPages == 1)
        text = Fixture.read(index)
        #expect(text.contains("Alpha again.") && text.contains("Beta words."))
        try await expectCold(text)
        // Nothing changed: the index is neither remade nor are bodies or rows read.
        let again = await workspace.build()
        #expect(again.report?.work.renderedLessons == 0 && again.report?.work.wroteNothing == true)
    }
}
